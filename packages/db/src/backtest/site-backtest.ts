import { resolvePolicy, type SitePolicy } from '@cm/contracts';
import { type BacktestProgress, type BacktestReport, backtest, type CompiledPolicy, compilePolicy } from '@cm/rules';
import type { Db } from '../database.js';
import { countReplayComments, streamReplayComments } from './stored-comments.js';

const DAY_MS = 86_400_000;

export interface SiteBacktestRequest {
  site: { id: string; policy: SitePolicy | null };
  /** The proposed settings; omitted, the site's saved ones are replayed. */
  proposal?: SitePolicy;
  /** `saved`: replay the saved settings too and compare; `stored`: compare with the stored decisions. Default:
   * `saved` with a proposal, `stored` without. */
  against?: 'saved' | 'stored';
  days: number;
  /** How many changed comments the report lists. */
  limit: number;
  /** The end of the period (default: now). */
  until?: Date;
}

/** A backtest ready to run: the period, both policies and how many comments it reads. */
export interface SiteBacktest {
  siteId: string;
  since: Date;
  until: Date;
  against: 'saved' | 'stored';
  proposed: CompiledPolicy;
  baseline: CompiledPolicy | undefined;
  /** Comments in the period. */
  total: number;
  /** Comments of the duplicate window before the period, read to warm the index up. */
  warmup: number;
  /** Replays the period; `maxComments` bounds what is read (period and warm-up together). */
  run(opts?: {
    maxComments?: number;
    onProgress?: (p: BacktestProgress) => void;
    progressEvery?: number;
  }): Promise<BacktestReport>;
}

/**
 * The one set-up of a site backtest, for the admin endpoint and the command line: compiles the proposal and
 * the baseline, fixes the period, counts what it will read, and returns a runner that streams the stored
 * comments (with the duplicate window before the period) through `backtest`.
 */
export async function prepareSiteBacktest(db: Db, req: SiteBacktestRequest): Promise<SiteBacktest> {
  const against = req.against ?? (req.proposal ? 'saved' : 'stored');
  const proposed = compilePolicy(resolvePolicy(req.proposal ?? req.site.policy));
  const baseline = against === 'saved' ? compilePolicy(resolvePolicy(req.site.policy)) : undefined;
  const until = req.until ?? new Date();
  const since = new Date(until.getTime() - req.days * DAY_MS);
  const windowMs =
    Math.max(proposed.policy.duplicates.windowSeconds, baseline?.policy.duplicates.windowSeconds ?? 0) * 1000;
  const warmSince = new Date(since.getTime() - windowMs);
  const siteId = req.site.id;
  const [total, warmup] = await Promise.all([
    countReplayComments(db, { siteId, since, until }),
    countReplayComments(db, { siteId, since: warmSince, until: since }),
  ]);
  return {
    siteId,
    since,
    until,
    against,
    proposed,
    baseline,
    total,
    warmup,
    run: (opts = {}) =>
      backtest(streamReplayComments(db, { siteId, since: warmSince, until, limit: opts.maxComments }), {
        policy: proposed,
        baseline,
        since: since.getTime(),
        maxChanges: req.limit,
        total,
        progressEvery: opts.progressEvery,
        onProgress: opts.onProgress,
      }),
  };
}
