import type { SitePolicy } from '@cm/contracts';
import type { ColumnType, Generated } from 'kysely';

export interface SitesTable {
  id: string;
  name: string;
  /** Partial policy; what it leaves out takes the defaults (see `resolvePolicy`). */
  policy: ColumnType<SitePolicy, string, string>;
  /** Origins whose pages may embed the widget and call the public API ('*' for any). */
  allowed_origins: string[];
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
}
