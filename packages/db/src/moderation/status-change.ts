import type { DecidedStatus, Reason } from '@cm/contracts';
import type { Kysely } from 'kysely';
import { commentEvent } from '../comments/repository.js';
import type { Database } from '../schema/index.js';

/**
 * Comments locked (`FOR UPDATE`) for a change of status, with what their webhook event carries. The caller adds
 * the `where` and, for several rows, an order (lock in id order so that two transactions cannot deadlock).
 */
export const selectForStatusChange = (trx: Kysely<Database>) =>
  trx
    .selectFrom('comments as c')
    .leftJoin('articles as a', (j) => j.onRef('a.site_id', '=', 'c.site_id').onRef('a.id', '=', 'c.article_id'))
    .select([
      'c.id',
      'c.site_id',
      'c.article_id',
      'c.author_name',
      'c.body',
      'c.status',
      'c.version',
      'a.url as article_url',
      'a.title as article_title',
    ])
    .forUpdate('c');

type StatusChangeRow = Awaited<ReturnType<ReturnType<typeof selectForStatusChange>['executeTakeFirstOrThrow']>>;

/** The outbox row announcing a comment's new status. */
export function statusChangeEvent(
  r: StatusChangeRow,
  change: { status: DecidedStatus; reasons: Reason[]; by: 'rules' | 'moderator'; actorName: string | null },
  publicUrl: string,
) {
  return commentEvent(
    {
      id: r.id,
      siteId: r.site_id,
      articleId: r.article_id,
      articleUrl: r.article_url,
      articleTitle: r.article_title,
      authorName: r.author_name,
      body: r.body,
      status: change.status,
      reasons: change.reasons,
    },
    change.by,
    change.actorName,
    publicUrl,
  );
}
