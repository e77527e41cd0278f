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
  summary: 'Readiness: Postgres and Redis reachable',
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
    const [postgres, redis] = await Promise.all([
      check(() => sql`select 1`.execute(deps.db)),
      check(() => deps.redis.ping()),
    ]);
    const sites = { ok: deps.sites.ready, ...(deps.sites.ready ? {} : { error: 'site list not loaded' }) };
    const ok = postgres.ok && redis.ok && sites.ok;
    return c.json(
      { status: ok ? ('ready' as const) : ('unavailable' as const), checks: { postgres, redis, sites } },
      ok ? 200 : 503,
    );
  });
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
