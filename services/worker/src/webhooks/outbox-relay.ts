import { type WebhookDeliveryJob, webhookDeliveryJobId, webhookDeliveryJobOptions } from '@cm/contracts';
import { type Db, type PlannedDelivery, relayOutboxBatch } from '@cm/db';
import type { Queue } from 'bullmq';
import type { Logger } from 'pino';
import { InterruptibleSleep } from '../periodic/interruptible-sleep.js';

export interface OutboxRelayOptions {
  db: Db;
  queue: Queue<WebhookDeliveryJob>;
  scheduleMs: readonly number[];
  logger: Logger;
  /** Pause between passes that found less than a full batch. */
  pollMs?: number;
  batchSize?: number;
}

/**
 * Moves outbox events into delivery jobs, one per (event, endpoint), with deterministic job ids so that a pass
 * repeated after a crash adds nothing twice. Every worker runs one; `FOR UPDATE SKIP LOCKED` shares the rows.
 */
export class OutboxRelay {
  private stopped = false;
  private running: Promise<void> | undefined;
  private readonly pause = new InterruptibleSleep();
  private readonly pollMs: number;
  private readonly batchSize: number;

  constructor(private readonly opts: OutboxRelayOptions) {
    this.pollMs = opts.pollMs ?? 250;
    this.batchSize = opts.batchSize ?? 200;
  }

  /** Starts polling in the background. */
  start(): void {
    this.running ??= this.loop();
  }

  /** One pass; returns the number of events relayed. */
  relayOnce(): Promise<number> {
    return relayOutboxBatch(this.opts.db, this.batchSize, (planned) => this.enqueue(planned));
  }

  /** Stops after the pass in flight (whose transaction then commits or rolls back as a whole). */
  async stop(): Promise<void> {
    this.stopped = true;
    this.pause.interrupt();
    await this.running;
  }

  private async enqueue(planned: PlannedDelivery[]): Promise<void> {
    const options = webhookDeliveryJobOptions(this.opts.scheduleMs);
    await this.opts.queue.addBulk(
      planned.map((p) => ({
        name: p.trigger,
        data: { eventId: p.eventId, endpointId: p.endpointId, trigger: p.trigger },
        opts: { ...options, jobId: webhookDeliveryJobId(p.eventId, p.endpointId) },
      })),
    );
  }

  private async loop(): Promise<void> {
    let failures = 0;
    while (!this.stopped) {
      let relayed = 0;
      try {
        relayed = await this.relayOnce();
        failures = 0;
      } catch (err) {
        failures++;
        this.opts.logger.warn({ err: (err as Error).message, failures }, 'outbox relay pass failed; retrying');
      }
      if (relayed >= this.batchSize && failures === 0) continue;
      await this.pause.sleep(failures > 0 ? Math.min(5_000, this.pollMs * 2 ** failures) : this.pollMs);
    }
  }
}
