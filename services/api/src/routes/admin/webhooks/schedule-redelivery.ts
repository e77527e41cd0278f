import { webhookDeliveryJobId, webhookDeliveryJobOptions } from '@cm/contracts';
import { appendAudit, getOutboxEvent, type TokenPrincipal } from '@cm/db';
import type { Context } from 'hono';
import { uuidv7 } from 'uuidv7';
import { actorOf } from '../../../auth/principal.js';
import type { AppEnv } from '../../../context.js';
import { ProblemError } from '../../../errors.js';
import { deliveryQueue, loadEndpoint } from './support.js';

/**
 * Sends an event to an endpoint again, as a new job with the full retry schedule and the same `webhook-id` (a
 * receiver that already processed it can tell). The audit row commits first; the job is added after, so the
 * worker never looks for an audit-less redelivery, and a Redis outage answers 503 with nothing queued.
 */
export async function scheduleRedelivery(
  c: Context<AppEnv>,
  principal: TokenPrincipal,
  endpointId: string,
  eventId: string,
): Promise<{ eventId: string; endpointId: string; jobId: string }> {
  const { deps } = c.var;
  await deps.db.transaction().execute(async (trx) => {
    const endpoint = await loadEndpoint(trx, endpointId);
    if (!endpoint.enabled) {
      throw new ProblemError(
        'WEBHOOK_DISABLED',
        `Enable the endpoint first (${endpoint.disabledReason ?? 'disabled'}).`,
      );
    }
    const event = await getOutboxEvent(trx, eventId);
    const belongs =
      event && event.siteId === endpoint.siteId && (event.endpointId === null || event.endpointId === endpointId);
    if (!belongs) throw new ProblemError('NOT_FOUND', `No event ${eventId} for this endpoint.`);
    await appendAudit(trx, {
      actor: actorOf(principal),
      action: 'webhook.redeliver',
      targetType: 'webhook_endpoint',
      targetId: endpointId,
      siteId: endpoint.siteId,
      before: null,
      after: { eventId, eventType: event.type },
      requestId: c.var.requestId,
    });
  });
  const jobId = webhookDeliveryJobId(eventId, endpointId, uuidv7());
  try {
    await deliveryQueue(deps).add(
      'redeliver',
      { eventId, endpointId, trigger: 'redeliver' },
      { ...webhookDeliveryJobOptions(deps.config.webhooks.retryScheduleMs), jobId },
    );
  } catch (err) {
    throw new ProblemError('QUEUE_UNAVAILABLE', 'Redis is unreachable; nothing was queued.', {}, err);
  }
  return { eventId, endpointId, jobId };
}
