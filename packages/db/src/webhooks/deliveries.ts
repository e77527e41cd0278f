import type { Kysely, Selectable } from 'kysely';
import { uuidv7 } from 'uuidv7';
import type { Database } from '../schema/index.js';
import type { WebhookDeliveriesTable } from '../schema/webhook-deliveries.js';

type Conn = Kysely<Database>;

/** One attempt in the delivery log. */
export interface WebhookDelivery {
  id: string;
  endpointId: string;
  eventId: string;
  eventType: string;
  trigger: 'event' | 'test' | 'redeliver';
  attempt: number;
  outcome: 'succeeded' | 'failed' | 'gone' | 'refused' | 'skipped';
  statusCode: number | null;
  latencyMs: number | null;
  error: string | null;
  responseExcerpt: string | null;
  nextAttemptAt: string | null;
  attemptedAt: string;
}

export type NewWebhookDelivery = Omit<WebhookDelivery, 'id' | 'attemptedAt' | 'nextAttemptAt'> & {
  nextAttemptAt: Date | null;
  /** When the attempt started (default: now). */
  attemptedAt?: Date;
};

function toDelivery(r: Selectable<WebhookDeliveriesTable>): WebhookDelivery {
  return {
    id: r.id,
    endpointId: r.endpoint_id,
    eventId: r.event_id,
    eventType: r.event_type,
    trigger: r.trigger,
    attempt: r.attempt,
    outcome: r.outcome,
    statusCode: r.status_code,
    latencyMs: r.latency_ms,
    error: r.error,
    responseExcerpt: r.response_excerpt,
    nextAttemptAt: r.next_attempt_at?.toISOString() ?? null,
    attemptedAt: r.attempted_at.toISOString(),
  };
}

/** Appends an attempt to the log. */
export async function recordWebhookAttempt(db: Conn, d: NewWebhookDelivery): Promise<WebhookDelivery> {
  const row = await db
    .insertInto('webhook_deliveries')
    .values({
      id: uuidv7(),
      endpoint_id: d.endpointId,
      event_id: d.eventId,
      event_type: d.eventType,
      trigger: d.trigger,
      attempt: d.attempt,
      outcome: d.outcome,
      status_code: d.statusCode,
      latency_ms: d.latencyMs,
      error: d.error,
      response_excerpt: d.responseExcerpt,
      next_attempt_at: d.nextAttemptAt,
      ...(d.attemptedAt ? { attempted_at: d.attemptedAt } : {}),
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  return toDelivery(row);
}

/** An endpoint's log, newest first; `before` is the last id of the previous page (ids are time-ordered). */
export async function listWebhookDeliveries(
  db: Conn,
  endpointId: string,
  opts: { limit: number; before?: string; eventId?: string; outcome?: WebhookDelivery['outcome'] },
): Promise<{ items: WebhookDelivery[]; nextCursor: string | null }> {
  let q = db.selectFrom('webhook_deliveries').selectAll().where('endpoint_id', '=', endpointId);
  if (opts.before) q = q.where('id', '<', opts.before);
  if (opts.eventId) q = q.where('event_id', '=', opts.eventId);
  if (opts.outcome) q = q.where('outcome', '=', opts.outcome);
  const rows = await q
    .orderBy('id', 'desc')
    .limit(opts.limit + 1)
    .execute();
  const items = rows.slice(0, opts.limit).map(toDelivery);
  const last = items[items.length - 1];
  return { items, nextCursor: rows.length > opts.limit && last ? last.id : null };
}

/** One attempt of an endpoint's log. */
export async function getWebhookDelivery(
  db: Conn,
  endpointId: string,
  deliveryId: string,
): Promise<WebhookDelivery | undefined> {
  const row = await db
    .selectFrom('webhook_deliveries')
    .selectAll()
    .where('endpoint_id', '=', endpointId)
    .where('id', '=', deliveryId)
    .executeTakeFirst();
  return row ? toDelivery(row) : undefined;
}
