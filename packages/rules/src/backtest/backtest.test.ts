import { DEFAULT_POLICY, resolvePolicy, type SitePolicy } from '@cm/contracts';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze, compilePolicy, evaluate } from '../index.js';
import { type BacktestProgress, backtest, type StoredComment } from './backtest.js';

const current = compilePolicy(DEFAULT_POLICY);
const proposed = (p: SitePolicy) => compilePolicy(resolvePolicy(p));
const MIN = 60_000;

/** Stored comments whose stored status is what the current policy decides alone (no duplicates involved). */
function stored(bodies: string[], start = 1_800_000_000_000): StoredComment[] {
  return bodies.map((body, i) => {
    const d = evaluate(analyze(body), { policy: current, authorKey: `a${i}`, receivedAt: 0, duplicates: [] });
    return {
      id: `c${i}`,
      body,
      authorKey: `a${i}`,
      receivedAt: start + i * MIN,
      status: d.status,
      rules: d.reasons.map((r) => r.rule),
    };
  });
}

async function* slowly<T>(items: readonly T[]): AsyncGenerator<T> {
  for (const item of items) {
    await Promise.resolve();
    yield item;
  }
}

const bodies = [
  'The council vote on the harbour bridge was long overdue.',
  'I would buy the new tickets at www.quickpills.net if I were you.',
  'What a splendid write-up about the frobnicator museum.',
  'Good reporting on the budget, thank you.',
  'The schedule for the ferry changes again next spring, sadly.',
];

describe('backtest', () => {
  it('names exactly the comments a banned term, a blocked domain and a suspect term would change', async () => {
    const comments = stored(bodies);
    const policy = proposed({
      bannedTerms: ['frobnicator'],
      blockedDomains: ['quickpills.net'],
      suspectTerms: ['ferry'],
    });
    const report = await backtest(slowly(comments), { policy, baseline: current });
    expect(report.comparedWith).toBe('replay');
    expect(report.totals).toEqual({ replayed: 5, unchanged: 2, changed: 3, warmup: 0 });
    const byId = Object.fromEntries(report.changes.map((c) => [c.id, c]));
    expect(Object.keys(byId).sort()).toEqual(['c1', 'c2', 'c4']);
    expect(byId.c1?.to).toBe('rejected');
    expect(byId.c2?.to).toBe('rejected');
    expect(byId.c4).toMatchObject({ from: 'approved', to: 'flagged', stored: 'approved' });
    expect(byId.c2?.reasons.map((r) => r.rule)).toContain('policy.banned-term');
    const rules = Object.fromEntries(report.rules.map((r) => [r.rule, r]));
    expect(rules['policy.banned-term']).toEqual({ rule: 'policy.banned-term', newlyFiring: 1, noLongerFiring: 0 });
    expect(rules['policy.suspect-term']?.newlyFiring).toBe(1);
    expect(rules['link.blocked-domain']?.newlyFiring).toBe(1);
    expect(report.transitions.reduce((n, t) => n + t.count, 0)).toBe(3);
    expect(report.truncated).toBe(false);
  });

  it('reports nothing when the proposal equals the baseline, and rules that stop firing when it relaxes', async () => {
    const strict = proposed({ bannedTerms: ['frobnicator'] });
    const comments = stored(bodies);
    const same = await backtest(comments, { policy: current, baseline: current });
    expect(same.totals).toMatchObject({ replayed: 5, unchanged: 5, changed: 0 });
    expect(same.changes).toEqual([]);
    expect(same.rules).toEqual([]);

    const relaxed = await backtest(comments, { policy: current, baseline: strict });
    expect(relaxed.changes.map((c) => [c.id, c.from, c.to])).toEqual([['c2', 'rejected', 'approved']]);
    expect(relaxed.rules).toEqual([{ rule: 'policy.banned-term', newlyFiring: 0, noLongerFiring: 1 }]);
  });

  it('detects duplicates in received order, as production would, and compares with stored decisions', async () => {
    const text = 'Vote for the harbour plan now, everyone should read the proposal before Friday!';
    const comments: StoredComment[] = [
      { id: 'd1', body: text, authorKey: 'x', receivedAt: 1_000 * MIN, status: 'approved', rules: [] },
      {
        id: 'd2',
        body: text.replace('Vote', 'vote').replace('!', '.'),
        authorKey: 'y',
        receivedAt: 1_001 * MIN,
        status: 'approved',
        rules: [],
      },
      { id: 'd3', body: `${text} !!`, authorKey: 'x', receivedAt: 1_002 * MIN, status: 'approved', rules: [] },
    ];
    const report = await backtest(comments, { policy: current });
    expect(report.comparedWith).toBe('stored');
    // The first copy stays approved: nothing came before it in the replay.
    expect(report.changes.map((c) => c.id)).toEqual(['d2', 'd3']);
    expect(report.changes[0]?.reasons.map((r) => r.rule)).toEqual(['duplicate.campaign']);
    expect(report.changes[1]?.reasons.map((r) => r.rule).sort()).toEqual([
      'duplicate.campaign',
      'duplicate.same-author',
    ]);

    // With the first copy before the period, it only warms the index up: the second is still caught.
    const warmed = await backtest(comments, { policy: current, since: 1_001 * MIN });
    expect(warmed.totals).toMatchObject({ replayed: 2, warmup: 1, changed: 2 });
    // A window shorter than the gap between the copies: not duplicates any more.
    const short = proposed({ duplicates: { windowSeconds: 60 } });
    const apart = comments.map((c, i) => ({ ...c, receivedAt: (1_000 + 5 * i) * MIN }));
    expect((await backtest(apart, { policy: short })).totals.changed).toBe(0);
  });

  it('reports progress, bounds the list, and cuts long excerpts', async () => {
    const many = stored(
      Array.from({ length: 25 }, (_, i) => `Comment ${i} about the frobnicator ${'word '.repeat(i * 20)}`),
    );
    const seen: BacktestProgress[] = [];
    const report = await backtest(many, {
      policy: proposed({ bannedTerms: ['frobnicator'] }),
      baseline: current,
      maxChanges: 10,
      excerptLength: 80,
      total: 25,
      progressEvery: 10,
      onProgress: (p) => seen.push(p),
    });
    expect(seen).toEqual([
      { done: 10, total: 25 },
      { done: 20, total: 25 },
      { done: 25, total: 25 },
    ]);
    expect(report.totals.changed).toBe(25);
    expect(report.changes).toHaveLength(10);
    expect(report.truncated).toBe(true);
    for (const c of report.changes) expect(c.excerpt.length).toBeLessThanOrEqual(81);
    expect(report.changes.at(-1)?.excerpt.endsWith('…')).toBe(true);
  });

  it('gives evidence spans that lie inside the body and match its text, whatever the bodies', async () => {
    const policy = proposed({ bannedTerms: ['spam'], suspectTerms: ['ab'], blockedDomains: ['x.example'] });
    const body = fc.oneof(
      fc.string({ maxLength: 120 }),
      fc
        .array(fc.constantFrom('spam', 's p a m', 'x.example', 'ab', 'AB', 'you', 'moron', ' ', '.', '\u200b', 'é'), {
          maxLength: 30,
        })
        .map((parts) => parts.join(' ')),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(body, { minLength: 1, maxLength: 12 }), async (texts) => {
        const comments = texts.map((b, i) => ({
          id: `p${i}`,
          body: b,
          authorKey: `a${i % 3}`,
          receivedAt: i * 1000,
          status: 'approved' as const,
        }));
        const report = await backtest(comments, { policy, baseline: current, excerptLength: 500 });
        expect(report.totals.replayed).toBe(texts.length);
        expect(report.totals.changed + report.totals.unchanged).toBe(texts.length);
        for (const change of report.changes) {
          const original = texts[Number(change.id.slice(1))] ?? '';
          for (const ev of change.reasons.flatMap((r) => r.evidence)) {
            expect(ev.start).toBeGreaterThanOrEqual(0);
            expect(ev.end).toBeLessThanOrEqual(original.length);
            expect(original.slice(ev.start, ev.end)).toBe(ev.text);
          }
        }
      }),
      { numRuns: 150 },
    );
  });
});
