import { type AuthorErasedData, ERASED_MARKER, type WebhookEvent } from '@cm/contracts';
import { type Kysely, sql } from 'kysely';
import { uuidv7 } from 'uuidv7';
import { appendAudit } from '../audit/repository.js';
import type { Db } from '../database.js';
import type { Database } from '../schema/index.js';
import { subscribes } from './appeals.js';

export interface EraseAuthorInput {
  siteId: string;
  authorKey: string;
  actor: { id: string; name: string };
  requestId: string | null;
}

/**
 * Erases an author's personal data on a site, in one transaction: their comments keep their ids, statuses and
 * decisions (statistics stay right) but lose body (replaced by `ERASED_MARKER`), name, e-mail and address, and
 * are taken off every public page (status `rejected`, no decision recorded); the reasons lose their quoted
 * evidence, appeals their message, bans their reason, the reports they made their identity and note; moderators'
 * notes about them and on their comments go, and the webhook events
 * still held about them lose name, excerpt and message. The author is remembered as erased (site, key, when), so
 * a comment of theirs still queued is written already erased. Audited with counts only; an `author.erased` event
 * goes to the endpoints that subscribe. Idempotent: a second call finds nothing left and changes nothing more.
 * Returns the ids of the author's comments (for the worker, which drops their text from Redis).
 */
export async function eraseAuthor(db: Db, input: EraseAuthorInput): Promise<{ commentIds: string[] }> {
  const { siteId, authorKey } = input;
  return db.transaction().execute(async (trx) => {
    await trx
      .insertInto('erased_authors')
      .values({ site_id: siteId, author_key: authorKey, erased_at: sql`now()` })
      .onConflict((oc) => oc.columns(['site_id', 'author_key']).doUpdateSet({ erased_at: sql`now()` }))
      .execute();
    const erased = await trx
      .updateTable('comments')
      .set({
        body: ERASED_MARKER,
        author_name: '',
        author_email: null,
        client_ip: null,
        status: 'rejected',
        erased_at: sql`coalesce(erased_at, now())`,
        version: sql`version + case when erased_at is null then 1 else 0 end`,
        updated_at: sql`now()`,
      })
      .where('site_id', '=', siteId)
      .where('author_key', '=', authorKey)
      .returning('id')
      .execute();
    const ids = erased.map((r) => r.id);
    await eraseCommentTraces(trx, ids);
    await trx
      .updateTable('author_states')
      .set({ ban_reason: null })
      .where('site_id', '=', siteId)
      .where('author_key', '=', authorKey)
      .execute();
    // Reports they made stay (they weighed on decisions), without who made them: a key of the report's own, no
    // name, note or address; their record as a reporter and moderators' notes about them go.
    await trx
      .updateTable('comment_reports')
      .set({ reporter_key: sql`'erased:' || id::text`, reporter_name: null, note: null, client_ip: null })
      .where('site_id', '=', siteId)
      .where('reporter_key', '=', authorKey)
      .execute();
    await trx.deleteFrom('reporters').where('site_id', '=', siteId).where('reporter_key', '=', authorKey).execute();
    await trx.deleteFrom('author_notes').where('site_id', '=', siteId).where('author_key', '=', authorKey).execute();
    // Events about them not yet pruned (and the deliveries that still read them): no name, excerpt or message.
    await sql`
      update outbox set payload = jsonb_set(payload, '{data}', (payload->'data')
          || case when payload->'data' ? 'authorName' then jsonb_build_object('authorName', '') else '{}' end
          || case when payload->'data' ? 'bodyExcerpt' then jsonb_build_object('bodyExcerpt', ${ERASED_MARKER}::text)
             else '{}' end
          || case when payload->'data' ? 'message' then jsonb_build_object('message', ${ERASED_MARKER}::text)
             else '{}' end
          || case when payload->'data' ? 'reason' then '{"reason": null}'::jsonb else '{}' end
          || case when payload->'data' ? 'reasons' then '{"reasons": []}'::jsonb else '{}' end)
       where site_id = ${siteId}
         and (payload->'data'->>'commentId' = any(${ids}::text[]) or payload->'data'->>'authorKey' = ${authorKey})
         and type <> 'author.erased'`.execute(trx);
    await appendAudit(trx, {
      actor: input.actor,
      action: 'author.erase',
      targetType: 'author',
      targetId: authorKey,
      siteId,
      before: null,
      after: { comments: ids.length },
      requestId: input.requestId,
    });
    if (await subscribes(trx, siteId, 'author.erased')) {
      const event: WebhookEvent<AuthorErasedData> = {
        type: 'author.erased',
        timestamp: new Date().toISOString(),
        data: { siteId, authorKey, commentIds: ids },
      };
      await trx
        .insertInto('outbox')
        .values({ id: uuidv7(), site_id: siteId, type: event.type, payload: JSON.stringify(event) })
        .execute();
    }
    return { commentIds: ids };
  });
}

/**
 * Erases again what a write that raced the erasure may have stored (the worker runs it after dropping the
 * author's queued text from Redis): comments of the author received before the erasure and not erased yet.
 */
export async function eraseLateComments(db: Db, siteId: string, authorKey: string): Promise<number> {
  const res = await sql<{ id: string }>`
    update comments c
       set body = ${ERASED_MARKER}, author_name = '', author_email = null, client_ip = null, status = 'rejected',
           erased_at = now(), version = version + 1, updated_at = now()
      from erased_authors e
     where e.site_id = ${siteId} and e.author_key = ${authorKey}
       and c.site_id = e.site_id and c.author_key = e.author_key
       and c.received_at <= e.erased_at and c.erased_at is null
    returning c.id`.execute(db);
  await eraseCommentTraces(
    db,
    res.rows.map((r) => r.id),
  );
  return res.rows.length;
}

/** The reasons' quoted evidence, the appeals' messages and moderators' notes on these comments. */
async function eraseCommentTraces(db: Kysely<Database>, ids: string[]): Promise<void> {
  if (ids.length === 0) return;
  const inIds = sql<boolean>`comment_id = any(${ids}::uuid[])`;
  await db.updateTable('comment_reasons').set({ message: sql`rule`, evidence: '[]' }).where(inIds).execute();
  await db.updateTable('appeals').set({ message: ERASED_MARKER }).where(inIds).execute();
  await db.updateTable('decisions').set({ note: null }).where(inIds).where('note', 'is not', null).execute();
}
