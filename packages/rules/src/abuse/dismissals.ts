import { hasForm as has, type Word } from '../normalize/words.js';
import { BRUSH_OFFS, JOINED_BRUSH_OFFS, RUDE_ORDERS } from './lexicon/brush-offs.js';
import { ADDRESSED_RETORTS, ADDRESSES, RETORTS } from './lexicon/dismissals.js';

/** "you can get bent", "go pound sand", "they can just suck it": words that hand the retort to someone. */
const HANDED: ReadonlySet<string> = new Set(['can', 'could', 'should', 'may', 'go', 'just']);
const ADDRESS: ReadonlySet<string> = new Set(ADDRESSES);
interface Retort {
  words: readonly string[];
  /** Acts only when a name or a scornful address follows: "Suck it up, buttercup." */
  addressed: boolean;
}
const BY_FIRST = new Map<string, Retort[]>();
for (const [list, addressed] of [
  [RETORTS, false],
  [BRUSH_OFFS, false],
  [ADDRESSED_RETORTS, true],
] as const) {
  for (const words of list) {
    const r = { words, addressed };
    const known = BY_FIRST.get(words[0] as string);
    if (known) known.push(r);
    else BY_FIRST.set(words[0] as string, [r]);
  }
}

/** Word `i` addresses someone and ends its clause: "..., buttercup.", "... Nancy." */
function addressee(words: Word[], i: number): boolean {
  const w = words[i];
  if (!w || w.breakBefore) return false;
  const after = words[i + 1];
  if (after && !after.breakBefore && !after.pauseBefore) return false;
  return has(ADDRESS, w) || w.capitalized;
}

/**
 * Retorts that brush off the person addressed ("Bite me.", "Get bent, pal.", "Up yours!", "they can suck it"):
 * the word ranges `[first, last]` of each. A retort must stand as its own clause, opening it or handed over by
 * "can", "go", and ending it; inside a sentence the words are plain ("the dog tried to bite me once",
 * "suck it up", "get bent out of shape").
 */
export function findRetorts(words: Word[]): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i] as Word;
    const candidates = BY_FIRST.get(w.text);
    const orders = ORDERS_BY_FIRST.get(w.text);
    if (!candidates && !orders) continue;
    const prev = words[i - 1];
    const opens = !prev || w.breakBefore || w.pauseBefore || has(HANDED, prev);
    if (!opens) continue;
    const joined = orders ? joinedBrushOff(words, i) : null;
    if (joined !== null) out.push([i, joined]);
    for (const { words: r, addressed } of candidates ?? []) {
      const last = i + r.length - 1;
      if (!r.every((t, k) => words[i + k]?.text === t && (k === 0 || !(words[i + k] as Word).breakBefore))) continue;
      const next = words[last + 1];
      if (addressed ? !addressee(words, last + 1) : next && !next.breakBefore && !next.pauseBefore) continue;
      out.push([i, last]);
    }
  }
  return out;
}

/** The words at `i` are one of `list` (each of which opens with `words[i]`): the index of its last word, or -1. */
function matchAt(words: Word[], i: number, list: ReadonlyMap<string, (readonly string[])[]>): number {
  for (const r of list.get((words[i] as Word).text) ?? []) {
    if (r.every((t, k) => words[i + k]?.text === t && (k === 0 || !(words[i + k] as Word).breakBefore)))
      return i + r.length - 1;
  }
  return -1;
}

function byFirst(list: readonly (readonly string[])[]): Map<string, (readonly string[])[]> {
  const out = new Map<string, (readonly string[])[]>();
  for (const r of list) {
    const known = out.get(r[0] as string);
    if (known) known.push(r);
    else out.set(r[0] as string, [r]);
  }
  return out;
}
const ORDERS_BY_FIRST = byFirst(RUDE_ORDERS);
const JOINED_BY_FIRST = byFirst(JOINED_BRUSH_OFFS);

/**
 * "Shut up and go to hell.", "Grow up and get a life, pal.": a rude order opening its clause, "and", and an order
 * sending the reader away, ending the clause or followed by whom it is said to. The last word, or null. Not "shut up
 * and listen", "grow up and go to college" (advice) or "shut up and dance".
 */
function joinedBrushOff(words: Word[], i: number): number | null {
  const order = matchAt(words, i, ORDERS_BY_FIRST);
  const and = words[order + 1];
  if (order < 0 || !and || and.text !== 'and' || and.breakBefore) return null;
  const then = order + 2;
  if (!words[then] || (words[then] as Word).breakBefore) return null;
  const last = matchAt(words, then, JOINED_BY_FIRST);
  if (last < 0) return null;
  const next = words[last + 1];
  return !next || next.breakBefore || next.pauseBefore || addressee(words, last + 1) ? last : null;
}
