import { ERASE_AUTHOR_QUEUE, type EraseAuthorJob } from '@cm/contracts';
import { eraseAuthor, getSite } from '@cm/db';
import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import { actorOf, authenticate, requirePrincipal } from '../../auth/principal.js';
import type { AppEnv } from '../../context.js';
import { ProblemError, problemResponses } from '../../errors.js';
import { AuthorDataParams } from './author-data.js';

const route = createRoute({
  method: 'delete',
  path: '/v1/admin/sites/{siteId}/authors/{authorKey}',
  operationId: 'eraseAuthor',
  tags: ['Commenters\u2019 rights'],
  summary: "Erase an author's data on a site",
  description:
    "GDPR Art. 17. Bodies (replaced by a fixed marker), names, e-mails and IP addresses of the author's comments " +
    'are removed and the comments leave every public page; decisions and counts stay for statistics without ' +
    'personal data. The worker then drops their duplicate-index entries and their text from queued jobs, and a ' +
    'comment of theirs still queued is written erased. Audited without the erased data; `author.erased` tells ' +
    'webhooks to erase their copies. Idempotent: a second call is a 204 too. Administrators only.',
  security: [{ bearerAuth: [] }],
  middleware: [authenticate('admin')] as const,
  request: { params: AuthorDataParams },
  responses: {
    204: { description: 'Erased' },
    ...problemResponses(401, 403, 404, 422, 503),
  },
});

export function registerEraseAuthor(app: OpenAPIHono<AppEnv>): void {
  app.openapi(route, async (c) => {
    const { siteId, authorKey } = c.req.valid('param');
    const principal = await requirePrincipal(c, { siteId });
    const { deps } = c.var;
    if (!(await getSite(deps.db, siteId))) throw new ProblemError('SITE_NOT_FOUND', `No site "${siteId}".`);
    const { commentIds } = await eraseAuthor(deps.db, {
      siteId,
      authorKey,
      actor: actorOf(principal),
      requestId: c.var.requestId,
    });
    // After the commit: the worker drops their text from Redis. Queued again on a retry of this request.
    const job: EraseAuthorJob = { siteId, authorKey };
    await deps.eraseQueue
      .add(ERASE_AUTHOR_QUEUE, job, {
        attempts: 20,
        backoff: { type: 'exponential', delay: 1000 },
        removeOnComplete: true,
      })
      .catch((err: unknown) => {
        throw new ProblemError(
          'QUEUE_UNAVAILABLE',
          'Erased in the database; Redis is unreachable: call again.',
          {},
          err,
        );
      });
    c.var.logger.info({ siteId, comments: commentIds.length }, 'author erased');
    return c.body(null, 204);
  });
}
