import { randomUUID } from 'node:crypto';
import { OpenAPIHono } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ApiDeps, AppEnv } from './context.js';
import { ProblemError, problemBody, validationProblem } from './errors.js';
import { bodyChecks } from './middleware/body-checks.js';
import { setResponseHeader } from './middleware/node-headers.js';
import { LazyChildLogger } from './request-logger.js';
import { registerAdminTokenRoutes } from './routes/admin/index.js';
import { registerWebhookRoutes } from './routes/admin/webhooks/index.js';
import { registerGetComment } from './routes/comments/get-comment.js';
import { registerPostComment } from './routes/comments/post-comment.js';
import { registerReportComment } from './routes/comments/report-comment.js';
import { registerApiReference } from './routes/docs/api-reference.js';
import { registerModerationRoutes } from './routes/moderation/index.js';
import { registerHealth } from './routes/ops/health.js';
import { registerMetrics } from './routes/ops/metrics.js';
import { registerListArticleComments } from './routes/public/list-article-comments.js';
import { siteCors } from './routes/public/site-cors.js';
import { registerReviewPage } from './routes/review/review-page.js';
import { registerRightsRoutes } from './routes/rights/index.js';
import { registerDemoPage } from './routes/widget/demo-page.js';
import { registerWidgetScript } from './routes/widget/serve-widget.js';

/** A request id taken from the caller: word characters, '-' and '=', at most 128 of them. */
const REQUEST_ID = /^[\w\-=]{1,128}$/;

/** Builds the HTTP application over its dependencies. No I/O happens here. */
export function createApp(deps: ApiDeps): OpenAPIHono<AppEnv> {
  const app = new OpenAPIHono<AppEnv>({
    // Schema violations: 422 naming every field, rendered by the one error handler.
    defaultHook: (result) => {
      if (!result.success) throw validationProblem(result.error.issues);
    },
  });

  app.use(async (c, next) => {
    // The caller's request id when it is a sane one (as Hono's requestId middleware takes it), else a random UUID:
    // a request id needs no time order, and Node's randomUUID draws from a cached pool (a UUIDv7 costs ~3×).
    const given = c.req.header('x-request-id');
    const requestId = given !== undefined && REQUEST_ID.test(given) ? given : randomUUID();
    c.set('requestId', requestId);
    setResponseHeader(c, 'X-Request-Id', requestId);
    c.set('deps', deps);
    c.set('principal', undefined);
    // c.get, not c.var: c.var copies every variable into a new object on each access.
    const logger = new LazyChildLogger(deps.logger, { requestId });
    c.set('logger', logger);
    const started = performance.now();
    await next();
    const route = c.req.routePath || 'unmatched';
    const seconds = (performance.now() - started) / 1000;
    deps.metrics.recordRequest(c.req.method, route, c.res.status, seconds);
    const level = c.res.status >= 500 ? 'error' : c.res.status >= 400 ? 'info' : 'debug';
    logger[level](
      { method: c.req.method, path: c.req.path, status: c.res.status, ms: Math.round(seconds * 1000) },
      'request',
    );
  });
  // Security headers are set by the HTTP server itself: see middleware/security-headers.ts.
  // One middleware for /v1, as each step of Hono's chain costs an async frame per request. CORS comes first, so
  // that the body checks' refusals are readable cross-origin.
  const cors = siteCors();
  const checkBody = bodyChecks(deps.config.http.bodyLimitBytes);
  app.use('/v1/*', (c, next) => cors(c, () => checkBody(c, next)));

  registerHealth(app);
  registerMetrics(app);
  registerPostComment(app);
  registerGetComment(app);
  registerReportComment(app);
  registerListArticleComments(app);
  registerWidgetScript(app);
  registerDemoPage(app);
  registerModerationRoutes(app);
  registerAdminTokenRoutes(app);
  registerReviewPage(app);
  registerWebhookRoutes(app);
  registerRightsRoutes(app);

  app.openAPIRegistry.registerComponent('securitySchemes', 'bearerAuth', { type: 'http', scheme: 'bearer' });
  app.doc31('/openapi.json', {
    openapi: '3.1.0',
    info: {
      title: 'Comment moderation API',
      version: '0.1.0',
      description: 'Submit reader comments, read their decisions, and moderate what the rules held back.',
    },
  });
  registerApiReference(app);

  // Answered, not thrown: an error thrown from the not-found handler skips the middleware that wraps it, and the
  // 404 of a path outside /v1 went out without the secure headers (test/security/headers.test.ts).
  app.notFound((c) => renderError(new ProblemError('NOT_FOUND', 'No such route.'), c));
  const renderError = (err: unknown, c: Context<AppEnv>) => {
    const problem = toProblem(err);
    const log = c.var.logger ?? deps.logger;
    // Unexpected failures carry their stack; expected ones (a 503 while Redis is away) only their code.
    if (problem.code === 'INTERNAL') log.error({ err }, 'request failed');
    else if (problem.status >= 500)
      log.warn({ code: problem.code, cause: String(problem.cause ?? '') }, problem.message);
    const body = problemBody(problem, c.var.requestId ?? 'unknown');
    return c.json(body, problem.status as 400, {
      'Content-Type': 'application/problem+json',
      ...problem.extra.headers,
    });
  };
  app.onError(renderError);
  return app;
}

function toProblem(err: unknown): ProblemError {
  if (err instanceof ProblemError) return err;
  if (err instanceof HTTPException) {
    if (err.status === 400 && /json/i.test(err.message)) return new ProblemError('MALFORMED_JSON', err.message);
    if (err.status === 413) return new ProblemError('PAYLOAD_TOO_LARGE');
    if (err.status === 401) return new ProblemError('UNAUTHORIZED', err.message);
    if (err.status === 403) return new ProblemError('FORBIDDEN', err.message);
    if (err.status === 404) return new ProblemError('NOT_FOUND', err.message);
    if (err.status < 500) return new ProblemError('BAD_REQUEST', err.message);
  }
  if (isDatabaseUnavailable(err)) {
    return new ProblemError('DATABASE_UNAVAILABLE', 'Postgres is unreachable; retry later.', {}, err);
  }
  return new ProblemError(
    'INTERNAL',
    'Something went wrong on our side; the request id identifies it in our logs.',
    {},
    err,
  );
}

/**
 * A Postgres outage, as pg reports it: a connection-class SQLSTATE (08xxx), the server shutting down (57P01),
 * a refused or dropped socket, or the pool giving up waiting for a connection. Classified here, once, so that
 * every route answers 503 DATABASE_UNAVAILABLE rather than 500 without wrapping its queries.
 */
function isDatabaseUnavailable(err: unknown): boolean {
  if (typeof err !== 'object' || err === null) return false;
  const code = (err as { code?: unknown }).code;
  if (typeof code === 'string' && (code.startsWith('08') || code === '57P01' || code === 'ECONNREFUSED')) return true;
  const message = String((err as { message?: unknown }).message ?? '');
  return /^(Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error)/.test(
    message,
  );
}
