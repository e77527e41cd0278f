import { type Harness, harness, type ThrowawayRedis, throwawayRedis } from '@cm/testing';
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
