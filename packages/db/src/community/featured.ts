import { sql } from 'kysely';
import type { PublicComment } from '../articles/repository.js';
import { appendAudit } from '../audit/repository.js';
import type { Db } from '../database.js';
import type { Actor } from '../moderation/decide.js';

export type FeatureOutcome =
  | { outcome: 'not_found' }
  | { outcome: 'forbidden' }
  | { outcome: 'not_approved'; status: string }
  | { outcome: 'done'; id: string; siteId: string; featured: boolean };

/**
 * Features (or stops featuring) an approved comment, audited. Only approved comments can be featured; taking
 * the feature off works whatever the status.
 */
export async function setFeatured(
  db: Db,
  input: { id: string; featured: boolean; siteIds: string[] | null; actor: Actor; requestId: string | null },
): Promise<FeatureOutcome> {
  return db.transaction().execute(async (trx) => {
    const row = await trx
      .selectFrom('comments')
      .select(['id', 'site_id', 'status', 'featured_at'])
      .where('id', '=', input.id)
      .forUpdate()
      .executeTakeFirst();
    if (!row) return { outcome: 'not_found' };
    if (input.siteIds !== null && !input.siteIds.includes(row.site_id)) return { outcome: 'forbidden' };
    if (input.featured && row.status !== 'approved') return { outcome: 'not_approved', status: row.status };
    const was = row.featured_at !== null;
    if (was !== input.featured) {
      await trx
        .updateTable('comments')
        .set({ featured_at: input.featured ? sql`now()` : null })
        .where('id', '=', row.id)
        .execute();
      await appendAudit(trx, {
        actor: input.actor,
        action: input.featured ? 'comment.feature' : 'comment.unfeature',
        targetType: 'comment',
        targetId: row.id,
        siteId: row.site_id,
        before: { featured: was },
        after: { featured: input.featured },
        requestId: input.requestId,
      });
    }
    return { outcome: 'done', id: row.id, siteId: row.site_id, featured: input.featured };
  });
}

/** An article's featured approved comments, most recently featured first (served by `comments_featured_idx`). */
export async function listFeaturedComments(
  db: Db,
  siteId: string,
  articleId: string,
  limit = 10,
): Promise<PublicComment[]> {
  const rows = await db
    .selectFrom('comments')
    .select(['id', 'parent_id', 'author_name', 'body', 'received_at'])
    .where('site_id', '=', siteId)
    .where('article_id', '=', articleId)
    .where('featured_at', 'is not', null)
    .where('status', '=', 'approved')
    .orderBy('featured_at', 'desc')
    .limit(limit)
    .execute();
  return rows.map((r) => ({
    id: r.id,
    parentId: r.parent_id,
    authorName: r.author_name,
    body: r.body,
    createdAt: r.received_at,
  }));
}
