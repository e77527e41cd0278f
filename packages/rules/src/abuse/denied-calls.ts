/**
 * Calls for harm the writer denies making: "I don't think the answer is to kill them", "Nobody says he should be
 * shot", "I'm not saying someone should cut off his hands". The denial stands in the clause before the call: a
 * negated verb of thinking, saying or wanting, or "nobody" / "no one". A denial in an earlier clause ("I don't care,
 * he should be shot") denies nothing.
 */
import { hasForm as has, type Word } from '../normalize/words.js';

/** Verbs whose clause is the writer's claim or wish: "think", "saying", "want". */
const CLAIMING: ReadonlySet<string> = new Set(
  'think thinks believe believes say says said saying suggest suggests suggesting claim claims claiming mean want wants wish advocate advocating'.split(
    ' ',
  ),
);
/** Words that deny the verb after them. */
const DENIAL: ReadonlySet<string> = new Set('not never nt t dont didnt doesnt don didn doesn'.split(' '));
/** Subjects that deny by themselves: "Nobody says ...", "No one wants ...". */
const NOBODY: ReadonlySet<string> = new Set(['nobody', 'noone']);
/** How far before the call its denial may stand: "I [do] [not] [really] [think] [the] answer is ...". */
const REACH = 6;

/** Whether the call starting at word `i` is denied in its clause. */
export function deniedCall(words: readonly Word[], i: number): boolean {
  let claimed = false;
  for (let k = i - 1; k >= 0 && i - k <= REACH; k--) {
    const after = words[k + 1] as Word;
    if (after.breakBefore || after.pauseBefore) return false;
    const w = words[k] as Word;
    if (has(NOBODY, w) || (w.text === 'one' && words[k - 1]?.text === 'no')) return true;
    if (has(CLAIMING, w)) claimed = true;
    else if (claimed && has(DENIAL, w)) return true;
  }
  return false;
}
