/**
 * A subject whose last word is not its head: "The tax cut for landlords is a disgrace", "the new rule for teachers is
 * idiotic", "the traffic lights on Main Street are idiotic". A singular verb of being after a plural word for people, inside a phrase opened by a preposition, agrees
 * with the noun before the preposition: the plan, not the landlords, is the subject. "The friend of the teachers is an
 * idiot" has a person for its head, which the caller then reads as the subject.
 */
import type { Word } from '../normalize/words.js';
import { thingsPlural } from './things.js';

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

/**
 * "Waiting lists for young people are a disgrace", "the services for disabled people were pathetic": a plural verb
 * after a phrase whose head, before the preposition, names things; those things are the subject, not the
 * people after the preposition. Looks back at most four words, within the clause.
 */
export function thingsBeforePreposition(words: readonly Word[], c: number): boolean {
  const verb = words[c];
  if (!verb || verb.breakBefore || !PLURAL_COPULA.has(verb.text)) return false;
  for (let q = c - 2; q >= 1 && c - q <= 4; q--) {
    const next = words[q + 1] as Word;
    if (next.breakBefore || next.pauseBefore) return false;
    const w = words[q] as Word;
    if (!PREPOSITIONS.has(w.text)) continue;
    const head = words[q - 1] as Word;
    return !w.breakBefore && !w.pauseBefore && thingsPlural(head.text);
  }
  return false;
}

/** Prepositions that tie people to things: "services for disabled people", "waiting lists of immigrants". */
const THING_PREPOSITIONS: ReadonlySet<string> = new Set(['for', 'of', 'to', 'from', 'about']);

/**
 * "The services for disabled people are a disgrace": the people named from word `i` are the object of a preposition
 * after the plural of a thing, which is what the sentence goes on to judge.
 */
export function objectOfThings(words: readonly Word[], i: number): boolean {
  const p = words[i - 1];
  const head = words[i - 2];
  if (!p || !head || !THING_PREPOSITIONS.has(p.text)) return false;
  const w = words[i] as Word;
  return !p.breakBefore && !p.pauseBefore && !w.breakBefore && !w.pauseBefore && thingsPlural(head.text);
}
