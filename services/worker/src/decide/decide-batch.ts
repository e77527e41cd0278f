import { type DecideCommentJob, ERASED_MARKER } from '@cm/contracts';
import {
  approvedCountsUpTo,
  articleKey,
  authorStateKey,
  type Db,
  type DecidedComment,
  getAuthorStates,
  premoderatedArticles,
  saveDecidedComments,
  subscribedEventTypes,
} from '@cm/db';
import { type Analysis, analyze, type Decision, type EvaluateContext, evaluate, type Fingerprint } from '@cm/rules';
import type { Logger } from 'pino';
import type { RedisDuplicateIndex } from '../duplicates/redis-duplicate-index.js';
import type { WorkerMetrics } from '../metrics.js';
import type { PolicyCache } from '../policies/policy-cache.js';
import { withCommunityHolds } from './community-holds.js';

/** The rules engine the worker runs: `@cm/rules`, or in tests one that fails on some comments. */
export interface RulesEngine {
  analyze: typeof analyze;
  evaluate: typeof evaluate;
}
export const RULES_ENGINE: RulesEngine = { analyze, evaluate };

export interface DecideDeps {
  db: Db;
  rules: RulesEngine;
  policies: PolicyCache;
  duplicates: RedisDuplicateIndex;
  metrics: WorkerMetrics;
  logger: Logger;
  publicUrl: string;
  /** Deletes the pending markers of comments that have their outcome (see `pendingCommentKey`). */
  clearPending(comments: readonly Pick<DecideCommentJob, 'id' | 'siteId' | 'articleId'>[]): Promise<void>;
}

/** A comment that can never be decided and stored: retrying the job cannot help, but it must not hold the rest. */
export class CommentRefusedError extends Error {
  override name = 'CommentRefusedError';
}

class UnknownSiteError extends CommentRefusedError {
  override name = 'UnknownSiteError';
}

/** What one job gets back from its batch. */
export interface DecideOutcome {
  status: Decision['status'];
  inserted: boolean;
}

/**
 * Decides a batch of comments: site policies and author states in one query each, the duplicate index in one
 * Redis round trip, the rules engine per comment, and one atomic statement for every write. Comments already stored
 * (a retried job) are written nothing twice.
 */
export async function decideBatch(deps: DecideDeps, jobs: DecideCommentJob[]): Promise<(DecideOutcome | Error)[]> {
  const { decided, results, subscribed } = await decideAll(deps, jobs);
  const inserted = new Set(await save(deps, decided, jobs, results, subscribed));
  const fresh = decided.filter((d) => inserted.has(d.id));
  for (const [i, job] of jobs.entries()) {
    const r = results[i];
    if (r && !(r instanceof Error)) r.inserted = inserted.has(job.id);
  }
  // Both go out on one connection without waiting for each other: one round trip.
  await Promise.all([
    deps.metrics.recordDecisions(fresh).catch((err) => deps.logger.warn({ err }, 'could not record metrics')),
    deps.clearPending(jobs).catch((err) => deps.logger.warn({ err }, 'could not clear pending markers')),
  ]);
  // Built only when it is written: per comment, the object and the rule list cost more than the rest of the log call.
  if (deps.logger.isLevelEnabled('info')) {
    for (const d of fresh) {
      deps.logger.info(
        { commentId: d.id, requestId: d.requestId, status: d.status, rules: d.reasons.map((r) => r.rule) },
        'comment decided',
      );
    }
  }
  return results;
}

/**
 * Stores the decided comments in one statement; if that fails, one by one, so that one comment Postgres refuses
 * does not hold back the rest. The decisions are not made again: the duplicate index has counted each comment
 * once, and a second check would count a campaign's copies twice. A comment whose own save fails gets its error.
 */
async function save(
  deps: DecideDeps,
  decided: DecidedComment[],
  jobs: DecideCommentJob[],
  results: (DecideOutcome | Error)[],
  subscribed: ReadonlySet<string>,
): Promise<string[]> {
  const opts = { publicUrl: deps.publicUrl, subscribed };
  try {
    return await saveDecidedComments(deps.db, decided, opts);
  } catch (err) {
    if (decided.length <= 1) throw err;
    deps.logger.warn({ err, size: decided.length }, 'batch save failed; saving its comments one by one');
    const indexOf = new Map(jobs.map((j, i) => [j.id, i]));
    const saved = await Promise.all(
      decided.map((d) =>
        saveDecidedComments(deps.db, [d], opts).catch((e: unknown) => {
          const i = indexOf.get(d.id);
          if (i !== undefined) results[i] = failureOf(e, d.id);
          return [];
        }),
      ),
    );
    return saved.flat();
  }
}

/**
 * Runs the rules over a batch: the comments to write, each job's outcome so far (an error for a comment of an
 * unknown site), and the webhook subscriptions of the batch's sites (read beside the rules' inputs, so the save
 * is one round trip). The analyses live only here: the save's round trips hold the decided comments, not them.
 */
async function decideAll(
  deps: DecideDeps,
  jobs: DecideCommentJob[],
): Promise<{ decided: DecidedComment[]; results: (DecideOutcome | Error)[]; subscribed: ReadonlySet<string> }> {
  const now = new Date();
  const policies = await deps.policies.get(jobs.map((j) => j.siteId));
  // A comment the rules fail on (a bug, never the comment's fault) is still decided: held for a moderator with the
  // reason, rather than retried for ever or holding back its batch.
  const analyses: Analysed[] = jobs.map((j) => {
    try {
      return deps.rules.analyze(j.body);
    } catch (failed) {
      return { failed };
    }
  });
  // New commenters are counted only on sites that hold them, and only up to the largest number any site asks.
  const premoderateFirst = (siteId: string) => policies.get(siteId)?.resolved.newAuthors.premoderateFirst ?? 0;
  const newAuthorJobs = jobs.filter((j) => premoderateFirst(j.siteId) > 0);
  const newAuthorCap = Math.max(0, ...newAuthorJobs.map((j) => premoderateFirst(j.siteId)));
  // Author states, article states, approved counts, webhook subscriptions (Postgres) and the duplicate index (Redis)
  // in parallel: one round trip of waiting, whatever their number.
  const [authorStates, candidates, premoderated, approvedCounts, subscribed] = await Promise.all([
    getAuthorStates(
      deps.db,
      jobs.map((j) => ({ siteId: j.siteId, authorKey: j.author.key })),
      now,
    ),
    deps.duplicates.checkAndAdd(
      jobs.map((j, i) => ({
        commentId: j.id,
        siteId: j.siteId,
        authorKey: j.author.key,
        receivedAt: j.receivedAt,
        // An unknown site's comment is not registered: it is never written; nor is a comment an erasure rewrote.
        fingerprint: policies.has(j.siteId) && j.body !== ERASED_MARKER ? fingerprintOf(analyses[i]) : UNINDEXED,
        windowMs: (policies.get(j.siteId)?.resolved.duplicates.windowSeconds ?? 0) * 1000,
      })),
    ),
    premoderatedArticles(
      deps.db,
      jobs.map((j) => ({ siteId: j.siteId, articleId: j.articleId })),
    ),
    approvedCountsUpTo(
      deps.db,
      newAuthorJobs.map((j) => ({ siteId: j.siteId, authorKey: j.author.key })),
      newAuthorCap,
    ),
    subscribedEventTypes(
      deps.db,
      jobs.map((j) => j.siteId),
    ),
  ]);

  const results: (DecideOutcome | Error)[] = [];
  const decided: DecidedComment[] = [];
  jobs.forEach((job, i) => {
    const policy = policies.get(job.siteId);
    if (!policy) {
      results[i] = new UnknownSiteError(`site "${job.siteId}" does not exist`);
      return;
    }
    const state = authorStates.get(authorStateKey(job.siteId, job.author.key));
    const started = performance.now();
    const trusted = policy.trusted.has(job.author.key);
    const required = premoderateFirst(job.siteId);
    const rulesDecision = decideOrHold(deps, job.id, analyses[i] as Analysed, {
      policy: policy.compiled,
      authorKey: job.author.key,
      receivedAt: job.receivedAt,
      duplicates: candidates[i] ?? [],
      author: {
        banned: state?.banned ?? null,
        premoderated: state?.premoderated ?? false,
        trusted,
      },
      signals: job.signals,
    });
    const decision = withCommunityHolds(rulesDecision, {
      newAuthor:
        required > 0 && !trusted
          ? { approved: approvedCounts.get(authorStateKey(job.siteId, job.author.key)) ?? 0, required }
          : null,
      articlePremoderated: premoderated.has(articleKey(job.siteId, job.articleId)),
    });
    deps.metrics.observeRules((performance.now() - started) / 1000);
    decided.push({
      id: job.id,
      siteId: job.siteId,
      articleId: job.articleId,
      articleUrl: job.articleUrl,
      articleTitle: job.articleTitle,
      parentId: job.parentId,
      authorKey: job.author.key,
      authorName: job.author.name,
      authorEmail: job.author.email,
      body: job.body,
      status: decision.status,
      reasons: decision.reasons,
      scores: decision.scores,
      receivedAt: new Date(job.receivedAt),
      requestId: job.requestId,
      clientIp: job.clientIp,
      receiptHash: job.receiptHash,
    });
    results[i] = { status: decision.status, inserted: false };
  });
  return { decided, results, subscribed };
}

/** A comment's analysis, or what the rules threw analysing it. */
type Analysed = Analysis | { failed: unknown };

/** What the duplicate index is given for a comment it must not file: an unknown site's, an erased or unanalysed one. */
const UNINDEXED: Fingerprint = { exact: '', signature: [], bands: [], eligible: false };

function fingerprintOf(analysis: Analysed | undefined): Fingerprint {
  return analysis && 'fingerprint' in analysis ? analysis.fingerprint : UNINDEXED;
}

/** The rules' decision on an analysed comment, or the hold for a moderator when the rules failed on it. */
function decideOrHold(deps: DecideDeps, commentId: string, analysis: Analysed, ctx: EvaluateContext): Decision {
  if ('failed' in analysis) return heldAfterRulesError(deps, commentId, analysis.failed);
  try {
    return deps.rules.evaluate(analysis, ctx);
  } catch (err) {
    return heldAfterRulesError(deps, commentId, err);
  }
}

/**
 * The decision for a comment the rules failed on (logged and counted): flagged for a moderator, with a reason that
 * says the rules could not read it. Every other check is left to the moderator; nothing is approved unread.
 */
function heldAfterRulesError(deps: DecideDeps, commentId: string, err: unknown): Decision {
  deps.logger.error({ err, commentId }, 'the rules failed on a comment; it is held for review');
  deps.metrics.rulesFailed.inc();
  return {
    status: 'flagged',
    reasons: [
      {
        category: 'policy',
        rule: 'rules.error',
        severity: 'medium',
        score: 1,
        message: 'The rules could not check this comment (an internal error, logged by the worker): read it in full.',
        evidence: [],
      },
    ],
    scores: { abuse: 0, link: 0, duplicate: 0, spam: 0, policy: 1 },
  };
}

/**
 * The outcome for one comment whose batch of one failed: a Postgres data exception (SQLSTATE class 22, such as a
 * timestamp out of range), an integrity violation (class 23) or a date JavaScript cannot print is the comment's
 * own doing and no retry can fix it, so it is refused for good; anything else (Postgres away) stays an error to
 * be retried.
 */
export function failureOf(err: unknown, commentId: string): Error {
  const code = (err as { code?: unknown } | null)?.code;
  const dataError = err instanceof RangeError || (typeof code === 'string' && /^2[23]/.test(code));
  if (!dataError) return err instanceof Error ? err : new Error(String(err));
  const why = err instanceof Error ? err.message : String(err);
  return new CommentRefusedError(`comment ${commentId} cannot be stored: ${why}`);
}
