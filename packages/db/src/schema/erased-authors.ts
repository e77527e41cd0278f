import type { ColumnType } from 'kysely';

/**
 * Authors erased on a site. A comment of theirs received before `erased_at` and still queued then is written
 * already erased (see `saveDecidedComments`).
 */
export interface ErasedAuthorsTable {
  site_id: string;
  author_key: string;
  erased_at: ColumnType<Date, Date | string, Date | string>;
}
