import type { CommentAppealedData, WebhookEvent } from '@cm/contracts';
import { type Kysely, sql } from 'kysely';
import { uuidv7 } from 'uuidv7';
import { appendAudit } from '../audit/repository.js';
import type { Db } from '../database.js';
import type { Database } from '../schema/index.js';

export type FileAppealResult =
  | { kind: 'filed'; filedAt: Date }
  | { kind: 'exists' }
  | { kind: 'not_appealable'; status: string }
  | { kind: 'not_found' };

/**
 * Files the author's one appeal, in one transaction with its `comment.appealed` event (when an endpoint of the
 * site subscribes to it) and an audit row (without the message): committed before the caller answers, so a 202
 * means the appeal is stored. The primary key makes a second appeal impossible, whatever races. Only a held
 * comment (flagged or rejected) that was not erased can be appealed.
 */
export async function fileAppeal(
  db: Db,
  input: { commentId: string; message: string; requestId: string | null; publicUrl: string },
): Promise<FileAppealResult> {
  return db.transaction().execute(async (trx) => {
    const comment = await trx
      .selectFrom('comments')
      .select(['id', 'site_id', 'article_id', 'status', 'erased_at'])
      .where('id', '=', input.commentId)
      .forShare()
      .executeTakeFirst();
    if (!comment) return { kind: 'not_found' };
    const existing = await trx
      .selectFrom('appeals')
      .select('comment_id')
      .where('comment_id', '=', comment.id)
      .executeTakeFirst();
    if (existing) return { kind: 'exists' };
    if (comment.erased_at !== null || (comment.status !== 'flagged' && comment.status !== 'rejected')) {
      return { kind: 'not_appealable', status: comment.status };
    }
    const inserted = await trx
      .insertInto('appeals')
      .values({
        comment_id: comment.id,
        site_id: comment.site_id,
        message: input.message,
        status_appealed: comment.status,
      })
      .onConflict((oc) => oc.column('comment_id').doNothing())
      .returning('created_at')
      .executeTakeFirst();
    if (!inserted) return { kind: 'exists' };
    if (await subscribes(trx, comment.site_id, 'comment.appealed')) {
      const event: WebhookEvent<CommentAppealedData> = {
        type: 'comment.appealed',
        timestamp: new Date().toISOString(),
        data: {
          commentId: comment.id,
          siteId: comment.site_id,
          articleId: comment.article_id,
          status: comment.status,
          message: input.message,
          moderationUrl: `${input.publicUrl}/moderate#/comments/${comment.id}`,
        },
      };
      await trx
        .insertInto('outbox')
        .values({ id: uuidv7(), site_id: comment.site_id, type: event.type, payload: JSON.stringify(event) })
        .execute();
    }
    await appendAudit(trx, {
      actor: null,
      action: 'comment.appeal',
      targetType: 'comment',
      targetId: comment.id,
      siteId: comment.site_id,
      before: { status: comment.status },
      after: { appeal: 'open' },
      requestId: input.requestId,
    });
    return { kind: 'filed', filedAt: inserted.created_at };
  });
}

/** True when an enabled endpoint of the site subscribes to the event type. */
export async function subscribes(db: Kysely<Database>, siteId: string, type: string): Promise<boolean> {
  const row = await db
    .selectFrom('webhook_endpoints')
    .select('id')
    .where('site_id', '=', siteId)
    .where('disabled_at', 'is', null)
    .where(sql<boolean>`${type} = any(events)`)
    .limit(1)
    .executeTakeFirst();
  return row !== undefined;
}

/**
 * Records the outcome of the open appeals among comments a moderator just decided (inside the decision's
 * transaction): approving a held comment reverses the decision appealed, rejecting it upholds it; putting it back
 * in the queue decides nothing. Each outcome is audited.
 */
export async function recordAppealOutcomes(
  trx: Kysely<Database>,
  input: {
    ids: string[];
    status: string;
    actor: { id: string; name: string };
    requestId: string | null;
  },
): Promise<void> {
  if (input.ids.length === 0 || (input.status !== 'approved' && input.status !== 'rejected')) return;
  const outcome = input.status === 'approved' ? 'reversed' : 'upheld';
  const decided = await trx
    .updateTable('appeals')
    .set({ outcome, decided_at: sql`now()`, actor_id: input.actor.id, actor_name: input.actor.name })
    .where('comment_id', 'in', input.ids)
    .where('outcome', 'is', null)
    .returning(['comment_id', 'site_id'])
    .execute();
  await appendAudit(
    trx,
    decided.map((a) => ({
      actor: input.actor,
      action: `appeal.${outcome}`,
      targetType: 'comment',
      targetId: a.comment_id,
      siteId: a.site_id,
      before: { appeal: 'open' },
      after: { appeal: outcome, status: input.status },
      requestId: input.requestId,
    })),
  );
}
