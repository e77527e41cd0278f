import {
  type AuthorBannedData,
  type AuthorUnbannedData,
  TEST_EVENT_TYPE,
  type TestEventData,
  type WebhookEvent,
} from '@cm/contracts';
import type { Kysely } from 'kysely';
import { uuidv7 } from 'uuidv7';
import type { Database } from '../schema/index.js';

type Conn = Kysely<Database>;

/**
 * Writes an `author.banned` or `author.unbanned` event to the outbox. Call it inside the transaction that changes
 * the author (as `commentEvent` rows are written with the decision): the change and its webhook commit together or
 * not at all. Returns the event id (the `webhook-id` receivers will see).
 */
export async function insertAuthorEvent(
  db: Conn,
  event: { type: 'author.banned'; data: AuthorBannedData } | { type: 'author.unbanned'; data: AuthorUnbannedData },
): Promise<string> {
  const id = uuidv7();
  const payload: WebhookEvent = { type: event.type, timestamp: new Date().toISOString(), data: event.data };
  await db
    .insertInto('outbox')
    .values({ id, site_id: event.data.siteId, type: event.type, payload: JSON.stringify(payload) })
    .execute();
  return id;
}

/** Writes a test event for one endpoint to the outbox (the relay sends it to that endpoint only). */
export async function insertWebhookTestEvent(db: Conn, endpoint: { id: string; siteId: string }): Promise<string> {
  const id = uuidv7();
  const data: TestEventData = {
    endpointId: endpoint.id,
    siteId: endpoint.siteId,
    message: 'A test event from the comment moderation service. Your endpoint is reachable and verifies signatures.',
  };
  const payload = { type: TEST_EVENT_TYPE, timestamp: new Date().toISOString(), data };
  await db
    .insertInto('outbox')
    .values({
      id,
      site_id: endpoint.siteId,
      type: TEST_EVENT_TYPE,
      payload: JSON.stringify(payload),
      endpoint_id: endpoint.id,
    })
    .execute();
  return id;
}

/** An event as stored in the outbox. */
export interface OutboxEvent {
  id: string;
  siteId: string;
  type: string;
  payload: unknown;
  endpointId: string | null;
}

/** Reads one event back, for its delivery. */
export async function getOutboxEvent(db: Conn, id: string): Promise<OutboxEvent | undefined> {
  const row = await db
    .selectFrom('outbox')
    .select(['id', 'site_id', 'type', 'payload', 'endpoint_id'])
    .where('id', '=', id)
    .executeTakeFirst();
  return row
    ? { id: row.id, siteId: row.site_id, type: row.type, payload: row.payload, endpointId: row.endpoint_id }
    : undefined;
}
