import { groupMisses, precision, recall, type Tally } from './metrics.js';
import { CATEGORIES, type Summary } from './run.js';

/** One corpus, or one half of a real corpus' split. */
export interface Part {
  corpus: string;
  part: string;
  summary: Summary;
}

export const DEV_PART = 'dev 70%';
export const CHECK_PART = 'check 30%';

const pct = (x: number | undefined): string => (x === undefined ? '—' : `${(100 * x).toFixed(1)}%`);
const ratio = (x: number | undefined): string => (x === undefined ? '—' : x.toFixed(3));
const share = (n: number, d: number): string => (d === 0 ? '—' : `${n}/${d} = ${pct(n / d)}`);
const pr = (t: Tally): string => `${pct(recall(t))} / ${pct(precision(t))}`;

function table(head: string[], rows: string[][]): string {
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join(' | ')} |`;
  return [line(head), `| ${widths.map((w) => '-'.repeat(w)).join(' | ')} |`, ...rows.map(line)].join('\n');
}

/** Two markdown tables: recall and precision per category, then false flags, span F1 and obscenity. */
export function formatTables(parts: readonly Part[]): string {
  const perCategory: string[][] = [];
  for (const p of parts) {
    for (const c of CATEGORIES) {
      const t = p.summary.categories[c];
      if (t.tp + t.fn + t.fp === 0) continue;
      perCategory.push([
        p.corpus,
        p.part,
        c,
        pct(recall(t)),
        pct(precision(t)),
        String(t.tp),
        String(t.fn),
        String(t.fp),
      ]);
    }
  }
  const perCorpus = parts.map((p) => {
    const s = p.summary;
    const hasAbuse = s.categories.abuse.tp + s.categories.abuse.fn > 0;
    return [
      p.corpus,
      p.part,
      String(s.lines),
      share(s.flagged, s.toFlag),
      share(s.falseFlags, s.clean),
      share(s.nonLinkFalseFlags, s.clean),
      share(s.abuseFalseFlags, s.clean),
      ratio(s.spanF1),
      hasAbuse ? pr(s.categories.abuse) : '—',
      hasAbuse ? pr(s.obscenity.abuse) : '—',
      ratio(s.obscenity.spanF1),
    ];
  });
  return [
    table(['corpus', 'part', 'category', 'recall', 'precision', 'tp', 'fn', 'fp'], perCategory),
    '',
    table(
      [
        'corpus',
        'part',
        'lines',
        'flag lines held',
        'clean lines held',
        'flagged for more than a link',
        'held for abuse',
        'span F1',
        'abuse R / P',
        'obscenity R / P',
        'obscenity span F1',
      ],
      perCorpus,
    ),
  ].join('\n');
}

/**
 * Misses and false flags grouped by rule and kind, a few lines each: of each corpus, or of the development half
 * only of a split one (the other half is there to be measured, not read).
 */
export function formatMisses(parts: readonly Part[], perGroup = 12): string {
  const out: string[] = [];
  const split = new Set(parts.filter((p) => p.part === DEV_PART).map((p) => p.corpus));
  for (const p of parts) {
    if (p.part === CHECK_PART || (p.part === 'all' && split.has(p.corpus))) continue;
    const groups = groupMisses(p.summary.misses);
    out.push(`## ${p.corpus} (${p.part}): ${p.summary.misses.length} misses and false flags`);
    for (const g of groups) {
      out.push(`\n${g.key} (${g.items.length})`);
      for (const m of g.items.slice(0, perGroup)) {
        const body = m.body.replace(/\s+/g, ' ');
        out.push(`  ${m.id}  ${body.length > 140 ? `${body.slice(0, 137)}...` : body}`);
      }
      if (g.items.length > perGroup) out.push(`  ... and ${g.items.length - perGroup} more`);
    }
    out.push('');
  }
  return out.join('\n');
}
