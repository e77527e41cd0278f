import { type DecidedStatus, EXCERPT_CHARS, type Reason, type ReasonCategory } from '@cm/contracts';
import { type ExpressionBuilder, sql } from 'kysely';
import type { Db } from '../database.js';
import type { Database } from '../schema/index.js';

/** A queue card's reasons, in stored order (`c` is the comment). */
export const reasonsColumn = () =>
  sql<Reason[]>`(select coalesce(jsonb_agg(jsonb_build_object('category', r.category, 'rule', r.rule,
      'severity', r.severity, 'score', r.score, 'message', r.message, 'evidence', r.evidence)
      order by r.position), '[]'::jsonb)
    from comment_reasons r where r.comment_id = c.id)`.as('reasons');

/** The comment a reply answers, same site, by primary key (`c` is the reply). */
export const replyContextColumn = () =>
  sql<ReplyRow | null>`(select jsonb_build_object('id', p.id, 'authorName', p.author_name,
      'excerpt', left(p.body, ${EXCERPT_CHARS + 1}), 'status', p.status)
    from comments p where p.id = c.parent_id and p.site_id = c.site_id)`.as('in_reply_to');

/** Readers' open reports per reason (by `comment_reports_open_idx`). */
export const openReportsColumn = () =>
  sql<OpenReports | null>`(select jsonb_object_agg(x.reason,
      jsonb_build_object('n', x.n, 'w', x.w)) from (select rp.reason, count(*) as n, sum(rp.weight) as w
      from comment_reports rp where rp.comment_id = c.id and rp.state = 'open' group by rp.reason) x)`.as('reports');

/** What a moderator narrows the queue by. `siteIds: null` means every site (administrators). */
export interface QueueFilter {
  siteIds: string[] | null;
  status: DecidedStatus;
  category?: ReasonCategory | undefined;
  articleId?: string | undefined;
  authorKey?: string | undefined;
  /** Case-insensitive substring of the body or the author's name. */
  text?: string | undefined;
  /** Only comments with open reports from readers. */
  reported?: boolean | undefined;
}

export interface QueuePage {
  order: 'oldest' | 'newest';
  /** The last item of the previous page, as returned in `nextCursor`. */
  after?: QueueCursor | undefined;
  limit: number;
}

export interface QueueCursor {
  receivedAt: Date;
  id: string;
}

/** The comment a reply answers (same site); `excerpt` is its body, or the start of it. */
export interface ReplyRow {
  id: string;
  authorName: string;
  excerpt: string;
  status: string;
}

/**
 * One card of the queue as stored: the comment, its article, reasons, the comment it answers and its readers'
 * open reports per reason (`openReportsColumn`), in one row. The API shapes it into its `QueueItem`.
 */
export interface QueueRow {
  id: string;
  site_id: string;
  article_id: string;
  author_key: string;
  author_name: string;
  body: string;
  status: DecidedStatus;
  categories: string[];
  /** ISO 8601, as `toISOString()` prints it. */
  received_at: string;
  decided_at: string;
  version: number;
  featured: boolean;
  article_url: string | null;
  article_title: string | null;
  reasons: Reason[];
  in_reply_to: ReplyRow | null;
  reports: OpenReports | null;
}

/** A comment's open reports: per reason, how many and their summed weight. */
export type OpenReports = Record<string, { n: number; w: number }>;

type CommentsEb = ExpressionBuilder<Database & { c: Database['comments'] }, 'c'>;

/** The filters shared by the page and the counts (everything but status and category). */
export function queueScope(eb: CommentsEb, f: Omit<QueueFilter, 'status' | 'category'>) {
  const conds = [];
  if (f.siteIds !== null) conds.push(f.siteIds.length === 0 ? eb.val(false) : eb('c.site_id', 'in', f.siteIds));
  if (f.articleId !== undefined) conds.push(eb('c.article_id', '=', f.articleId));
  if (f.authorKey !== undefined) conds.push(eb('c.author_key', '=', f.authorKey));
  if (f.text !== undefined && f.text !== '') {
    const pattern = `%${f.text.replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`;
    conds.push(eb.or([eb('c.body', 'ilike', pattern), eb('c.author_name', 'ilike', pattern)]));
  }
  if (f.reported) {
    conds.push(sql<boolean>`exists (select 1 from comment_reports r where r.comment_id = c.id and r.state = 'open')`);
  }
  return eb.and(conds);
}

/** `to_char` pattern of `Date.prototype.toISOString()` (milliseconds, UTC). */
const ISO_MS = sql.lit('YYYY-MM-DD"T"HH24:MI:SS.MS"Z"');

/**
 * The columns of a queue card (`c` is the comment, `a` its article), shared by the queue and the Appeals view.
 * Timestamps come as ISO strings straight from Postgres, as `toISOString()` prints them: parsing each into a Date
 * only to print it again would cost the API time on every page. The reasons, the comment a reply answers and the
 * open reports come in the same round trip; Postgres evaluates them for the page's rows only, after the keyset
 * order and the limit.
 */
export const queueCardColumns = () =>
  [
    'c.id',
    'c.site_id',
    'c.article_id',
    'c.author_key',
    'c.author_name',
    'c.body',
    'c.status',
    'c.categories',
    sql<string>`to_char(c.received_at at time zone 'UTC', ${ISO_MS})`.as('received_at'),
    sql<string>`to_char(c.decided_at at time zone 'UTC', ${ISO_MS})`.as('decided_at'),
    'c.version',
    sql<boolean>`c.featured_at is not null`.as('featured'),
    'a.url as article_url',
    'a.title as article_title',
    reasonsColumn(),
    replyContextColumn(),
    openReportsColumn(),
  ] as const;

/**
 * The SQL of one queue page (`limit + 1` rows: the extra one tells that another page exists), exported so the
 * bench can EXPLAIN exactly what the route runs. Served by `comments_queue_idx` (site_id, status, received_at,
 * id) for one site, and by `comments_queue_all_sites_idx` when an administrator looks at every site.
 */
export function queueQuery(db: Db, filter: QueueFilter, page: QueuePage) {
  const asc = page.order === 'oldest';
  let q = db
    .selectFrom('comments as c')
    .leftJoin('articles as a', (j) => j.onRef('a.site_id', '=', 'c.site_id').onRef('a.id', '=', 'c.article_id'))
    .select(queueCardColumns())
    .where((eb) => queueScope(eb, filter))
    .where('c.status', '=', filter.status);
  if (filter.category !== undefined) q = q.where(sql<boolean>`c.categories @> array[${filter.category}]::text[]`);
  if (page.after) {
    const { receivedAt, id } = page.after;
    q = q.where(
      asc
        ? sql<boolean>`(c.received_at, c.id) > (${receivedAt}, ${id})`
        : sql<boolean>`(c.received_at, c.id) < (${receivedAt}, ${id})`,
    );
  }
  return q
    .orderBy('c.received_at', asc ? 'asc' : 'desc')
    .orderBy('c.id', asc ? 'asc' : 'desc')
    .limit(page.limit + 1);
}

/**
 * A page of the moderation queue, keyset-paginated on (received_at, id): a page boundary never moves when new
 * comments arrive or others are decided, so no comment is shown twice or skipped.
 */
export async function listQueue(
  db: Db,
  filter: QueueFilter,
  page: QueuePage,
): Promise<{ rows: QueueRow[]; nextCursor: QueueCursor | null }> {
  const rows = await queueQuery(db, filter, page).execute();
  const more = rows.length > page.limit;
  const pageRows: QueueRow[] = (more ? rows.slice(0, page.limit) : rows).map((r) => ({
    ...r,
    status: r.status as DecidedStatus,
  }));
  const last = pageRows.at(-1);
  return { rows: pageRows, nextCursor: more && last ? { receivedAt: new Date(last.received_at), id: last.id } : null };
}

/** Reasons of many comments in one query, in their stored order. */
export async function reasonsOf(db: Db, ids: string[]): Promise<Map<string, Reason[]>> {
  const out = new Map<string, Reason[]>();
  if (ids.length === 0) return out;
  const rows = await db
    .selectFrom('comment_reasons')
    .selectAll()
    .where('comment_id', 'in', ids)
    .orderBy('comment_id')
    .orderBy('position')
    .execute();
  for (const r of rows) {
    const list = out.get(r.comment_id) ?? [];
    list.push({
      category: r.category as Reason['category'],
      rule: r.rule,
      severity: r.severity as Reason['severity'],
      score: r.score,
      message: r.message,
      evidence: r.evidence,
    });
    out.set(r.comment_id, list);
  }
  return out;
}
