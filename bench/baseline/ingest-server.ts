/**
 * The bare stack the ingest benchmark compares against: Hono on @hono/node-server answering a JSON POST with
 * one BullMQ `add` per request, nothing else. Run as a child process by bench/run.ts.
 */
import { serve } from '@hono/node-server';
import { Queue } from 'bullmq';
import { Hono } from 'hono';
import { Redis } from 'ioredis';

const port = Number(process.argv[2] ?? 8181);
const prefix = process.argv[3] ?? '{bench-bare}';
const redis = new Redis(process.env.REDIS_URL ?? 'redis://127.0.0.1:6379', { maxRetriesPerRequest: 1 });
const queue = new Queue('bare-ingest', { connection: redis, prefix });
let n = 0;

const app = new Hono();
app.post('/v1/comments', async (c) => {
  const body = await c.req.json();
  const id = `${process.pid}-${++n}`;
  await queue.add('c', body, { jobId: id, removeOnComplete: true });
  return c.json({ id, status: 'pending' }, 202);
});

serve({ fetch: app.fetch, port, hostname: '127.0.0.1' }, () => process.send?.('ready'));
process.on('SIGTERM', async () => {
  await queue.close();
  await redis.quit();
  process.exit(0);
});
