/**
 * The bare worker the decision benchmark compares against: a BullMQ worker doing one Postgres insert per job.
 * Run as a child process by bench/run.ts: `insert-worker.ts <databaseUrl> <prefix> <queue> <concurrency>`.
 */
import { Worker } from 'bullmq';
import { Redis } from 'ioredis';
import pg from 'pg';

const [databaseUrl = '', prefix = '{bench-bare}', queueName = 'bare-decide', concurrency = '50'] =
  process.argv.slice(2);
const pool = new pg.Pool({ connectionString: databaseUrl, max: 10 });
const worker = new Worker(
  queueName,
  async (job) => {
    const d = job.data as { id: string; body: string };
    await pool.query('insert into bare_comments (id, body) values ($1, $2) on conflict do nothing', [d.id, d.body]);
  },
  {
    connection: new Redis(process.env.REDIS_URL ?? 'redis://127.0.0.1:6379', { maxRetriesPerRequest: null }),
    prefix,
    concurrency: Number(concurrency),
    removeOnComplete: { count: 0 },
  },
);
worker.on('ready', () => process.send?.('ready'));
process.on('SIGTERM', async () => {
  await worker.close();
  await pool.end();
  process.exit(0);
});
