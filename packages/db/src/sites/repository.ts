import { type ResolvedPolicy, resolvePolicy, type SitePolicy } from '@cm/contracts';
import type { Db } from '../database.js';

export interface SiteRow {
  id: string;
  name: string;
  policy: SitePolicy;
  allowedOrigins: string[];
  updatedAt: Date;
}

export async function listSites(db: Db): Promise<SiteRow[]> {
  const rows = await db.selectFrom('sites').selectAll().orderBy('id').execute();
  return rows.map(toSite);
}

export async function getSite(db: Db, id: string): Promise<SiteRow | undefined> {
  const row = await db.selectFrom('sites').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? toSite(row) : undefined;
}

/** Policies of the given sites with defaults filled in; unknown sites are left out. */
export async function getResolvedPolicies(db: Db, siteIds: string[]): Promise<Map<string, ResolvedPolicy>> {
  if (siteIds.length === 0) return new Map();
  const rows = await db.selectFrom('sites').select(['id', 'policy']).where('id', 'in', siteIds).execute();
  return new Map(rows.map((r) => [r.id, resolvePolicy(r.policy)]));
}

function toSite(row: {
  id: string;
  name: string;
  policy: SitePolicy;
  allowed_origins: string[];
  updated_at: Date;
}): SiteRow {
  return {
    id: row.id,
    name: row.name,
    policy: row.policy,
    allowedOrigins: row.allowed_origins,
    updatedAt: row.updated_at,
  };
}
