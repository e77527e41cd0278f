/**
 * Where the abuse evidence and the gold toxic spans disagree, for tightening evidence: predicted runs wider than
 * the gold run they cover ("you idiot" where gold marks "idiot"), narrower ones, predicted runs gold does not mark
 * at all, and gold runs nothing covered (words the lexicons lack). Runs are maximal stretches of consecutive code
 * point offsets; their text is lower-cased so that the groups count kinds of text, not lines.
 */

/** A maximal run of consecutive offsets, `[from, to)` in code points. */
interface Run {
  from: number;
  to: number;
}

/** Splits sorted offsets into runs of consecutive ones. */
export function runsOf(offsets: readonly number[]): Run[] {
  const runs: Run[] = [];
  for (const o of offsets) {
    const last = runs[runs.length - 1];
    if (last && o === last.to) last.to++;
    else if (!last || o > last.to) runs.push({ from: o, to: o + 1 });
  }
  return runs;
}

type SpanIssue = 'too wide' | 'too narrow' | 'not gold' | 'missed';

/** One disagreement: its kind, the predicted or gold text, and for wide/narrow runs the text on the other side. */
export interface SpanDiff {
  issue: SpanIssue;
  text: string;
  other?: string;
}

const overlaps = (a: Run, b: Run): boolean => a.from < b.to && b.from < a.to;

/**
 * The disagreements of one line: every predicted run against the gold runs it overlaps, and every gold run that
 * no prediction touches. `body` is split by code point, as the offsets are.
 */
export function diffSpans(body: string, predicted: readonly number[], gold: readonly number[]): SpanDiff[] {
  const chars = Array.from(body);
  const text = (r: Run): string => chars.slice(r.from, r.to).join('').toLowerCase();
  const p = runsOf(predicted);
  const g = runsOf(gold);
  const out: SpanDiff[] = [];
  for (const run of p) {
    const hit = g.filter((x) => overlaps(run, x));
    if (hit.length === 0) {
      out.push({ issue: 'not gold', text: text(run) });
      continue;
    }
    const goldText = hit.map(text).join(' … ');
    const from = Math.min(...hit.map((x) => x.from));
    const to = Math.max(...hit.map((x) => x.to));
    if (run.from < from || run.to > to) out.push({ issue: 'too wide', text: text(run), other: goldText });
    else if (run.from > from || run.to < to) out.push({ issue: 'too narrow', text: text(run), other: goldText });
  }
  for (const run of g) if (!p.some((x) => overlaps(run, x))) out.push({ issue: 'missed', text: text(run) });
  return out;
}

/** The most frequent texts of each kind of disagreement, `top` a kind, as a readable listing. */
export function formatSpanDiffs(diffs: readonly SpanDiff[], top = 40): string {
  const order: SpanIssue[] = ['too wide', 'too narrow', 'not gold', 'missed'];
  const sections: string[] = [];
  for (const issue of order) {
    const counts = new Map<string, number>();
    let total = 0;
    for (const d of diffs) {
      if (d.issue !== issue) continue;
      total++;
      const key = d.other === undefined ? d.text : `${d.text}  ⟶ gold: ${d.other}`;
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    const rows = [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, top);
    sections.push(
      [
        `## ${issue}: ${total} runs, ${counts.size} distinct`,
        ...rows.map(([k, n]) => `${String(n).padStart(5)}  ${k}`),
      ].join('\n'),
    );
  }
  return sections.join('\n\n');
}
