import { sql } from 'kysely';
import type { Db } from '../database.js';
import { uuidv7Floor } from '../webhooks/retention.js';

/**
 * Clears the e-mail and IP address of up to `limit` comments received before `before` (`PERSONAL_DATA_RETENTION_DAYS`),
 * from `from` on: bodies and names stay. Comment ids are UUIDv7, so "received before" is a range of the primary
 * key and no index of its own is needed; rows another worker is clearing are skipped. Returns how many rows were
 * cleared and the last id looked at, where the next call may start (rows below it are cleared already).
 */
export async function clearOldPersonalData(
  db: Db,
  before: Date,
  limit: number,
  from: string = uuidv7Floor(0),
): Promise<{ cleared: number; last: string | null }> {
  const res = await sql<{ id: string }>`
    update comments set author_email = null, client_ip = null
     where id in (select id from comments
                   where id >= ${from}::uuid and id < ${uuidv7Floor(before.getTime())}::uuid
                     and (author_email is not null or client_ip is not null)
                   order by id limit ${limit}
                   for update skip locked)
    returning id`.execute(db);
  const ids = res.rows.map((r) => r.id).sort();
  return { cleared: ids.length, last: ids.at(-1) ?? null };
}
