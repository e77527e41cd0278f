import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { splitOf } from './corpus.js';
import { codePointOffsets, count, groupMisses, type Miss, mean, precision, recall, spanF1, tally } from './metrics.js';

describe('spanF1 (SemEval-2021 Task 5)', () => {
  it('is 1 when both sets are empty and 0 when only one is', () => {
    expect(spanF1([], [])).toBe(1);
    expect(spanF1([1, 2], [])).toBe(0);
    expect(spanF1([], [1, 2])).toBe(0);
  });

  it('is the harmonic mean of offset precision and recall', () => {
    // Predicted 4 offsets, 2 of them gold; gold has 3: P = 1/2, R = 2/3, F1 = 4/7.
    expect(spanF1([0, 1, 2, 3], [2, 3, 4])).toBeCloseTo(4 / 7, 10);
    expect(spanF1([5, 6], [7, 8])).toBe(0);
    expect(spanF1([3, 4, 5], [5, 4, 3])).toBe(1);
  });

  it('is symmetric, between 0 and 1, and ignores repeated offsets', () => {
    const offsets = fc.array(fc.nat({ max: 40 }), { maxLength: 20 });
    fc.assert(
      fc.property(offsets, offsets, (p, g) => {
        const f = spanF1(p, g);
        expect(f).toBeGreaterThanOrEqual(0);
        expect(f).toBeLessThanOrEqual(1);
        expect(spanF1(g, p)).toBeCloseTo(f, 12);
        expect(spanF1([...p, ...p], g)).toBeCloseTo(f, 12);
      }),
    );
  });
});

describe('codePointOffsets', () => {
  it('counts an astral character as one offset', () => {
    const body = '😀 you idiot';
    const start = body.indexOf('idiot');
    // "idiot" starts at UTF-16 unit 7 but at code point 6.
    expect(codePointOffsets(body, [{ start, end: start + 5 }])).toEqual([6, 7, 8, 9, 10]);
  });

  it('merges overlapping spans and sorts them', () => {
    expect(
      codePointOffsets('abcdefgh', [
        { start: 4, end: 6 },
        { start: 1, end: 5 },
      ]),
    ).toEqual([1, 2, 3, 4, 5]);
    expect(codePointOffsets('abc', [])).toEqual([]);
  });

  it('gives the same offsets as counting code points of the prefix', () => {
    const body = fc.string({ unit: 'grapheme', maxLength: 30 });
    fc.assert(
      fc.property(body, fc.nat(), fc.nat(), (b, x, y) => {
        // A span on code point boundaries: between the x-th and y-th code point.
        const cps = [...b];
        const [from, to] = [x % (cps.length + 1), y % (cps.length + 1)].sort((m, n) => m - n) as [number, number];
        const start = cps.slice(0, from).join('').length;
        const end = cps.slice(0, to).join('').length;
        expect(codePointOffsets(b, [{ start, end }])).toEqual(Array.from({ length: to - from }, (_, i) => from + i));
      }),
    );
  });
});

describe('tallies', () => {
  it('counts caught, missed and false lines into recall and precision', () => {
    const t = tally();
    for (const [expected, fired] of [
      [true, true],
      [true, true],
      [true, false],
      [false, true],
      [false, false],
    ] as const)
      count(t, expected, fired);
    expect(t).toEqual({ tp: 2, fn: 1, fp: 1 });
    expect(recall(t)).toBeCloseTo(2 / 3);
    expect(precision(t)).toBeCloseTo(2 / 3);
    expect(recall(tally())).toBeUndefined();
    expect(precision(tally())).toBeUndefined();
    expect(mean([])).toBeUndefined();
    expect(mean([0, 1])).toBe(0.5);
  });
});

describe('groupMisses', () => {
  const miss = (id: string, kind: Miss['kind'], rule: string, technique: string): Miss => ({
    id,
    body: `text of ${id}`,
    kind,
    rule,
    technique,
  });

  it('groups by kind, rule and technique, biggest group first, then by name', () => {
    const groups = groupMisses([
      miss('a', 'miss', 'abuse', 'leet'),
      miss('b', 'false flag', 'spam.self-promotion', 'plain'),
      miss('c', 'miss', 'abuse', 'leet'),
      miss('d', 'miss', 'abuse', 'spaced'),
      miss('e', 'held for another category', 'spam', 'real'),
    ]);
    expect(groups.map((g) => [g.key, g.items.map((m) => m.id)])).toEqual([
      ['miss: abuse / leet', ['a', 'c']],
      ['false flag: spam.self-promotion / plain', ['b']],
      ['held for another category: spam / real', ['e']],
      ['miss: abuse / spaced', ['d']],
    ]);
  });
});

describe('splitOf', () => {
  it('puts an id always in the same half, about 70% of ids in the development half', () => {
    const ids = Array.from({ length: 2000 }, (_, i) => `line-${i}`);
    const dev = ids.filter((id) => splitOf(id) === 'dev').length;
    expect(dev / ids.length).toBeGreaterThan(0.65);
    expect(dev / ids.length).toBeLessThan(0.75);
    for (const id of ids.slice(0, 50)) expect(splitOf(id)).toBe(splitOf(id));
  });
});
