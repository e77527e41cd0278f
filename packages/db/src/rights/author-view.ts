import type { Category, CommentStatus } from '@cm/contracts';
import { sql } from 'kysely';
import type { Db } from '../database.js';

/** What the holder of a comment's receipt may be told about it (and the hash their receipt must match). */
export interface AuthorCommentRow {
  id: string;
  status: CommentStatus;
  receiptHash: Buffer | null;
  erased: boolean;
  decidedAt: Date;
  /** The last decision: the rules' first one, or a moderator's. */
  decidedBy: 'rules' | 'moderator';
  moderatorReason: string | null;
  reasons: { category: Category; message: string }[];
  appeal: { filedAt: Date; outcome: 'upheld' | 'reversed' | null; decidedAt: Date | null } | null;
}

/**
 * A stored comment as its author sees it, in one round trip: status, receipt hash, the reasons (category and the
 * rule's message, never the evidence), who decided last and when, and the appeal. Undefined while not stored.
 */
export async function getAuthorCommentRow(db: Db, id: string): Promise<AuthorCommentRow | undefined> {
  const row = await db
    .selectFrom('comments as c')
    .leftJoin('appeals as ap', 'ap.comment_id', 'c.id')
    .select([
      'c.id',
      'c.status',
      'c.receipt_hash',
      'c.erased_at',
      'c.decided_at',
      'ap.created_at as appeal_filed_at',
      'ap.outcome as appeal_outcome',
      'ap.decided_at as appeal_decided_at',
      sql<{ source: 'rules' | 'moderator'; reason: string | null } | null>`(select jsonb_build_object(
          'source', d.source, 'reason', d.reason)
        from decisions d where d.comment_id = c.id order by d.id desc limit 1)`.as('last_decision'),
      sql<{ category: Category; message: string }[]>`(select coalesce(jsonb_agg(jsonb_build_object(
          'category', r.category, 'message', r.message) order by r.position), '[]'::jsonb)
        from comment_reasons r where r.comment_id = c.id)`.as('reasons'),
    ])
    .where('c.id', '=', id)
    .executeTakeFirst();
  if (!row) return undefined;
  return {
    id: row.id,
    status: row.status,
    receiptHash: row.receipt_hash,
    erased: row.erased_at !== null,
    decidedAt: row.decided_at,
    decidedBy: row.last_decision?.source ?? 'rules',
    moderatorReason: row.last_decision?.source === 'moderator' ? row.last_decision.reason : null,
    reasons: row.reasons,
    appeal:
      row.appeal_filed_at === null
        ? null
        : { filedAt: row.appeal_filed_at, outcome: row.appeal_outcome, decidedAt: row.appeal_decided_at },
  };
}
