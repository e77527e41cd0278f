import { CommentRecordSchema, CommentStatusViewSchema } from '@cm/contracts';
import { getCommentRecord, getCommentStatus } from '@cm/db';
import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import { canAccessSite, readPrincipal } from '../../auth/principal.js';
import type { AppEnv } from '../../context.js';
import { ProblemError, problemResponses } from '../../errors.js';

const route = createRoute({
  method: 'get',
  path: '/v1/comments/{id}',
  operationId: 'getComment',
  tags: ['Comments'],
  summary: 'Read a comment and its decision',
  description:
    'Anyone gets `{ id, status }` (`pending` while the comment waits in the queue). A moderator of the site or an ' +
    'administrator gets the full record: body, author, article, reasons with evidence, timestamps.',
  request: {
    params: z.object({
      id: z.uuid().openapi({ param: { name: 'id', in: 'path' }, example: '019ab8e0-7c4e-7a31-9f1e-2b7c1d9e4f10' }),
    }),
  },
  responses: {
    200: {
      description: 'The comment',
      content: { 'application/json': { schema: z.union([CommentRecordSchema, CommentStatusViewSchema]) } },
    },
    ...problemResponses(401, 404, 422, 503),
  },
});

export function registerGetComment(app: OpenAPIHono<AppEnv>): void {
  app.openapi(route, async (c) => {
    const { deps } = c.var;
    const { id } = c.req.valid('param');
    const principal = await readPrincipal(c);
    if (principal) {
      const record = await getCommentRecord(deps.db, id);
      if (record && canAccessSite(principal, record.siteId)) return c.json(record, 200);
      if (record) return c.json({ id, status: record.status }, 200);
    } else {
      const status = await getCommentStatus(deps.db, id);
      if (status) return c.json({ id, status }, 200);
    }
    // Not decided yet: it is pending if its job is still in the queue.
    const job = await deps.decideQueue.getJob(id).catch((err: unknown) => {
      throw new ProblemError('QUEUE_UNAVAILABLE', 'Redis is unreachable.', {}, err);
    });
    if (job) return c.json({ id, status: 'pending' as const }, 200);
    throw new ProblemError('COMMENT_NOT_FOUND', `No comment ${id}.`);
  });
}
