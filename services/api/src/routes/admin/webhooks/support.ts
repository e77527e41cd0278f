import { QUEUES, type WebhookDeliveryJob } from '@cm/contracts';
import { type Db, getWebhookEndpoint, type WebhookEndpoint } from '@cm/db';
import { checkEndpointUrl, SecretBox } from '@cm/webhooks';
import { Queue } from 'bullmq';
import type { ApiDeps } from '../../../context.js';
import { ProblemError } from '../../../errors.js';

/** The endpoint, or a 404. */
export async function loadEndpoint(db: Db, id: string, opts: { forUpdate?: boolean } = {}): Promise<WebhookEndpoint> {
  const endpoint = await getWebhookEndpoint(db, id, opts);
  if (!endpoint) throw new ProblemError('WEBHOOK_NOT_FOUND', `No webhook endpoint ${id}.`);
  return endpoint;
}

/** The SSRF check at registration: a 422 naming why the URL is refused. */
export async function assertUrlAllowed(deps: ApiDeps, url: string): Promise<void> {
  const refusal = await checkEndpointUrl(url, { allowPrivateNetworks: deps.config.webhooks.allowPrivateNetworks });
  if (refusal) {
    throw new ProblemError('WEBHOOK_URL_REFUSED', `url: ${refusal}.`, { errors: [{ path: 'url', message: refusal }] });
  }
}

const boxes = new WeakMap<ApiDeps, SecretBox>();

/** Seals signing secrets for storage (see SecretBox: encrypted when WEBHOOK_SECRETS_KEY is set). */
export function secretBox(deps: ApiDeps): SecretBox {
  let box = boxes.get(deps);
  if (!box) {
    box = new SecretBox(deps.config.webhooks.secretsKey);
    boxes.set(deps, box);
  }
  return box;
}

const queues = new WeakMap<ApiDeps, Queue<WebhookDeliveryJob>>();

/**
 * The delivery queue, for redeliveries (everything else reaches it through the outbox relay). It rides on the
 * API's Redis connection, which the API closes; the Queue object itself holds nothing else.
 */
export function deliveryQueue(deps: ApiDeps): Queue<WebhookDeliveryJob> {
  let queue = queues.get(deps);
  if (!queue) {
    queue = new Queue<WebhookDeliveryJob>(QUEUES.webhookDeliver, { connection: deps.redis, prefix: deps.redisPrefix });
    queue.on('error', (err) => deps.logger.debug({ err: err.message }, 'webhook queue error'));
    queues.set(deps, queue);
  }
  return queue;
}
