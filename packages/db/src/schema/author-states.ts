import type { Generated } from 'kysely';

export interface AuthorStatesTable {
  site_id: string;
  author_key: string;
  banned: boolean;
  banned_until: Date | null;
  ban_reason: string | null;
  premoderated: boolean;
  updated_at: Generated<Date>;
}
