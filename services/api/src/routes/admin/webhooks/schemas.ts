import { EVENT_TYPES } from '@cm/contracts';
import { z } from '@hono/zod-openapi';

const ENDPOINT_ID_EXAMPLE = '019ab8e0-7c4e-7a31-9f1e-2b7c1d9e4f10';

export const EndpointIdParams = z.object({
  id: z.uuid().openapi({ param: { name: 'id', in: 'path' }, example: ENDPOINT_ID_EXAMPLE }),
});

export const WebhookEventTypeSchema = z.enum(EVENT_TYPES);

export const WebhookEndpointSchema = z
  .object({
    id: z.uuid(),
    siteId: z.string(),
    url: z.string().openapi({ example: 'https://newsroom.example/hooks/comments' }),
    description: z.string().nullable(),
    events: z.array(z.string()).openapi({ example: ['comment.flagged', 'author.banned'] }),
    enabled: z.boolean(),
    disabledAt: z.string().nullable(),
    disabledReason: z.string().nullable().openapi({ example: 'the receiver answered 410 Gone' }),
    failingSince: z.string().nullable(),
    previousSecretExpiresAt: z
      .string()
      .nullable()
      .openapi({ description: 'Until then the secret before the last rotation signs too.' }),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .openapi('WebhookEndpoint');

export const EndpointWithSecretSchema = WebhookEndpointSchema.extend({
  secret: z.string().openapi({
    description: 'The `whsec_` signing secret. Shown in this answer only; keep it where your receiver reads it.',
    example: 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw',
  }),
}).openapi('WebhookEndpointWithSecret');

export const WebhookDeliverySchema = z
  .object({
    id: z.uuid(),
    endpointId: z.uuid(),
    eventId: z.uuid().openapi({ description: 'The `webhook-id` header of the delivery.' }),
    eventType: z.string(),
    trigger: z.enum(['event', 'test', 'redeliver']),
    attempt: z.number().int(),
    outcome: z.enum(['succeeded', 'failed', 'gone', 'refused', 'skipped']),
    statusCode: z.number().int().nullable(),
    latencyMs: z.number().int().nullable(),
    error: z.string().nullable(),
    responseExcerpt: z.string().nullable().openapi({ description: 'The first kilobyte of the response body.' }),
    nextAttemptAt: z.string().nullable(),
    attemptedAt: z.string(),
  })
  .openapi('WebhookDelivery');

/** 202 body of the routes that schedule a delivery. */
export const ScheduledDeliverySchema = z
  .object({ eventId: z.uuid(), endpointId: z.uuid(), jobId: z.string().optional() })
  .openapi('ScheduledWebhookDelivery');
