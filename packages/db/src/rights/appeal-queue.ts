import type { AppealOutcome, DecidedStatus } from '@cm/contracts';
import { sql } from 'kysely';
import type { Db } from '../database.js';
import { type QueueCursor, type QueueRow, queueCardColumns } from '../moderation/queue.js';

/** A card of the Appeals view: the queue's card with the author's appeal beside the original reasons. */
export interface AppealQueueRow extends QueueRow {
  appeal_message: string;
  status_appealed: string;
  appeal_outcome: AppealOutcome | null;
  filed_at: Date;
}

/**
 * The Appeals view: comments whose appeal awaits a moderator, oldest appeal first, keyset-paged on (filed at,
 * comment id) and served by `appeals_open_idx`. Once a moderator approves or rejects the comment the appeal has
 * its outcome and leaves the view.
 */
export async function listAppealQueue(
  db: Db,
  filter: { siteIds: string[] | null },
  page: { limit: number; after?: QueueCursor | undefined },
): Promise<{ rows: AppealQueueRow[]; nextCursor: QueueCursor | null }> {
  let q = db
    .selectFrom('appeals as ap')
    .innerJoin('comments as c', 'c.id', 'ap.comment_id')
    .leftJoin('articles as a', (j) => j.onRef('a.site_id', '=', 'c.site_id').onRef('a.id', '=', 'c.article_id'))
    .select(queueCardColumns())
    .select([
      'ap.message as appeal_message',
      'ap.status_appealed',
      'ap.outcome as appeal_outcome',
      'ap.created_at as filed_at',
    ])
    .where('ap.outcome', 'is', null);
  if (filter.siteIds !== null) {
    q = filter.siteIds.length === 0 ? q.where(sql<boolean>`false`) : q.where('ap.site_id', 'in', filter.siteIds);
  }
  if (page.after) {
    q = q.where(sql<boolean>`(ap.created_at, ap.comment_id) > (${page.after.receivedAt}, ${page.after.id})`);
  }
  const rows = await q
    .orderBy('ap.created_at')
    .orderBy('ap.comment_id')
    .limit(page.limit + 1)
    .execute();
  const more = rows.length > page.limit;
  const pageRows: AppealQueueRow[] = (more ? rows.slice(0, page.limit) : rows).map((r) => ({
    ...r,
    status: r.status as DecidedStatus,
    appeal_outcome: r.appeal_outcome as AppealOutcome | null,
  }));
  const last = pageRows.at(-1);
  return { rows: pageRows, nextCursor: more && last ? { receivedAt: last.filed_at, id: last.id } : null };
}
