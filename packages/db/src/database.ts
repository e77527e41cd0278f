import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import type { Database } from './schema/index.js';

// timestamptz and jsonb arrive parsed by default; bigint (count(*)) stays a string unless we say so.
pg.types.setTypeParser(pg.types.builtins.INT8, (v) => Number(v));

export type Db = Kysely<Database>;

export interface DbOptions {
  url: string;
  poolSize?: number;
  /** Called on pool-level errors (a backend that died while idle): the pool replaces the client. */
  onError?: (err: Error) => void;
}

/** A Kysely instance over a pg pool. Call `db.destroy()` on shutdown. */
export function createDb({ url, poolSize = 10, onError }: DbOptions): Db {
  const pool = new pg.Pool({ connectionString: url, max: poolSize, connectionTimeoutMillis: 5_000 });
  pool.on('error', (err) => onError?.(err));
  // A client that is checked out (inside a transaction, between two queries) when Postgres goes away emits
  // 'error' on itself, not on the pool; unheard, that would crash the process. The query in flight fails
  // anyway, and the transaction with it, so the job is retried.
  pool.on('connect', (client) => client.on('error', (err) => onError?.(err)));
  return new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
}

/** Creates the database named in `url` if it does not exist yet (connecting to the server's `postgres` db). */
export async function ensureDatabase(url: string): Promise<boolean> {
  const target = new URL(url);
  const name = decodeURIComponent(target.pathname.replace(/^\//, ''));
  if (!name) return false;
  const admin = new URL(url);
  admin.pathname = '/postgres';
  const client = new pg.Client({ connectionString: admin.toString(), connectionTimeoutMillis: 5_000 });
  await client.connect();
  try {
    const found = await client.query('select 1 from pg_database where datname = $1', [name]);
    if (found.rowCount) return false;
    try {
      await client.query(`create database "${name.replaceAll('"', '""')}"`);
      return true;
    } catch (err) {
      // Another process created it between our check and our create.
      if ((err as { code?: string }).code === '42P04') return false;
      throw err;
    }
  } finally {
    await client.end();
  }
}
