import { z } from '@hono/zod-openapi';

/** Every error code the API answers with. Stable: clients switch on these. */
export const ErrorCode = {
  MALFORMED_JSON: 400,
  BAD_REQUEST: 400,
  UNAUTHORIZED: 401,
  FORBIDDEN: 403,
  ORIGIN_NOT_ALLOWED: 403,
  ARTICLE_CLOSED: 403,
  NOT_FOUND: 404,
  SITE_NOT_FOUND: 404,
  COMMENT_NOT_FOUND: 404,
  AUTHOR_NOT_FOUND: 404,
  TOKEN_NOT_FOUND: 404,
  WEBHOOK_NOT_FOUND: 404,
  WEBHOOK_DELIVERY_NOT_FOUND: 404,
  WEBHOOK_DISABLED: 409,
  COMMENT_NOT_PUBLISHED: 409,
  RECEIPT_INVALID: 403,
  APPEAL_EXISTS: 409,
  NOT_APPEALABLE: 409,
  WEBHOOK_URL_REFUSED: 422,
  INVALID_CURSOR: 400,
  METHOD_NOT_ALLOWED: 405,
  CONFLICT: 409,
  LENGTH_REQUIRED: 411,
  REQUEST_TIMEOUT: 408,
  HEADERS_TOO_LARGE: 431,
  PRECONDITION_FAILED: 412,
  PAYLOAD_TOO_LARGE: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
  VALIDATION_FAILED: 422,
  IDEMPOTENCY_KEY_REUSED: 422,
  BACKTEST_TOO_LARGE: 422,
  RATE_LIMITED: 429,
  INTERNAL: 500,
  SERVICE_UNAVAILABLE: 503,
  QUEUE_UNAVAILABLE: 503,
  DATABASE_UNAVAILABLE: 503,
} as const;
export type ErrorCode = keyof typeof ErrorCode;

/** An RFC 9457 problem+json body, as every error of the API is answered (the widget reads it too). */
export const ProblemSchema = z
  .object({
    type: z.string().openapi({ example: 'https://docs.comment-moderation.dev/errors/VALIDATION_FAILED' }),
    title: z.string(),
    status: z.number().int(),
    detail: z.string().optional(),
    code: z.enum(Object.keys(ErrorCode) as [ErrorCode, ...ErrorCode[]]),
    requestId: z.string(),
    errors: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
    retryAfterSeconds: z.number().optional(),
  })
  .openapi('Problem');
export type Problem = z.infer<typeof ProblemSchema>;
