import { DEFAULT_POLICY } from '@cm/contracts';
import { analyze, compilePolicy, evaluate } from '@cm/rules';
import type { CorpusRow } from '../eval/corpus.js';
import type { Part } from '../eval/report.js';
import { type LineResult, summarize } from '../eval/run.js';
import { adversarialCorpus } from './generate.js';

/**
 * Each line on its own, with no duplicate index: generated lines share frames, and what is measured here is
 * whether each disguise is seen, not whether one line repeats another.
 */
function replayAlone(rows: readonly CorpusRow[]): LineResult[] {
  const policy = compilePolicy(DEFAULT_POLICY);
  return rows.map((row) => {
    const d = evaluate(analyze(row.body), { policy, authorKey: row.author.id, receivedAt: 0, duplicates: [] });
    return { row, status: d.status, reasons: d.reasons, abuseOffsets: [], obscenity: { hit: false, offsets: [] } };
  });
}

/** The group a technique is reported in: abuse, link or clean lines, by their first disguise. */
function groupOf(row: CorpusRow): string {
  if (row.expect === 'approve') return 'clean';
  return row.categories.includes('abuse') ? 'abuse' : 'link';
}

/**
 * The generated adversarial corpus as parts for the eval tables: all of it, then abuse, links and clean lines
 * apart, then (with `byTechnique`) every technique that missed something.
 */
export function adversarialParts(seed: number, byTechnique: boolean): Part[] {
  const results = replayAlone(adversarialCorpus(seed));
  const parts: Part[] = [{ corpus: 'adversarial', part: 'all', summary: summarize(results) }];
  const groups = new Map<string, LineResult[]>();
  const techniques = new Map<string, LineResult[]>();
  for (const r of results) {
    const g = groupOf(r.row);
    groups.set(g, [...(groups.get(g) ?? []), r]);
    const t = `${g} ${r.row.technique}`;
    techniques.set(t, [...(techniques.get(t) ?? []), r]);
  }
  for (const [g, rs] of groups) parts.push({ corpus: 'adversarial', part: g, summary: summarize(rs) });
  if (byTechnique) {
    for (const [t, rs] of [...techniques].sort(([a], [b]) => a.localeCompare(b))) {
      const s = summarize(rs);
      if (s.misses.length > 0) parts.push({ corpus: 'adversarial', part: t, summary: s });
    }
  }
  return parts;
}
