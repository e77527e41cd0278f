import { readFileSync } from 'node:fs';
import { type SitePolicy, SitePolicySchema } from '@cm/contracts';
import { getSite, openCliDb } from '@cm/db';

/** Reads and validates a SitePolicy JSON file (partial: what it leaves out takes the defaults). */
export function readPolicyFile(file: string): SitePolicy {
  const parsed = SitePolicySchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => `${i.path.join('.') || '(policy)'}: ${i.message}`);
    throw new Error(`${file} is not a site policy:\n  ${issues.join('\n  ')}`);
  }
  return parsed.data;
}

/** A site's saved policy, read from the database DATABASE_URL names; throws for an unknown site. */
export async function readSitePolicy(siteId: string): Promise<SitePolicy> {
  const db = openCliDb();
  try {
    const site = await getSite(db, siteId);
    if (!site) throw new Error(`no site "${siteId}" in the database`);
    return site.policy;
  } finally {
    await db.destroy();
  }
}
