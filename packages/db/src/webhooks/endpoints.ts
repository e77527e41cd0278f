import type { Kysely, Selectable } from 'kysely';
import type { Database } from '../schema/index.js';
import type { WebhookEndpointsTable } from '../schema/webhook-endpoints.js';

/** An endpoint as admins see it: never its secrets. */
export interface WebhookEndpoint {
  id: string;
  siteId: string;
  url: string;
  description: string | null;
  events: string[];
  enabled: boolean;
  disabledAt: string | null;
  disabledReason: string | null;
  failingSince: string | null;
  /** While set and in the future, the previous secret still signs beside the current one. */
  previousSecretExpiresAt: string | null;
  createdAt: string;
  updatedAt: string;
}

/** The stored (sealed) secrets of an endpoint; open them with @cm/webhooks' SecretBox. */
export interface SealedSecrets {
  current: string;
  /** Undefined once its grace period is over. */
  previous: string | undefined;
}

type Row = Selectable<WebhookEndpointsTable>;
type Conn = Kysely<Database>;

const iso = (d: Date | null) => (d ? d.toISOString() : null);

function toEndpoint(r: Row): WebhookEndpoint {
  return {
    id: r.id,
    siteId: r.site_id,
    url: r.url,
    description: r.description,
    events: r.events,
    enabled: r.disabled_at === null,
    disabledAt: iso(r.disabled_at),
    disabledReason: r.disabled_reason,
    failingSince: iso(r.failing_since),
    previousSecretExpiresAt: iso(r.previous_secret_expires_at),
    createdAt: r.created_at.toISOString(),
    updatedAt: r.updated_at.toISOString(),
  };
}

/** Creates an endpoint. `sealedSecret` is the SecretBox form of its first `whsec_` secret. */
export async function createWebhookEndpoint(
  db: Conn,
  input: {
    id: string;
    siteId: string;
    url: string;
    description: string | null;
    events: string[];
    sealedSecret: string;
  },
): Promise<WebhookEndpoint> {
  const row = await db
    .insertInto('webhook_endpoints')
    .values({
      id: input.id,
      site_id: input.siteId,
      url: input.url,
      description: input.description,
      events: input.events,
      secret: input.sealedSecret,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  return toEndpoint(row);
}

/** Endpoints, oldest first, of one site or of all. */
export async function listWebhookEndpoints(db: Conn, siteId?: string): Promise<WebhookEndpoint[]> {
  let q = db.selectFrom('webhook_endpoints').selectAll().orderBy('created_at').orderBy('id');
  if (siteId !== undefined) q = q.where('site_id', '=', siteId);
  return (await q.execute()).map(toEndpoint);
}

/** One endpoint; `forUpdate` locks its row for the rest of the transaction. */
export async function getWebhookEndpoint(
  db: Conn,
  id: string,
  opts: { forUpdate?: boolean } = {},
): Promise<WebhookEndpoint | undefined> {
  let q = db.selectFrom('webhook_endpoints').selectAll().where('id', '=', id);
  if (opts.forUpdate) q = q.forUpdate();
  const row = await q.executeTakeFirst();
  return row ? toEndpoint(row) : undefined;
}

/** The endpoint with its sealed secrets, for the delivery processor. */
export async function getWebhookEndpointForDelivery(
  db: Conn,
  id: string,
  now: Date = new Date(),
): Promise<{ endpoint: WebhookEndpoint; secrets: SealedSecrets } | undefined> {
  const row = await db.selectFrom('webhook_endpoints').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) return undefined;
  const inGrace =
    row.previous_secret !== null && row.previous_secret_expires_at !== null && row.previous_secret_expires_at > now;
  return {
    endpoint: toEndpoint(row),
    secrets: { current: row.secret, previous: inGrace ? (row.previous_secret ?? undefined) : undefined },
  };
}

/** Changes the URL, events or description. */
export async function updateWebhookEndpoint(
  db: Conn,
  id: string,
  patch: { url?: string; events?: string[]; description?: string | null },
): Promise<WebhookEndpoint | undefined> {
  const row = await db
    .updateTable('webhook_endpoints')
    .set({
      ...(patch.url !== undefined ? { url: patch.url } : {}),
      ...(patch.events !== undefined ? { events: patch.events } : {}),
      ...(patch.description !== undefined ? { description: patch.description } : {}),
      updated_at: new Date(),
    })
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirst();
  return row ? toEndpoint(row) : undefined;
}

/**
 * Disables an endpoint with a reason, or (reason `null`) enables it again. Enabling forgets the failure streak:
 * the operator says the receiver is fixed.
 */
export async function setWebhookEndpointDisabled(
  db: Conn,
  id: string,
  reason: string | null,
): Promise<WebhookEndpoint | undefined> {
  const row = await db
    .updateTable('webhook_endpoints')
    .set(
      reason === null
        ? { disabled_at: null, disabled_reason: null, failing_since: null, updated_at: new Date() }
        : { disabled_at: new Date(), disabled_reason: reason, updated_at: new Date() },
    )
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirst();
  return row ? toEndpoint(row) : undefined;
}

/** Deletes an endpoint and (cascade) its delivery log. */
export async function deleteWebhookEndpoint(db: Conn, id: string): Promise<boolean> {
  const res = await db.deleteFrom('webhook_endpoints').where('id', '=', id).executeTakeFirst();
  return res.numDeletedRows > 0n;
}

/** Makes `sealedSecret` the signing secret; the old one keeps signing until `previousExpiresAt`. */
export async function rotateWebhookSecret(
  db: Conn,
  id: string,
  sealedSecret: string,
  previousExpiresAt: Date,
): Promise<WebhookEndpoint | undefined> {
  const row = await db
    .updateTable('webhook_endpoints')
    .set((eb) => ({
      previous_secret: eb.ref('secret'),
      previous_secret_expires_at: previousExpiresAt,
      secret: sealedSecret,
      updated_at: new Date(),
    }))
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirst();
  return row ? toEndpoint(row) : undefined;
}

/** A delivery got through: the failure streak ends. */
export async function markWebhookEndpointHealthy(db: Conn, id: string): Promise<void> {
  await db
    .updateTable('webhook_endpoints')
    .set({ failing_since: null })
    .where('id', '=', id)
    .where('failing_since', 'is not', null)
    .execute();
}

/** An attempt failed: the streak starts now unless it already runs. */
export async function markWebhookEndpointFailing(db: Conn, id: string): Promise<void> {
  await db
    .updateTable('webhook_endpoints')
    .set((eb) => ({ failing_since: eb.fn.coalesce('failing_since', eb.val(new Date())) }))
    .where('id', '=', id)
    .execute();
}

/**
 * Disables the endpoint when nothing has got through to it since `since` (the first attempt of the event that
 * just used up its schedule): a success in between, of any event, saves it. Returns true when this call
 * disabled it.
 */
export async function disableWebhookEndpointIfStillFailing(
  db: Conn,
  id: string,
  since: Date,
  reason: string,
): Promise<boolean> {
  const res = await db
    .updateTable('webhook_endpoints')
    .set({ disabled_at: new Date(), disabled_reason: reason, updated_at: new Date() })
    .where('id', '=', id)
    .where('failing_since', 'is not', null)
    .where('disabled_at', 'is', null)
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom('webhook_deliveries')
            .select('id')
            .where('endpoint_id', '=', id)
            .where('outcome', '=', 'succeeded')
            .where('attempted_at', '>=', since),
        ),
      ),
    )
    .executeTakeFirst();
  return res.numUpdatedRows > 0n;
}
