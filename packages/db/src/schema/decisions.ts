import type { Generated } from 'kysely';

/** Every decision on a comment: the rules' first one, then each moderator's. */
export interface DecisionsTable {
  id: Generated<string>;
  comment_id: string;
  site_id: string;
  status: string;
  previous_status: string | null;
  source: 'rules' | 'moderator';
  actor_id: string | null;
  actor_name: string | null;
  /** Rules that fired on the comment when this decision was taken (moderator decisions copy the rules'). */
  rules: string[];
  reason: string | null;
  note: string | null;
  created_at: Generated<Date>;
}
