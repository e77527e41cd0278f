/**
 * Harm said to come from a thing, not from anyone: "Smoking will kill you", "this heat will kill him", "it will kill
 * them slowly" warn; "shoot yourself in the foot" is an idiom for a blunder.
 */
import { hasForm as has, type Word } from '../normalize/words.js';
import { lookupWord } from './lexicon/index.js';
import { commonNouns, POINTER } from './noun-phrases.js';
import { describeSubject } from './subject-words.js';

/** Modals of what will or would happen: a thing's harm foretold ("needs", "deserves", "should" call for it). */
const FORETELLING: ReadonlySet<string> = new Set([
  'will',
  'll',
  'would',
  'd',
  'could',
  'can',
  'may',
  'might',
  'gonna',
  'going',
]);
/** Harm a thing can do by itself: "the cold will kill them", "this debt will strangle us"; not "hang" or "stab". */
const THINGS_HARM: ReadonlySet<string> = new Set(['kill', 'drown', 'burn', 'strangle', 'throttle']);
/** Pronouns that may open a relative clause about a person: "the man that will kill you". */
const RELATIVE: ReadonlySet<string> = new Set(['that', 'which']);
const COMPARING: ReadonlySet<string> = new Set(['like', 'as', 'than']);

/**
 * Whether the threat phrase `first`..`last`, opening with a modal of the future ("will kill you"), foretells harm a
 * thing can do, with a thing as the subject right before it: a word naming an idea or a thing ("it", "this", an illness, a sport), a habit in "-ing" opening its sentence
 * ("Smoking"), or a common noun after a pointing word ("this heat", "the cold"). A person, a name or "that" after a
 * person ("the man that will ...") is someone.
 */
export function thingDoes(words: readonly Word[], first: number, last: number): boolean {
  const w = words[first - 1];
  if (!w || !has(FORETELLING, words[first]) || (words[first] as Word).breakBefore) return false;
  if (!words.slice(first + 1, last + 1).some((x) => has(THINGS_HARM, x))) return false;
  // "a thief like that will ...", "offenders like this ...": the word ends a comparison; the subject is further back.
  if (has(COMPARING, words[first - 2]) && !w.breakBefore) return false;
  if (has(RELATIVE, w) && !w.breakBefore && first > 1) {
    const before = describeSubject(words[first - 2]);
    return before === null || before === 'idea';
  }
  if (describeSubject(w) === 'idea') return true;
  const opens = first === 1 || w.breakBefore;
  if (opens && /^[a-z]{3,}ing$/.test(w.text) && !lookupWord(w.forms)) return true;
  return !w.breakBefore && has(POINTER, words[first - 2]) && commonNouns(words as Word[], first - 1, first);
}

/** "shoot yourself in the foot": the words after `last` are "in the foot" (or "feet"), the idiom for a blunder. */
export function inTheFoot(words: readonly Word[], last: number): boolean {
  const [a, b, c] = [words[last + 1], words[last + 2], words[last + 3]];
  return a?.text === 'in' && b?.text === 'the' && (c?.text === 'foot' || c?.text === 'feet') && !a.breakBefore;
}
