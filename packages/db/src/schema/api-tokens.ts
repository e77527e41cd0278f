import type { Generated } from 'kysely';

export type TokenRole = 'admin' | 'moderator';

export interface ApiTokensTable {
  id: string;
  name: string;
  role: TokenRole;
  /** Sites a moderator may act on; empty for admins (all sites). */
  site_ids: string[];
  /** SHA-256 of the token: the token itself is never stored. */
  token_hash: string;
  /** True for the token made from ADMIN_TOKEN or generated at first start. */
  bootstrap: Generated<boolean>;
  created_at: Generated<Date>;
  expires_at: Date | null;
  revoked_at: Date | null;
}
