import { createHash, randomBytes } from 'node:crypto';
import { uuidv7 } from 'uuidv7';
import type { Db } from '../database.js';
import type { TokenRole } from '../schema/index.js';

export interface TokenPrincipal {
  id: string;
  name: string;
  role: TokenRole;
  siteIds: string[];
  expiresAt: Date | null;
  revokedAt: Date | null;
}

/** Tokens are stored as their SHA-256: a database leak does not leak usable tokens. */
export const hashToken = (token: string): string => createHash('sha256').update(token).digest('hex');

/** A new random token, `cm_` + 32 random bytes in base64url. */
export const generateToken = (): string => `cm_${randomBytes(32).toString('base64url')}`;

export async function findTokenByHash(db: Db, tokenHash: string): Promise<TokenPrincipal | undefined> {
  const row = await db
    .selectFrom('api_tokens')
    .select(['id', 'name', 'role', 'site_ids', 'expires_at', 'revoked_at'])
    .where('token_hash', '=', tokenHash)
    .executeTakeFirst();
  if (!row) return undefined;
  return {
    id: row.id,
    name: row.name,
    role: row.role,
    siteIds: row.site_ids,
    expiresAt: row.expires_at,
    revokedAt: row.revoked_at,
  };
}

export async function createToken(
  db: Db,
  input: { name: string; role: TokenRole; siteIds: string[]; expiresAt: Date | null },
): Promise<{ token: string; principal: TokenPrincipal }> {
  const token = generateToken();
  const id = uuidv7();
  await db
    .insertInto('api_tokens')
    .values({
      id,
      name: input.name,
      role: input.role,
      site_ids: input.siteIds,
      token_hash: hashToken(token),
      expires_at: input.expiresAt,
      revoked_at: null,
    })
    .execute();
  return { token, principal: { id, ...input, revokedAt: null } };
}

/**
 * Makes sure an administrator can sign in. With `ADMIN_TOKEN` set, that token becomes the bootstrap admin
 * (replacing an earlier one). Without it, a token is generated once, on the first start, and returned so the
 * caller prints it; later starts return nothing.
 */
export async function ensureBootstrapAdmin(db: Db, configured: string | undefined): Promise<string | undefined> {
  const bootstrapRow = (tokenHash: string) => ({
    id: uuidv7(),
    name: 'bootstrap admin',
    role: 'admin' as const,
    site_ids: [],
    token_hash: tokenHash,
    bootstrap: true,
    expires_at: null,
    revoked_at: null,
  });
  if (configured) {
    const tokenHash = hashToken(configured);
    await db
      .insertInto('api_tokens')
      .values(bootstrapRow(tokenHash))
      .onConflict((oc) =>
        oc.column('bootstrap').where('bootstrap', '=', true).doUpdateSet({ token_hash: tokenHash, revoked_at: null }),
      )
      .execute();
    return undefined;
  }
  const token = generateToken();
  const inserted = await db
    .insertInto('api_tokens')
    .values(bootstrapRow(hashToken(token)))
    .onConflict((oc) => oc.column('bootstrap').where('bootstrap', '=', true).doNothing())
    .returning('id')
    .executeTakeFirst();
  return inserted ? token : undefined;
}
