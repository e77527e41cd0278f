import { hasForm as has, type Word } from '../normalize/words.js';

/** Whether word `k` exists and joins the one before it in one clause: no sentence break or comma between them. */
export function joined(words: readonly Word[], k: number): boolean {
  const w = words[k];
  return !!w && !w.breakBefore && !w.pauseBefore;
}

/** Whether the sentence ends at word `k`: the text ends, or a new sentence starts. */
export function sentenceEnds(words: readonly Word[], k: number): boolean {
  const w = words[k];
  return !w || w.breakBefore;
}

/** Words that may stand before an order opening its clause: "Just go back to ...", "Now ban it." */
const ORDER_OPENERS: ReadonlySet<string> = new Set(['just', 'please', 'now', 'so', 'simply', 'then']);

/** Whether the verb at `i` opens its clause as an order, perhaps after "just" or "please". */
export function orderOpens(words: readonly Word[], i: number): boolean {
  if (!joined(words, i)) return true;
  return has(ORDER_OPENERS, words[i - 1]) && !joined(words, i - 1);
}

/** The index of the last word of `seq` written from word `k` on within one clause, or -1. */
export function runAt(words: readonly Word[], k: number, seq: readonly string[]): number {
  for (let n = 0; n < seq.length; n++) {
    const w = words[k + n];
    if (!w || w.text !== seq[n] || (n > 0 && !joined(words, k + n))) return -1;
  }
  return k + seq.length - 1;
}

type Phrases = readonly (readonly string[])[];
/** Each phrase list by its first words, built on first use: finders call `longestAt` at every word. */
const BY_FIRST = new WeakMap<Phrases, Map<string, (readonly string[])[]>>();

function byFirst(list: Phrases): Map<string, (readonly string[])[]> {
  let index = BY_FIRST.get(list);
  if (!index) {
    index = new Map();
    for (const seq of list) {
      const first = seq[0] ?? '';
      const same = index.get(first);
      if (same) same.push(seq);
      else index.set(first, [seq]);
    }
    BY_FIRST.set(list, index);
  }
  return index;
}

/** The index of the last word of the longest of `list` written from word `k` on, or -1. */
export function longestAt(words: readonly Word[], k: number, list: Phrases): number {
  const w = words[k];
  const candidates = w && byFirst(list).get(w.text);
  if (!candidates) return -1;
  let best = -1;
  for (const seq of candidates) best = Math.max(best, runAt(words, k, seq));
  return best;
}
