import type { OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from '../../../context.js';
import { registerCreateWebhookEndpoint } from './create-endpoint.js';
import { registerDeleteWebhookEndpoint } from './delete-endpoint.js';
import { registerDisableWebhookEndpoint } from './disable-endpoint.js';
import { registerEnableWebhookEndpoint } from './enable-endpoint.js';
import { registerGetWebhookEndpoint } from './get-endpoint.js';
import { registerListWebhookDeliveries } from './list-deliveries.js';
import { registerListWebhookEndpoints } from './list-endpoints.js';
import { registerRedeliverWebhookDelivery } from './redeliver-delivery.js';
import { registerRedeliverWebhookEvent } from './redeliver-event.js';
import { registerRotateWebhookSecret } from './rotate-secret.js';
import { registerSendWebhookTestEvent } from './send-test.js';
import { registerUpdateWebhookEndpoint } from './update-endpoint.js';

/** Administrator routes under `/v1/admin/webhooks`. Add the next one here (one file per route). */
export function registerWebhookRoutes(app: OpenAPIHono<AppEnv>): void {
  registerCreateWebhookEndpoint(app);
  registerListWebhookEndpoints(app);
  registerGetWebhookEndpoint(app);
  registerUpdateWebhookEndpoint(app);
  registerDisableWebhookEndpoint(app);
  registerEnableWebhookEndpoint(app);
  registerDeleteWebhookEndpoint(app);
  registerRotateWebhookSecret(app);
  registerListWebhookDeliveries(app);
  registerRedeliverWebhookDelivery(app);
  registerRedeliverWebhookEvent(app);
  registerSendWebhookTestEvent(app);
}
