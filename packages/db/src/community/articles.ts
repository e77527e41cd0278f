import { sql } from 'kysely';
import { appendAudit } from '../audit/repository.js';
import type { Db } from '../database.js';
import type { Actor } from '../moderation/decide.js';

/** What moderators set on an article. */
export interface ArticleState {
  siteId: string;
  articleId: string;
  closed: boolean;
  premoderated: boolean;
  /** When the article's first comment arrived (null for an article nobody commented on yet). */
  createdAt: Date | null;
}

/** An article's state; an article without a row (no comment yet) is open and not pre-moderated. */
export async function getArticleState(db: Db, siteId: string, articleId: string): Promise<ArticleState> {
  const row = await db
    .selectFrom('articles')
    .select(['closed', 'premoderated', 'created_at'])
    .where('site_id', '=', siteId)
    .where('id', '=', articleId)
    .executeTakeFirst();
  return {
    siteId,
    articleId,
    closed: row?.closed ?? false,
    premoderated: row?.premoderated ?? false,
    createdAt: row?.created_at ?? null,
  };
}

/** Closes / reopens, pre-moderates / stops pre-moderating an article, with an audit row, in one transaction. */
export async function setArticleState(
  db: Db,
  input: {
    siteId: string;
    articleId: string;
    closed?: boolean | undefined;
    premoderated?: boolean | undefined;
    actor: Actor;
    requestId: string | null;
  },
): Promise<ArticleState> {
  return db.transaction().execute(async (trx) => {
    const before = await getArticleState(trx, input.siteId, input.articleId);
    const closed = input.closed ?? before.closed;
    const premoderated = input.premoderated ?? before.premoderated;
    await trx
      .insertInto('articles')
      .values({ site_id: input.siteId, id: input.articleId, closed, premoderated })
      .onConflict((oc) => oc.columns(['site_id', 'id']).doUpdateSet({ closed, premoderated }))
      .execute();
    const after = await getArticleState(trx, input.siteId, input.articleId);
    await appendAudit(trx, {
      actor: input.actor,
      action: 'article.update',
      targetType: 'article',
      targetId: input.articleId,
      siteId: input.siteId,
      before: { closed: before.closed, premoderated: before.premoderated },
      after: { closed: after.closed, premoderated: after.premoderated },
      requestId: input.requestId,
    });
    return after;
  });
}

export const articleKey = (siteId: string, articleId: string): string => `${siteId}\u0000${articleId}`;

/**
 * The pre-moderated articles among (site, article) pairs, in one query for a whole batch (the pairs go as two
 * arrays, like the author states').
 */
export async function premoderatedArticles(
  db: Db,
  pairs: { siteId: string; articleId: string }[],
): Promise<Set<string>> {
  if (pairs.length === 0) return new Set();
  const unique = [...new Map(pairs.map((p) => [articleKey(p.siteId, p.articleId), p])).values()];
  const rows = await db
    .selectFrom('articles')
    .select(['site_id', 'id'])
    .where(
      sql<boolean>`(site_id, id) in (select * from json_to_recordset(${JSON.stringify(unique)}::json) as p("siteId" text, "articleId" text))`,
    )
    .where('premoderated', '=', true)
    .execute();
  return new Set(rows.map((r) => articleKey(r.site_id, r.id)));
}

/**
 * How many approved comments each (site, author) pair has, counting at most `cap` each (enough to tell whether
 * a new commenter has earned trust), in one query for a whole batch.
 */
export async function approvedCountsUpTo(
  db: Db,
  pairs: { siteId: string; authorKey: string }[],
  cap: number,
): Promise<Map<string, number>> {
  const out = new Map<string, number>();
  if (pairs.length === 0 || cap <= 0) return out;
  const unique = [...new Map(pairs.map((p) => [articleKey(p.siteId, p.authorKey), p])).values()];
  const rows = await sql<{ site_id: string; author_key: string; n: number }>`
    select p.site_id, p.author_key, (
      select count(*)::int from (
        select 1 from comments c
        where c.site_id = p.site_id and c.author_key = p.author_key and c.status = 'approved'
        limit ${cap}
      ) x
    ) as n
    from unnest(${unique.map((p) => p.siteId)}::text[], ${unique.map((p) => p.authorKey)}::text[]) as p(site_id, author_key)
  `.execute(db);
  for (const r of rows.rows) out.set(articleKey(r.site_id, r.author_key), r.n);
  return out;
}
