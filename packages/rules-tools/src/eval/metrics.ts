/** Counts for one category: caught, missed and falsely flagged lines. */
export interface Tally {
  tp: number;
  fn: number;
  fp: number;
}

export const tally = (): Tally => ({ tp: 0, fn: 0, fp: 0 });

/** tp / (tp + fn), or undefined when nothing was expected. */
export function recall(t: Tally): number | undefined {
  return t.tp + t.fn === 0 ? undefined : t.tp / (t.tp + t.fn);
}

/** tp / (tp + fp), or undefined when nothing was flagged. */
export function precision(t: Tally): number | undefined {
  return t.tp + t.fp === 0 ? undefined : t.tp / (t.tp + t.fp);
}

/** Adds one line to a category's tally. */
export function count(t: Tally, expected: boolean, fired: boolean): void {
  if (expected && fired) t.tp++;
  else if (expected) t.fn++;
  else if (fired) t.fp++;
}

/**
 * The code point offsets covered by UTF-16 spans `[start, end)` of `body`: a span's offsets as SemEval-2021 Task 5
 * counts them (an emoji is one offset, not two). Sorted, without repeats.
 */
export function codePointOffsets(body: string, spans: ReadonlyArray<{ start: number; end: number }>): number[] {
  if (spans.length === 0) return [];
  // Code point index of every UTF-16 unit (a low surrogate shares its pair's index).
  const cpAt = new Int32Array(body.length + 1);
  let cp = 0;
  for (let i = 0; i < body.length; i++) {
    cpAt[i] = cp;
    const c = body.charCodeAt(i);
    const pair = c >= 0xd800 && c <= 0xdbff && i + 1 < body.length;
    if (pair) {
      const d = body.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        cpAt[++i] = cp;
      }
    }
    cp++;
  }
  cpAt[body.length] = cp;
  const out = new Set<number>();
  for (const s of spans) {
    const from = cpAt[Math.max(0, Math.min(s.start, body.length))] as number;
    const to = cpAt[Math.max(0, Math.min(s.end, body.length))] as number;
    for (let k = from; k < to; k++) out.add(k);
  }
  return [...out].sort((a, b) => a - b);
}

/**
 * SemEval-2021 Task 5's per-comment F1 between predicted and gold offsets: 1 when both are empty, 0 when only one
 * is, otherwise 2PR / (P + R) over the offsets in common.
 */
export function spanF1(predicted: readonly number[], gold: readonly number[]): number {
  const p = new Set(predicted);
  const g = new Set(gold);
  if (p.size === 0 && g.size === 0) return 1;
  if (p.size === 0 || g.size === 0) return 0;
  let common = 0;
  for (const x of p) if (g.has(x)) common++;
  if (common === 0) return 0;
  const prec = common / p.size;
  const rec = common / g.size;
  return (2 * prec * rec) / (prec + rec);
}

export function mean(xs: readonly number[]): number | undefined {
  if (xs.length === 0) return undefined;
  let s = 0;
  for (const x of xs) s += x;
  return s / xs.length;
}

/** A line the rules got wrong, for error analysis. */
export interface Miss {
  id: string;
  body: string;
  /**
   * `miss`: an expected category did not act and the line was not held; `held for another category`: it did not
   * act but another did; `false flag`: a line expected clean was held.
   */
  kind: 'miss' | 'held for another category' | 'false flag';
  /** The category that did not act (misses), or the rule that acted (false flags). */
  rule: string;
  /** The corpus' technique label of the line ("leet", "real", ...). */
  technique: string;
}

/** Misses and false flags grouped by kind, rule and technique, biggest group first (then by name). */
export function groupMisses(misses: readonly Miss[]): Array<{ key: string; items: Miss[] }> {
  const groups = new Map<string, Miss[]>();
  for (const m of misses) {
    const key = `${m.kind}: ${m.rule} / ${m.technique}`;
    const g = groups.get(key);
    if (g) g.push(m);
    else groups.set(key, [m]);
  }
  return [...groups.entries()]
    .map(([key, items]) => ({ key, items }))
    .sort((a, b) => b.items.length - a.items.length || a.key.localeCompare(b.key));
}
