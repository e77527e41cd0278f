import type { Db } from '../database.js';
import { CountCache, perDatabase } from '../moderation/count-cache.js';

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
 * The SQL of one page of an article's approved comments (exported so the bench can EXPLAIN exactly what the
 * route runs): keyset-paged on (received_at, id) so that a page costs the same however deep it is, served by
 * `comments_article_idx` (site_id, article_id, status, received_at, id). `limit + 1` rows at most: the extra row
 * tells that another page exists.
 */
export function approvedCommentsQuery(db: Db, opts: ListApprovedOptions) {
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
  return q
    .orderBy('received_at', dir)
    .orderBy('id', dir)
    .limit(opts.limit + 1);
}

/** One page of an article's approved comments (see `approvedCommentsQuery`). */
export async function listApprovedComments(db: Db, opts: ListApprovedOptions): Promise<PublicComment[]> {
  const rows = await approvedCommentsQuery(db, opts).execute();
  return rows.map((r) => ({
    id: r.id,
    parentId: r.parent_id,
    authorName: r.author_name,
    body: r.body,
    createdAt: r.received_at,
  }));
}

/**
 * Up to this many approved comments an article's total is counted on every request (an index-only range of at
 * most 1,001 entries, well under a millisecond), so a reader sees a newly approved comment counted at once.
 */
export const EXACT_TOTAL_UP_TO = 1_000;

/**
 * Counts an article's approved comments, stopping after `cap + 1` when a cap is given (exported for the bench's
 * EXPLAIN). Uncapped, it is an index-only scan of the article's whole range in `comments_article_idx`.
 */
export function approvedCountQuery(db: Db, siteId: string, articleId: string, cap?: number) {
  let inArticle = db
    .selectFrom('comments')
    .select('id')
    .where('site_id', '=', siteId)
    .where('article_id', '=', articleId)
    .where('status', '=', 'approved');
  if (cap !== undefined) inArticle = inArticle.limit(cap + 1);
  return db.selectFrom(inArticle.as('x')).select((eb) => eb.fn.countAll<string>().as('n'));
}

/**
 * Totals of big articles, kept for as long as the page itself may be cached (`max-age=5`): the heading of an
 * article with 50,000 comments may lag a few seconds, exactly like the cached page around it, while counting
 * them on every request cost 7–110 ms (depending on how recently the table was vacuumed).
 */
const bigTotals = perDatabase<Db, CountCache<number>>(
  () => new CountCache({ ttlMs: 5_000, maxStaleMs: 60_000, maxEntries: 10_000 }),
);

/** How many approved comments the article has (for the widget's heading): exact up to `EXACT_TOTAL_UP_TO`. */
export async function countApprovedComments(db: Db, siteId: string, articleId: string): Promise<number> {
  const key = `${siteId}\u0000${articleId}`;
  const cache = bigTotals(db);
  const exactly = async () => Number((await approvedCountQuery(db, siteId, articleId).executeTakeFirstOrThrow()).n);
  const big = (n: number) => n > EXACT_TOTAL_UP_TO;
  if (cache.has(key)) return cache.get(key, exactly, big);
  const n = Number((await approvedCountQuery(db, siteId, articleId, EXACT_TOTAL_UP_TO).executeTakeFirstOrThrow()).n);
  return big(n) ? cache.get(key, exactly, big) : n;
}

/** Forgets a big article's cached total, after one of its comments left the list (readers' reports). */
export function forgetApprovedCount(db: Db, siteId: string, articleId: string): void {
  bigTotals(db).delete(`${siteId}\u0000${articleId}`);
}
