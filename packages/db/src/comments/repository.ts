import {
  type CommentEventData,
  type CommentRecord,
  type CommentStatus,
  type DecidedStatus,
  ERASED_MARKER,
  excerpt,
  newId,
  type Reason,
  type WebhookEvent,
} from '@cm/contracts';
import { sql } from 'kysely';
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
  /** SHA-256 (hex) of the author's receipt, when the API gave one. */
  receiptHash?: string | null | undefined;
}

/**
 * Writes a batch of decided comments: articles, comments, reasons, the rules' decision and the outbox events,
 * all in one statement (so atomically, in one round trip). Idempotent: comments already stored are skipped
 * whole (a retried job writes nothing twice). Returns the ids this call inserted.
 */
export async function saveDecidedComments(
  db: Db,
  batch: DecidedComment[],
  opts: {
    publicUrl: string;
    /**
     * The batch's sites' subscriptions (`subscribedEventTypes`), when the caller read them while it was deciding:
     * one round trip fewer between the decision and its commit. Read here otherwise.
     */
    subscribed?: ReadonlySet<string>;
  },
): Promise<string[]> {
  if (batch.length === 0) return [];
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
  const sorted = [...articles.values()].sort((a, b) => (a.site_id + a.id < b.site_id + b.id ? -1 : 1));

  // Comments and reasons are each one JSON array of rows (json_to_recordset): the statement does not grow with a
  // parameter list per row, and JSON.stringify (native) is much cheaper than the driver's escaping of a text[]
  // literal per column. The rules' decision is made from the comment's own row (its fired rules ride along), so
  // nothing of it is sent twice; absent fields are left out rather than sent as null (json_to_recordset reads a
  // missing key as null). Every byte sent costs the worker and Postgres on the way in. Messages and names are
  // well-formed Unicode (the API refuses lone surrogates and NUL; quotes never cut a surrogate pair), which json
  // requires.
  const rows = batch.map((c) => ({
    id: c.id,
    site_id: c.siteId,
    article_id: c.articleId,
    parent_id: c.parentId ?? undefined,
    author_key: c.authorKey,
    author_name: c.authorName,
    author_email: c.authorEmail ?? undefined,
    body: c.body,
    status: c.status,
    scores: c.scores,
    received_at: c.receivedAt.toISOString(),
    request_id: c.requestId ?? undefined,
    client_ip: c.clientIp ?? undefined,
    receipt_hash: c.receiptHash ?? undefined,
    ...(c.reasons.length > 0
      ? {
          categories: [...new Set(c.reasons.map((r) => r.category))],
          rules: c.reasons.map((r) => r.rule),
        }
      : {}),
  }));
  const reasons = batch.flatMap((c) =>
    c.reasons.map((r, position) => ({
      comment_id: c.id,
      position,
      category: r.category,
      rule: r.rule,
      severity: r.severity,
      score: r.score,
      message: r.message,
      evidence: r.evidence,
    })),
  );
  // Only the events some enabled endpoint of the site subscribes to enter the outbox (the relay would find no
  // endpoint for the others, and mark them relayed). A site without webhooks, the common case, writes none: no
  // payload built, sent, stored, then claimed and updated by the relay. An endpoint created while this batch is
  // written gets the events decided after it, as one created a moment later would. The payloads are JSON
  // already: spliced in as they are rather than parsed and stringified again.
  const subscribed =
    opts.subscribed ??
    (await subscribedEventTypes(
      db,
      batch.map((c) => c.siteId),
    ));
  const outbox = batch
    .filter((c) => subscribed.has(`${c.siteId}\u0000comment.${c.status}`))
    .map((c) => {
      const e = commentEvent(c, 'rules', null, opts.publicUrl);
      return `{"id":${JSON.stringify(e.id)},"comment_id":${JSON.stringify(c.id)},"site_id":${JSON.stringify(e.site_id)},"type":${JSON.stringify(e.type)},"payload":${e.payload}}`;
    });

  // One statement: its parts see one snapshot and commit together. Reasons, decision and event go with the
  // comments this statement inserted (`fresh`), never with one stored by an earlier attempt. Articles are
  // inserted with DO NOTHING, which takes no row lock, so concurrent batches naming the same articles never
  // queue behind each other.
  const result = await sql<{ id: string }>`
    with input as (
      select * from json_to_recordset(${JSON.stringify(rows)}::json)
        as t(id uuid, site_id text, article_id text, parent_id uuid, author_key text, author_name text,
             author_email text, body text, status text, categories text[], scores jsonb, received_at timestamptz,
             request_id text, client_ip text, receipt_hash text, rules text[])
    ), new_articles as (
      insert into articles (site_id, id, url, title)
      select site_id, id, url, title
        from json_to_recordset(${JSON.stringify(sorted)}::json) as t(site_id text, id text, url text, title text)
      on conflict (site_id, id) do nothing
    ), fresh as (
      insert into comments (id, site_id, article_id, parent_id, author_key, author_name, author_email, body, status,
                            categories, scores, received_at, decided_at, updated_at, request_id, client_ip,
                            receipt_hash, erased_at)
      select t.id, t.site_id, t.article_id, t.parent_id, t.author_key,
             -- An author erased while this comment was queued: it is written erased (see eraseAuthor).
             case when e.erased_at is null then t.author_name else '' end,
             case when e.erased_at is null then t.author_email end,
             case when e.erased_at is null then t.body else ${ERASED_MARKER} end,
             case when e.erased_at is null then t.status else 'rejected' end,
             coalesce(t.categories, '{}'), t.scores, t.received_at,
             -- The time of the write itself, so decision latency (received → decided) includes queue and batch.
             clock_timestamp(), clock_timestamp(), t.request_id,
             case when e.erased_at is null then t.client_ip end,
             decode(t.receipt_hash, 'hex'), e.erased_at
        from input t
        left join erased_authors e
          on e.site_id = t.site_id and e.author_key = t.author_key and e.erased_at >= t.received_at
      on conflict (id) do nothing
      returning id, erased_at
    ), new_reasons as (
      insert into comment_reasons (comment_id, position, category, rule, severity, score, message, evidence)
      select comment_id, position, category, rule, severity, score,
             case when f.erased_at is null then message else rule end,
             case when f.erased_at is null then evidence else '[]'::jsonb end
        from json_to_recordset(${JSON.stringify(reasons)}::json)
          as t(comment_id uuid, position smallint, category text, rule text, severity text, score real,
               message text, evidence jsonb)
        join fresh f on f.id = t.comment_id
    ), new_decisions as (
      insert into decisions (comment_id, site_id, status, previous_status, source, rules)
      select t.id, t.site_id, t.status, 'pending', 'rules', coalesce(t.rules, '{}')
        from fresh f
        join input t on t.id = f.id
    ), new_events as (
      insert into outbox (id, site_id, type, payload)
      select id, site_id, type, payload
        from json_to_recordset(${`[${outbox.join(',')}]`}::json)
          as t(id uuid, comment_id uuid, site_id text, type text, payload jsonb)
       where comment_id in (select id from fresh where erased_at is null)
    )
    select id from fresh`.execute(db);

  // A changed URL or title updates (and locks) its article row; unchanged rows are not touched. Idempotent, so
  // outside the statement above: a retried batch that finds its comments stored still applies them.
  const described = sorted.filter((a) => a.url !== null || a.title !== null);
  if (described.length > 0) {
    await sql`
      update articles a
         set url = coalesce(t.url, a.url), title = coalesce(t.title, a.title)
        from json_to_recordset(${JSON.stringify(described)}::json) as t(site_id text, id text, url text, title text)
       where a.site_id = t.site_id and a.id = t.id
         and (a.url is distinct from coalesce(t.url, a.url) or a.title is distinct from coalesce(t.title, a.title))`.execute(
      db,
    );
  }
  return result.rows.map((r) => r.id);
}

/** `site \0 event type` for every event type an enabled endpoint of these sites subscribes to. */
export async function subscribedEventTypes(db: Db, siteIds: string[]): Promise<Set<string>> {
  const rows = await db
    .selectFrom('webhook_endpoints')
    .select(['site_id', 'events'])
    .where('site_id', '=', sql<string>`any(${[...new Set(siteIds)]}::text[])`)
    .where('disabled_at', 'is', null)
    .execute();
  return new Set(rows.flatMap((r) => r.events.map((type) => `${r.site_id}\u0000${type}`)));
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
  const id = newId();
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
