import { type Harness, harness } from '@cm/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/**
 * Two API replicas over one Redis: the per-author and per-IP limits are counted in Redis, so alternating between
 * replicas gains an author or an address nothing. Windows of a day keep a window boundary out of the test.
 */
describe('rate limits hold across API replicas', () => {
  let h: Harness;
  let urls: string[];
  beforeAll(async () => {
    h = await harness({ worker: false, env: { RATE_LIMITS: 'ip=12/86400,author=5/86400' } });
    urls = [h.url, (await h.startApiReplica()).url];
  });
  afterAll(() => h?.close());

  const post = (i: number, authorId: string) =>
    fetch(`${urls[i % 2]}/v1/comments`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ articleId: 'replicas', author: { id: authorId, name: 'R' }, body: `Comment ${i}` }),
      signal: AbortSignal.timeout(10_000),
    });

  it('counts one author across both replicas, then one address', async () => {
    const byAuthor: number[] = [];
    for (let i = 0; i < 8; i++) byAuthor.push((await post(i, 'same-author')).status);
    // Four per replica would pass a per-process limit of 5; the shared count stops the sixth, wherever it lands.
    expect(byAuthor).toEqual([202, 202, 202, 202, 202, 429, 429, 429]);
    const limited = await post(9, 'same-author');
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(((await limited.json()) as { detail: string }).detail).toMatch(/author/);

    // The address has spent 9 of its 12: three more distinct authors pass, the next is refused on either replica.
    const byAddress: number[] = [];
    for (let i = 0; i < 5; i++) byAddress.push((await post(i, `author-${i}`)).status);
    expect(byAddress).toEqual([202, 202, 202, 429, 429]);
    const res = await post(1, 'author-new');
    expect(((await res.json()) as { detail: string }).detail).toMatch(/address/);
  });
});
