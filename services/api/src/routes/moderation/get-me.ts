import { MeSchema } from '@cm/contracts';
import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import { authenticate, requirePrincipal } from '../../auth/principal.js';
import type { AppEnv } from '../../context.js';
import { problemResponses } from '../../errors.js';

const route = createRoute({
  method: 'get',
  path: '/v1/moderation/me',
  operationId: 'getMe',
  tags: ['Moderation'],
  summary: 'Who the token belongs to, and the sites it may moderate',
  description: 'The review page signs in with this: a 200 means the token is good.',
  security: [{ bearerAuth: [] }],
  middleware: [authenticate()],
  responses: {
    200: { description: 'The principal', content: { 'application/json': { schema: MeSchema } } },
    ...problemResponses(401, 503),
  },
});

export function registerGetMe(app: OpenAPIHono<AppEnv>): void {
  app.openapi(route, async (c) => {
    const p = await requirePrincipal(c);
    const { sites } = c.var.deps;
    // Served from the site cache, refreshed every few seconds: fine for a sign-in screen.
    const all = sites.all();
    const visible = p.role === 'admin' ? all : all.filter((s) => p.siteIds.includes(s.id));
    return c.json(
      {
        id: p.id,
        name: p.name,
        role: p.role,
        sites: visible.map((s) => ({ id: s.id, name: s.name })),
        expiresAt: p.expiresAt?.toISOString() ?? null,
      },
      200,
      { 'Cache-Control': 'no-store' },
    );
  });
}
