/** A span of the body to mark, from a reason's evidence. */
export interface Span {
  start: number;
  end: number;
  /** What fired, for the mark's title. */
  label: string;
}

/** A run of the body: plain when `labels` is empty, marked otherwise. */
export interface Segment {
  text: string;
  labels: string[];
}

/**
 * Cuts a body into runs at every evidence boundary, so that overlapping evidence (two rules on one word) becomes
 * one mark naming both. Spans outside the body or empty are ignored; the runs always join back into the body.
 * Pure, so the page renders each run with `textContent` and never parses a comment as HTML.
 */
export function segments(body: string, spans: Span[]): Segment[] {
  const valid = spans
    .map((s) => ({ ...s, start: Math.max(0, Math.trunc(s.start)), end: Math.min(body.length, Math.trunc(s.end)) }))
    .filter((s) => Number.isFinite(s.start) && Number.isFinite(s.end) && s.end > s.start);
  const cuts = new Set<number>([0, body.length]);
  for (const s of valid) {
    cuts.add(s.start);
    cuts.add(s.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const out: Segment[] = [];
  for (let i = 0; i < points.length - 1; i++) {
    const from = points[i]!;
    const to = points[i + 1]!;
    const labels = [...new Set(valid.filter((s) => s.start <= from && s.end >= to).map((s) => s.label))];
    const prev = out.at(-1);
    const text = body.slice(from, to);
    // Adjacent runs with the same labels merge, so the DOM stays as small as the marks require.
    if (prev && prev.labels.join('\u0000') === labels.join('\u0000')) prev.text += text;
    else out.push({ text, labels });
  }
  return out;
}
