import { loadConfig } from '@cm/config';
import { createDb, type Db } from '../database.js';

/**
 * For command-line tools (`pnpm rules:try --site`, `pnpm rules:backtest`): a small pool on the database that
 * DATABASE_URL names, read through the one config schema. Call `db.destroy()` when done.
 */
export function openCliDb(): Db {
  const config = loadConfig();
  return createDb({ url: config.database.url, poolSize: 2 });
}
