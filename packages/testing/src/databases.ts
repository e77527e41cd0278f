import { randomBytes } from 'node:crypto';
import { createDb, ensureDatabase, migrateToLatest } from '@cm/db';
import pg from 'pg';

/** The server the tests use; `TEST_DATABASE_URL` points elsewhere (its database name is ignored). */
export const TEST_SERVER_URL = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
export const TEST_REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
/**
 * The template of this test run. Each run (the global setup) names its own, so two runs on one machine never
 * drop each other's; the name reaches the test workers through the environment they inherit.
 */
export const templateDb = (): string => process.env.CM_TEST_TEMPLATE ?? 'cm_test_template';

export function databaseUrl(name: string): string {
  const u = new URL(TEST_SERVER_URL);
  u.pathname = `/${name}`;
  return u.toString();
}

async function admin<T>(fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: databaseUrl('postgres') });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/** Builds the migrated template every test database is cloned from (once per test run). */
export async function prepareTemplate(): Promise<void> {
  await admin(async (c) => {
    await c.query(`drop database if exists ${templateDb()} with (force)`);
    // Leftovers of runs that were killed before their cleanup.
    const old = await c.query<{ datname: string }>(
      "select datname from pg_database where datname like 'cm\\_t\\_%' escape '\\'",
    );
    // Without FORCE: a database still in use belongs to a run that is still going, and is left alone.
    for (const row of old.rows) await c.query(`drop database if exists "${row.datname}"`).catch(() => undefined);
  });
  await ensureDatabase(databaseUrl(templateDb()));
  const db = createDb({ url: databaseUrl(templateDb()), poolSize: 1 });
  try {
    await migrateToLatest(db);
  } finally {
    await db.destroy();
  }
}

/** Drops this run's template (at the end of the run). */
export async function dropTemplate(): Promise<void> {
  await admin((c) => c.query(`drop database if exists ${templateDb()} with (force)`));
}

/** A fresh database cloned from the template: one per harness, so tests never see each other's rows. */
export async function cloneDatabase(): Promise<{ name: string; url: string; drop: () => Promise<void> }> {
  const name = `cm_t_${randomBytes(6).toString('hex')}`;
  for (let attempt = 0; ; attempt++) {
    try {
      await admin((c) => c.query(`create database ${name} template ${templateDb()}`));
      break;
    } catch (err) {
      // 55006: the template is briefly in use by another clone; anything else is real.
      if ((err as { code?: string }).code !== '55006' || attempt >= 20) throw err;
      await new Promise((r) => setTimeout(r, 50 + attempt * 50));
    }
  }
  return {
    name,
    url: databaseUrl(name),
    drop: () => admin((c) => c.query(`drop database if exists ${name} with (force)`)).then(() => undefined),
  };
}
