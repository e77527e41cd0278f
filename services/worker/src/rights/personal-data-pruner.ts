import { clearOldPersonalData, type Db } from '@cm/db';
import type { Logger } from 'pino';
import { PeriodicPass } from '../periodic/periodic-pass.js';

export interface PersonalDataPrunerOptions {
  db: Db;
  logger: Logger;
  /** E-mails and IP addresses of comments older than this are cleared (`PERSONAL_DATA_RETENTION_DAYS`). */
  retentionMs: number;
  intervalMs?: number;
  firstDelayMs?: number;
  /** Rows per statement: small, so no update holds locks or bloats WAL for long. */
  batchSize?: number;
}

/**
 * Clears the e-mail and IP address of comments past the personal-data retention, in small batches; bodies and
 * names stay. Every worker runs one; concurrent passes skip each other's rows. It remembers how far it has
 * cleared, so a pass reads only the comments that aged past the retention since the last one.
 */
export class PersonalDataPruner extends PeriodicPass {
  private clearedUpTo: string | undefined;

  constructor(private readonly opts: PersonalDataPrunerOptions) {
    super({
      logger: opts.logger,
      firstDelayMs: opts.firstDelayMs ?? 90_000,
      intervalMs: opts.intervalMs ?? 3_600_000,
      failure: 'clearing old personal data failed',
    });
  }

  protected pass(): Promise<number> {
    return this.pruneOnce();
  }

  /** One pass, in batches until nothing older than the retention is left. Returns how many comments it cleared. */
  async pruneOnce(now = Date.now()): Promise<number> {
    const before = new Date(now - this.opts.retentionMs);
    const limit = this.opts.batchSize ?? 500;
    let total = 0;
    while (!this.stopped) {
      const { cleared, last } = await clearOldPersonalData(this.opts.db, before, limit, this.clearedUpTo);
      total += cleared;
      if (last !== null) this.clearedUpTo = last;
      if (cleared < limit) break;
    }
    if (total > 0) this.opts.logger.info({ cleared: total, before: before.toISOString() }, 'cleared old personal data');
    return total;
  }
}
