import { existsSync, readFileSync } from 'node:fs';
import { createDb, ensureDatabase, migrateToLatest } from '@cm/db';
import { Redis } from 'ioredis';
import pg from 'pg';
import { repoPath, type Service } from './processes.js';

const SERVER = process.env.BENCH_DATABASE_SERVER ?? 'postgres://postgres@127.0.0.1:5432';
/** Names the bench database and key spaces (BENCH_NAME, default bench): two runs on one machine keep apart. */
const NAME = process.env.BENCH_NAME ?? 'bench';
const DB_NAME = `cm_${NAME.replace(/\W/g, '_')}`;
export const BENCH_DB_URL = `${SERVER}/${DB_NAME}`;
export const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
export const PREFIX = `{${NAME}}`;
export const BARE_PREFIX = `{${NAME}-bare}`;
export const ADMIN_TOKEN = 'cm_bench_admin_token_0123456789';

/** A fresh, migrated bench database and empty bench key spaces. */
export async function resetBenchState(): Promise<void> {
  const admin = new pg.Client({ connectionString: `${SERVER}/postgres` });
  await admin.connect();
  await admin.query(`drop database if exists ${DB_NAME} with (force)`);
  await admin.end();
  await ensureDatabase(BENCH_DB_URL);
  const db = createDb({ url: BENCH_DB_URL, poolSize: 1 });
  await migrateToLatest(db);
  await db.destroy();
  await clearKeys(PREFIX);
  await clearKeys(BARE_PREFIX);
}

export async function clearKeys(prefix: string): Promise<void> {
  const redis = new Redis(REDIS_URL);
  let cursor = '0';
  do {
    const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}*`, 'COUNT', 5000);
    cursor = next;
    if (keys.length > 0) await redis.unlink(...keys);
  } while (cursor !== '0');
  await redis.quit();
}

/**
 * Bodies of a corpus (JSONL with a `body` per line): `path` when given (it must exist), else the dev corpus beside
 * the repository when there is one, else generated ones.
 */
export function corpusBodies(path?: string): string[] {
  const file = path ?? repoPath('../shared/corpus/dev.jsonl');
  if (!path && !existsSync(file)) {
    return Array.from({ length: 200 }, (_, i) => `A generated comment number ${i} about the council's budget vote.`);
  }
  const lines = readFileSync(file, 'utf8').split('\n').filter(Boolean);
  return lines.map((l) => (JSON.parse(l) as { body: string }).body);
}

/** Deterministic varied text: corpus words reshuffled, with a corpus line verbatim one time in ten. */
export function textGenerator(bodies: string[], seed = 42): () => string {
  const words = bodies
    .join(' ')
    .split(/\s+/)
    .filter((w) => /^[A-Za-z,.'-]+$/.test(w));
  let s = seed;
  const rand = () => {
    // 32-bit multiply: `s * 1103515245` in doubles loses the low bits and fell into a cycle of ~700 texts.
    s = (Math.imul(s, 1103515245) + 12345) & 0x7fffffff;
    return s / 0x7fffffff;
  };
  return () => {
    if (rand() < 0.1) return bodies[Math.floor(rand() * bodies.length)] ?? 'ok';
    const n = 12 + Math.floor(rand() * 25);
    const out: string[] = [];
    for (let i = 0; i < n; i++) out.push(words[Math.floor(rand() * words.length)] ?? 'word');
    return out.join(' ');
  };
}

/**
 * Request bodies for POST /v1/comments, one per call: fresh text from `nextText`, spread over `articles`
 * articles and `readers` readers, named after `label`.
 */
export function commentPayloads(
  label: string,
  opts: { articles: number; readers: number },
  nextText: () => string,
): () => string {
  let seq = 0;
  return () => {
    seq++;
    const reader = seq % opts.readers;
    return JSON.stringify({
      articleId: `${label}-${seq % opts.articles}`,
      author: { id: `${label}-reader-${reader}`, name: `Reader ${reader}` },
      body: nextText(),
    });
  };
}

/**
 * Waits until `n` comments received since `since` are stored (at most `timeoutMs`), and returns how many are.
 * A load's last comments are still in the queue when the load ends.
 */
export async function waitForStored(
  pool: pg.Pool,
  n: number,
  since = new Date(0),
  timeoutMs = 20_000,
): Promise<number> {
  const deadline = performance.now() + timeoutMs;
  for (;;) {
    const { rows } = await pool.query<{ n: string }>('select count(*) as n from comments where received_at >= $1', [
      since,
    ]);
    const stored = Number(rows[0]?.n ?? 0);
    if (stored >= n || performance.now() > deadline) return stored;
    await new Promise((r) => setTimeout(r, 100));
  }
}

/**
 * Ends a section: stops its API, closes its Redis clients and its pool, and leaves the bench database and key
 * spaces empty for the next one.
 */
export async function endSection(parts: {
  api: Service;
  pool: pg.Pool;
  redis: Redis;
  queue?: { close(): Promise<void> };
}): Promise<void> {
  await parts.api.stop();
  await parts.queue?.close();
  await parts.redis.quit();
  await parts.pool.query('truncate comments cascade');
  await clearKeys(PREFIX);
  await parts.pool.end();
}
