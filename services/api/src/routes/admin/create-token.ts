import { appendAudit, createToken, getToken, listSites } from '@cm/db';
import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import { actorOf, authenticate, requirePrincipal } from '../../auth/principal.js';
import type { AppEnv } from '../../context.js';
import { ProblemError, problemResponses } from '../../errors.js';
import { tokenInfoView } from '../../views/tokens.js';
import { TokenInfoSchema } from './token-schemas.js';

const CreateTokenSchema = z
  .object({
    name: z.string().trim().min(1).max(100).openapi({ example: 'Ana (night shift)' }),
    role: z.enum(['admin', 'moderator']).default('moderator'),
    siteIds: z
      .array(z.string().min(1).max(64))
      .max(100)
      .default([])
      .openapi({ example: ['demo'] }),
    expiresAt: z.iso.datetime({ offset: true }).optional(),
  })
  .openapi('CreateToken');

const route = createRoute({
  method: 'post',
  path: '/v1/admin/tokens',
  operationId: 'createToken',
  tags: ['Administration'],
  summary: 'Create a token',
  description:
    'Creates a moderator token scoped to one or more sites (or another administrator token). The token is in ' +
    'this answer only: the service keeps its SHA-256.',
  security: [{ bearerAuth: [] }],
  middleware: [authenticate('admin')],
  request: { body: { required: true, content: { 'application/json': { schema: CreateTokenSchema } } } },
  responses: {
    201: {
      description: 'The token, shown once',
      content: {
        'application/json': { schema: TokenInfoSchema.extend({ token: z.string() }).openapi('CreatedToken') },
      },
    },
    ...problemResponses(401, 403, 404, 415, 422, 503),
  },
});

export function registerCreateToken(app: OpenAPIHono<AppEnv>): void {
  app.openapi(route, async (c) => {
    const principal = await requirePrincipal(c, { role: 'admin' });
    const body = c.req.valid('json');
    const fail = (path: string, message: string): never => {
      throw new ProblemError('VALIDATION_FAILED', `${path}: ${message}`, { errors: [{ path, message }] });
    };
    if (body.role === 'moderator' && body.siteIds.length === 0)
      fail('siteIds', 'a moderator token needs at least one site');
    if (body.role === 'admin' && body.siteIds.length > 0)
      fail('siteIds', 'an administrator acts on every site; leave it empty');
    const expiresAt = body.expiresAt === undefined ? null : new Date(body.expiresAt);
    if (expiresAt && expiresAt <= new Date()) fail('expiresAt', 'must be in the future');
    const { db } = c.var.deps;
    const known = new Set((await listSites(db)).map((s) => s.id));
    const unknown = body.siteIds.filter((s) => !known.has(s));
    if (unknown.length > 0)
      throw new ProblemError('SITE_NOT_FOUND', `No site ${unknown.map((s) => `"${s}"`).join(', ')}.`);

    const created = await db.transaction().execute(async (trx) => {
      const made = await createToken(trx, {
        name: body.name,
        role: body.role,
        siteIds: [...new Set(body.siteIds)],
        expiresAt,
      });
      const info = await getToken(trx, made.principal.id);
      await appendAudit(trx, {
        actor: actorOf(principal),
        action: 'token.create',
        targetType: 'token',
        targetId: made.principal.id,
        siteId: null,
        before: null,
        after: info,
        requestId: c.var.requestId,
      });
      return { token: made.token, info };
    });
    if (!created.info) throw new ProblemError('INTERNAL');
    return c.json({ ...tokenInfoView(created.info), token: created.token }, 201, { 'Cache-Control': 'no-store' });
  });
}
