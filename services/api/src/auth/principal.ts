import { findTokenByHash, getCommentVersion, hashToken, type TokenPrincipal } from '@cm/db';
import type { Context, MiddlewareHandler } from 'hono';
import type { AppEnv } from '../context.js';
import { ProblemError } from '../errors.js';

/**
 * Reads the bearer token, if any. Tokens are looked up by their SHA-256, so no comparison ever touches the
 * secret itself (no timing side channel). Returns undefined for no token; throws 401 for a bad one.
 */
export async function readPrincipal(c: Context<AppEnv>): Promise<TokenPrincipal | undefined> {
  const header = c.req.header('authorization');
  if (!header) return undefined;
  const m = /^Bearer\s+(\S+)\s*$/i.exec(header);
  if (!m?.[1]) throw new ProblemError('UNAUTHORIZED', 'Send the token as "Authorization: Bearer <token>".');
  const principal = await findTokenByHash(c.var.deps.db, hashToken(m[1]));
  if (!principal) throw new ProblemError('UNAUTHORIZED', 'Unknown token.');
  if (principal.revokedAt) throw new ProblemError('UNAUTHORIZED', 'This token was revoked.');
  if (principal.expiresAt && principal.expiresAt <= new Date())
    throw new ProblemError('UNAUTHORIZED', 'This token expired.');
  return principal;
}

/** True when the principal may act on the site (admins on every site). */
export function canAccessSite(principal: TokenPrincipal, siteId: string): boolean {
  return principal.role === 'admin' || principal.siteIds.includes(siteId);
}

/**
 * The principal of a route that needs one: 401 without a valid token, 403 when the role or the site is not
 * theirs.
 */
export async function requirePrincipal(
  c: Context<AppEnv>,
  need: { role?: 'admin' | 'moderator'; siteId?: string } = {},
): Promise<TokenPrincipal> {
  const principal = c.var.principal ?? (await readPrincipal(c));
  if (!principal) throw new ProblemError('UNAUTHORIZED', 'This route needs a bearer token.');
  if (need.role === 'admin' && principal.role !== 'admin') throw new ProblemError('FORBIDDEN', 'Administrators only.');
  if (need.siteId !== undefined && !canAccessSite(principal, need.siteId)) {
    throw new ProblemError('FORBIDDEN', `This token may not act on site "${need.siteId}".`);
  }
  c.set('principal', principal);
  return principal;
}

/** The audit log's actor for a principal. */
export const actorOf = (p: TokenPrincipal): { id: string; name: string } => ({ id: p.id, name: p.name });

/**
 * Route middleware (`createRoute({ middleware: [authenticate()] })`) that runs before the route's validators:
 * an anonymous or wrongly-roled caller gets 401 / 403, never the schema's complaints about a body it may not
 * send. Site checks need the validated params or body and stay in the handler (`requirePrincipal(c, { siteId })`),
 * which reuses the principal found here.
 */
export function authenticate(role?: 'admin' | 'moderator'): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    await requirePrincipal(c, role ? { role } : {});
    await next();
  };
}

/** Finds the site a request acts on from its raw, not yet validated, parts; undefined when it cannot tell. */
export type SiteLocator = (c: Context<AppEnv>) => string | undefined | Promise<string | undefined>;

/** The site named by a path parameter. */
export const siteParam =
  (name: string): SiteLocator =>
  (c) =>
    c.req.param(name) || undefined;

/** The site named by a query parameter. */
export const siteQuery =
  (name: string): SiteLocator =>
  (c) =>
    c.req.query(name) || undefined;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The site of the stored comment named by the `id` path parameter (none for an unknown or malformed id). */
export const commentSite: SiteLocator = async (c) => {
  const id = c.req.param('id');
  if (!id || !UUID.test(id)) return undefined;
  return (await getCommentVersion(c.var.deps.db, id))?.siteId;
};

/**
 * Route middleware declared after `authenticate()`: a caller whose token does not cover the site the request
 * names gets 403 before the route's validators run. When the site cannot be told from the raw request, the
 * handler's own `requirePrincipal(c, { siteId })` decides.
 */
export function authorizeSite(locate: SiteLocator): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const siteId = await locate(c);
    if (siteId !== undefined) await requirePrincipal(c, { siteId });
    await next();
  };
}
