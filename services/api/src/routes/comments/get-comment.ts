import { AuthorCommentViewSchema, CommentRecordSchema, CommentStatusViewSchema, RECEIPT_HEADER } from '@cm/contracts';
import { getCommentRecord, getCommentStatus } from '@cm/db';
import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import { canAccessSite, readPrincipal } from '../../auth/principal.js';
import type { AppEnv } from '../../context.js';
import { ProblemError, problemResponses } from '../../errors.js';
import { authorAnswer } from '../../rights/author-view.js';

const route = createRoute({
  method: 'get',
  path: '/v1/comments/{id}',
  operationId: 'getComment',
  tags: ['Comments'],
  summary: 'Read a comment and its decision',
  description:
    'Anyone gets `{ id, status }` (`pending` while the comment waits in the queue). A moderator of the site or an ' +
    'administrator gets the full record: body, author, article, reasons with evidence, timestamps. The author, ' +
    'sending the receipt of `POST /v1/comments` as `Comment-Receipt`, gets the statement of reasons of a comment ' +
    'that is not published and their appeal; a wrong receipt gets what anyone gets.',
  request: {
    params: z.object({
      id: z.uuid().openapi({ param: { name: 'id', in: 'path' }, example: '019ab8e0-7c4e-7a31-9f1e-2b7c1d9e4f10' }),
    }),
  },
  responses: {
    200: {
      description: 'The comment',
      content: {
        'application/json': {
          schema: z.union([CommentRecordSchema, AuthorCommentViewSchema, CommentStatusViewSchema]),
        },
      },
    },
    ...problemResponses(401, 404, 422, 503),
  },
});

export function registerGetComment(app: OpenAPIHono<AppEnv>): void {
  app.openapi(route, async (c) => {
    const { deps } = c.var;
    const { id } = c.req.valid('param');
    const principal = await readPrincipal(c);
    const receipt = c.req.header(RECEIPT_HEADER);
    if (receipt !== undefined) {
      const own = await authorAnswer(c, id, receipt);
      if (own) return c.json(own, 200);
    }
    const stored = async () => {
      if (principal) {
        const record = await getCommentRecord(deps.db, id);
        if (record && canAccessSite(principal, record.siteId)) return record;
        return record && { id, status: record.status };
      }
      const status = await getCommentStatus(deps.db, id);
      return status && { id, status };
    };
    const first = await stored();
    if (first) return c.json(first, 200);
    // Not decided yet: it is pending while its marker is in Redis. The worker deletes the marker after it
    // commits, so a marker gone between the two reads means the decision is stored now: read it again.
    const pending = await deps.ingest.isPending(id).catch((err: unknown) => {
      throw new ProblemError('QUEUE_UNAVAILABLE', 'Redis is unreachable.', {}, err);
    });
    if (pending) return c.json({ id, status: 'pending' as const }, 200);
    const second = await stored();
    if (second) return c.json(second, 200);
    throw new ProblemError('COMMENT_NOT_FOUND', `No comment ${id}.`);
  });
}
