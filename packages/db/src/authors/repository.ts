import type { Db } from '../database.js';

export interface AuthorState {
  banned: { reason: string | null; until: string | null } | null;
  premoderated: boolean;
}

/** Ban and pre-moderation state for (site, author) pairs; authors with no row are absent. */
export async function getAuthorStates(
  db: Db,
  pairs: { siteId: string; authorKey: string }[],
  now: Date,
): Promise<Map<string, AuthorState>> {
  if (pairs.length === 0) return new Map();
  const rows = await db
    .selectFrom('author_states')
    .selectAll()
    .where((eb) => eb.or(pairs.map((p) => eb.and([eb('site_id', '=', p.siteId), eb('author_key', '=', p.authorKey)]))))
    .execute();
  const out = new Map<string, AuthorState>();
  for (const r of rows) {
    const banActive = r.banned && (r.banned_until === null || r.banned_until > now);
    out.set(authorStateKey(r.site_id, r.author_key), {
      banned: banActive ? { reason: r.ban_reason, until: r.banned_until?.toISOString() ?? null } : null,
      premoderated: r.premoderated,
    });
  }
  return out;
}

export const authorStateKey = (siteId: string, authorKey: string): string => `${siteId}\u0000${authorKey}`;
