/**
 * Real text that should stay approved, read out of a toxic-span corpus: the sentences of a toxic comment that
 * annotators left unmarked while marking others. Each is decided on its own, as a comment of its own; the share held
 * for abuse bounds from above how often real readers' plain sentences are held (annotators leave some insults
 * unmarked too, so the held ones are a list to read, not a count of mistakes).
 */
import { DEFAULT_POLICY, type Reason } from '@cm/contracts';
import { analyze, compilePolicy, evaluate } from '@cm/rules';
import type { CorpusRow } from './corpus.js';

/** Sentences shorter than this many words say too little to be held or passed on their own ("Wow.", "Sad!"). */
const MIN_WORDS = 4;
const ENDS_SENTENCE = /[.!?\n]/u;

/**
 * The sentences of `row` that no gold offset touches, when some other sentence of it is marked: split after ".",
 * "!", "?" and line breaks, by code point as the offsets are, trimmed, of `MIN_WORDS` words or more.
 */
export function unmarkedSentences(row: Pick<CorpusRow, 'body' | 'spans'>): string[] {
  const gold = new Set(row.spans ?? []);
  if (gold.size === 0) return [];
  const chars = Array.from(row.body);
  const out: string[] = [];
  let from = 0;
  for (let i = 0; i <= chars.length; i++) {
    if (i < chars.length && !ENDS_SENTENCE.test(chars[i] as string)) continue;
    const to = Math.min(i + 1, chars.length);
    let touched = false;
    for (let k = from; k < to && !touched; k++) touched = gold.has(k);
    const text = chars.slice(from, to).join('').trim();
    from = to;
    if (!touched && text.split(/\s+/u).filter((w) => /\p{L}/u.test(w)).length >= MIN_WORDS) out.push(text);
  }
  return out;
}

/** One unmarked sentence and the abuse reasons that held it (empty when it was not held for abuse). */
export interface UnmarkedResult {
  id: string;
  text: string;
  held: Reason[];
}

/** Decides every unmarked sentence of `rows` on its own under the default policy. */
export function decideUnmarked(rows: readonly CorpusRow[]): UnmarkedResult[] {
  const policy = compilePolicy(DEFAULT_POLICY);
  return rows.flatMap((row) =>
    unmarkedSentences(row).map((text) => {
      const d = evaluate(analyze(text), { policy, authorKey: row.author.id, receivedAt: 0, duplicates: [] });
      const held =
        d.status === 'approved'
          ? []
          : d.reasons.filter((r) => r.category === 'abuse' && r.score >= DEFAULT_POLICY.thresholds.abuse);
      return { id: row.id, text, held };
    }),
  );
}

/** The count line and, with `list`, every held sentence with its rules and evidence. */
export function formatUnmarked(label: string, results: readonly UnmarkedResult[], list: boolean): string {
  const held = results.filter((r) => r.held.length > 0);
  const pct = results.length === 0 ? '—' : `${((100 * held.length) / results.length).toFixed(1)}%`;
  const lines = [`${label}: ${held.length} of ${results.length} unmarked sentences held for abuse (${pct})`];
  if (list)
    for (const r of held) {
      const why = r.held.map((x) => `${x.rule}[${x.evidence.map((e) => r.text.slice(e.start, e.end)).join('|')}]`);
      lines.push(`  ${r.id}  ${why.join(' ')}  ${r.text.replace(/\s+/gu, ' ')}`);
    }
  return lines.join('\n');
}
