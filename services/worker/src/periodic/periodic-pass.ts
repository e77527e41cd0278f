import type { Logger } from 'pino';
import { InterruptibleSleep } from './interruptible-sleep.js';

export interface PeriodicPassSchedule {
  logger: Logger;
  /** Pause before the first pass, so a starting fleet does not run it all at once. */
  firstDelayMs: number;
  /** Pause between passes. */
  intervalMs: number;
  /** What the log says when a pass fails ("pruning webhook history failed"). */
  failure: string;
}

/**
 * A job every worker runs now and then (the pruners): `pass` after a first delay, then once per interval until
 * stopped. A failed pass is logged and tried again at the next interval; `stop` ends the pause at once and waits
 * for a pass under way, which checks `stopped` between its batches.
 */
export abstract class PeriodicPass {
  protected stopped = false;
  private running: Promise<void> | undefined;
  private readonly pause = new InterruptibleSleep();

  constructor(private readonly schedule: PeriodicPassSchedule) {}

  /** One pass; what it returns is for its callers, the schedule ignores it. */
  protected abstract pass(): Promise<unknown>;

  start(): void {
    this.running ??= this.loop();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    this.pause.interrupt();
    await this.running;
  }

  private async loop(): Promise<void> {
    await this.pause.sleep(this.schedule.firstDelayMs);
    while (!this.stopped) {
      try {
        await this.pass();
      } catch (err) {
        this.schedule.logger.warn({ err: (err as Error).message }, `${this.schedule.failure}; trying again later`);
      }
      await this.pause.sleep(this.schedule.intervalMs);
    }
  }
}
