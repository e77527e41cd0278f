import type { Generated } from 'kysely';

export type ReportState = 'open' | 'upheld' | 'dismissed';

/** A reader's report of a published comment; `weight` is the reporter's weight when they reported. */
export interface CommentReportsTable {
  id: string;
  comment_id: string;
  site_id: string;
  reporter_key: string;
  reporter_name: string | null;
  reason: string;
  note: string | null;
  weight: number;
  state: Generated<ReportState>;
  client_ip: string | null;
  created_at: Generated<Date>;
  resolved_at: Date | null;
}
