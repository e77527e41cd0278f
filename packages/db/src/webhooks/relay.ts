import { sql } from 'kysely';
import type { Db } from '../database.js';

/** One delivery to schedule: an event for an endpoint. */
export interface PlannedDelivery {
  eventId: string;
  endpointId: string;
  /** `test` for an event addressed to one endpoint, else `event`. */
  trigger: 'event' | 'test';
}

/**
 * One pass of the outbox relay. In one transaction: claims up to `limit` unrelayed events (`FOR UPDATE SKIP
 * LOCKED`, so relays in several workers share the work without waiting on each other), plans one delivery per
 * subscribed enabled endpoint, hands them to `enqueue`, and only then marks the events relayed.
 *
 * A crash before the commit leaves the events unrelayed and the next pass enqueues them again; `enqueue` must
 * therefore be idempotent (deterministic job ids). A crash after it leaves the jobs in the queue. Either way
 * every event reaches every endpoint at least once. Returns the number of events relayed.
 */
export async function relayOutboxBatch(
  db: Db,
  limit: number,
  enqueue: (deliveries: PlannedDelivery[]) => Promise<void>,
): Promise<number> {
  return db.transaction().execute(async (trx) => {
    const events = await trx
      .selectFrom('outbox')
      .select(['id', 'site_id', 'type', 'endpoint_id'])
      .where('relayed_at', 'is', null)
      .orderBy('created_at')
      .limit(limit)
      .forUpdate()
      .skipLocked()
      .execute();
    if (events.length === 0) return 0;

    const siteIds = [...new Set(events.map((e) => e.site_id))];
    const endpoints = await trx
      .selectFrom('webhook_endpoints')
      .select(['id', 'site_id', 'events'])
      .where('site_id', 'in', siteIds)
      .where('disabled_at', 'is', null)
      .execute();

    const planned: PlannedDelivery[] = [];
    for (const e of events) {
      if (e.endpoint_id !== null) {
        planned.push({ eventId: e.id, endpointId: e.endpoint_id, trigger: 'test' });
        continue;
      }
      for (const ep of endpoints) {
        if (ep.site_id === e.site_id && ep.events.includes(e.type)) {
          planned.push({ eventId: e.id, endpointId: ep.id, trigger: 'event' });
        }
      }
    }
    if (planned.length > 0) await enqueue(planned);
    await trx
      .updateTable('outbox')
      .set({ relayed_at: sql<Date>`now()` })
      .where(
        'id',
        'in',
        events.map((e) => e.id),
      )
      .execute();
    return events.length;
  });
}
