/**
 * The words of a call for violence that make it one: the violence and whom it is aimed at, not the call around it.
 * "Somebody should bomb the hell out of that town" shows "bomb the hell out of", "Someone should cut off his hands"
 * shows "cut off his hands". A promise keeps its speaker ("I will burn your house"), a passive its modal ("should be
 * shot"), a due its verb ("deserves a bullet"): there the call is part of the threat.
 */
import { hasForm as has, type Word } from '../normalize/words.js';

/** Words that open a call before its violent verb: who is asked, the modal, "to", "let's". */
const CALL: ReadonlySet<string> = new Set(
  'someone somebody should shud must ought to gotta lets let s us just shall need needs please simply'.split(' '),
);
/** Words after the call that make the violence a passive or a noun: "should be shot", "needs a beating". */
const NOT_A_VERB: ReadonlySet<string> = new Set(['be', 'get', 'gets', 'got', 'a', 'an', 'the', 'some', 'to']);
/** Words a phrase may end on that point to a noun after it: "bomb the hell out of that [town]". */
const POINTING: ReadonlySet<string> = new Set(['the', 'that', 'those', 'these', 'this', 'every', 'their', 'a', 'an']);

/** The word range [first, last] of a threat phrase without its call and its dangling pointer. */
export function violentWords(words: readonly Word[], first: number, last: number): [number, number] {
  let from = first;
  while (from < last && has(CALL, words[from])) from++;
  if (has(NOT_A_VERB, words[from])) from = first;
  let to = last;
  const after = words[last + 1];
  // "out of that town": the pointer's noun is past the phrase; "hang for this." keeps its "this".
  if (to > from && has(POINTING, words[to]) && after && !after.breakBefore && !after.pauseBefore) to--;
  return [from, to];
}
