/**
 * A subject whose last word is not its head: "The tax cut for landlords is a disgrace", "the new rule for teachers is
 * idiotic", "the traffic lights on Main Street are idiotic". A singular verb of being after a plural word for people, inside a phrase opened by a preposition, agrees
 * with the noun before the preposition: the plan, not the landlords, is the subject. "The friend of the teachers is an
 * idiot" has a person for its head, which the caller then reads as the subject.
 */
import type { Word } from '../normalize/words.js';

const PREPOSITIONS: ReadonlySet<string> = new Set([
  'for',
  'of',
  'to',
  'on',
  'against',
  'from',
  'with',
  'towards',
  'toward',
  'about',
  'by',
  'among',
  'between',
  'at',
  'in',
  'near',
  'outside',
  'inside',
  'around',
  'across',
  'along',
  'behind',
  'beside',
  'under',
  'over',
  'opposite',
]);
const SINGULAR_COPULA: ReadonlySet<string> = new Set(['is', 'was']);
const PLURAL_COPULA: ReadonlySet<string> = new Set(['are', 'were']);

/**
 * The index of the preposition opening the phrase that ends before the verb of being at `c`, when the verb does not
 * agree with the phrase's last word (a singular verb after a plural, `isPlural`, or a plural verb after a singular), or
 * the phrase ends in a name ("the food at Joe's Diner is ..."); -1 otherwise. Looks back at most four words,
 * within the clause.
 */
export function prepositionBeforeCopula(words: readonly Word[], c: number, isPlural: (w: Word) => boolean): number {
  const verb = words[c];
  const last = words[c - 1];
  if (!verb || !last || verb.breakBefore) return -1;
  // "the tax cut for landlords is ...", "the traffic lights on Main Street are ...": the verb does not agree with
  // the last word.
  const singular = SINGULAR_COPULA.has(verb.text);
  // "the food at Joe's Diner is ...": a name closing the phrase is where or whose, not what.
  const mismatch = singular ? isPlural(last) || last.capitalized : PLURAL_COPULA.has(verb.text) && !isPlural(last);
  if (!mismatch) return -1;
  for (let q = c - 2; q >= 1 && c - q <= 4; q--) {
    const next = words[q + 1] as Word;
    if (next.breakBefore || next.pauseBefore) return -1;
    const w = words[q] as Word;
    if (PREPOSITIONS.has(w.text)) return w.breakBefore || w.pauseBefore ? -1 : q;
  }
  return -1;
}
