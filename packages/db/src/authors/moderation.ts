import { type Kysely, sql } from 'kysely';
import { appendAudit } from '../audit/repository.js';
import type { Database } from '../schema/index.js';
import { insertAuthorEvent } from '../webhooks/events.js';

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
): Promise<{ before: StateSnapshot | null; after: StateSnapshot }> {
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
  return { before, after };
}

/**
 * Bans an author on a site (until a time, or for good), inside the caller's transaction. The worker reads the
 * ban when it decides the author's next comments; an `author.banned` event goes to the outbox.
 */
export async function banAuthor(
  trx: Kysely<Database>,
  change: AuthorChange & { until: Date | null; reason: string | null },
): Promise<StateSnapshot> {
  const { after } = await write(trx, change, 'author.ban', {
    banned: true,
    bannedUntil: change.until?.toISOString() ?? null,
    banReason: change.reason,
  });
  await insertAuthorEvent(trx, {
    type: 'author.banned',
    data: {
      siteId: change.siteId,
      authorKey: change.authorKey,
      authorName: await latestName(trx, change),
      until: after.bannedUntil,
      reason: after.banReason,
      moderator: change.actor.name,
    },
  });
  return after;
}

/** Lifts a ban; an `author.unbanned` event goes to the outbox when there was one to lift. */
export async function unbanAuthor(trx: Kysely<Database>, change: AuthorChange): Promise<StateSnapshot> {
  const { before, after } = await write(trx, change, 'author.unban', {
    banned: false,
    bannedUntil: null,
    banReason: null,
  });
  // A ban that ran out on its own is still lifted here: receivers that mirrored the ban are told it is over.
  if (before?.banned) {
    await insertAuthorEvent(trx, {
      type: 'author.unbanned',
      data: {
        siteId: change.siteId,
        authorKey: change.authorKey,
        authorName: await latestName(trx, change),
        moderator: change.actor.name,
      },
    });
  }
  return after;
}

/** The name the author signed their latest comment with on the site, for events (authors have no other record). */
async function latestName(trx: Kysely<Database>, change: AuthorChange): Promise<string | null> {
  const row = await trx
    .selectFrom('comments')
    .select('author_name')
    .where('site_id', '=', change.siteId)
    .where('author_key', '=', change.authorKey)
    .orderBy('received_at', 'desc')
    .limit(1)
    .executeTakeFirst();
  return row?.author_name ?? null;
}

/** Holds every new comment of the author for a moderator (or stops doing so). */
export async function setPremoderation(
  trx: Kysely<Database>,
  change: AuthorChange & { premoderated: boolean },
): Promise<StateSnapshot> {
  const action = change.premoderated ? 'author.premoderate' : 'author.unpremoderate';
  const { after } = await write(trx, change, action, { premoderated: change.premoderated });
  return after;
}
