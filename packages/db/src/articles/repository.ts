import type { Db } from '../database.js';

/** What a reader may see of a comment: never the e-mail, the author key, the IP or the reasons. */
export interface PublicComment {
  id: string;
  parentId: string | null;
  authorName: string;
  body: string;
  createdAt: Date;
}

/** A keyset position: the last comment of the previous page. */
export interface StreamCursor {
  receivedAt: Date;
  id: string;
}

export interface ListApprovedOptions {
  siteId: string;
  articleId: string;
  order: 'newest' | 'oldest';
  limit: number;
  after?: StreamCursor | undefined;
}

/**
 * One page of an article's approved comments, keyset-paged on (received_at, id) so that a page costs the same
 * however deep it is (served by `comments_article_idx`). Returns `limit + 1` rows at most: the caller knows from
 * the extra row that another page exists.
 */
export async function listApprovedComments(db: Db, opts: ListApprovedOptions): Promise<PublicComment[]> {
  const dir = opts.order === 'newest' ? 'desc' : 'asc';
  let q = db
    .selectFrom('comments')
    .select(['id', 'parent_id', 'author_name', 'body', 'received_at'])
    .where('site_id', '=', opts.siteId)
    .where('article_id', '=', opts.articleId)
    .where('status', '=', 'approved');
  if (opts.after) {
    const { receivedAt, id } = opts.after;
    q = q.where(({ eb, refTuple, tuple }) =>
      eb(refTuple('received_at', 'id'), opts.order === 'newest' ? '<' : '>', tuple(receivedAt, id)),
    );
  }
  const rows = await q
    .orderBy('received_at', dir)
    .orderBy('id', dir)
    .limit(opts.limit + 1)
    .execute();
  return rows.map((r) => ({
    id: r.id,
    parentId: r.parent_id,
    authorName: r.author_name,
    body: r.body,
    createdAt: r.received_at,
  }));
}

/** How many approved comments the article has (for the widget's heading). */
export async function countApprovedComments(db: Db, siteId: string, articleId: string): Promise<number> {
  const row = await db
    .selectFrom('comments')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('site_id', '=', siteId)
    .where('article_id', '=', articleId)
    .where('status', '=', 'approved')
    .executeTakeFirstOrThrow();
  return Number(row.n);
}
