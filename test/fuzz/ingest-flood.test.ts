import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { type Harness, harness } from '@cm/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/**
 * 10,000 tiny requests from one IP with the rate limits on. Every answer is a 202 or a 429 with Retry-After (never
 * a 5xx, never a hang), what was accepted is decided, and the heap of the process that runs the API and the
 * worker does not grow with the number of requests refused.
 *
 * Memory: vitest cannot pass --expose-gc to one file, so the test turns the flag on at run time and takes `gc`
 * from a fresh context (a documented V8 trick). With a forced full collection before each reading, heapUsed is
 * what is still reachable: a per-request leak of even 2 KB would add 20 MB over 10,000 requests, well above the
 * bound, while the run-to-run noise of a collected heap is a few MB.
 */

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

const heapAfterGc = () => {
  gc();
  gc();
  return process.memoryUsage().heapUsed;
};

describe('a flood of tiny requests from one IP', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await harness({ env: { RATE_LIMITS: 'on' } });
  });
  afterAll(() => h?.close());

  /** Sends `count` requests, at most `inFlight` at once; returns the statuses and the accepted ids. */
  async function flood(count: number, inFlight: number, from: number) {
    const statuses = new Map<number, number>();
    const accepted: string[] = [];
    let next = 0;
    const one = async (i: number) => {
      const res = await fetch(`${h.url}/v1/comments`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ articleId: 'flood', author: { id: `flood-${from + i}`, name: 'F' }, body: 'hi' }),
        signal: AbortSignal.timeout(10_000),
      });
      statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
      if (res.status === 202) accepted.push(((await res.json()) as { id: string }).id);
      else if (res.status === 429) {
        expect(Number(res.headers.get('retry-after'))).toBeGreaterThan(0);
        expect(((await res.json()) as { code: string }).code).toBe('RATE_LIMITED');
      } else throw new Error(`unexpected ${res.status}: ${await res.text()}`);
    };
    await Promise.all(
      Array.from({ length: inFlight }, async () => {
        while (next < count) await one(next++);
      }),
    );
    return { statuses, accepted };
  }

  it('answers every one with 202 or 429 + Retry-After, decides the accepted, and keeps the heap flat', async () => {
    const { ip } = h.config.rateLimits;
    const warm = await flood(3_000, 50, 0);
    const before = heapAfterGc();
    const run = await flood(10_000, 50, 3_000);
    const after = heapAfterGc();
    const growthMb = (after - before) / 2 ** 20;
    console.log(
      `flood: 10,000 requests, ${JSON.stringify(Object.fromEntries(run.statuses))}; heap ${(before / 2 ** 20).toFixed(1)} → ${(after / 2 ** 20).toFixed(1)} MB`,
    );

    expect([...run.statuses.keys()].sort()).toEqual(run.accepted.length > 0 ? [202, 429] : [429]);
    // Fixed windows per IP: at most one window's allowance each side of a boundary over both runs.
    const acceptedTotal = warm.accepted.length + run.accepted.length;
    expect(acceptedTotal).toBeGreaterThanOrEqual(ip.limit);
    expect(acceptedTotal).toBeLessThanOrEqual(2 * ip.limit);
    expect(growthMb).toBeLessThan(24);

    for (const id of [...warm.accepted, ...run.accepted]) await h.waitForDecision(id);
    // 13,000 requests take ~30 s on a slow 2-core machine: the limit is generous, nothing here measures time.
  }, 180_000);
});
