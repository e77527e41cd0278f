import type { Analysis } from '../engine/analysis.js';
import { hasForm as has, type Word } from '../normalize/words.js';

/**
 * A call repeated as a question and refuted in the next sentence: "Deport them all? That's not how the law works.",
 * "Kill them all? No, that's murder.", "Go back to Mexico? That isn't where he's from." The writer echoes the call to
 * answer it. A question left standing ("Deport them all?"), answered yes ("Deport them all? Absolutely.") or refuted
 * only after other words ("Deport them all? Good idea, not that they'd listen.") stays the call.
 */

/** Words that open a refusal: "No, ...", "Nope.", "Not in this country." */
const REFUSALS: ReadonlySet<string> = new Set(['no', 'nope', 'nah', 'not', 'never']);
/** What the refutation says of the call: "That's not ...", "It isn't ...", "That won't work". */
const THAT: ReadonlySet<string> = new Set(['that', 'this', 'it', 'thats', 'which']);
const NEGATIONS: ReadonlySet<string> = new Set(['not', 't', 'never', 'isnt', 'wont', 'doesnt', 'wouldnt', 'cant']);
/** How many words may stand after the call in its question: "Deport them all, [really]?". */
const TAIL_REACH = 2;
/** How far into the next sentence the negation may stand: "That [is] [simply] not ...". */
const NEGATION_REACH = 3;

/** Whether the call at words [first, last] is echoed as a question the next sentence refutes. */
export function echoedCall(a: Analysis, first: number, last: number): boolean {
  const words = a.words;
  const head = words[first] as Word;
  if (first > 0 && !head.breakBefore) return false;
  let end = last;
  while (end + 1 < words.length && !(words[end + 1] as Word).breakBefore) if (++end - last > TAIL_REACH) return false;
  const next = words[end + 1];
  const gap = a.folded.text.slice((words[end] as Word).end, next ? next.start : a.folded.text.length);
  if (!next || !gap.includes('?')) return false;
  return refutes(words, end + 1);
}

/** The sentence opening at `s` refuses or denies what was asked: "No, ...", "That's not how ...". */
function refutes(words: readonly Word[], s: number): boolean {
  const open = words[s] as Word;
  if (has(REFUSALS, open)) return true;
  if (!has(THAT, open)) return false;
  for (let k = s + 1; k < words.length && k - s <= NEGATION_REACH; k++) {
    const w = words[k] as Word;
    if (w.breakBefore) return false;
    if (has(NEGATIONS, w)) return true;
  }
  return false;
}
