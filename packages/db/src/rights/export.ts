import { sql } from 'kysely';
import type { Db } from '../database.js';

/** Comments per query while exporting: one page in memory at a time, whatever the author wrote. */
const PAGE = 500;

/**
 * Everything stored about an author on a site, as JSON text in pieces (GDPR Art. 15 and 20): the personal fields
 * kept (every name, e-mail and address seen), their ban or pre-moderation, and each comment with its article,
 * body, times, status, reasons (without evidence offsets), the decisions on it (without moderator identity) and
 * its appeal, the reports they made on the site (with their record as a reporter) and moderators' notes about them
 * (without the moderator's identity). Comments are read a page at a time by keyset, so a large author streams in constant memory.
 */
export async function* exportAuthorData(
  db: Db,
  siteId: string,
  authorKey: string,
  now = new Date(),
): AsyncGenerator<string> {
  const personal = await sql<{ names: string[] | null; emails: string[] | null; ips: string[] | null }>`
    select array_agg(distinct author_name) filter (where author_name <> '') as names,
           array_agg(distinct author_email) filter (where author_email is not null) as emails,
           array_agg(distinct client_ip) filter (where client_ip is not null) as ips
      from comments where site_id = ${siteId} and author_key = ${authorKey}`.execute(db);
  const p = personal.rows[0];
  const state = await db
    .selectFrom('author_states')
    .select(['banned', 'banned_until', 'ban_reason', 'premoderated', 'updated_at'])
    .where('site_id', '=', siteId)
    .where('author_key', '=', authorKey)
    .executeTakeFirst();
  const erased = await db
    .selectFrom('erased_authors')
    .select('erased_at')
    .where('site_id', '=', siteId)
    .where('author_key', '=', authorKey)
    .executeTakeFirst();
  const reports = await db
    .selectFrom('comment_reports')
    .select(['comment_id', 'reason', 'note', 'state', 'created_at', 'resolved_at'])
    .where('site_id', '=', siteId)
    .where('reporter_key', '=', authorKey)
    .orderBy('created_at')
    .execute();
  const reporter = await db
    .selectFrom('reporters')
    .select(['upheld', 'dismissed'])
    .where('site_id', '=', siteId)
    .where('reporter_key', '=', authorKey)
    .executeTakeFirst();
  const notes = await db
    .selectFrom('author_notes')
    .select(['text', 'created_at'])
    .where('site_id', '=', siteId)
    .where('author_key', '=', authorKey)
    .orderBy('created_at')
    .execute();
  const head = {
    siteId,
    authorKey,
    exportedAt: now.toISOString(),
    erasedAt: erased?.erased_at.toISOString() ?? null,
    personal: { names: p?.names ?? [], emails: p?.emails ?? [], ipAddresses: p?.ips ?? [] },
    moderation: state
      ? {
          banned: state.banned,
          bannedUntil: state.banned_until?.toISOString() ?? null,
          banReason: state.ban_reason,
          premoderated: state.premoderated,
          updatedAt: state.updated_at.toISOString(),
        }
      : null,
    reportsMade: reports.map((r) => ({
      commentId: r.comment_id,
      reason: r.reason,
      note: r.note,
      state: r.state,
      createdAt: r.created_at.toISOString(),
      resolvedAt: r.resolved_at?.toISOString() ?? null,
    })),
    reporterRecord: reporter ? { upheld: reporter.upheld, dismissed: reporter.dismissed } : null,
    notes: notes.map((n) => ({ text: n.text, createdAt: n.created_at.toISOString() })),
  };
  const headJson = JSON.stringify(head);
  yield `${headJson.slice(0, -1)},"comments":[`;
  let after: { receivedAt: Date; id: string } | undefined;
  let first = true;
  for (;;) {
    const rows = await commentPage(db, siteId, authorKey, after);
    for (const r of rows) {
      yield `${first ? '' : ','}${JSON.stringify(r.json)}`;
      first = false;
    }
    const last = rows.at(-1);
    if (rows.length < PAGE || !last) break;
    after = { receivedAt: last.received_at, id: last.id };
  }
  yield ']}';
}

interface ExportRow {
  id: string;
  received_at: Date;
  json: unknown;
}

function commentPage(
  db: Db,
  siteId: string,
  authorKey: string,
  after: { receivedAt: Date; id: string } | undefined,
): Promise<ExportRow[]> {
  return sql<ExportRow>`
    select c.id, c.received_at, jsonb_build_object(
        'id', c.id, 'articleId', c.article_id, 'articleUrl', a.url, 'articleTitle', a.title,
        'parentId', c.parent_id, 'name', c.author_name, 'email', c.author_email, 'ipAddress', c.client_ip,
        'body', c.body, 'status', c.status, 'receivedAt', c.received_at, 'decidedAt', c.decided_at,
        'erasedAt', c.erased_at,
        'reasons', (select coalesce(jsonb_agg(jsonb_build_object('category', r.category, 'rule', r.rule,
            'message', r.message) order by r.position), '[]'::jsonb)
          from comment_reasons r where r.comment_id = c.id),
        'decisions', (select coalesce(jsonb_agg(jsonb_build_object('status', d.status, 'by', d.source,
            'reason', d.reason, 'at', d.created_at) order by d.id), '[]'::jsonb)
          from decisions d where d.comment_id = c.id),
        'appeal', (select jsonb_build_object('message', ap.message, 'filedAt', ap.created_at,
            'outcome', ap.outcome, 'decidedAt', ap.decided_at)
          from appeals ap where ap.comment_id = c.id)
      ) as json
      from comments c
      left join articles a on a.site_id = c.site_id and a.id = c.article_id
     where c.site_id = ${siteId} and c.author_key = ${authorKey}
       ${after ? sql`and (c.received_at, c.id) < (${after.receivedAt}, ${after.id}::uuid)` : sql``}
     order by c.received_at desc, c.id desc
     limit ${PAGE}`
    .execute(db)
    .then((r) => r.rows);
}
