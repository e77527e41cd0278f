import { CountCache, countApprovedComments, countQueue, EXACT_TOTAL_UP_TO, QUEUE_COUNT_CAP } from '@cm/db';
import { abuseReason, as, type Harness, harness, seedComment, seedFlagged } from '@cm/testing';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/** Inserts `n` approved comments on one article straight in SQL (faster than the repository for a thousand). */
async function seedApproved(h: Harness, articleId: string, n: number): Promise<void> {
  await sql`insert into articles (site_id, id, url, title) values ('demo', ${articleId}, null, null)
    on conflict do nothing`.execute(h.db);
  await sql`insert into comments (id, site_id, article_id, author_key, author_name, body, status, categories, scores,
                                  received_at, decided_at, updated_at)
    select gen_random_uuid(), 'demo', ${articleId}, 'reader-' || g, 'Reader', 'Body ' || g, 'approved', '{}', '{}',
           now() - (g || ' seconds')::interval, now(), now()
      from generate_series(1, ${n}::int) g`.execute(h.db);
}

describe('queue counts and article totals stay cheap at scale', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await harness({ worker: false });
    for (let i = 0; i < 4; i++) await seedFlagged(h, { articleId: 'counted' });
    await seedComment(h, {
      status: 'flagged',
      articleId: 'counted',
      reasons: [{ ...abuseReason('Buy now at spam.example', 'spam.example'), category: 'link' }],
    });
  });
  afterAll(() => h.close());

  it('counts exactly under the cap and says so', async () => {
    const res = await as(h, h.adminToken).get('/v1/moderation/queue?siteId=demo&articleId=counted');
    expect(res.status).toBe(200);
    const counts = ((await res.json()) as { counts: unknown }).counts;
    expect(counts).toEqual({
      byStatus: { flagged: 5, rejected: 0, approved: 0 },
      byCategory: { abuse: 4, link: 1 },
      cap: QUEUE_COUNT_CAP,
      capped: { byStatus: { flagged: false, rejected: false, approved: false }, byCategory: false },
    });
  });

  it('stops at the cap and marks those counts as lower bounds', async () => {
    const filter = { siteIds: ['demo'], status: 'flagged' as const, articleId: 'counted' };
    const counts = await countQueue(h.db, filter, 3);
    expect(counts.byStatus).toEqual({ flagged: 3, rejected: 0, approved: 0 });
    expect(counts.capped).toEqual({
      byStatus: { flagged: true, rejected: false, approved: false },
      byCategory: true,
    });
    // Exactly at the cap is still exact.
    const atCap = await countQueue(h.db, filter, 5);
    expect(atCap.byStatus.flagged).toBe(5);
    expect(atCap.capped.byStatus.flagged).toBe(false);
  });

  it("counts a small article's total afresh on every request", async () => {
    await seedApproved(h, 'small', 3);
    expect(await countApprovedComments(h.db, 'demo', 'small')).toBe(3);
    await seedApproved(h, 'small', 1);
    expect(await countApprovedComments(h.db, 'demo', 'small')).toBe(4);
  });

  it("keeps a big article's exact total for a few seconds instead of recounting it per request", async () => {
    await seedApproved(h, 'big', EXACT_TOTAL_UP_TO + 5);
    expect(await countApprovedComments(h.db, 'demo', 'big')).toBe(EXACT_TOTAL_UP_TO + 5);
    await seedApproved(h, 'big', 1);
    // Served from the cache: the heading of a 1,000-comment article may lag one comment for up to 5 s.
    expect(await countApprovedComments(h.db, 'demo', 'big')).toBe(EXACT_TOTAL_UP_TO + 5);
  });
});

describe('CountCache', () => {
  const make = () => {
    const clock = { t: 0 };
    const cache = new CountCache<number>({ ttlMs: 100, maxStaleMs: 1000, maxEntries: 2, now: () => clock.t });
    return { clock, cache };
  };

  it('never keeps a value its caller says is cheap', async () => {
    const { cache } = make();
    let n = 0;
    expect(
      await cache.get(
        'k',
        async () => ++n,
        () => false,
      ),
    ).toBe(1);
    expect(
      await cache.get(
        'k',
        async () => ++n,
        () => false,
      ),
    ).toBe(2);
    expect(cache.has('k')).toBe(false);
  });

  it('serves a kept value, then the stale one while refreshing once, then the refreshed one', async () => {
    const { clock, cache } = make();
    let loads = 0;
    const load = async () => ++loads * 10;
    expect(await cache.get('k', load, () => true)).toBe(10);
    clock.t = 50;
    expect(await cache.get('k', load, () => true)).toBe(10);
    expect(loads).toBe(1);
    clock.t = 150;
    expect(await Promise.all([cache.get('k', load, () => true), cache.get('k', load, () => true)])).toEqual([10, 10]);
    await settle();
    expect(loads).toBe(2);
    expect(await cache.get('k', load, () => true)).toBe(20);
  });

  it('waits for a fresh value once the kept one is older than maxStaleMs', async () => {
    const { clock, cache } = make();
    let loads = 0;
    const load = async () => ++loads;
    await cache.get('k', load, () => true);
    clock.t = 5000;
    expect(await cache.get('k', load, () => true)).toBe(2);
  });

  it('shares one load between concurrent misses and holds at most maxEntries', async () => {
    const { cache } = make();
    let loads = 0;
    const load = async () => ++loads;
    await Promise.all([cache.get('a', load, () => true), cache.get('a', load, () => true)]);
    expect(loads).toBe(1);
    await cache.get('b', load, () => true);
    await cache.get('c', load, () => true);
    expect([cache.has('a'), cache.has('b'), cache.has('c')]).toEqual([false, true, true]);
  });
});

/** Lets a background refresh (a resolved promise chain) settle. */
async function settle(): Promise<void> {
  for (let i = 0; i < 5; i++) await Promise.resolve();
}
