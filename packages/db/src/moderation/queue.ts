import {
  type DecidedStatus,
  EXCERPT_CHARS,
  excerpt,
  type Reason,
  type ReasonCategory,
  type ReportSummary,
} from '@cm/contracts';
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
  sql<ReplyContext | null>`(select jsonb_build_object('id', p.id, 'authorName', p.author_name,
      'excerpt', left(p.body, ${EXCERPT_CHARS + 1}), 'status', p.status)
    from comments p where p.id = c.parent_id and p.site_id = c.site_id)`.as('in_reply_to');

/** Readers' open reports per reason (by `comment_reports_open_idx`); read with `reportSummaryOf`. */
export const openReportsColumn = () =>
  sql<Record<string, { n: number; w: number }> | null>`(select jsonb_object_agg(x.reason,
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

/** One card of the queue: everything the review page shows without a second request. */
export interface QueueItem {
  id: string;
  siteId: string;
  article: { id: string; url: string | null; title: string | null };
  author: { id: string; name: string };
  body: string;
  status: DecidedStatus;
  categories: string[];
  reasons: Reason[];
  receivedAt: string;
  decidedAt: string;
  version: number;
  /** For a reply: the comment it answers (its author, an excerpt and its status), when it is stored. */
  inReplyTo: ReplyContext | null;
  /** Readers' open reports: how many, their weight, per reason; null when there are none. */
  reports: ReportSummary | null;
  /** An editors' pick (approved comments only). */
  featured: boolean;
}

/** What a moderator sees of the comment a reply answers. */
export interface ReplyContext {
  id: string;
  authorName: string;
  excerpt: string;
  status: string;
}

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
 * The SQL of one queue page (`limit + 1` rows: the extra one tells that another page exists), exported so the
 * bench can EXPLAIN exactly what the route runs. Served by `comments_queue_idx` (site_id, status, received_at,
 * id) for one site, and by `comments_queue_all_sites_idx` when an administrator looks at every site.
 */
export function queueQuery(db: Db, filter: QueueFilter, page: QueuePage) {
  const asc = page.order === 'oldest';
  let q = db
    .selectFrom('comments as c')
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
      // ISO strings straight from Postgres, as `toISOString()` would print them: parsing 100 timestamps into
      // Dates only to print them again was a tenth of the API's time per page.
      sql<string>`to_char(c.received_at at time zone 'UTC', ${ISO_MS})`.as('received_at'),
      sql<string>`to_char(c.decided_at at time zone 'UTC', ${ISO_MS})`.as('decided_at'),
      'c.version',
      sql<boolean>`c.featured_at is not null`.as('featured'),
      'a.url as article_url',
      'a.title as article_title',
      // The reasons in the same round trip: one query fewer per page view (Postgres evaluates this for the
      // `limit + 1` rows only, after the keyset order and the limit).
      reasonsColumn(),
      // A reply is judged in its conversation: the comment it answers, same site, by primary key (page rows only).
      replyContextColumn(),
      // Readers' open reports, per reason (page rows only, by `comment_reports_open_idx`).
      openReportsColumn(),
    ])
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
): Promise<{ items: QueueItem[]; nextCursor: QueueCursor | null }> {
  const rows = await queueQuery(db, filter, page).execute();
  const more = rows.length > page.limit;
  const pageRows = more ? rows.slice(0, page.limit) : rows;
  const items = pageRows.map(
    (r): QueueItem => ({
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
      inReplyTo: r.in_reply_to && { ...r.in_reply_to, excerpt: excerpt(r.in_reply_to.excerpt) },
      reports: reportSummaryOf(r.reports),
      featured: r.featured,
    }),
  );
  const last = pageRows.at(-1);
  return { items, nextCursor: more && last ? { receivedAt: new Date(last.received_at), id: last.id } : null };
}

/** The summary of a comment's open reports, from `openReportsColumn()`. */
export function reportSummaryOf(raw: Record<string, { n: number; w: number }> | null): ReportSummary | null {
  if (!raw) return null;
  const summary: ReportSummary = { count: 0, weight: 0, reasons: {} };
  for (const [reason, { n, w }] of Object.entries(raw)) {
    summary.count += Number(n);
    summary.weight += Number(w);
    summary.reasons[reason] = Number(n);
  }
  summary.weight = Math.round(summary.weight * 1000) / 1000;
  return summary;
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
