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
 * Compiled site policies. One older than `ttlMs` is still used while a reload from Postgres runs in the background
 * (one per site at a time), and waited for only past `2 × ttlMs` or when the site is not known yet: an admin's
 * change reaches every worker within seconds, and a batch never waits on the reload (nor on compiling the
 * policy) that a busy worker would otherwise make one batch in every few seconds wait for.
 */
export class PolicyCache {
  private entries = new Map<string, SitePolicies & { loadedAt: number }>();
  /** Reloads in flight, by site: concurrent batches share one. */
  private loading = new Map<string, Promise<void>>();

  constructor(
    private readonly db: Db,
    private readonly ttlMs = 5_000,
  ) {}

  /** Policies for the given sites; a site that does not exist is absent from the result. */
  async get(siteIds: string[], now = Date.now()): Promise<Map<string, SitePolicies>> {
    const waits: Promise<void>[] = [];
    const stale: string[] = [];
    for (const id of new Set(siteIds)) {
      const e = this.entries.get(id);
      const age = e ? now - e.loadedAt : Number.POSITIVE_INFINITY;
      if (age <= this.ttlMs) continue;
      const inFlight = this.loading.get(id);
      if (age > 2 * this.ttlMs) {
        if (inFlight) waits.push(inFlight);
        else stale.push(id);
      } else if (!inFlight) this.reload([id], now).catch(() => undefined);
    }
    if (stale.length > 0) waits.push(this.reload(stale, now));
    await Promise.all(waits);
    const out = new Map<string, SitePolicies>();
    for (const id of siteIds) {
      const e = this.entries.get(id);
      if (e) out.set(id, e);
    }
    return out;
  }

  /** Loads and compiles the sites' policies; a failed reload leaves the entries as they were. */
  private reload(siteIds: string[], now: number): Promise<void> {
    const run = (async () => {
      const loaded = await getResolvedPolicies(this.db, siteIds);
      for (const id of siteIds) {
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
    })().finally(() => {
      for (const id of siteIds) if (this.loading.get(id) === run) this.loading.delete(id);
    });
    for (const id of siteIds) this.loading.set(id, run);
    return run;
  }
}
