import { type Db, type PrunedWebhookHistory, pruneWebhookHistory } from '@cm/db';
import type { Logger } from 'pino';
import { PeriodicPass } from '../periodic/periodic-pass.js';

export interface HistoryPrunerOptions {
  db: Db;
  logger: Logger;
  /** Events and delivery attempts older than this are deleted (`WEBHOOK_RETENTION_DAYS`). */
  retentionMs: number;
  /** Pause between passes. */
  intervalMs?: number;
  /** Pause before the first pass, so a starting fleet does not prune all at once. */
  firstDelayMs?: number;
  /** Rows per statement: small enough that no delete holds locks or bloats WAL for long. */
  batchSize?: number;
}

/**
 * Deletes sent webhook events and delivery attempts past their retention, so the outbox and the delivery log
 * stay the size of the retention window instead of growing with every comment ever delivered. Every worker runs
 * one; concurrent passes skip each other's rows. A failed pass is logged and tried again at the next interval.
 */
export class HistoryPruner extends PeriodicPass {
  constructor(private readonly opts: HistoryPrunerOptions) {
    super({
      logger: opts.logger,
      firstDelayMs: opts.firstDelayMs ?? 60_000,
      intervalMs: opts.intervalMs ?? 3_600_000,
      failure: 'pruning webhook history failed',
    });
  }

  protected pass(): Promise<PrunedWebhookHistory> {
    return this.pruneOnce();
  }

  /** One pass, in batches until what is left is younger than the retention. Returns what it deleted. */
  async pruneOnce(now = Date.now()): Promise<PrunedWebhookHistory> {
    const before = new Date(now - this.opts.retentionMs);
    const limit = this.opts.batchSize ?? 1000;
    const total: PrunedWebhookHistory = { events: 0, deliveries: 0 };
    while (!this.stopped) {
      const pruned = await pruneWebhookHistory(this.opts.db, before, limit);
      total.events += pruned.events;
      total.deliveries += pruned.deliveries;
      if (pruned.events < limit && pruned.deliveries < limit) break;
    }
    if (total.events + total.deliveries > 0) {
      this.opts.logger.info({ ...total, before: before.toISOString() }, 'pruned webhook history');
    }
    return total;
  }
}
