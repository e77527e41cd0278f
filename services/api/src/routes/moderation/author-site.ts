import { AuthorStateSchema } from '@cm/contracts';
import { getSite } from '@cm/db';
import type { Context } from 'hono';
import { requirePrincipal } from '../../auth/principal.js';
import type { AppEnv } from '../../context.js';
import { ProblemError, problemResponses } from '../../errors.js';

/** The path every route about one author on one site starts with. */
export const AUTHOR_BASE = '/v1/moderation/sites/{siteId}/authors/{authorKey}';

/** 401/403 for the token, 404 for a site that does not exist (its author_states rows would be orphans). */
export async function authorizeAuthorSite(c: Context<AppEnv>, siteId: string) {
  const principal = await requirePrincipal(c, { siteId });
  const site = await getSite(c.var.deps.db, siteId);
  if (!site) throw new ProblemError('SITE_NOT_FOUND', `No site "${siteId}".`);
  return principal;
}

/** The answers of the routes that change an author's state. */
export const authorStateResponses = {
  200: {
    description: 'The author state after the change',
    content: { 'application/json': { schema: AuthorStateSchema } },
  },
  ...problemResponses(401, 403, 404, 415, 422, 503),
};
