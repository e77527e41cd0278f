import { AuthorExportSchema } from '@cm/contracts';
import { authorCommentPages, getAuthorDataSummary, getSite } from '@cm/db';
import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import { authenticate, requirePrincipal } from '../../auth/principal.js';
import type { AppEnv } from '../../context.js';
import { ProblemError, problemResponses } from '../../errors.js';
import { authorExportChunks } from '../../views/author-export.js';
import { AuthorDataParams } from './author-data.js';

const route = createRoute({
  method: 'get',
  path: '/v1/admin/sites/{siteId}/authors/{authorKey}/export',
  operationId: 'exportAuthorData',
  tags: ['Commenters\u2019 rights'],
  summary: 'Export everything stored about an author on a site',
  description:
    'A JSON document (GDPR Art. 15 and 20): the personal fields kept (names, e-mails, IP addresses), ban and ' +
    'pre-moderation, and every comment with its article, body, times, status, reasons, decisions and appeal. ' +
    'Streamed a page of comments at a time, so a large author costs no more memory than a small one. Administrators only.',
  security: [{ bearerAuth: [] }],
  middleware: [authenticate('admin')] as const,
  request: { params: AuthorDataParams },
  responses: {
    200: {
      description: 'The export',
      content: { 'application/json': { schema: AuthorExportSchema } },
    },
    ...problemResponses(401, 403, 404, 422, 503),
  },
});

export function registerExportAuthor(app: OpenAPIHono<AppEnv>): void {
  app.openapi(route, async (c) => {
    const { siteId, authorKey } = c.req.valid('param');
    await requirePrincipal(c, { siteId });
    const { db } = c.var.deps;
    if (!(await getSite(db, siteId))) throw new ProblemError('SITE_NOT_FOUND', `No site "${siteId}".`);
    const summary = await getAuthorDataSummary(db, siteId, authorKey);
    const chunks = authorExportChunks(
      { siteId, authorKey, exportedAt: new Date() },
      summary,
      authorCommentPages(db, siteId, authorKey),
    );
    const encoder = new TextEncoder();
    const body = new ReadableStream<Uint8Array>({
      async pull(controller) {
        const next = await chunks.next();
        if (next.done) controller.close();
        else controller.enqueue(encoder.encode(next.value));
      },
      async cancel() {
        await chunks.return(undefined);
      },
    });
    c.var.logger.info({ siteId }, 'author data exported');
    return new Response(body, {
      status: 200,
      headers: {
        'content-type': 'application/json; charset=utf-8',
        'content-disposition': `attachment; filename="author-export.json"`,
        'cache-control': 'no-store',
      },
    }) as never;
  });
}
