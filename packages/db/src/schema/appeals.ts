import type { ColumnType, Generated } from 'kysely';

/** A commenter's one appeal against the decision on their comment, and the moderator's outcome. */
export interface AppealsTable {
  comment_id: string;
  site_id: string;
  /** The author's words; replaced by a marker when the author is erased. */
  message: string;
  /** The comment's status when the appeal was filed (`flagged` or `rejected`). */
  status_appealed: string;
  created_at: Generated<Date>;
  outcome: 'upheld' | 'reversed' | null;
  decided_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
  actor_id: string | null;
  actor_name: string | null;
}
