/**
 * Threat phrases whose violent words have their figurative news sense: said of a thing ("The bill should be
 * killed", "the pipeline deserves to be buried"), or in a phrasal verb ("should be shot down", "should hang onto
 * Stroman", "put out of its misery").
 */
import { hasForm as has, type Word } from '../normalize/words.js';
import { KILLING_KINDLY } from './lexicon/harm.js';
import { commonNouns, POINTER } from './noun-phrases.js';
import { quotedLine } from './quoted-lines.js';
import { describeSubject } from './subject-words.js';
import { handledThingWord, phraseOnThing } from './thing-uses.js';
import { atGame, sideInGame } from './threat-sport.js';

/** Words that open a threat phrase with its subject before them: "X should be ...", "X deserves to ...". */
const MODALS: ReadonlySet<string> = new Set('should must ought need needs deserve deserves will would'.split(' '));
/** Particles that make a phrasal verb of a violent word: "shot down" (rejected), "hang onto" (keep). */
const PHRASAL: Readonly<Record<string, readonly string[]>> = {
  shot: ['down'],
  shoot: ['down', 'for'],
  killed: ['off'],
  hang: ['on', 'onto', 'around', 'out', 'with', 'tough', 'in'],
  hung: ['on', 'onto', 'around', 'out'],
};
const KILLING_WORDS: ReadonlySet<string> = new Set(['kill', 'kills', 'killed', 'killing']);
/** Verbs of killing that say how much one wants a thing: "I'd kill to have", "I'd murder to get". */
const YEARNING: ReadonlySet<string> = new Set(['kill', 'murder', 'die']);
/** What one would kill to do: have, get, be, live... (not "see", which may see someone harmed). */
const WANTED: ReadonlySet<string> = new Set(
  'have get be own live work meet go win afford know try sit look write play hear taste eat find visit join'.split(' '),
);
const KINDNESS: ReadonlySet<string> = new Set(KILLING_KINDLY);
/** How many words a thing's name may have before its modal: "the [new] [carbon] tax should". */
const SUBJECT_REACH = 4;

/** Whether the threat phrase at words [first, last] is said of a thing or is a phrasal verb. */
export function figurativeThreat(words: readonly Word[], first: number, last: number): boolean {
  return (
    phrasal(words, first, last) ||
    phraseOnThing(words, first, last) ||
    quotedLine(words, first, last) ||
    sideInGame(words, first) ||
    atGame(words, last) ||
    (has(MODALS, words[first]) && passive(words, first, last) && thingSubject(words as Word[], first))
  );
}

/** "should be killed", "deserves to get buried": a harm done to the subject, which may be a thing. */
function passive(words: readonly Word[], first: number, last: number): boolean {
  for (let k = first + 1; k < last; k++) if (has(BE, words[k])) return true;
  return false;
}
const BE: ReadonlySet<string> = new Set(['be', 'get', 'gets']);

function phrasal(words: readonly Word[], first: number, last: number): boolean {
  for (let k = first; k <= last; k++) {
    const tails = PHRASAL[(words[k] as Word).text];
    const next = words[k + 1];
    if (tails && next && !next.breakBefore && tails.includes(next.text)) return true;
  }
  const after = words[last + 1];
  // "kill him off" (a character), "kill them with kindness": the killing is a writer's or a figure of speech.
  if (after && !after.breakBefore && KILLING_WORDS.has((words[last - 1] as Word | undefined)?.text ?? '')) {
    if (after.text === 'off') return true;
    if (after.text === 'with' && has(KINDNESS, words[last + 2])) return true;
  }
  // "I'd kill to have his job", "would murder to live there": a killing wished only as the price of a want.
  for (let k = first; k <= last; k++) {
    const to = words[k + 1];
    if (has(YEARNING, words[k]) && to?.text === 'to' && !to.breakBefore && has(WANTED, words[k + 2])) return true;
  }
  // "put out of its misery": the one put down is a thing.
  return words[last]?.text === 'out' && after?.text === 'of' && words[last + 2]?.text === 'its';
}

/** "The bill should ...", "this new pipeline deserves ...": a pointing word and common nouns before the modal. */
function thingSubject(words: Word[], modal: number): boolean {
  if ((words[modal] as Word).breakBefore) return false;
  const subject = words[modal - 1];
  // "The legislation should ...": a word for a thing; not "that" or "it", which may stand for anyone.
  if (!has(POINTER, subject) && subject?.text !== 'it' && describeSubject(subject) === 'idea') return true;
  // "The eggs should be whipped", "old tyres should be burned": things handled at home.
  if (handledThingWord(subject)) return true;
  for (let d = modal - 2; d >= 0 && modal - d <= SUBJECT_REACH; d--) {
    if ((words[d + 1] as Word).breakBefore) return false;
    if (has(POINTER, words[d])) return commonNouns(words, d + 1, modal);
  }
  return false;
}
