import type { ResolvedPolicy } from '@cm/contracts';
import { type Db, getResolvedPolicies } from '@cm/db';
import { type CompiledPolicy, compilePolicy } from '@cm/rules';

export interface SitePolicies {
  compiled: CompiledPolicy;
  resolved: ResolvedPolicy;
  /** The trusted authors, as a set: looked up once per comment. */
  trusted: ReadonlySet<string>;
}

/**
 * Compiled site policies, reloaded from Postgres when older than `ttlMs`, so an admin's change reaches every
 * worker within seconds without a query per comment.
 */
export class PolicyCache {
  private entries = new Map<string, SitePolicies & { loadedAt: number }>();

  constructor(
    private readonly db: Db,
    private readonly ttlMs = 5_000,
  ) {}

  /** Policies for the given sites; a site that does not exist is absent from the result. */
  async get(siteIds: string[], now = Date.now()): Promise<Map<string, SitePolicies>> {
    const stale = [...new Set(siteIds)].filter((id) => {
      const e = this.entries.get(id);
      return !e || now - e.loadedAt > this.ttlMs;
    });
    if (stale.length > 0) {
      const loaded = await getResolvedPolicies(this.db, stale);
      for (const id of stale) {
        const policy = loaded.get(id);
        if (policy) {
          this.entries.set(id, {
            compiled: compilePolicy(policy),
            resolved: policy,
            trusted: new Set(policy.trustedAuthors),
            loadedAt: now,
          });
        } else this.entries.delete(id);
      }
    }
    const out = new Map<string, SitePolicies>();
    for (const id of siteIds) {
      const e = this.entries.get(id);
      if (e) out.set(id, e);
    }
    return out;
  }
}
