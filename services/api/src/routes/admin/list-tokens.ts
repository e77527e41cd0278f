import { listTokens } from '@cm/db';
import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import { authenticate, requirePrincipal } from '../../auth/principal.js';
import type { AppEnv } from '../../context.js';
import { problemResponses } from '../../errors.js';

import { tokenInfoView } from '../../views/tokens.js';
import { TokenInfoSchema } from './token-schemas.js';

const route = createRoute({
  method: 'get',
  path: '/v1/admin/tokens',
  operationId: 'listTokens',
  tags: ['Administration'],
  summary: 'List tokens',
  description: 'Every token, newest first, revoked and expired ones included. Never the secrets.',
  security: [{ bearerAuth: [] }],
  middleware: [authenticate('admin')],
  responses: {
    200: {
      description: 'The tokens',
      content: { 'application/json': { schema: z.object({ items: z.array(TokenInfoSchema) }).openapi('TokenList') } },
    },
    ...problemResponses(401, 403, 503),
  },
});

export function registerListTokens(app: OpenAPIHono<AppEnv>): void {
  app.openapi(route, async (c) => {
    await requirePrincipal(c, { role: 'admin' });
    const items = await listTokens(c.var.deps.db);
    return c.json({ items: items.map(tokenInfoView) }, 200);
  });
}
