import type { DecideCommentJob } from '@cm/contracts';
import { authorStateKey, type Db, type DecidedComment, getAuthorStates, saveDecidedComments } from '@cm/db';
import { type Analysis, analyze, type Decision, evaluate } from '@cm/rules';
import type { Logger } from 'pino';
import type { RedisDuplicateIndex } from '../duplicates/redis-duplicate-index.js';
import type { WorkerMetrics } from '../metrics.js';
import type { PolicyCache } from '../policies/policy-cache.js';

export interface DecideDeps {
  db: Db;
  policies: PolicyCache;
  duplicates: RedisDuplicateIndex;
  metrics: WorkerMetrics;
  logger: Logger;
  publicUrl: string;
  /** Deletes the pending markers of comments that have their outcome (see `pendingCommentKey`). */
  clearPending(commentIds: string[]): Promise<void>;
}

/** A comment that can never be decided and stored: retrying the job cannot help, but it must not hold the rest. */
export class CommentRefusedError extends Error {
  override name = 'CommentRefusedError';
}

export class UnknownSiteError extends CommentRefusedError {
  override name = 'UnknownSiteError';
}

/** What one job gets back from its batch. */
export interface DecideOutcome {
  status: Decision['status'];
  inserted: boolean;
}

/**
 * Decides a batch of comments: site policies and author states in one query each, the duplicate index in one
 * Redis round trip, the rules engine per comment, and one transaction for every write. Comments already stored
 * (a retried job) are written nothing twice.
 */
export async function decideBatch(deps: DecideDeps, jobs: DecideCommentJob[]): Promise<(DecideOutcome | Error)[]> {
  const now = new Date();
  const policies = await deps.policies.get(jobs.map((j) => j.siteId));
  const authorStates = await getAuthorStates(
    deps.db,
    jobs.map((j) => ({ siteId: j.siteId, authorKey: j.author.key })),
    now,
  );
  const analyses: Analysis[] = jobs.map((j) => analyze(j.body));
  const known = jobs.map((j) => policies.has(j.siteId));
  const candidates = await deps.duplicates.checkAndAdd(
    jobs.map((j, i) => ({
      commentId: j.id,
      siteId: j.siteId,
      authorKey: j.author.key,
      receivedAt: j.receivedAt,
      // An unknown site's comment is not registered: it is never written.
      fingerprint: known[i] ? analyses[i]!.fingerprint : { ...analyses[i]!.fingerprint, eligible: false },
      windowMs: (policies.get(j.siteId)?.resolved.duplicates.windowSeconds ?? 0) * 1000,
    })),
  );

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
    const decision = evaluate(analyses[i]!, {
      policy: policy.compiled,
      authorKey: job.author.key,
      receivedAt: job.receivedAt,
      duplicates: candidates[i] ?? [],
      author: {
        banned: state?.banned ?? null,
        premoderated: state?.premoderated ?? false,
        trusted: policy.trusted.has(job.author.key),
      },
      signals: job.signals,
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
    });
    results[i] = { status: decision.status, inserted: false };
  });

  const { inserted, refused } = await saveIsolating(deps, decided);
  const fresh = decided.filter((d) => inserted.has(d.id));
  for (const [i, job] of jobs.entries()) {
    const r = results[i];
    const refusal = refused.get(job.id);
    if (refusal) results[i] = refusal;
    else if (r && !(r instanceof Error)) r.inserted = inserted.has(job.id);
  }
  // Both go out on one connection without waiting for each other: one round trip.
  await Promise.all([
    deps.metrics.recordDecisions(fresh).catch((err) => deps.logger.warn({ err }, 'could not record metrics')),
    deps
      .clearPending(jobs.map((j) => j.id))
      .catch((err) => deps.logger.warn({ err }, 'could not clear pending markers')),
  ]);
  for (const d of fresh) {
    deps.logger.info(
      { commentId: d.id, requestId: d.requestId, status: d.status, rules: d.reasons.map((r) => r.rule) },
      'comment decided',
    );
  }
  return results;
}

/**
 * Errors that a comment's own data causes, which no retry can fix: Postgres data exceptions (SQLSTATE class 22,
 * such as a timestamp out of range) and integrity violations (class 23), and a date JavaScript cannot print.
 */
function isDataError(err: unknown): boolean {
  if (err instanceof RangeError) return true;
  const code = (err as { code?: unknown } | null)?.code;
  return typeof code === 'string' && (code.startsWith('22') || code.startsWith('23'));
}

/**
 * Saves a batch in one transaction. When Postgres refuses the batch for its data, the batch is split in halves
 * and each saved on its own, down to the comment at fault: one unstorable comment must not take the other
 * comments of its batch (up to a few hundred, from many requests) with it. Other errors (Postgres away) fail
 * the whole batch, to be retried.
 */
async function saveIsolating(
  deps: DecideDeps,
  decided: DecidedComment[],
): Promise<{ inserted: Set<string>; refused: Map<string, CommentRefusedError> }> {
  try {
    const ids = await saveDecidedComments(deps.db, decided, { publicUrl: deps.publicUrl });
    return { inserted: new Set(ids), refused: new Map() };
  } catch (err) {
    if (!isDataError(err) || decided.length === 0) throw err;
    const only = decided.length === 1 ? decided[0] : undefined;
    if (only) {
      const why = err instanceof Error ? err.message : String(err);
      deps.logger.error({ err, commentId: only.id }, 'comment cannot be stored');
      return {
        inserted: new Set(),
        refused: new Map([[only.id, new CommentRefusedError(`comment ${only.id} cannot be stored: ${why}`)]]),
      };
    }
    const mid = decided.length >> 1;
    const a = await saveIsolating(deps, decided.slice(0, mid));
    const b = await saveIsolating(deps, decided.slice(mid));
    for (const id of b.inserted) a.inserted.add(id);
    for (const [id, e] of b.refused) a.refused.set(id, e);
    return a;
  }
}
