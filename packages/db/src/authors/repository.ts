import { sql } from 'kysely';
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
  // The pairs go as one JSON array, whatever their number: an OR of one condition per pair would make the worker
  // build and compile a different query for every batch, and JSON.stringify is cheaper than the driver's escaping
  // of two text[] literals.
  const unique = [...new Map(pairs.map((p) => [authorStateKey(p.siteId, p.authorKey), p])).values()];
  const rows = await db
    .selectFrom('author_states')
    .selectAll()
    .where(
      sql<boolean>`(site_id, author_key) in (select * from json_to_recordset(${JSON.stringify(unique)}::json) as p("siteId" text, "authorKey" text))`,
    )
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
