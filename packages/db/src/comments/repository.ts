import {
  type CommentEventData,
  type CommentRecord,
  type CommentStatus,
  type DecidedStatus,
  excerpt,
  type Reason,
  type WebhookEvent,
} from '@cm/contracts';
import { sql } from 'kysely';
import { uuidv7 } from 'uuidv7';
import type { Db } from '../database.js';

/** A comment with the rules' decision, ready to be written. */
export interface DecidedComment {
  id: string;
  siteId: string;
  articleId: string;
  articleUrl: string | null;
  articleTitle: string | null;
  parentId: string | null;
  authorKey: string;
  authorName: string;
  authorEmail: string | null;
  body: string;
  status: DecidedStatus;
  reasons: Reason[];
  scores: Record<string, number>;
  receivedAt: Date;
  requestId: string | null;
  clientIp: string | null;
}

/** Postgres caps bind parameters at 65,535 per statement. */
const ROWS_PER_STATEMENT = 1000;

/**
 * Writes a batch of decided comments in one transaction: articles, comments, reasons, the rules' decision and
 * the outbox events. Idempotent: comments already stored are skipped whole (a retried job writes nothing twice).
 * Returns the ids this call inserted.
 */
export async function saveDecidedComments(
  db: Db,
  batch: DecidedComment[],
  opts: { publicUrl: string },
): Promise<string[]> {
  if (batch.length === 0) return [];
  return db.transaction().execute(async (trx) => {
    const articles = new Map<string, { site_id: string; id: string; url: string | null; title: string | null }>();
    for (const c of batch) {
      const key = `${c.siteId}\u0000${c.articleId}`;
      const prev = articles.get(key);
      articles.set(key, {
        site_id: c.siteId,
        id: c.articleId,
        url: c.articleUrl ?? prev?.url ?? null,
        title: c.articleTitle ?? prev?.title ?? null,
      });
    }
    // Concurrent batches (several workers) mostly name articles that already exist: DO NOTHING takes no row
    // lock, so they never queue behind each other. Only a changed URL or title updates (and locks) the row.
    const sorted = [...articles.values()].sort((a, b) => (a.site_id + a.id < b.site_id + b.id ? -1 : 1));
    for (const rows of chunks(sorted, ROWS_PER_STATEMENT)) {
      await trx
        .insertInto('articles')
        .values(rows)
        .onConflict((oc) => oc.columns(['site_id', 'id']).doNothing())
        .execute();
    }
    for (const a of sorted) {
      if (a.url === null && a.title === null) continue;
      await trx
        .updateTable('articles')
        .set({ url: sql`coalesce(${a.url}, url)`, title: sql`coalesce(${a.title}, title)` })
        .where('site_id', '=', a.site_id)
        .where('id', '=', a.id)
        .where((eb) =>
          eb.or([
            eb('url', 'is distinct from', sql<string | null>`coalesce(${a.url}, url)`),
            eb('title', 'is distinct from', sql<string | null>`coalesce(${a.title}, title)`),
          ]),
        )
        .execute();
    }

    const inserted = new Set<string>();
    for (const rows of chunks(batch, ROWS_PER_STATEMENT)) {
      const result = await trx
        .insertInto('comments')
        .values(
          rows.map((c) => ({
            id: c.id,
            site_id: c.siteId,
            article_id: c.articleId,
            parent_id: c.parentId,
            author_key: c.authorKey,
            author_name: c.authorName,
            author_email: c.authorEmail,
            body: c.body,
            status: c.status,
            categories: [...new Set(c.reasons.map((r) => r.category))],
            scores: JSON.stringify(c.scores),
            received_at: c.receivedAt,
            // The time of the write itself, so decision latency (received → decided) includes the queue and batch.
            decided_at: sql<Date>`clock_timestamp()`,
            updated_at: sql<Date>`clock_timestamp()`,
            request_id: c.requestId,
            client_ip: c.clientIp,
          })),
        )
        .onConflict((oc) => oc.column('id').doNothing())
        .returning('id')
        .execute();
      for (const r of result) inserted.add(r.id);
    }
    const fresh = batch.filter((c) => inserted.has(c.id));
    if (fresh.length === 0) return [];

    const reasons = fresh.flatMap((c) =>
      c.reasons.map((r, position) => ({
        comment_id: c.id,
        position,
        category: r.category,
        rule: r.rule,
        severity: r.severity,
        score: r.score,
        message: r.message,
        evidence: JSON.stringify(r.evidence),
      })),
    );
    for (const rows of chunks(reasons, ROWS_PER_STATEMENT)) {
      await trx.insertInto('comment_reasons').values(rows).execute();
    }
    for (const rows of chunks(fresh, ROWS_PER_STATEMENT)) {
      await trx
        .insertInto('decisions')
        .values(
          rows.map((c) => ({
            comment_id: c.id,
            site_id: c.siteId,
            status: c.status,
            previous_status: 'pending',
            source: 'rules' as const,
            actor_id: null,
            actor_name: null,
            rules: c.reasons.map((r) => r.rule),
            reason: null,
            note: null,
          })),
        )
        .execute();
    }
    const events = fresh.map((c) => commentEvent(c, 'rules', null, opts.publicUrl));
    for (const rows of chunks(events, ROWS_PER_STATEMENT)) {
      await trx.insertInto('outbox').values(rows).execute();
    }
    return fresh.map((c) => c.id);
  });
}

/** The outbox row for a decision on a comment. */
export function commentEvent(
  c: Pick<
    DecidedComment,
    'id' | 'siteId' | 'articleId' | 'articleUrl' | 'articleTitle' | 'authorName' | 'body' | 'status' | 'reasons'
  >,
  decidedBy: 'rules' | 'moderator',
  moderator: string | null,
  publicUrl: string,
): { id: string; site_id: string; type: string; payload: string } {
  const id = uuidv7();
  const event: WebhookEvent<CommentEventData> = {
    type: `comment.${c.status}`,
    timestamp: new Date().toISOString(),
    data: {
      commentId: c.id,
      siteId: c.siteId,
      articleId: c.articleId,
      articleUrl: c.articleUrl,
      articleTitle: c.articleTitle,
      authorName: c.authorName,
      bodyExcerpt: excerpt(c.body),
      status: c.status,
      decidedBy,
      moderator,
      reasons: c.reasons,
      moderationUrl: `${publicUrl}/moderate#/comments/${c.id}`,
    },
  };
  return { id, site_id: c.siteId, type: event.type, payload: JSON.stringify(event) };
}

/** The public view: only the status. */
export async function getCommentStatus(db: Db, id: string): Promise<CommentStatus | undefined> {
  const row = await db.selectFrom('comments').select('status').where('id', '=', id).executeTakeFirst();
  return row?.status;
}

/** The full record a moderator sees. */
export async function getCommentRecord(db: Db, id: string): Promise<CommentRecord | undefined> {
  const row = await db
    .selectFrom('comments as c')
    .leftJoin('articles as a', (j) => j.onRef('a.site_id', '=', 'c.site_id').onRef('a.id', '=', 'c.article_id'))
    .selectAll('c')
    .select(['a.url as article_url', 'a.title as article_title'])
    .where('c.id', '=', id)
    .executeTakeFirst();
  if (!row) return undefined;
  const reasons = await db
    .selectFrom('comment_reasons')
    .selectAll()
    .where('comment_id', '=', id)
    .orderBy('position')
    .execute();
  return {
    id: row.id,
    siteId: row.site_id,
    articleId: row.article_id,
    article: { id: row.article_id, url: row.article_url, title: row.article_title },
    parentId: row.parent_id,
    author: { id: row.author_key, name: row.author_name, email: row.author_email },
    body: row.body,
    status: row.status,
    reasons: reasons.map((r) => ({
      category: r.category as Reason['category'],
      rule: r.rule,
      severity: r.severity as Reason['severity'],
      score: r.score,
      message: r.message,
      evidence: r.evidence,
    })),
    receivedAt: row.received_at.toISOString(),
    decidedAt: row.decided_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
  };
}

function* chunks<T>(items: T[], size: number): Generator<T[]> {
  for (let i = 0; i < items.length; i += size) yield items.slice(i, i + size);
}
