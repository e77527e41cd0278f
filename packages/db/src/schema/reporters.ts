import type { Generated } from 'kysely';

/** A reader's record as a reporter on a site: how many of their reports moderators upheld and dismissed. */
export interface ReportersTable {
  site_id: string;
  reporter_key: string;
  upheld: Generated<number>;
  dismissed: Generated<number>;
}
