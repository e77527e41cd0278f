import type { Db } from '../database.js';
import type { TokenRole } from '../schema/index.js';

/** A token as administrators see it: never the secret, never its hash. */
export interface TokenInfo {
  id: string;
  name: string;
  role: TokenRole;
  siteIds: string[];
  bootstrap: boolean;
  createdAt: Date;
  expiresAt: Date | null;
  revokedAt: Date | null;
}

type Row = {
  id: string;
  name: string;
  role: TokenRole;
  site_ids: string[];
  bootstrap: boolean;
  created_at: Date;
  expires_at: Date | null;
  revoked_at: Date | null;
};

const COLUMNS = ['id', 'name', 'role', 'site_ids', 'bootstrap', 'created_at', 'expires_at', 'revoked_at'] as const;

function toInfo(r: Row): TokenInfo {
  return {
    id: r.id,
    name: r.name,
    role: r.role,
    siteIds: r.site_ids,
    bootstrap: r.bootstrap,
    createdAt: r.created_at,
    expiresAt: r.expires_at,
    revokedAt: r.revoked_at,
  };
}

/** Every token, newest first (ids are UUIDv7, so time-ordered). */
export async function listTokens(db: Db): Promise<TokenInfo[]> {
  const rows = await db.selectFrom('api_tokens').select(COLUMNS).orderBy('id', 'desc').execute();
  return rows.map(toInfo);
}

export async function getToken(db: Db, id: string): Promise<TokenInfo | undefined> {
  const row = await db.selectFrom('api_tokens').select(COLUMNS).where('id', '=', id).executeTakeFirst();
  return row ? toInfo(row) : undefined;
}

/** Marks a token revoked (idempotent: a second revoke keeps the first time). Returns the token after. */
export async function revokeToken(db: Db, id: string): Promise<TokenInfo | undefined> {
  await db
    .updateTable('api_tokens')
    .set({ revoked_at: new Date() })
    .where('id', '=', id)
    .where('revoked_at', 'is', null)
    .execute();
  return getToken(db, id);
}
