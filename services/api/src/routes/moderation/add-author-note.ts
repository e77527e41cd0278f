import { AuthorNoteSchema } from '@cm/contracts';
import { addAuthorNote } from '@cm/db';
import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import { actorOf, authenticate, authorizeSite, siteParam } from '../../auth/principal.js';
import type { AppEnv } from '../../context.js';
import { problemResponses } from '../../errors.js';
import { authorNoteView } from '../../views/moderation.js';
import { AUTHOR_BASE, authorizeAuthorSite } from './author-site.js';
import { AuthorParams } from './schemas.js';

const BodySchema = z
  .object({ text: z.string().trim().min(1).max(2000).openapi({ example: 'Warned by e-mail about personal attacks.' }) })
  .openapi('AuthorNoteInput');

const route = createRoute({
  method: 'post',
  path: `${AUTHOR_BASE}/notes`,
  operationId: 'addAuthorNote',
  tags: ['Authors'],
  summary: 'Add a moderators’ note on an author',
  description: "Shown with the author's record (detail page, author panel). Audited (`author.note`).",
  security: [{ bearerAuth: [] }],
  middleware: [authenticate(), authorizeSite(siteParam('siteId'))] as const,
  request: {
    params: AuthorParams,
    body: { required: true, content: { 'application/json': { schema: BodySchema } } },
  },
  responses: {
    201: { description: 'The note', content: { 'application/json': { schema: AuthorNoteSchema } } },
    ...problemResponses(401, 403, 404, 415, 422, 503),
  },
});

export function registerAddAuthorNote(app: OpenAPIHono<AppEnv>): void {
  app.openapi(route, async (c) => {
    const { siteId, authorKey } = c.req.valid('param');
    const { text } = c.req.valid('json');
    const principal = await authorizeAuthorSite(c, siteId);
    const note = await addAuthorNote(c.var.deps.db, {
      siteId,
      authorKey,
      text,
      actor: actorOf(principal),
      requestId: c.var.requestId,
    });
    return c.json(authorNoteView(note), 201);
  });
}
