import type { Generated } from 'kysely';

export interface ArticlesTable {
  site_id: string;
  id: string;
  url: string | null;
  title: string | null;
  created_at: Generated<Date>;
  /** No new comments (403 `ARTICLE_CLOSED`). */
  closed: Generated<boolean>;
  /** Every new comment is held for a moderator. */
  premoderated: Generated<boolean>;
}
