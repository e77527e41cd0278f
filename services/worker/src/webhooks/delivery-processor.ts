import { WebhookDeliveryJobSchema } from '@cm/contracts';
import {
  type Db,
  disableWebhookEndpointIfStillFailing,
  getOutboxEvent,
  getWebhookEndpointForDelivery,
  markWebhookEndpointFailing,
  markWebhookEndpointHealthy,
  recordWebhookAttempt,
  setWebhookEndpointDisabled,
} from '@cm/db';
import {
  type AttemptResult,
  eventBody,
  nextRetryDelay,
  type SecretBox,
  signPayload,
  type WebhookSender,
} from '@cm/webhooks';
import { type Job, UnrecoverableError } from 'bullmq';
import type { Logger } from 'pino';

export interface DeliveryDeps {
  db: Db;
  sender: WebhookSender;
  secrets: SecretBox;
  scheduleMs: readonly number[];
  logger: Logger;
}

/** A failed attempt that will be retried; carries the delay the log already promised (`next_attempt_at`). */
export class DeliveryAttemptError extends Error {
  override name = 'DeliveryAttemptError';
  constructor(
    message: string,
    readonly delayMs: number,
  ) {
    super(message);
  }
}

/** What a job returns when it completes. */
export interface DeliveryJobResult {
  outcome: 'succeeded' | 'skipped';
  statusCode?: number | null;
}

/**
 * The processor of the delivery queue: one signed POST per attempt, logged whatever happens. 2xx completes;
 * 410 disables the endpoint at once; any other failure retries on the schedule (BullMQ attempts, `webhook`
 * backoff), and the last one disables the endpoint if nothing got through to it since the event's first attempt.
 */
export function createDeliveryProcessor(deps: DeliveryDeps) {
  return async (job: Job): Promise<DeliveryJobResult> => {
    const parsed = WebhookDeliveryJobSchema.safeParse(job.data);
    if (!parsed.success) throw new UnrecoverableError(`invalid job payload: ${parsed.error.message}`);
    const { eventId, endpointId, trigger } = parsed.data;
    const attempt = job.attemptsMade + 1;
    const last = attempt >= (job.opts.attempts ?? 1);

    const found = await getWebhookEndpointForDelivery(deps.db, endpointId);
    // Deleted since: its log went with it, there is no one to tell.
    if (!found) return { outcome: 'skipped' };
    const event = await getOutboxEvent(deps.db, eventId);
    if (!event) throw new UnrecoverableError(`event ${eventId} is not in the outbox`);
    const base = { endpointId, eventId, eventType: event.type, trigger, attempt };

    if (!found.endpoint.enabled) {
      await recordWebhookAttempt(deps.db, {
        ...base,
        outcome: 'skipped',
        statusCode: null,
        latencyMs: null,
        error: `endpoint disabled: ${found.endpoint.disabledReason ?? 'by an administrator'}`,
        responseExcerpt: null,
        nextAttemptAt: null,
      });
      return { outcome: 'skipped' };
    }

    const attemptedAt = new Date();
    const result = await attemptDelivery(deps, found, eventId, event.payload);
    const retrying = (result.outcome === 'failed' || result.outcome === 'refused') && !last;
    const delayMs = retrying ? nextRetryDelay(deps.scheduleMs, attempt, result.retryAfterMs) : 0;
    await recordWebhookAttempt(deps.db, {
      ...base,
      outcome: result.outcome,
      statusCode: result.statusCode,
      latencyMs: result.latencyMs,
      error: result.error,
      responseExcerpt: result.responseExcerpt,
      attemptedAt,
      nextAttemptAt: retrying ? new Date(Date.now() + delayMs) : null,
    });
    const log = deps.logger.child({ eventId, endpointId, attempt });

    if (result.outcome === 'succeeded') {
      await markWebhookEndpointHealthy(deps.db, endpointId);
      log.debug({ status: result.statusCode, ms: result.latencyMs }, 'webhook delivered');
      return { outcome: 'succeeded', statusCode: result.statusCode };
    }
    if (result.outcome === 'gone') {
      await setWebhookEndpointDisabled(deps.db, endpointId, `the receiver answered 410 Gone (event ${eventId})`);
      log.info('webhook endpoint answered 410 Gone; disabled');
      throw new UnrecoverableError('410 Gone: endpoint disabled');
    }
    await markWebhookEndpointFailing(deps.db, endpointId);
    if (!last) {
      log.debug({ error: result.error, delayMs }, 'webhook attempt failed; will retry');
      throw new DeliveryAttemptError(result.error ?? 'delivery failed', delayMs);
    }
    const reason =
      `no delivery got through since ${new Date(job.timestamp).toISOString()}: event ${eventId} failed all ` +
      `${attempt} attempts (last: ${result.error ?? 'unknown error'})`;
    if (await disableWebhookEndpointIfStillFailing(deps.db, endpointId, new Date(job.timestamp), reason)) {
      log.warn({ reason }, 'webhook endpoint disabled after sustained failure');
    }
    throw new UnrecoverableError(`gave up after ${attempt} attempts: ${result.error ?? 'delivery failed'}`);
  };
}

async function attemptDelivery(
  deps: DeliveryDeps,
  found: NonNullable<Awaited<ReturnType<typeof getWebhookEndpointForDelivery>>>,
  eventId: string,
  payload: unknown,
): Promise<AttemptResult> {
  const { endpoint, secrets } = found;
  let keys: string[];
  try {
    keys = [deps.secrets.open(endpoint.id, secrets.current)];
    if (secrets.previous) keys.push(deps.secrets.open(endpoint.id, secrets.previous));
  } catch (err) {
    // An operator problem (a changed WEBHOOK_SECRETS_KEY), not the receiver's: logged, retried on the schedule.
    const error = `cannot open the signing secret: ${(err as Error).message}`;
    return { outcome: 'failed', statusCode: null, latencyMs: 0, error, responseExcerpt: null, retryAfterMs: undefined };
  }
  const body = eventBody(payload);
  return deps.sender.send({ url: endpoint.url, body, headers: { ...signPayload(keys, eventId, new Date(), body) } });
}

/** The `webhook` backoff: the delay the failed attempt computed (schedule, jitter, Retry-After). */
export function webhookBackoff(scheduleMs: readonly number[]) {
  return (attemptsMade: number, _type?: string, err?: Error): number =>
    err instanceof DeliveryAttemptError ? err.delayMs : nextRetryDelay(scheduleMs, attemptsMade);
}
