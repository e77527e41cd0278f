/**
 * Violent verbs said of things at home, in the kitchen or the workshop: "hang them on the wall", "string them up along
 * the porch", "burn them in the fireplace", "drown them in gravy", "shoot them with a clear coat", "shoot them an
 * email". Not "hang them from a tree", "burn them at the stake", "drown them in the river", "shoot them in the head", "burn them in oil".
 */
import { hasForm as has, type Word } from '../normalize/words.js';
import { HANDLED_THINGS, HOUSEHOLD_PLACES, SENT_THINGS } from './lexicon/harm.js';
import { describeSubject } from './subject-words.js';

const PLACES: ReadonlySet<string> = new Set(HOUSEHOLD_PLACES);
const SENT: ReadonlySet<string> = new Set(SENT_THINGS);
/** Pronouns that may stand for things: "them", not "him" or "her". */
const THING_PRONOUNS: ReadonlySet<string> = new Set(['them', 'em']);
/** Prepositions that lead to where or with what a thing is handled ("on the wall", "with a clear coat"). */
const LEADING: ReadonlySet<string> = new Set([
  'on',
  'in',
  'from',
  'along',
  'into',
  'onto',
  'with',
  'over',
  'by',
  'across',
  'to',
]);
/** How many words after the preposition its place may come: "from the [kitchen] ceiling", "with a clear coat". */
const REACH = 3;

/**
 * Whether the object pronoun at `k` is a thing, by what follows it: a household place or stuff after a preposition
 * (perhaps after "up"), or a thing sent ("shoot them an email").
 */
export function handledThing(words: readonly Word[], k: number): boolean {
  if (!has(THING_PRONOUNS, words[k])) return false;
  let p = k + 1;
  if (words[p]?.text === 'up' && !(words[p] as Word).breakBefore) p++;
  const lead = words[p];
  if (!lead || lead.breakBefore) return false;
  if (lead.text === 'a' || lead.text === 'an') {
    const sent = words[p + 1];
    return p === k + 1 && !!sent && !sent.breakBefore && has(SENT, sent);
  }
  if (!LEADING.has(lead.text)) return false;
  for (let j = p + 1; j < words.length && j - p <= REACH; j++) {
    const w = words[j] as Word;
    if (w.breakBefore || w.pauseBefore) return false;
    if (has(PLACES, w)) return true;
  }
  return false;
}

/** Whether a phrase at words [first, last] ends on "them" (or "them up") handled as a thing: "String them up along the porch". */
export function phraseOnThing(words: readonly Word[], first: number, last: number): boolean {
  let k = last;
  if (words[k]?.text === 'up' && k > first) k--;
  return handledThing(words, k);
}

const THINGS: ReadonlySet<string> = new Set(HANDLED_THINGS);
/** How far back in its sentence the things may be named: "Cut the [dead] branches off the tree and burn them". */
const BACK = 10;

/**
 * Whether "them" after the verb at `i` stands for things named before it in the sentence, with no person between:
 * "Rake the leaves and burn them", "Catch the mice and drown them" (not "Take the shirts off them and burn them").
 */
export function thingsNamedBefore(words: readonly Word[], i: number): boolean {
  for (let j = i - 1; j >= 0 && i - j <= BACK; j--) {
    const w = words[j] as Word;
    if (has(THINGS, w)) return true;
    if (has(PERSON_POINTERS, w) || (words[j + 1] as Word).breakBefore) return false;
  }
  return false;
}

/**
 * Whether "them" after the verb at `i` stands for things named later in its sentence, with no person between:
 * "Shoot them at f/8 and the photos come out sharp", "Drown them in water before planting the seeds".
 */
export function thingsNamedAfter(words: readonly Word[], i: number): boolean {
  for (let j = i + 2; j < words.length && j - i <= BACK + 2; j++) {
    const w = words[j] as Word;
    if (w.breakBefore || w.pauseBefore) return false;
    if (has(THINGS, w)) return true;
    if (has(PERSON_POINTERS, w) || w.text === 'their' || PEOPLE_NAMES.has(describeSubject(w) ?? '')) return false;
  }
  return false;
}

/** Whether the word is a thing handled at home: "portraits", "flags", "leaves". */
export function handledThingWord(w: Word | undefined): boolean {
  return has(THINGS, w);
}
/** What a word names when it names people: "the kids", "the Smiths". */
const PEOPLE_NAMES: ReadonlySet<string> = new Set(['person', 'group', 'reader', 'author']);
/** Words for people between the things and the verb: the things may be theirs, and "them" the people. */
const PERSON_POINTERS: ReadonlySet<string> = new Set([
  'them',
  'him',
  'her',
  'people',
  'those',
  'everyone',
  'everybody',
]);
