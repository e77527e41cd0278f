/** Noun phrases that name a thing rather than a person: "the new levy", "these stupid meters". */
import { hasForm as has, type Word } from '../normalize/words.js';
import { lookupWord } from './lexicon/index.js';
import { ARTICLES, COPULAS } from './lexicon/targets.js';
import { COPULA, CREATURE, describeSubject } from './subject-words.js';
import { AGENT, NOT_ROLES, ROLE_WORDS, ROLES, thingsPlural } from './things.js';

/** Pointing words that open a noun phrase: "the levy", "this option", "our plan". */
export const POINTER: ReadonlySet<string> = new Set([
  ...ARTICLES,
  'this',
  'my',
  'that',
  'these',
  'those',
  'our',
  'its',
  'their',
]);

/** Words of a noun phrase that may stand for people: "the one who", "the majority", "an ignorant bunch". */
const MAY_BE_PEOPLE: ReadonlySet<string> = new Set(
  'one who whom whose which that what all most many some rest majority minority population public crowd mob bunch lot group camp gang crew clan tribe soul kind sort type'.split(
    ' ',
  ),
);

/** Verbs that end a noun phrase: "the new levy will ...", "the stupid will die" (no noun at all). */
const ENDS_PHRASE: ReadonlySet<string> = new Set([
  ...COPULAS,
  ...'will would can could should must shall may might did does do has have had'.split(' '),
]);

/**
 * The end (exclusive) of the run of lower-case words from `from`, at most `max` long, that may make up a noun phrase:
 * it stops at a pause, a verb that ends a phrase, a listed word or anything but plain lower-case letters.
 */
export function phraseEnd(words: Word[], from: number, max: number): number {
  let end = from;
  while (end < words.length && end - from < max) {
    const w = words[end] as Word;
    if ((end > from && (w.breakBefore || w.pauseBefore)) || !/^[a-z]{3,}$/.test(w.text)) break;
    if (has(ENDS_PHRASE, w) || lookupWord(w.forms)) break;
    // "Dumb luck saved them": a verb in the past ends the phrase before it.
    if (end > from && w.text.endsWith('ed')) break;
    end++;
  }
  return end;
}

/**
 * Whether words `from`..`to` (exclusive; at least one) are lower-case common words in the singular, none naming or
 * pointing at a person, none capitalized (a name), none an insult: a noun phrase about a thing. A plural is left
 * alone ("the dems", "traffic wardens" are people more often than a people-noun list knows) unless it names things
 * by its ending or is an everyday thing's ("these stupid requirements", "the parking meters").
 */
export function commonNouns(words: Word[], from: number, to: number): boolean {
  if (from >= to || to > words.length) return false;
  for (let k = from; k < to; k++) {
    const w = words[k] as Word;
    if (/[^s]s$/.test(w.text) && !thingsPlural(w.text)) return false;
    if (w.breakBefore || w.capitalized || w.mention || !/^[a-z]{3,}$/.test(w.text)) return false;
    if ((describeSubject(w) && !has(CREATURE, w)) || has(COPULA, w) || has(MAY_BE_PEOPLE, w) || lookupWord(w.forms))
      return false;
    // "the developer", "the press secretary", "the trustee": a role, or a word shaped like one.
    if (has(ROLES, w) || has(ROLE_WORDS, w) || (AGENT.test(w.text) && !has(NOT_ROLES, w))) return false;
  }
  return true;
}
