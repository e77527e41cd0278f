import type { Evidence } from '@cm/contracts';
import type { ColumnType } from 'kysely';

export interface CommentReasonsTable {
  comment_id: string;
  position: number;
  category: string;
  rule: string;
  severity: string;
  score: number;
  message: string;
  evidence: ColumnType<Evidence[], string, string>;
}
