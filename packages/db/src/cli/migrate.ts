import { loadConfig } from '@cm/config';
import { createDb, ensureDatabase } from '../database.js';
import { migrateToLatest } from '../migrator.js';

/** `pnpm db:migrate`: creates the database if needed and applies every pending migration. */
const config = loadConfig();
const created = await ensureDatabase(config.database.url);
if (created) console.log(JSON.stringify({ msg: 'database created', url: redact(config.database.url) }));
const db = createDb({ url: config.database.url, poolSize: 1 });
try {
  const result = await migrateToLatest(db);
  const applied = result.results?.map((r) => r.migrationName) ?? [];
  console.log(JSON.stringify({ msg: 'migrations applied', applied }));
} finally {
  await db.destroy();
}

function redact(url: string): string {
  const u = new URL(url);
  if (u.password) u.password = '***';
  return u.toString();
}
