import { type DecidedStatus, excerpt, type ModeratorAppeal } from '@cm/contracts';
import { sql } from 'kysely';
import type { Db } from '../database.js';
import {
  openReportsColumn,
  type QueueCursor,
  type QueueItem,
  reasonsColumn,
  replyContextColumn,
  reportSummaryOf,
} from '../moderation/queue.js';

/** A card of the Appeals view: the queue's card with the author's appeal beside the original reasons. */
export interface AppealQueueItem extends QueueItem {
  appeal: ModeratorAppeal;
}

const ISO_MS = sql.lit('YYYY-MM-DD"T"HH24:MI:SS.MS"Z"');

/**
 * The Appeals view: comments whose appeal awaits a moderator, oldest appeal first, keyset-paged on (filed at,
 * comment id) and served by `appeals_open_idx`. Once a moderator approves or rejects the comment the appeal has
 * its outcome and leaves the view.
 */
export async function listAppealQueue(
  db: Db,
  filter: { siteIds: string[] | null },
  page: { limit: number; after?: QueueCursor | undefined },
): Promise<{ items: AppealQueueItem[]; nextCursor: QueueCursor | null }> {
  let q = db
    .selectFrom('appeals as ap')
    .innerJoin('comments as c', 'c.id', 'ap.comment_id')
    .leftJoin('articles as a', (j) => j.onRef('a.site_id', '=', 'c.site_id').onRef('a.id', '=', 'c.article_id'))
    .select([
      'c.id',
      'c.site_id',
      'c.article_id',
      'c.author_key',
      'c.author_name',
      'c.body',
      'c.status',
      'c.categories',
      'c.version',
      'a.url as article_url',
      'a.title as article_title',
      'ap.message',
      'ap.status_appealed',
      'ap.outcome',
      'ap.created_at as filed_at',
      sql<string>`to_char(c.received_at at time zone 'UTC', ${ISO_MS})`.as('received_at'),
      sql<string>`to_char(c.decided_at at time zone 'UTC', ${ISO_MS})`.as('decided_at'),
      reasonsColumn(),
      replyContextColumn(),
      openReportsColumn(),
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
  const pageRows = more ? rows.slice(0, page.limit) : rows;
  const items = pageRows.map(
    (r): AppealQueueItem => ({
      id: r.id,
      siteId: r.site_id,
      article: { id: r.article_id, url: r.article_url, title: r.article_title },
      author: { id: r.author_key, name: r.author_name },
      body: r.body,
      status: r.status as DecidedStatus,
      categories: r.categories,
      reasons: r.reasons,
      receivedAt: r.received_at,
      decidedAt: r.decided_at,
      version: r.version,
      reports: reportSummaryOf(r.reports),
      // Only published comments are featured, and a published comment cannot be appealed.
      featured: false,
      inReplyTo: r.in_reply_to && { ...r.in_reply_to, excerpt: excerpt(r.in_reply_to.excerpt) },
      appeal: {
        message: r.message,
        statusAppealed: r.status_appealed,
        filedAt: r.filed_at.toISOString(),
        outcome: r.outcome,
      },
    }),
  );
  const last = pageRows.at(-1);
  return { items, nextCursor: more && last ? { receivedAt: last.filed_at, id: last.id } : null };
}
