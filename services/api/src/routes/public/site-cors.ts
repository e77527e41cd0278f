import type { Context, MiddlewareHandler } from 'hono';
import { cors } from 'hono/cors';
import type { AppEnv } from '../../context.js';
import { ProblemError } from '../../errors.js';
import { originAllowed } from './origin-match.js';

/** The endpoints a widget calls from its host page: everything else stays same-origin only. */
const WIDGET_PATHS = /^\/v1\/(articles\/[^/]+\/comments|comments|comments\/[^/]+|comments\/[^/]+\/(reports|appeal))$/;

/** The site a request names when it names none: the one `POST /v1/comments` defaults to. */
const DEFAULT_SITE = 'demo';

const allow = cors({
  origin: (origin) => origin,
  allowMethods: ['GET', 'HEAD', 'POST'],
  // No Authorization: a bearer token never rides on a cross-origin browser request.
  allowHeaders: ['Content-Type', 'Idempotency-Key', 'Comment-Receipt'],
  exposeHeaders: ['ETag', 'Retry-After', 'Location', 'X-Request-Id'],
  maxAge: 600,
});

/**
 * CORS per site (`sites.allowed_origins`) for the widget's endpoints. A request from an origin the site does not
 * list is refused with 403 ORIGIN_NOT_ALLOWED before the route runs, so nothing is read or written. The refusal
 * itself carries the CORS headers so that the widget can read it and say why; a refused preflight does not.
 * A preflight carries no body, so for `POST /v1/comments` it is answered for any origin some site lists, and the
 * site named in the body is checked on the real request.
 *
 * Runs before the body-limit and content-type checks (app.ts) so that their errors are readable cross-origin too.
 */
export function siteCors(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    if (!WIDGET_PATHS.test(c.req.path)) return next();
    const origin = c.req.header('origin');
    if (!origin || isSameOrigin(c, origin)) return next();
    const { sites } = c.var.deps;
    if (!sites.ready) throw new ProblemError('SERVICE_UNAVAILABLE', 'Starting up: the site list is not loaded yet.');

    if (c.req.method === 'OPTIONS' && c.req.header('access-control-request-method')) {
      const siteId = c.req.query('siteId');
      const site = siteId ? sites.get(siteId) : undefined;
      const ok = site
        ? originAllowed(site.allowedOrigins, origin)
        : sites.all().some((s) => originAllowed(s.allowedOrigins, origin));
      if (!ok) throw new ProblemError('ORIGIN_NOT_ALLOWED', `Origin ${origin} may not call this API.`);
      return allow(c, next);
    }

    return allow(c, async () => {
      const siteId = await requestSiteId(c);
      const site = siteId === undefined ? undefined : sites.get(siteId);
      // An unknown site is left to the route (404 SITE_NOT_FOUND); it exposes nothing.
      if (site && !originAllowed(site.allowedOrigins, origin)) {
        throw new ProblemError('ORIGIN_NOT_ALLOWED', `Site "${site.id}" does not allow comments from ${origin}.`);
      }
      await next();
    });
  };
}

function isSameOrigin(c: Context<AppEnv>, origin: string): boolean {
  return origin === new URL(c.req.url).origin || origin === c.var.deps.config.http.publicUrl;
}

/**
 * The site a request is for: `?siteId=`, else the `siteId` of a posted comment, else the default. Undefined when
 * a posted body is not a JSON object or is over the size limit: the API then refuses it (400/413/415/422) before
 * doing anything, whatever the site.
 */
async function requestSiteId(c: Context<AppEnv>): Promise<string | undefined> {
  const fromQuery = c.req.query('siteId');
  if (fromQuery) return fromQuery;
  if (c.req.method !== 'POST') return DEFAULT_SITE;
  const length = c.req.header('content-length');
  // The body is read here, ahead of the body limit: only when its declared size is within that limit.
  if (length === undefined) throw new ProblemError('LENGTH_REQUIRED', 'Send a Content-Length header.');
  if (Number(length) > c.var.deps.config.http.bodyLimitBytes) return undefined;
  // Hono caches the parsed body: the route's validator reads the same one.
  const body: unknown = await c.req.json().catch(() => undefined);
  if (typeof body !== 'object' || body === null) return undefined;
  const siteId = (body as { siteId?: unknown }).siteId;
  if (siteId === undefined) return DEFAULT_SITE;
  return typeof siteId === 'string' ? siteId : undefined;
}
