import { ErrorCode, type Problem, ProblemSchema } from '@cm/contracts';

const TITLES: Record<ErrorCode, string> = {
  MALFORMED_JSON: 'The request body is not valid JSON',
  BAD_REQUEST: 'Bad request',
  UNAUTHORIZED: 'Authentication required',
  FORBIDDEN: 'Not allowed',
  ORIGIN_NOT_ALLOWED: 'Origin not allowed for this site',
  ARTICLE_CLOSED: 'Comments are closed on this article',
  NOT_FOUND: 'Not found',
  SITE_NOT_FOUND: 'Unknown site',
  COMMENT_NOT_FOUND: 'Unknown comment',
  AUTHOR_NOT_FOUND: 'Unknown author on this site',
  TOKEN_NOT_FOUND: 'Unknown token',
  WEBHOOK_NOT_FOUND: 'Unknown webhook endpoint',
  WEBHOOK_DELIVERY_NOT_FOUND: 'Unknown delivery of this endpoint',
  WEBHOOK_DISABLED: 'The webhook endpoint is disabled',
  COMMENT_NOT_PUBLISHED: 'Only published comments can be featured',
  RECEIPT_INVALID: "This receipt is not the comment's",
  APPEAL_EXISTS: 'This comment was appealed already',
  NOT_APPEALABLE: 'This comment cannot be appealed',
  WEBHOOK_URL_REFUSED: 'This URL cannot receive webhooks',
  INVALID_CURSOR: 'Invalid pagination cursor',
  METHOD_NOT_ALLOWED: 'Method not allowed',
  CONFLICT: 'Conflict',
  LENGTH_REQUIRED: 'Content-Length required',
  REQUEST_TIMEOUT: 'The request took too long to arrive',
  HEADERS_TOO_LARGE: 'Request headers too large',
  PRECONDITION_FAILED: 'The resource changed since you read it',
  PAYLOAD_TOO_LARGE: 'Request body too large',
  UNSUPPORTED_MEDIA_TYPE: 'Unsupported content type',
  VALIDATION_FAILED: 'The request does not match the schema',
  IDEMPOTENCY_KEY_REUSED: 'Idempotency key reused with a different request',
  BACKTEST_TOO_LARGE: 'Too many comments to backtest in one request',
  RATE_LIMITED: 'Too many requests',
  INTERNAL: 'Internal error',
  SERVICE_UNAVAILABLE: 'Service unavailable',
  QUEUE_UNAVAILABLE: 'The queue is unavailable; nothing was accepted',
  DATABASE_UNAVAILABLE: 'The database is unavailable',
};

export interface FieldError {
  path: string;
  message: string;
}

/** The one error class of the API: thrown anywhere, rendered as problem+json by the one `onError`. */
export class ProblemError extends Error {
  override name = 'ProblemError';
  readonly status: number;
  constructor(
    readonly code: ErrorCode,
    readonly detail?: string,
    readonly extra: { errors?: FieldError[]; retryAfterSeconds?: number; headers?: Record<string, string> } = {},
    cause?: unknown,
  ) {
    super(detail ?? TITLES[code], cause === undefined ? undefined : { cause });
    this.status = ErrorCode[code];
  }
}

/** A schema violation as a 422 naming every field (`issues` as zod reports them). */
export function validationProblem(issues: readonly { path: readonly PropertyKey[]; message: string }[]): ProblemError {
  const errors: FieldError[] = issues.map((i) => ({
    path: i.path.map(String).join('.') || '(body)',
    message: i.message,
  }));
  const first = errors[0];
  return new ProblemError('VALIDATION_FAILED', first ? `${first.path}: ${first.message}` : undefined, { errors });
}

export function problemBody(err: ProblemError, requestId: string): Problem {
  return {
    type: `/errors#${err.code}`,
    title: TITLES[err.code],
    status: err.status,
    ...(err.detail ? { detail: err.detail } : {}),
    code: err.code,
    requestId,
    ...(err.extra.errors ? { errors: err.extra.errors } : {}),
    ...(err.extra.retryAfterSeconds !== undefined ? { retryAfterSeconds: err.extra.retryAfterSeconds } : {}),
  };
}

/** OpenAPI response entries for the errors a route can answer with. */
export function problemResponses(...statuses: number[]) {
  return Object.fromEntries(
    statuses.map((s) => [
      s,
      { description: 'Problem (RFC 9457)', content: { 'application/problem+json': { schema: ProblemSchema } } },
    ]),
  );
}
