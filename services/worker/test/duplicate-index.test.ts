import { analyze } from '@cm/rules';
import { type Harness, harness } from '@cm/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RedisDuplicateIndex } from '../src/duplicates/redis-duplicate-index.js';

const DAY = 86_400_000;
const query = (commentId: string, body: string, receivedAt: number, authorKey = 'author-a', siteId = 'demo') => ({
  commentId,
  siteId,
  authorKey,
  receivedAt,
  fingerprint: analyze(body).fingerprint,
  windowMs: DAY,
});

describe('the Redis duplicate index', () => {
  let h: Harness;
  let index: RedisDuplicateIndex;
  beforeAll(async () => {
    h = await harness({ worker: false });
    index = new RedisDuplicateIndex(h.redis, `${h.config.redis.prefix}:dup-test`);
  });
  afterAll(() => h.close());

  const text = 'The council should publish the full budget before the vote, not after it, so that we can all read it.';

  it('finds earlier copies in the same batch and across batches, and never a comment itself on a retry', async () => {
    const t = 1_800_000_000_000;
    const [a, b] = await index.checkAndAdd([query('c-1', text, t), query('c-2', text, t + 1, 'author-b')]);
    expect(a).toEqual([]);
    expect(b?.map((c) => [c.commentId, c.authorKey])).toEqual([['c-1', 'author-a']]);
    // The batch is retried (its transaction failed): each comment sees the others, never itself.
    const [a2, b2] = await index.checkAndAdd([query('c-1', text, t), query('c-2', text, t + 1, 'author-b')]);
    expect(a2?.map((c) => c.commentId)).toEqual(['c-2']);
    expect(b2?.map((c) => c.commentId)).toEqual(['c-1']);
    // A near copy, a few words changed, is found through the bands with its signature.
    const near = text.replace('full budget', 'whole budget');
    const [n] = await index.checkAndAdd([query('c-3', near, t + 2, 'author-c')]);
    expect(n?.map((c) => c.commentId).sort()).toEqual(['c-1', 'c-2']);
    // Their signatures come back from Redis as they were filed.
    const filed = analyze(text).fingerprint.signature;
    expect(n?.map((c) => c.signature)).toEqual([filed, filed]);
  });

  it('keeps sites apart, forgets comments older than the window, and reads buckets across a batch', async () => {
    const t = 1_900_000_000_000;
    await index.checkAndAdd([query('s-1', text, t, 'x', 'site-one')]);
    const [other] = await index.checkAndAdd([query('s-2', text, t + 5, 'y', 'site-two')]);
    expect(other).toEqual([]);
    // Two days later: outside the one-day window, whichever bucket it was filed in.
    const [late, sameBatch] = await index.checkAndAdd([
      query('s-3', text, t + 2 * DAY, 'z', 'site-one'),
      query('s-4', text, t + 2 * DAY + 1, 'w', 'site-one'),
    ]);
    expect(late).toEqual([]);
    expect(sameBatch?.map((c) => c.commentId)).toEqual(['s-3']);
  });
  it('leaves out a comment whose ids could not be packed, and goes on with the rest of the batch', async () => {
    const t = 2_000_000_000_000;
    const [odd, after] = await index.checkAndAdd([
      query('u-1', text, t, 'two|parts'),
      query('u-2', text, t + 1, 'author-u'),
    ]);
    expect(odd).toEqual([]);
    // The odd one was never filed: the next copy finds no candidate in it.
    expect(after).toEqual([]);
    // Spaces, quotes and non-ASCII letters travel as they are (the batch is one JSON argument).
    const [third] = await index.checkAndAdd([query('u-3', text, t + 2, 'Zoë "v" two words')]);
    expect(third?.map((c) => [c.commentId, c.authorKey])).toEqual([['u-2', 'author-u']]);
    const [fourth] = await index.checkAndAdd([query('u-4', text, t + 3, 'author-w')]);
    expect(fourth?.map((c) => [c.commentId, c.authorKey])).toEqual([
      ['u-2', 'author-u'],
      ['u-3', 'Zoë "v" two words'],
    ]);
  });
});
