import type { CommentRecord, DecidedStatus } from '@cm/contracts';
import { getCommentRecord } from '../comments/repository.js';
import type { Db } from '../database.js';
import type { ReplyRow } from './queue.js';

/** One entry of a comment's history: the rules' decision first, then each moderator's. */
export interface DecisionEntry {
  status: string;
  previousStatus: string | null;
  source: 'rules' | 'moderator';
  actor: { id: string; name: string | null } | null;
  rules: string[];
  reason: string | null;
  note: string | null;
  at: Date;
}

/** What the service knows of an author on one site. */
export interface AuthorRecord {
  siteId: string;
  key: string;
  name: string | null;
  counts: Record<DecidedStatus, number>;
  /** An active ban (one whose end has passed is none). */
  banned: { until: Date | null; reason: string | null } | null;
  premoderated: boolean;
  /** The latest comments, newest first. */
  recent: { id: string; articleId: string; status: DecidedStatus; body: string; receivedAt: Date }[];
}

/** The moderator's view of one comment: the record, its version (ETag), history and author. */
export interface ModerationDetail {
  comment: CommentRecord;
  version: number;
  history: DecisionEntry[];
  author: AuthorRecord;
  /** For a reply: the comment it answers, when stored on the same site. */
  inReplyTo: ReplyRow | null;
}

export async function getCommentVersion(db: Db, id: string): Promise<{ siteId: string; version: number } | undefined> {
  const row = await db.selectFrom('comments').select(['site_id', 'version']).where('id', '=', id).executeTakeFirst();
  return row ? { siteId: row.site_id, version: row.version } : undefined;
}

/**
 * Reads the version before the record: should a decision land in between, the ETag is the older one and the
 * moderator's next decision is refused (412) rather than applied over something they did not see.
 */
export async function getModerationDetail(db: Db, id: string): Promise<ModerationDetail | undefined> {
  const v = await getCommentVersion(db, id);
  if (!v) return undefined;
  const comment = await getCommentRecord(db, id);
  if (!comment) return undefined;
  const [history, author, inReplyTo] = await Promise.all([
    getHistory(db, id),
    getAuthorRecord(db, comment.siteId, comment.author.id),
    comment.parentId ? getReplyContext(db, comment.siteId, comment.parentId) : null,
  ]);
  return { comment, version: v.version, history, author: author ?? emptyAuthor(comment), inReplyTo };
}

/** The comment a reply answers, as the queue shows it (same site only). */
async function getReplyContext(db: Db, siteId: string, parentId: string): Promise<ReplyRow | null> {
  const row = await db
    .selectFrom('comments')
    .select(['id', 'author_name', 'body', 'status'])
    .where('id', '=', parentId)
    .where('site_id', '=', siteId)
    .executeTakeFirst();
  return row ? { id: row.id, authorName: row.author_name, excerpt: row.body, status: row.status } : null;
}

export async function getHistory(db: Db, commentId: string): Promise<DecisionEntry[]> {
  const rows = await db.selectFrom('decisions').selectAll().where('comment_id', '=', commentId).orderBy('id').execute();
  return rows.map((r) => ({
    status: r.status,
    previousStatus: r.previous_status,
    source: r.source,
    actor: r.actor_id === null ? null : { id: r.actor_id, name: r.actor_name },
    rules: r.rules,
    reason: r.reason,
    note: r.note,
    at: r.created_at,
  }));
}

const RECENT = 10;

/** An author's standing on a site: counts, ban, pre-moderation and latest comments. Undefined if never seen. */
export async function getAuthorRecord(
  db: Db,
  siteId: string,
  authorKey: string,
  now: Date = new Date(),
): Promise<AuthorRecord | undefined> {
  const [counts, recent, state] = await Promise.all([
    db
      .selectFrom('comments')
      .select(['status', (eb) => eb.fn.countAll<number>().as('n')])
      .where('site_id', '=', siteId)
      .where('author_key', '=', authorKey)
      .groupBy('status')
      .execute(),
    db
      .selectFrom('comments')
      .select(['id', 'article_id', 'status', 'body', 'received_at', 'author_name'])
      .where('site_id', '=', siteId)
      .where('author_key', '=', authorKey)
      .orderBy('received_at', 'desc')
      .limit(RECENT)
      .execute(),
    db
      .selectFrom('author_states')
      .selectAll()
      .where('site_id', '=', siteId)
      .where('author_key', '=', authorKey)
      .executeTakeFirst(),
  ]);
  if (recent.length === 0 && !state) return undefined;
  const byStatus: Record<DecidedStatus, number> = { approved: 0, flagged: 0, rejected: 0 };
  for (const r of counts) if (r.status !== 'pending') byStatus[r.status] = Number(r.n);
  const banActive = state?.banned === true && (state.banned_until === null || state.banned_until > now);
  return {
    siteId,
    key: authorKey,
    name: recent[0]?.author_name ?? null,
    counts: byStatus,
    banned: banActive ? { until: state.banned_until, reason: state.ban_reason } : null,
    premoderated: state?.premoderated ?? false,
    recent: recent.map((r) => ({
      id: r.id,
      articleId: r.article_id,
      status: r.status as DecidedStatus,
      body: r.body,
      receivedAt: r.received_at,
    })),
  };
}

function emptyAuthor(c: CommentRecord): AuthorRecord {
  return {
    siteId: c.siteId,
    key: c.author.id,
    name: c.author.name,
    counts: { approved: 0, flagged: 0, rejected: 0 },
    banned: null,
    premoderated: false,
    recent: [],
  };
}
