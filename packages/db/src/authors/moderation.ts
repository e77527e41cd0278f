import type { AuthorBannedData, WebhookEvent } from '@cm/contracts';
import { type Kysely, sql } from 'kysely';
import { uuidv7 } from 'uuidv7';
import { appendAudit } from '../audit/repository.js';
import type { Database } from '../schema/index.js';

export interface AuthorActor {
  id: string;
  name: string;
}

interface StateSnapshot {
  banned: boolean;
  bannedUntil: string | null;
  banReason: string | null;
  premoderated: boolean;
}

export interface AuthorChange {
  siteId: string;
  authorKey: string;
  actor: AuthorActor;
  requestId: string | null;
}

async function snapshot(db: Kysely<Database>, siteId: string, authorKey: string): Promise<StateSnapshot | null> {
  const row = await db
    .selectFrom('author_states')
    .selectAll()
    .where('site_id', '=', siteId)
    .where('author_key', '=', authorKey)
    .forUpdate()
    .executeTakeFirst();
  if (!row) return null;
  return {
    banned: row.banned,
    bannedUntil: row.banned_until?.toISOString() ?? null,
    banReason: row.ban_reason,
    premoderated: row.premoderated,
  };
}

const EMPTY: StateSnapshot = { banned: false, bannedUntil: null, banReason: null, premoderated: false };

async function write(
  trx: Kysely<Database>,
  change: AuthorChange,
  action: string,
  patch: Partial<StateSnapshot>,
): Promise<StateSnapshot> {
  const before = await snapshot(trx, change.siteId, change.authorKey);
  const after: StateSnapshot = { ...(before ?? EMPTY), ...patch };
  const values = {
    banned: after.banned,
    banned_until: after.bannedUntil === null ? null : new Date(after.bannedUntil),
    ban_reason: after.banReason,
    premoderated: after.premoderated,
  };
  await trx
    .insertInto('author_states')
    .values({ site_id: change.siteId, author_key: change.authorKey, ...values })
    .onConflict((oc) => oc.columns(['site_id', 'author_key']).doUpdateSet({ ...values, updated_at: sql`now()` }))
    .execute();
  await appendAudit(trx, {
    actor: change.actor,
    action,
    targetType: 'author',
    targetId: change.authorKey,
    siteId: change.siteId,
    before,
    after,
    requestId: change.requestId,
  });
  return after;
}

/**
 * Bans an author on a site (until a time, or for good), inside the caller's transaction. The worker reads the
 * ban when it decides the author's next comments; an `author.banned` event goes to the outbox.
 */
export async function banAuthor(
  trx: Kysely<Database>,
  change: AuthorChange & { until: Date | null; reason: string | null },
): Promise<StateSnapshot> {
  const after = await write(trx, change, 'author.ban', {
    banned: true,
    bannedUntil: change.until?.toISOString() ?? null,
    banReason: change.reason,
  });
  const named = await trx
    .selectFrom('comments')
    .select('author_name')
    .where('site_id', '=', change.siteId)
    .where('author_key', '=', change.authorKey)
    .orderBy('received_at', 'desc')
    .limit(1)
    .executeTakeFirst();
  const event: WebhookEvent<AuthorBannedData> = {
    type: 'author.banned',
    timestamp: new Date().toISOString(),
    data: {
      siteId: change.siteId,
      authorKey: change.authorKey,
      authorName: named?.author_name ?? null,
      until: after.bannedUntil,
      reason: after.banReason,
      moderator: change.actor.name,
    },
  };
  await trx
    .insertInto('outbox')
    .values({ id: uuidv7(), site_id: change.siteId, type: event.type, payload: JSON.stringify(event) })
    .execute();
  return after;
}

/** Lifts a ban. */
export function unbanAuthor(trx: Kysely<Database>, change: AuthorChange): Promise<StateSnapshot> {
  return write(trx, change, 'author.unban', { banned: false, bannedUntil: null, banReason: null });
}

/** Holds every new comment of the author for a moderator (or stops doing so). */
export function setPremoderation(
  trx: Kysely<Database>,
  change: AuthorChange & { premoderated: boolean },
): Promise<StateSnapshot> {
  return write(trx, change, change.premoderated ? 'author.premoderate' : 'author.unpremoderate', {
    premoderated: change.premoderated,
  });
}
