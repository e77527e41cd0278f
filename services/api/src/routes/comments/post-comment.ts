import { createHash } from 'node:crypto';
import {
  CommentAcceptedSchema,
  type CommentInput,
  CommentInputSchema,
  type DecideCommentJob,
  newId,
} from '@cm/contracts';
import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import type { AppEnv } from '../../context.js';
import { ProblemError, problemResponses, validationProblem } from '../../errors.js';
import { clientIp } from '../../middleware/client-ip.js';
import { setResponseHeader } from '../../middleware/node-headers.js';
import { articleGate } from '../../sites/article-gate.js';

const IDEMPOTENCY_KEY_MAX = 200;
const IdempotencyKeySchema = z
  .string()
  .min(1)
  .max(IDEMPOTENCY_KEY_MAX)
  .regex(/^[\x21-\x7e]+$/, 'printable ASCII without spaces');

/** The Idempotency-Key header, checked by its schema; a bad one is a 422 naming the header, as for the body. */
function idempotencyKeyOf(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const parsed = IdempotencyKeySchema.safeParse(value);
  if (parsed.success) return parsed.data;
  const message = parsed.error.issues[0]?.message ?? 'invalid';
  const errors = [{ path: 'idempotency-key', message }];
  throw new ProblemError('VALIDATION_FAILED', `idempotency-key: ${message}`, { errors });
}

const route = createRoute({
  method: 'post',
  path: '/v1/comments',
  operationId: 'postComment',
  tags: ['Comments'],
  summary: 'Submit a comment',
  description:
    'Accepts a comment for moderation and answers at once with its id. The decision follows within milliseconds; ' +
    'read it back with `GET /v1/comments/{id}`. Send an `Idempotency-Key` header to make retries safe. The ' +
    "`receipt` is the author's alone: sent as `Comment-Receipt`, it reads why the comment is not published " +
    'and files an appeal.',
  // The Idempotency-Key header is read and checked by the handler (`idempotencyKeyOf`), and documented here: a
  // zod header schema would make the validator copy and re-key every request header, a large share of this
  // route's cost per request.
  parameters: [
    {
      name: 'Idempotency-Key',
      in: 'header',
      required: false,
      description: 'Same key (per site) → same comment, no second job. Kept 24 h.',
      schema: { type: 'string', minLength: 1, maxLength: IDEMPOTENCY_KEY_MAX, pattern: '^[\\x21-\\x7e]+$' },
    },
  ],
  request: {
    body: { required: true, content: { 'application/json': { schema: CommentInputSchema } } },
  },
  responses: {
    202: {
      description: 'Accepted for moderation',
      headers: z.object({ Location: z.string() }),
      content: { 'application/json': { schema: CommentAcceptedSchema } },
    },
    ...problemResponses(400, 403, 404, 413, 415, 422, 429, 503),
  },
});

export function registerPostComment(app: OpenAPIHono<AppEnv>): void {
  // Documented through the registry and served by a plain route that validates in the handler, synchronously:
  // `app.openapi` adds a media-type gate and an async validator as two more middleware steps on the
  // busiest route. The content type is checked for all of /v1 (body-checks.ts).
  app.openAPIRegistry.registerPath(route);
  app.post(route.path, async (c) => {
    const deps = c.get('deps');
    const requestId = c.get('requestId');
    const input = parseInput(await jsonBody(c));
    const idempotencyKey = idempotencyKeyOf(c.req.header('idempotency-key'));
    const siteId = input.siteId ?? 'demo';
    if (!deps.sites.ready)
      throw new ProblemError('SERVICE_UNAVAILABLE', 'Starting up: the site list is not loaded yet.');
    const site = deps.sites.get(siteId);
    if (!site) throw new ProblemError('SITE_NOT_FOUND', `No site "${siteId}".`);
    const closeAfterDays = site.policy.articles?.closeAfterDays ?? null;
    if (await articleGate(deps.db).isClosed(siteId, input.articleId, closeAfterDays)) {
      throw new ProblemError('ARTICLE_CLOSED', 'Comments are closed on this article; nothing was accepted.');
    }

    const ip = clientIp(c, deps.config.http.trustProxy);
    const authorKey = authorKeyOf(input, ip);
    const id = newId();
    const receivedAt = Date.now();
    const comment: DecideCommentJob = {
      id,
      siteId,
      articleId: input.articleId,
      articleUrl: input.articleUrl ?? null,
      articleTitle: input.articleTitle ?? null,
      parentId: input.parentId ?? null,
      author: { key: authorKey, name: input.author.name, email: input.author.email ?? null },
      body: input.body,
      receivedAt,
      requestId,
      clientIp: ip,
      signals: {
        honeypot: Boolean(input.website),
        tooFast: input.formShownAt !== undefined && receivedAt - input.formShownAt < deps.config.widget.minSubmitMs,
      },
    };
    const fingerprint = idempotencyKey ? hash(JSON.stringify(input)) : '';
    // The author's receipt: only its hash is queued and stored. A replay gets the first request's receipt.
    const { receipt, hash: receiptHash } = idempotencyKey
      ? await deps.receipts.derive(siteId, idempotencyKey, fingerprint).catch((err: unknown) => {
          throw new ProblemError('QUEUE_UNAVAILABLE', 'Redis is unreachable; nothing was accepted.', {}, err);
        })
      : deps.receipts.issue();
    comment.receiptHash = receiptHash;
    // A replay is queued again under the first request's id: deciding it twice stores nothing twice.
    const admission = await deps.ingest
      .submit({ comment, guard: { id, siteId, clientIp: ip, authorKey, idempotencyKey, fingerprint } })
      .catch((err: unknown) => {
        throw new ProblemError('QUEUE_UNAVAILABLE', 'The comment could not be queued; nothing was accepted.', {}, err);
      });
    if (admission.kind === 'limited') {
      const retryAfterSeconds = Math.max(1, Math.ceil(admission.retryAfterMs / 1000));
      throw new ProblemError(
        'RATE_LIMITED',
        `Too many comments from this ${admission.which === 'ip' ? 'address' : 'author'}; retry in ${retryAfterSeconds} s.`,
        { retryAfterSeconds, headers: { 'Retry-After': String(retryAfterSeconds) } },
      );
    }
    if (admission.kind === 'reused') {
      throw new ProblemError('IDEMPOTENCY_KEY_REUSED', 'This Idempotency-Key was used for a different comment.');
    }
    const acceptedId = admission.id;
    deps.metrics.commentAccepted(siteId);
    c.get('logger').info({ commentId: acceptedId, siteId, articleId: input.articleId }, 'comment accepted');
    setResponseHeader(c, 'Location', `/v1/comments/${acceptedId}`);
    return c.json({ id: acceptedId, status: 'pending' as const, receipt }, 202);
  });
}

/**
 * The body as JSON. An empty one (declared so, or sent without a content type, which body-checks.ts allows only
 * without a body) reads as `{}`, which the schema refuses naming the missing fields.
 */
async function jsonBody(c: Context<AppEnv>): Promise<unknown> {
  if (!c.req.header('content-type') || c.req.header('content-length') === '0') return {};
  try {
    return await c.req.json();
  } catch {
    throw new ProblemError('MALFORMED_JSON', 'Malformed JSON in request body');
  }
}

function parseInput(value: unknown): CommentInput {
  const parsed = CommentInputSchema.safeParse(value);
  if (!parsed.success) throw validationProblem(parsed.error.issues);
  return parsed.data;
}

/** A stable key for the author: the site's own id, or a hash of what we know of an anonymous reader. */
function authorKeyOf(input: CommentInput, ip: string): string {
  if (input.author.id) return input.author.id;
  const seed = input.author.email ? input.author.email.toLowerCase() : `${input.author.name.toLowerCase()}|${ip}`;
  return `anon:${hash(seed).slice(0, 20)}`;
}

const hash = (s: string): string => createHash('sha256').update(s).digest('hex');
