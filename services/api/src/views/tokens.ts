import type { TokenInfo } from '@cm/db';

/** A token as administrators see it: never the secret, never its hash. */
export function tokenInfoView(t: TokenInfo) {
  return {
    ...t,
    createdAt: t.createdAt.toISOString(),
    expiresAt: t.expiresAt?.toISOString() ?? null,
    revokedAt: t.revokedAt?.toISOString() ?? null,
  };
}
