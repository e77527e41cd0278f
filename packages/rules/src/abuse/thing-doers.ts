/**
 * Harm said to come from a thing, not from anyone: "Smoking will kill you", "this heat will kill him", "it will kill
 * them slowly" warn; "shoot yourself in the foot" is an idiom for a blunder.
 */
import { hasForm as has, type Word } from '../normalize/words.js';
import { CREATURES } from './lexicon/animals.js';
import { lookupWord } from './lexicon/index.js';
import { PETS } from './lexicon/literal-uses.js';
import { commonNouns, POINTER } from './noun-phrases.js';
import { describeSubject, namesSomeone } from './subject-words.js';

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

/** Creatures and pets by name, singular and plural: no person hides behind these. */
const CREATURE_NAMES: ReadonlySet<string> = new Set([...CREATURES, ...PETS].flatMap((c) => [c, `${c}s`, `${c}es`]));
/** What stands for the creatures after the verb: "kill them", "shoot it". */
const CREATURE_PRONOUNS: ReadonlySet<string> = new Set(['them', 'it', 'em']);
/** The writer's side, which may do the deed without being what it is done to: "we will kill them". */
const WRITERS: ReadonlySet<string> = new Set(['i', 'we', 'me', 'us', 'my', 'our']);

/**
 * "If the deer eat the hedges again we will kill them", "those wasps are back, I'll kill them": the threat's "them" or
 * "it" stands for creatures named before it in the sentence, and no person is named there besides the writer.
 */
export function creaturesMeant(words: readonly Word[], first: number, last: number): boolean {
  if (!words.slice(first, last + 1).some((w) => has(CREATURE_PRONOUNS, w))) return false;
  let creature = false;
  for (let j = first - 1; j >= 0; j--) {
    const w = words[j] as Word;
    if (has(CREATURE_NAMES, w)) creature = true;
    else if (!has(WRITERS, w) && namesSomeone(w)) return false;
    if (w.breakBefore) break;
  }
  return creature;
}
