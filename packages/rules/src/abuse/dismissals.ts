import { hasForm as has, type Word } from '../normalize/words.js';
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
    if (!candidates) continue;
    const prev = words[i - 1];
    const opens = !prev || w.breakBefore || w.pauseBefore || has(HANDED, prev);
    if (!opens) continue;
    for (const { words: r, addressed } of candidates) {
      const last = i + r.length - 1;
      if (!r.every((t, k) => words[i + k]?.text === t && (k === 0 || !(words[i + k] as Word).breakBefore))) continue;
      const next = words[last + 1];
      if (addressed ? !addressee(words, last + 1) : next && !next.breakBefore && !next.pauseBefore) continue;
      out.push([i, last]);
    }
  }
  return out;
}
