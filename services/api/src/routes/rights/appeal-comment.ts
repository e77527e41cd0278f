import { AppealAcceptedSchema, AppealInputSchema, RECEIPT_HEADER } from '@cm/contracts';
import { fileAppeal, getAuthorCommentRow } from '@cm/db';
import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from '../../context.js';
import { ProblemError, problemResponses } from '../../errors.js';
import { receiptMatches } from '../../rights/receipts.js';

const IdParams = z.object({
  id: z.uuid().openapi({ param: { name: 'id', in: 'path' }, example: '019ab8e0-7c4e-7a31-9f1e-2b7c1d9e4f10' }),
});

/**
 * The receipt is the author's credential: checked before the body is read, as a bearer token is. A comment not
 * stored yet cannot be appealed (there is no decision to appeal); an unknown one is a 404.
 */
function requireReceipt(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const id = c.req.param('id') ?? '';
    const receipt = c.req.header(RECEIPT_HEADER);
    const parsed = IdParams.safeParse({ id });
    const row = parsed.success ? await getAuthorCommentRow(c.var.deps.db, id) : undefined;
    if (!row) {
      if (parsed.success && (await c.var.deps.ingest.isPending(id).catch(() => false))) {
        throw new ProblemError('NOT_APPEALABLE', 'The comment is not decided yet; there is nothing to appeal.');
      }
      if (receipt === undefined)
        throw new ProblemError('RECEIPT_INVALID', `Send the comment's receipt as ${RECEIPT_HEADER}.`);
      throw new ProblemError('COMMENT_NOT_FOUND', `No comment ${id}.`);
    }
    if (!receiptMatches(receipt, row.receiptHash)) {
      throw new ProblemError('RECEIPT_INVALID', `Send the comment's receipt as ${RECEIPT_HEADER}.`);
    }
    await next();
  };
}

const route = createRoute({
  method: 'post',
  path: '/v1/comments/{id}/appeal',
  operationId: 'appealComment',
  tags: ['Comments'],
  summary: 'Appeal the decision on your comment',
  description:
    'The author (with the receipt as `Comment-Receipt`) appeals once against a held or rejected comment, in up to ' +
    "1,000 characters. The appeal is stored before the answer; it enters the moderators' Appeals view and a " +
    '`comment.appealed` event goes to subscribed webhooks. A second appeal is `APPEAL_EXISTS`; a published, ' +
    'pending or erased comment is `NOT_APPEALABLE`.',
  middleware: [requireReceipt()] as const,
  request: {
    params: IdParams,
    body: { required: true, content: { 'application/json': { schema: AppealInputSchema } } },
  },
  responses: {
    202: { description: 'Appeal filed', content: { 'application/json': { schema: AppealAcceptedSchema } } },
    ...problemResponses(400, 403, 404, 409, 415, 422, 503),
  },
});

export function registerAppealComment(app: OpenAPIHono<AppEnv>): void {
  app.openapi(route, async (c) => {
    const { id } = c.req.valid('param');
    const { message } = c.req.valid('json');
    const { deps } = c.var;
    const result = await fileAppeal(deps.db, {
      commentId: id,
      message,
      requestId: c.var.requestId,
      publicUrl: deps.config.http.publicUrl,
    });
    if (result.kind === 'not_found') throw new ProblemError('COMMENT_NOT_FOUND', `No comment ${id}.`);
    if (result.kind === 'exists') throw new ProblemError('APPEAL_EXISTS', 'This comment was appealed already.');
    if (result.kind === 'not_appealable') {
      throw new ProblemError('NOT_APPEALABLE', `The comment is ${result.status}; only a held comment can be appealed.`);
    }
    c.var.logger.info({ commentId: id }, 'comment appealed');
    return c.json(
      { id, appeal: { state: 'open' as const, filedAt: result.filedAt.toISOString(), decidedAt: null } },
      202,
    );
  });
}
