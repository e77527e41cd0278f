import type { DecidedStatus, Reason } from '@cm/contracts';
import { MemoryDuplicateIndex } from '../duplicates/memory-index.js';
import { analyze } from '../engine/analysis.js';
import { type Decision, evaluate } from '../engine/evaluate.js';
import type { CompiledPolicy } from '../policy/compile.js';

/** A comment as stored, with the decision the rules took when it arrived. */
export interface StoredComment {
  id: string;
  body: string;
  authorKey: string;
  /** ms since epoch. Comments must come in non-decreasing `receivedAt` order, as the worker saw them. */
  receivedAt: number;
  /** The rules' decision when the comment arrived (not a moderator's later one). */
  status: DecidedStatus;
  /** Rules that acted on that decision; used for the per-rule counts when comparing with what is stored. */
  rules?: readonly string[];
}

/** How far a backtest has come; `total` is known when the caller counted the comments first. */
export interface BacktestProgress {
  done: number;
  total: number | undefined;
}

export interface BacktestOptions {
  /** The proposed configuration. */
  policy: CompiledPolicy;
  /**
   * What to compare with. A policy (normally the site's saved one): both are replayed over the same comments,
   * so the report shows only what the policy change does, not the engine updates, the missing author bans or
   * widget signals of a replay. Omitted: the stored rules decisions are the reference.
   */
  baseline?: CompiledPolicy;
  /**
   * Comments received before this (ms since epoch) only warm the duplicate index up: an early comment of the
   * period still sees the earlier copies it was compared with in production. They are not counted.
   */
  since?: number;
  /** How many changed comments the report lists (all are counted). Default 100. */
  maxChanges?: number;
  /** Length of the excerpt of each listed comment. Default 280. */
  excerptLength?: number;
  /** Known total of comments in the period, passed through to `onProgress`. */
  total?: number;
  /** Called every `progressEvery` comments (default 1,000) and once at the end. */
  onProgress?: (p: BacktestProgress) => void;
  progressEvery?: number;
}

/** One comment whose decision would change. Evidence offsets point into the full body, not the excerpt. */
export interface BacktestChange {
  id: string;
  receivedAt: number;
  excerpt: string;
  from: DecidedStatus;
  to: DecidedStatus;
  /** The rules' decision stored when the comment arrived (equals `from` when comparing with what is stored). */
  stored: DecidedStatus;
  reasons: Reason[];
}

export interface BacktestReport {
  /** `replay`: the baseline policy replayed; `stored`: the rules decisions in the database. */
  comparedWith: 'replay' | 'stored';
  totals: {
    replayed: number;
    unchanged: number;
    changed: number;
    /** Comments that only warmed up the duplicate index. */
    warmup: number;
  };
  /** Status changes, most frequent first. */
  transitions: Array<{ from: DecidedStatus; to: DecidedStatus; count: number }>;
  /** Per rule: on how many comments it would act and did not before, and the reverse. Busiest first. */
  rules: Array<{ rule: string; newlyFiring: number; noLongerFiring: number }>;
  /** The first `maxChanges` changed comments, in received order. */
  changes: BacktestChange[];
  /** More comments changed than `changes` lists. */
  truncated: boolean;
}

/** Replays one policy; the index is per policy since each has its own duplicate window. */
class Replayer {
  private readonly index = new MemoryDuplicateIndex();
  constructor(readonly policy: CompiledPolicy) {}

  get windowMs(): number {
    return this.policy.policy.duplicates.windowSeconds * 1000;
  }

  run(c: StoredComment, a: ReturnType<typeof analyze>): Decision {
    const duplicates = this.index.checkAndAdd(c.id, c.authorKey, c.receivedAt, a.fingerprint, this.windowMs);
    return evaluate(a, { policy: this.policy, authorKey: c.authorKey, receivedAt: c.receivedAt, duplicates });
  }

  /** Registers a warm-up comment's fingerprint without deciding it. */
  add(c: StoredComment, a: ReturnType<typeof analyze>): void {
    this.index.checkAndAdd(c.id, c.authorKey, c.receivedAt, a.fingerprint, this.windowMs);
  }
}

/**
 * Replays a proposed policy over stored comments in received order, exactly as the worker would decide them
 * (duplicates included, through an in-memory index), and reports which decisions would change. Pure apart
 * from consuming `comments`: no clock, no I/O. Memory stays bounded by the duplicate window and `maxChanges`.
 */
export async function backtest(
  comments: AsyncIterable<StoredComment> | Iterable<StoredComment>,
  options: BacktestOptions,
): Promise<BacktestReport> {
  const maxChanges = options.maxChanges ?? 100;
  const excerptLength = options.excerptLength ?? 280;
  const every = Math.max(1, options.progressEvery ?? 1000);
  const proposed = new Replayer(options.policy);
  const baseline = options.baseline ? new Replayer(options.baseline) : undefined;
  const totals = { replayed: 0, unchanged: 0, changed: 0, warmup: 0 };
  const transitions = new Map<string, { from: DecidedStatus; to: DecidedStatus; count: number }>();
  const rules = new Map<string, { rule: string; newlyFiring: number; noLongerFiring: number }>();
  const changes: BacktestChange[] = [];
  const ruleEntry = (rule: string) => {
    let e = rules.get(rule);
    if (!e) {
      e = { rule, newlyFiring: 0, noLongerFiring: 0 };
      rules.set(rule, e);
    }
    return e;
  };

  for await (const c of comments) {
    const a = analyze(c.body);
    if (options.since !== undefined && c.receivedAt < options.since) {
      proposed.add(c, a);
      baseline?.add(c, a);
      totals.warmup++;
      continue;
    }
    const next = proposed.run(c, a);
    const before = baseline?.run(c, a);
    const from = before ? before.status : c.status;
    const oldRules = new Set(before ? before.reasons.map((r) => r.rule) : (c.rules ?? []));
    const newRules = new Set(next.reasons.map((r) => r.rule));
    for (const r of newRules) if (!oldRules.has(r)) ruleEntry(r).newlyFiring++;
    for (const r of oldRules) if (!newRules.has(r)) ruleEntry(r).noLongerFiring++;

    totals.replayed++;
    if (next.status === from) {
      totals.unchanged++;
    } else {
      totals.changed++;
      const key = `${from}>${next.status}`;
      const t = transitions.get(key) ?? { from, to: next.status, count: 0 };
      t.count++;
      transitions.set(key, t);
      if (changes.length < maxChanges) {
        changes.push({
          id: c.id,
          receivedAt: c.receivedAt,
          excerpt: excerpt(c.body, excerptLength),
          from,
          to: next.status,
          stored: c.status,
          reasons: next.reasons,
        });
      }
    }
    if (totals.replayed % every === 0) options.onProgress?.({ done: totals.replayed, total: options.total });
  }
  options.onProgress?.({ done: totals.replayed, total: options.total });

  return {
    comparedWith: baseline ? 'replay' : 'stored',
    totals,
    transitions: [...transitions.values()].sort((x, y) => y.count - x.count),
    rules: [...rules.values()].sort(
      (x, y) => y.newlyFiring + y.noLongerFiring - (x.newlyFiring + x.noLongerFiring) || (x.rule < y.rule ? -1 : 1),
    ),
    changes,
    truncated: totals.changed > changes.length,
  };
}

/** The start of a body on one line, cut at a code point boundary. */
function excerpt(body: string, max: number): string {
  const flat = body.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max);
  // A lone high surrogate at the end is dropped rather than sent as a broken character.
  const safe = /[\uD800-\uDBFF]$/.test(cut) ? cut.slice(0, -1) : cut;
  return `${safe.trimEnd()}…`;
}
