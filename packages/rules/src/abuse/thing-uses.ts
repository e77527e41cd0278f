/**
 * Violent verbs said of things at home, in the kitchen or the workshop: "hang them on the wall", "string them up along
 * the porch", "burn them in the fireplace", "drown them in gravy", "shoot them with a clear coat", "shoot them an
 * email". Not "hang them from a tree", "burn them at the stake", "drown them in the river", "shoot them in the head", "burn them in oil".
 */
import { hasForm as has, type Word } from '../normalize/words.js';
import { HOUSEHOLD_PLACES, SENT_THINGS } from './lexicon/harm.js';

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
