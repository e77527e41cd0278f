import { type Config, createRedis } from '@cm/config';
import { QUEUES, type WebhookDeliveryJob } from '@cm/contracts';
import type { Db } from '@cm/db';
import { SecretBox, WebhookSender } from '@cm/webhooks';
import { Queue, Worker } from 'bullmq';
import type { Logger } from 'pino';
import { createDeliveryProcessor, webhookBackoff } from './delivery-processor.js';
import { HistoryPruner } from './history-pruner.js';
import { OutboxRelay } from './outbox-relay.js';

export interface WebhooksHandle {
  relay: OutboxRelay;
  worker: Worker;
  queue: Queue<WebhookDeliveryJob>;
  /** Stops the relay and the pruner, then lets the deliveries in flight finish, then closes the connections. */
  close(): Promise<void>;
}

export interface StartWebhooksOptions {
  db: Db;
  logger: Logger;
  /** Deliveries in flight per worker. */
  concurrency?: number;
  /** Replaces the sender (tests that play a rebinding resolver). */
  sender?: WebhookSender;
}

/** Starts the outbox relay and the delivery worker of one worker process. */
export function startWebhooks(config: Config, opts: StartWebhooksOptions): WebhooksHandle {
  const logger = opts.logger.child({ component: 'webhooks' });
  const prefix = config.redis.prefix;
  const scheduleMs = config.webhooks.retryScheduleMs;
  const secrets = new SecretBox(config.webhooks.secretsKey);
  if (!secrets.encrypts && config.env === 'production') {
    logger.warn('WEBHOOK_SECRETS_KEY is not set: webhook signing secrets are stored unencrypted');
  }
  const sender =
    opts.sender ??
    new WebhookSender({
      allowPrivateNetworks: config.webhooks.allowPrivateNetworks,
      timeoutMs: config.webhooks.timeoutMs,
    });

  const onError = (err: Error) => logger.debug({ err: err.message }, 'redis connection error');
  // The delivery queue lives under the base prefix (one slot; see `QUEUES`).
  const queueConnection = createRedis(config.redis, { onError });
  const queue = new Queue<WebhookDeliveryJob>(QUEUES.webhookDeliver, { connection: queueConnection, prefix });
  queue.on('error', (err) => logger.debug({ err: err.message }, 'webhook queue error'));

  const relay = new OutboxRelay({ db: opts.db, queue, scheduleMs, logger });
  const pruner = new HistoryPruner({ db: opts.db, logger, retentionMs: config.webhooks.retentionMs });
  // BullMQ does not close connections it was handed; close() quits both.
  const workerConnection = createRedis(config.redis, { mode: 'blocking', onError });
  const worker = new Worker(
    QUEUES.webhookDeliver,
    createDeliveryProcessor({ db: opts.db, sender, secrets, scheduleMs, logger }),
    {
      connection: workerConnection,
      prefix,
      concurrency: opts.concurrency ?? 32,
      // BullMQ renews the lock while an attempt runs, so it need not outlast the timeout: a short lock only
      // means a dead worker's delivery is picked up again sooner.
      lockDuration: config.worker.lockMs,
      stalledInterval: config.worker.lockMs,
      // A delivery whose worker died is retried by another: at least once, receivers dedupe by webhook-id.
      maxStalledCount: 1_000,
      settings: { backoffStrategy: webhookBackoff(scheduleMs) },
    },
  );
  worker.on('error', (err) => logger.warn({ err: err.message }, 'webhook worker error'));
  relay.start();
  pruner.start();

  let closing: Promise<void> | undefined;
  const close = () => {
    closing ??= (async () => {
      await Promise.all([relay.stop(), pruner.stop()]);
      await worker.close();
      await queue.close();
      await queueConnection.quit().catch(() => queueConnection.disconnect());
      await workerConnection.quit().catch(() => workerConnection.disconnect());
      if (!opts.sender) await sender.close();
    })();
    return closing;
  };
  return { relay, worker, queue, close };
}
