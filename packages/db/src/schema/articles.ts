import type { Generated } from 'kysely';

export interface ArticlesTable {
  site_id: string;
  id: string;
  url: string | null;
  title: string | null;
  created_at: Generated<Date>;
}
