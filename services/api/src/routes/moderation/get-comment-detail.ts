import { ModerationDetailSchema } from '@cm/contracts';
import { getModerationDetail, listAuthorNotes, listCommentReports } from '@cm/db';
import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import { authenticate, authorizeSite, canAccessSite, commentSite, requirePrincipal } from '../../auth/principal.js';
import type { AppEnv } from '../../context.js';
import { ProblemError, problemResponses } from '../../errors.js';
import { moderationDetailView } from '../../views/moderation.js';

export const CommentIdParams = z.object({
  id: z.uuid().openapi({ param: { name: 'id', in: 'path' }, example: '019ab8e0-7c4e-7a31-9f1e-2b7c1d9e4f10' }),
});

const route = createRoute({
  method: 'get',
  path: '/v1/moderation/comments/{id}',
  operationId: 'getModerationComment',
  tags: ['Moderation'],
  summary: 'A comment as a moderator sees it',
  description:
    "The comment with its reasons and evidence, its history of decisions (the rules' first, then each " +
    "moderator's), the article, and the author's record on the site. The `ETag` header (also `etag` in the " +
    'body) goes back in `If-Match` when deciding, so that a decision on a comment that changed since is refused.',
  security: [{ bearerAuth: [] }],
  middleware: [authenticate(), authorizeSite(commentSite)],
  request: { params: CommentIdParams },
  responses: {
    200: {
      description: 'The comment',
      headers: z.object({ ETag: z.string() }),
      content: { 'application/json': { schema: ModerationDetailSchema } },
    },
    ...problemResponses(401, 403, 404, 422, 503),
  },
});

export function registerGetCommentDetail(app: OpenAPIHono<AppEnv>): void {
  app.openapi(route, async (c) => {
    const principal = await requirePrincipal(c);
    const { id } = c.req.valid('param');
    const detail = await getModerationDetail(c.var.deps.db, id);
    if (!detail) throw new ProblemError('COMMENT_NOT_FOUND', `No comment ${id}.`);
    if (!canAccessSite(principal, detail.comment.siteId)) {
      throw new ProblemError('FORBIDDEN', `This token may not act on site "${detail.comment.siteId}".`);
    }
    const [reports, notes] = await Promise.all([
      listCommentReports(c.var.deps.db, id),
      listAuthorNotes(c.var.deps.db, detail.comment.siteId, detail.author.key),
    ]);
    const view = moderationDetailView(detail, { notes, reports });
    return c.json(view, 200, {
      ETag: view.etag,
      'Cache-Control': 'no-store',
    });
  });
}
