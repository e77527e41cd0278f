import { randomUUID } from 'node:crypto';
import type { RedisClient } from '@cm/config';
import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import { sql } from 'kysely';
import type { AppEnv } from '../../context.js';

const CheckSchema = z.object({ ok: z.boolean(), error: z.string().optional() });
const ReadySchema = z
  .object({ status: z.enum(['ready', 'unavailable']), checks: z.record(z.string(), CheckSchema) })
  .openapi('Readiness');

const healthz = createRoute({
  method: 'get',
  path: '/healthz',
  operationId: 'healthz',
  tags: ['Operations'],
  summary: 'Liveness: the process answers',
  responses: {
    200: { description: 'Alive', content: { 'application/json': { schema: z.object({ status: z.literal('ok') }) } } },
  },
});

const readyz = createRoute({
  method: 'get',
  path: '/readyz',
  operationId: 'readyz',
  tags: ['Operations'],
  summary: 'Readiness: Postgres answers, and the keys of every decide queue can be written and read',
  description:
    '`redis` writes and reads a key under the base hash tag (webhooks, metrics, the duplicate index); with ' +
    "`REDIS_QUEUE_PARTITIONS` above 1, `queue:<n>` does so under each partition's tag. On a Redis Cluster " +
    'each of these lands on the primary serving that slot, so a slot nobody serves shows here.',
  responses: {
    200: { description: 'Ready', content: { 'application/json': { schema: ReadySchema } } },
    503: { description: 'Not ready', content: { 'application/json': { schema: ReadySchema } } },
  },
});

const TIMEOUT_MS = 2_000;

export function registerHealth(app: OpenAPIHono<AppEnv>): void {
  app.openapi(healthz, (c) => c.json({ status: 'ok' as const }, 200));
  app.openapi(readyz, async (c) => {
    const { deps } = c.var;
    const partitions = deps.ingest.partitions;
    const [postgres, redis, ...queues] = await Promise.all([
      check(() => sql`select 1`.execute(deps.db)),
      check(() => writeAndRead(deps.redis, deps.redisPrefix)),
      ...(partitions.length > 1 ? partitions.map((p) => check(() => writeAndRead(deps.redis, p.prefix))) : []),
    ]);
    const sites = { ok: deps.sites.ready, ...(deps.sites.ready ? {} : { error: 'site list not loaded' }) };
    const queueChecks = Object.fromEntries(queues.map((q, i) => [`queue:${i}`, q]));
    const ok = postgres.ok && redis.ok && sites.ok && queues.every((q) => q.ok);
    return c.json(
      {
        status: ok ? ('ready' as const) : ('unavailable' as const),
        checks: { postgres, redis, ...queueChecks, sites },
      },
      ok ? 200 : 503,
    );
  });
}

/** This process's probe key: replicas do not overwrite each other's, and it expires on its own. */
const PROBE = randomUUID();

/** Writes a fresh value under the hash tag `prefix` and reads it back (the slot's primary must answer both). */
async function writeAndRead(redis: RedisClient, prefix: string): Promise<void> {
  const key = `${prefix}:readyz:${PROBE}`;
  const value = randomUUID();
  await redis.set(key, value, 'PX', 30_000);
  const read = await redis.get(key);
  if (read !== value) throw new Error(`read ${read ?? 'nothing'} back from ${key}, wrote ${value}`);
}

async function check(fn: () => Promise<unknown>): Promise<{ ok: boolean; error?: string }> {
  let timer: NodeJS.Timeout | undefined;
  try {
    await Promise.race([
      fn(),
      new Promise((_, reject) => {
        timer = setTimeout(() => reject(new Error(`no answer in ${TIMEOUT_MS} ms`)), TIMEOUT_MS);
      }),
    ]);
    return { ok: true };
  } catch (err) {
    return { ok: false, error: (err as Error).message };
  } finally {
    clearTimeout(timer);
  }
}
