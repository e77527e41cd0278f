import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { diffSpans, formatSpanDiffs, runsOf } from './spans.js';

const range = (from: number, to: number): number[] => Array.from({ length: to - from }, (_, k) => from + k);

describe('runsOf', () => {
  it('splits sorted offsets into maximal runs that cover exactly the offsets', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.nat({ max: 60 }), { maxLength: 30 }), (xs) => {
        const sorted = [...xs].sort((a, b) => a - b);
        const runs = runsOf(sorted);
        expect(runs.flatMap((r) => range(r.from, r.to))).toEqual(sorted);
        for (let k = 1; k < runs.length; k++) expect(runs[k]?.from).toBeGreaterThan(runs[k - 1]?.to as number);
      }),
    );
  });
});

describe('diffSpans', () => {
  const body = 'you idiot, and a racist pig';
  const at = (s: string) => range(body.indexOf(s), body.indexOf(s) + s.length);

  it('reports a prediction wider than the gold run it covers, with both texts', () => {
    expect(diffSpans(body, at('you idiot'), at('idiot'))).toEqual([
      { issue: 'too wide', text: 'you idiot', other: 'idiot' },
    ]);
  });

  it('reports a narrower prediction, an unmarked one and a gold run nothing covers', () => {
    const d = diffSpans(body, [...at('you'), ...at('pig')], [...at('idiot'), ...at('racist pig')]);
    expect(d).toEqual([
      { issue: 'not gold', text: 'you' },
      { issue: 'too narrow', text: 'pig', other: 'racist pig' },
      { issue: 'missed', text: 'idiot' },
    ]);
  });

  it('reports nothing when prediction and gold agree, and counts texts by kind', () => {
    expect(diffSpans(body, at('idiot'), at('idiot'))).toEqual([]);
    const listing = formatSpanDiffs([
      { issue: 'missed', text: 'damn' },
      { issue: 'missed', text: 'damn' },
    ]);
    expect(listing).toContain('## missed: 2 runs, 1 distinct');
    expect(listing).toMatch(/2 {2}damn/);
  });
});
