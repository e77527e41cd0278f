import type { CommentStatus } from '@cm/contracts';
import type { ColumnType, Generated } from 'kysely';

export interface CommentsTable {
  id: string;
  site_id: string;
  article_id: string;
  parent_id: string | null;
  author_key: string;
  author_name: string;
  author_email: string | null;
  body: string;
  status: CommentStatus;
  /** Categories of the reasons that acted, for filtering the queue without a join. */
  categories: string[];
  scores: ColumnType<Record<string, number>, string, string>;
  received_at: ColumnType<Date, Date | string, Date | string>;
  decided_at: ColumnType<Date, Date | string, Date | string>;
  updated_at: ColumnType<Date, Date | string | undefined, Date | string>;
  /** Bumped by every decision; the ETag moderators send back in If-Match. */
  version: Generated<number>;
  request_id: string | null;
  client_ip: string | null;
  /** Set while editors feature the comment (approved comments only). */
  featured_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
  /** SHA-256 of the receipt the author was given (`POST /v1/comments`); null for comments from before receipts. */
  receipt_hash: ColumnType<Buffer | null, Buffer | null | undefined, Buffer | null>;
  /** Set when the author was erased: body, name, e-mail and address are gone. */
  erased_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
}
