import { appendAudit, getToken, revokeToken } from '@cm/db';
import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import { actorOf, authenticate, requirePrincipal } from '../../auth/principal.js';
import type { AppEnv } from '../../context.js';
import { ProblemError, problemResponses } from '../../errors.js';
import { tokenInfoView } from '../../views/tokens.js';
import { TokenIdParams, TokenInfoSchema } from './token-schemas.js';

const route = createRoute({
  method: 'delete',
  path: '/v1/admin/tokens/{id}',
  operationId: 'revokeToken',
  tags: ['Administration'],
  summary: 'Revoke a token',
  description:
    'The token stops working at once (its next request gets 401). Revoking twice is harmless. The bootstrap ' +
    'administrator token cannot be revoked here: change `ADMIN_TOKEN` instead.',
  security: [{ bearerAuth: [] }],
  middleware: [authenticate('admin')],
  request: { params: TokenIdParams },
  responses: {
    200: { description: 'The token, revoked', content: { 'application/json': { schema: TokenInfoSchema } } },
    ...problemResponses(401, 403, 404, 409, 422, 503),
  },
});

export function registerRevokeToken(app: OpenAPIHono<AppEnv>): void {
  app.openapi(route, async (c) => {
    const principal = await requirePrincipal(c, { role: 'admin' });
    const { id } = c.req.valid('param');
    const info = await c.var.deps.db.transaction().execute(async (trx) => {
      const before = await getToken(trx, id);
      if (!before) throw new ProblemError('TOKEN_NOT_FOUND', `No token ${id}.`);
      if (before.bootstrap) {
        throw new ProblemError('CONFLICT', 'The bootstrap administrator token is replaced by changing ADMIN_TOKEN.');
      }
      const after = await revokeToken(trx, id);
      if (before.revokedAt === null) {
        await appendAudit(trx, {
          actor: actorOf(principal),
          action: 'token.revoke',
          targetType: 'token',
          targetId: id,
          siteId: null,
          before,
          after,
          requestId: c.var.requestId,
        });
      }
      return after;
    });
    if (!info) throw new ProblemError('TOKEN_NOT_FOUND', `No token ${id}.`);
    return c.json(tokenInfoView(info), 200);
  });
}
