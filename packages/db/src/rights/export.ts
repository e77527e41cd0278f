import type { AppealOutcome, Category, CommentStatus } from '@cm/contracts';
import { sql } from 'kysely';
import type { Db } from '../database.js';

/** Comments per query while exporting: one page in memory at a time, whatever the author wrote. */
const PAGE = 500;

/** What is stored about an author on a site, apart from their comments. */
export interface AuthorDataSummary {
  erasedAt: Date | null;
  /** Every name, e-mail and address seen on their comments. */
  personal: { names: string[]; emails: string[]; ipAddresses: string[] };
  state: {
    banned: boolean;
    bannedUntil: Date | null;
    banReason: string | null;
    premoderated: boolean;
    updatedAt: Date;
  } | null;
  reportsMade: {
    commentId: string;
    reason: string;
    note: string | null;
    state: string;
    createdAt: Date;
    resolvedAt: Date | null;
  }[];
  reporterRecord: { upheld: number; dismissed: number } | null;
  /** Moderators' notes about them, without the moderator's identity. */
  notes: { text: string; createdAt: Date }[];
}

/** One of the author's comments, with its reasons (no evidence offsets), decisions (no moderator) and appeal. */
export interface AuthorCommentData {
  id: string;
  articleId: string;
  articleUrl: string | null;
  articleTitle: string | null;
  parentId: string | null;
  name: string;
  email: string | null;
  ipAddress: string | null;
  body: string;
  status: CommentStatus;
  receivedAt: Date;
  decidedAt: Date | null;
  erasedAt: Date | null;
  reasons: { category: Category; rule: string; message: string }[];
  decisions: { status: string; by: 'rules' | 'moderator'; reason: string | null; at: Date }[];
  appeal: { message: string; filedAt: Date; outcome: AppealOutcome | null; decidedAt: Date | null } | null;
}

/** Everything stored about an author on a site but their comments (GDPR Art. 15 and 20). */
export async function getAuthorDataSummary(db: Db, siteId: string, authorKey: string): Promise<AuthorDataSummary> {
  const personal = await sql<{ names: string[] | null; emails: string[] | null; ips: string[] | null }>`
    select array_agg(distinct author_name) filter (where author_name <> '') as names,
           array_agg(distinct author_email) filter (where author_email is not null) as emails,
           array_agg(distinct client_ip) filter (where client_ip is not null) as ips
      from comments where site_id = ${siteId} and author_key = ${authorKey}`.execute(db);
  const p = personal.rows[0];
  const [state, erased, reports, reporter, notes] = await Promise.all([
    db
      .selectFrom('author_states')
      .select(['banned', 'banned_until', 'ban_reason', 'premoderated', 'updated_at'])
      .where('site_id', '=', siteId)
      .where('author_key', '=', authorKey)
      .executeTakeFirst(),
    db
      .selectFrom('erased_authors')
      .select('erased_at')
      .where('site_id', '=', siteId)
      .where('author_key', '=', authorKey)
      .executeTakeFirst(),
    db
      .selectFrom('comment_reports')
      .select(['comment_id', 'reason', 'note', 'state', 'created_at', 'resolved_at'])
      .where('site_id', '=', siteId)
      .where('reporter_key', '=', authorKey)
      .orderBy('created_at')
      .execute(),
    db
      .selectFrom('reporters')
      .select(['upheld', 'dismissed'])
      .where('site_id', '=', siteId)
      .where('reporter_key', '=', authorKey)
      .executeTakeFirst(),
    db
      .selectFrom('author_notes')
      .select(['text', 'created_at'])
      .where('site_id', '=', siteId)
      .where('author_key', '=', authorKey)
      .orderBy('created_at')
      .execute(),
  ]);
  return {
    erasedAt: erased?.erased_at ?? null,
    personal: { names: p?.names ?? [], emails: p?.emails ?? [], ipAddresses: p?.ips ?? [] },
    state: state
      ? {
          banned: state.banned,
          bannedUntil: state.banned_until,
          banReason: state.ban_reason,
          premoderated: state.premoderated,
          updatedAt: state.updated_at,
        }
      : null,
    reportsMade: reports.map((r) => ({
      commentId: r.comment_id,
      reason: r.reason,
      note: r.note,
      state: r.state,
      createdAt: r.created_at,
      resolvedAt: r.resolved_at,
    })),
    reporterRecord: reporter ? { upheld: reporter.upheld, dismissed: reporter.dismissed } : null,
    notes: notes.map((n) => ({ text: n.text, createdAt: n.created_at })),
  };
}

/**
 * The author's comments on a site, newest first, a page at a time by keyset: a large author streams in constant
 * memory.
 */
export async function* authorCommentPages(
  db: Db,
  siteId: string,
  authorKey: string,
): AsyncGenerator<AuthorCommentData[]> {
  let after: { receivedAt: Date; id: string } | undefined;
  for (;;) {
    const rows = await commentPage(db, siteId, authorKey, after);
    if (rows.length > 0) yield rows;
    const last = rows.at(-1);
    if (rows.length < PAGE || !last) return;
    after = { receivedAt: last.receivedAt, id: last.id };
  }
}

type JsonDates<T, K extends keyof T> = Omit<T, K> & { [P in K]: string };
type CommentRow = Omit<AuthorCommentData, 'decisions' | 'appeal'> & {
  decisions: JsonDates<AuthorCommentData['decisions'][number], 'at'>[];
  appeal:
    | (JsonDates<NonNullable<AuthorCommentData['appeal']>, 'filedAt' | 'decidedAt'> & {
        decidedAt: string | null;
      })
    | null;
};

async function commentPage(
  db: Db,
  siteId: string,
  authorKey: string,
  after: { receivedAt: Date; id: string } | undefined,
): Promise<AuthorCommentData[]> {
  const { rows } = await sql<CommentRow>`
    select c.id, c.article_id as "articleId", a.url as "articleUrl", a.title as "articleTitle",
        c.parent_id as "parentId", c.author_name as name, c.author_email as email, c.client_ip as "ipAddress",
        c.body, c.status, c.received_at as "receivedAt", c.decided_at as "decidedAt", c.erased_at as "erasedAt",
        (select coalesce(jsonb_agg(jsonb_build_object('category', r.category, 'rule', r.rule,
            'message', r.message) order by r.position), '[]'::jsonb)
          from comment_reasons r where r.comment_id = c.id) as reasons,
        (select coalesce(jsonb_agg(jsonb_build_object('status', d.status, 'by', d.source,
            'reason', d.reason, 'at', d.created_at) order by d.id), '[]'::jsonb)
          from decisions d where d.comment_id = c.id) as decisions,
        (select jsonb_build_object('message', ap.message, 'filedAt', ap.created_at,
            'outcome', ap.outcome, 'decidedAt', ap.decided_at)
          from appeals ap where ap.comment_id = c.id) as appeal
      from comments c
      left join articles a on a.site_id = c.site_id and a.id = c.article_id
     where c.site_id = ${siteId} and c.author_key = ${authorKey}
       ${after ? sql`and (c.received_at, c.id) < (${after.receivedAt}, ${after.id}::uuid)` : sql``}
     order by c.received_at desc, c.id desc
     limit ${PAGE}`.execute(db);
  // Timestamps inside JSON come back as text; they leave here as Dates like the columns beside them.
  return rows.map((r) => ({
    ...r,
    decisions: r.decisions.map((d) => ({ ...d, at: new Date(d.at) })),
    appeal: r.appeal && {
      ...r.appeal,
      filedAt: new Date(r.appeal.filedAt),
      decidedAt: r.appeal.decidedAt === null ? null : new Date(r.appeal.decidedAt),
    },
  }));
}
