export {
  createDeliveryProcessor,
  DeliveryAttemptError,
  type DeliveryDeps,
  webhookBackoff,
} from './delivery-processor.js';
export { OutboxRelay, type OutboxRelayOptions } from './outbox-relay.js';
export { type StartWebhooksOptions, startWebhooks, type WebhooksHandle } from './start-webhooks.js';
