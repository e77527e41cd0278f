import {
  type Harness,
  harness,
  type ThrowawayPostgres,
  type ThrowawayRedis,
  throwawayPostgres,
  throwawayRedis,
} from '@cm/testing';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

describe('when Redis goes away', () => {
  let redis: ThrowawayRedis;
  let h: Harness;
  beforeAll(async () => {
    redis = await throwawayRedis();
    h = await harness({ env: { REDIS_URL: redis.url } });
  });
  afterAll(async () => {
    await redis.start().catch(() => undefined);
    await h.close();
    await redis.stop();
  });

  it('goes 503 on /readyz and refuses comments, then recovers when Redis returns', async () => {
    expect((await h.fetch('/readyz')).status).toBe(200);
    await redis.stop();

    await vi.waitFor(async () => expect((await h.fetch('/readyz')).status).toBe(503), {
      timeout: 10_000,
      interval: 100,
    });
    const ready = (await (await h.fetch('/readyz')).json()) as {
      checks: { redis: { ok: boolean }; postgres: { ok: boolean } };
    };
    expect(ready.checks.redis.ok).toBe(false);
    expect(ready.checks.postgres.ok).toBe(true);

    const refused = await h.post('/v1/comments', {
      articleId: 'a',
      author: { name: 'N' },
      body: 'Queued or refused, never lost.',
    });
    expect(refused.status).toBe(503);
    expect(((await refused.json()) as { code: string }).code).toBe('QUEUE_UNAVAILABLE');

    await redis.start();
    await vi.waitFor(async () => expect((await h.fetch('/readyz')).status).toBe(200), {
      timeout: 15_000,
      interval: 100,
    });
    const id = await vi.waitFor(() => h.postComment({ body: 'Back again after the outage, and accepted.' }), {
      timeout: 10_000,
      interval: 100,
    });
    expect(await h.waitForDecision(id)).toBe('approved');
  });
});

describe('when Postgres goes away', () => {
  let pg: ThrowawayPostgres;
  let h: Harness;
  beforeAll(async () => {
    pg = await throwawayPostgres();
    h = await harness({ databaseUrl: pg.url });
  });
  afterAll(async () => {
    pg.start();
    await h.close();
    pg.destroy();
  });

  it('answers 503 DATABASE_UNAVAILABLE on the routes that read it, keeps accepting comments, and recovers', async () => {
    const id = await h.postComment();
    await h.waitForDecision(id);
    pg.stop();

    const auth = { authorization: `Bearer ${h.adminToken}` };
    for (const path of [
      `/v1/comments/${id}`,
      '/v1/moderation/queue?siteId=demo',
      '/v1/articles/test-article/comments?siteId=demo',
    ]) {
      const res = await h.fetch(path, { headers: path.includes('moderation') ? auth : {} });
      expect(res.status, path).toBe(503);
      expect(((await res.json()) as { code: string }).code, path).toBe('DATABASE_UNAVAILABLE');
    }
    // Ingest touches Redis only: still accepted while Postgres is down.
    const queued = await h.postComment({ body: 'Written while the database was away, decided when it is back.' });

    pg.start();
    expect(await h.waitForDecision(queued, 60_000)).toBe('approved');
    expect((await h.fetch(`/v1/comments/${id}`)).status).toBe(200);
  });
});
