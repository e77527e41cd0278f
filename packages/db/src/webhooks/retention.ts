import { sql } from 'kysely';
import type { Db } from '../database.js';

/** What one pruning pass deleted. */
export interface PrunedWebhookHistory {
  events: number;
  deliveries: number;
}

/**
 * The smallest UUIDv7 of a millisecond: every id made before it sorts below it. Outbox events and delivery attempts
 * have UUIDv7 ids, so "older than" is a range of the primary key and pruning needs no index of its own.
 */
export function uuidv7Floor(ms: number): string {
  const hex = Math.max(0, Math.floor(ms)).toString(16).padStart(12, '0').slice(-12);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-0000-0000-000000000000`;
}

/**
 * Deletes up to `limit` relayed outbox events and up to `limit` delivery attempts made before `before`. An event
 * the relay has not handed on yet is kept whatever its age: it is still owed to the endpoints. Rows another worker is
 * deleting at the same moment are skipped, not waited for. Call it until it deletes less than `limit` of each.
 */
export async function pruneWebhookHistory(db: Db, before: Date, limit: number): Promise<PrunedWebhookHistory> {
  const floor = uuidv7Floor(before.getTime());
  const events = await sql`
    delete from outbox
     where id in (select id from outbox
                   where id < ${floor}::uuid and relayed_at is not null
                   order by id limit ${limit}
                   for update skip locked)`.execute(db);
  const deliveries = await sql`
    delete from webhook_deliveries
     where id in (select id from webhook_deliveries
                   where id < ${floor}::uuid
                   order by id limit ${limit}
                   for update skip locked)`.execute(db);
  return { events: Number(events.numAffectedRows ?? 0), deliveries: Number(deliveries.numAffectedRows ?? 0) };
}
