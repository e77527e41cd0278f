import {
  addSite,
  type Harness,
  harness,
  makeToken,
  seedFlagged,
  seedWithReceipt,
  type WebhookReceiver,
  webhookReceiver,
} from '@cm/testing';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { makeEndpoint, send } from './fixtures.js';

/**
 * Every route of the app × every kind of caller, against the answer we decided on. The route list comes from the
 * app itself (its Hono routes and its OpenAPI document), so a route added without a row here fails the build
 * until someone decides who may call it.
 */

const PRINCIPALS = ['none', 'bad', 'revoked', 'expired', 'otherSite', 'moderator', 'admin'] as const;
type Principal = (typeof PRINCIPALS)[number];

/**
 * - public: the same answer whoever asks, token or not (a token is not even read);
 * - optional: anyone, but a token that is sent must be valid (it widens what the answer shows);
 * - signedIn: any valid token;
 * - site: a token whose sites include the demo site (administrators have every site);
 * - admin: administrators only.
 */
type Access = 'public' | 'optional' | 'signedIn' | 'site' | 'admin';

interface Req {
  method: string;
  path: string;
  body?: unknown;
  /** A comment receipt, sent as `Comment-Receipt`. */
  receipt?: string;
}

interface Fixtures {
  h: Harness;
  endpointId: string;
  deliveryId: string;
  eventId: string;
  receiverUrl: string;
}

interface Entry {
  access: Access;
  /**
   * Where the route learns the site it acts on, when only the validated body tells (bulk decisions): a token of
   * another site is then refused after validation, so an invalid body from it gets the schema's 422.
   */
  siteInBody?: true;
  /** The status of an allowed caller. */
  ok: number;
  /** A fresh request for each caller, so that a state change by one does not decide the next one's answer. */
  request: (f: Fixtures) => Req | Promise<Req>;
}

let authorN = 0;
const author = (suffix = '') => `/v1/moderation/sites/demo/authors/matrix-author-${++authorN}${suffix}`;
const get = (path: string) => () => ({ method: 'GET', path });
const flagged = (verb: string, body?: unknown) => async (f: Fixtures) => ({
  method: 'POST',
  path: `/v1/moderation/comments/${await seedFlagged(f.h)}/${verb}`,
  ...(body === undefined ? {} : { body }),
});
const freshEndpoint =
  (method: string, suffix = '', body?: unknown) =>
  async (f: Fixtures) => ({
    method,
    path: `/v1/admin/webhooks/${(await makeEndpoint(f.h, f.receiverUrl)).id}${suffix}`,
    ...(body === undefined ? {} : { body }),
  });

/** The decided access rule of every route. Keys use Hono's path syntax. */
const MATRIX: Record<string, Entry> = {
  // Operations and documentation: public by design (see the README on keeping /metrics off the internet).
  'GET /healthz': { access: 'public', ok: 200, request: get('/healthz') },
  'GET /readyz': { access: 'public', ok: 200, request: get('/readyz') },
  'GET /metrics': { access: 'public', ok: 200, request: get('/metrics') },
  'GET /openapi.json': { access: 'public', ok: 200, request: get('/openapi.json') },
  'GET /docs': { access: 'public', ok: 200, request: get('/docs') },
  'GET /docs/scalar.js': { access: 'public', ok: 200, request: get('/docs/scalar.js') },
  // The widget and its endpoints: anonymous readers.
  'GET /widget.js': { access: 'public', ok: 200, request: get('/widget.js') },
  'GET /demo': { access: 'public', ok: 200, request: get('/demo') },
  'POST /v1/comments': {
    access: 'public',
    ok: 202,
    request: () => ({
      method: 'POST',
      path: '/v1/comments',
      body: { articleId: 'matrix', author: { id: `matrix-${++authorN}`, name: 'Reader' }, body: 'A fine article.' },
    }),
  },
  // Anyone reads a comment's status; a moderator of its site gets the whole record (checked below). A token that
  // is sent must be valid: a wrong one is refused rather than silently read as "no token".
  'GET /v1/comments/:id': {
    access: 'optional',
    ok: 200,
    request: async (f) => ({ method: 'GET', path: `/v1/comments/${await seedFlagged(f.h)}` }),
  },
  // Readers report published comments from the widget: anonymous, rate-limited, once per reader.
  'POST /v1/comments/:id/reports': {
    access: 'public',
    ok: 202,
    request: async (f) => ({
      method: 'POST',
      path: `/v1/comments/${await seedFlagged(f.h, { status: 'approved', reasons: [] })}/reports`,
      body: { reason: 'spam', reporter: { id: `matrix-reporter-${++authorN}` } },
    }),
  },
  // The author's appeal: their receipt, not a token, is the credential (a token is not even read).
  'POST /v1/comments/:id/appeal': {
    access: 'public',
    ok: 202,
    request: async (f) => {
      const { id, receipt } = await seedWithReceipt(f.h);
      return { method: 'POST', path: `/v1/comments/${id}/appeal`, body: { message: 'Please look again.' }, receipt };
    },
  },
  'GET /v1/articles/:articleId/comments': {
    access: 'public',
    ok: 200,
    request: get('/v1/articles/security-article/comments?siteId=demo'),
  },
  // The review page shell holds no data: everything it shows comes through the bearer-token API below.
  'GET /moderate': { access: 'public', ok: 200, request: get('/moderate') },
  'GET /moderate/': { access: 'public', ok: 200, request: get('/moderate/') },
  'GET /moderate/app.js': { access: 'public', ok: 200, request: get('/moderate/app.js') },
  'GET /moderate/app.css': { access: 'public', ok: 200, request: get('/moderate/app.css') },

  // Moderation: moderators of the site, and administrators.
  'GET /v1/moderation/me': { access: 'signedIn', ok: 200, request: get('/v1/moderation/me') },
  'GET /v1/moderation/queue': { access: 'site', ok: 200, request: get('/v1/moderation/queue?siteId=demo') },
  'GET /v1/moderation/comments/:id': {
    access: 'site',
    ok: 200,
    request: async (f) => ({ method: 'GET', path: `/v1/moderation/comments/${await seedFlagged(f.h)}` }),
  },
  'POST /v1/moderation/comments/:id/approve': { access: 'site', ok: 200, request: flagged('approve') },
  'POST /v1/moderation/comments/:id/reject': { access: 'site', ok: 200, request: flagged('reject', { note: 'x' }) },
  'POST /v1/moderation/comments/:id/requeue': {
    access: 'site',
    ok: 200,
    request: async (f) => {
      const id = await seedFlagged(f.h, { status: 'approved', reasons: [] });
      return { method: 'POST', path: `/v1/moderation/comments/${id}/requeue` };
    },
  },
  'POST /v1/moderation/bulk': {
    access: 'site',
    siteInBody: true,
    ok: 200,
    request: async (f) => ({
      method: 'POST',
      path: '/v1/moderation/bulk',
      body: { action: 'approve', comments: [{ id: await seedFlagged(f.h) }] },
    }),
  },
  'GET /v1/moderation/sites/:siteId/authors/:authorKey': {
    access: 'site',
    ok: 200,
    request: async (f) => {
      const path = author();
      await seedFlagged(f.h, { authorKey: path.slice(path.lastIndexOf('/') + 1) });
      return { method: 'GET', path };
    },
  },
  'PUT /v1/moderation/sites/:siteId/authors/:authorKey/ban': {
    access: 'site',
    ok: 200,
    request: () => ({ method: 'PUT', path: author('/ban'), body: { reason: 'matrix' } }),
  },
  'DELETE /v1/moderation/sites/:siteId/authors/:authorKey/ban': {
    access: 'site',
    ok: 200,
    request: () => ({ method: 'DELETE', path: author('/ban') }),
  },
  'PUT /v1/moderation/sites/:siteId/authors/:authorKey/premoderation': {
    access: 'site',
    ok: 200,
    request: () => ({ method: 'PUT', path: author('/premoderation') }),
  },
  'DELETE /v1/moderation/sites/:siteId/authors/:authorKey/premoderation': {
    access: 'site',
    ok: 200,
    request: () => ({ method: 'DELETE', path: author('/premoderation') }),
  },
  'POST /v1/moderation/sites/:siteId/authors/:authorKey/reject-all': {
    access: 'site',
    ok: 200,
    request: () => ({ method: 'POST', path: author('/reject-all'), body: {} }),
  },
  'POST /v1/moderation/sites/:siteId/authors/:authorKey/notes': {
    access: 'site',
    ok: 201,
    request: () => ({ method: 'POST', path: author('/notes'), body: { text: 'matrix' } }),
  },
  'POST /v1/moderation/comments/:id/feature': {
    access: 'site',
    ok: 200,
    request: async (f) => ({
      method: 'POST',
      path: `/v1/moderation/comments/${await seedFlagged(f.h, { status: 'approved', reasons: [] })}/feature`,
    }),
  },
  'DELETE /v1/moderation/comments/:id/feature': {
    access: 'site',
    ok: 200,
    request: async (f) => ({
      method: 'DELETE',
      path: `/v1/moderation/comments/${await seedFlagged(f.h, { status: 'approved', reasons: [] })}/feature`,
    }),
  },
  'GET /v1/moderation/sites/:siteId/articles/:articleId': {
    access: 'site',
    ok: 200,
    request: get('/v1/moderation/sites/demo/articles/matrix-article'),
  },
  'PATCH /v1/moderation/sites/:siteId/articles/:articleId': {
    access: 'site',
    ok: 200,
    request: () => ({
      method: 'PATCH',
      path: `/v1/moderation/sites/demo/articles/matrix-article-${++authorN}`,
      body: { premoderated: true },
    }),
  },
  'GET /v1/moderation/audit': { access: 'site', ok: 200, request: get('/v1/moderation/audit?siteId=demo') },
  'GET /v1/moderation/stats': { access: 'site', ok: 200, request: get('/v1/moderation/stats?siteId=demo') },
  // Site settings: moderators read them and try texts against them; only administrators change them.
  'GET /v1/admin/sites/:id/policy': { access: 'site', ok: 200, request: get('/v1/admin/sites/demo/policy') },
  'PUT /v1/admin/sites/:id/policy': {
    access: 'admin',
    ok: 200,
    request: () => ({ method: 'PUT', path: '/v1/admin/sites/demo/policy', body: {} }),
  },
  'POST /v1/admin/sites/:id/backtest': {
    access: 'site',
    ok: 200,
    request: () => ({ method: 'POST', path: '/v1/admin/sites/demo/backtest', body: { days: 1 } }),
  },
  'POST /v1/admin/sites/:id/dry-run': {
    access: 'site',
    ok: 200,
    request: () => ({ method: 'POST', path: '/v1/admin/sites/demo/dry-run', body: { body: 'you m0r0n' } }),
  },

  // An author's data: export and erasure are for administrators.
  'GET /v1/admin/sites/:siteId/authors/:authorKey/export': {
    access: 'admin',
    ok: 200,
    request: get('/v1/admin/sites/demo/authors/matrix-export/export'),
  },
  'DELETE /v1/admin/sites/:siteId/authors/:authorKey': {
    access: 'admin',
    ok: 204,
    request: () => ({ method: 'DELETE', path: author().replace('/v1/moderation/', '/v1/admin/') }),
  },

  // Administration: tokens and webhooks.
  'POST /v1/admin/tokens': {
    access: 'admin',
    ok: 201,
    request: () => ({ method: 'POST', path: '/v1/admin/tokens', body: { name: 'matrix', siteIds: ['demo'] } }),
  },
  'GET /v1/admin/tokens': { access: 'admin', ok: 200, request: get('/v1/admin/tokens') },
  'DELETE /v1/admin/tokens/:id': {
    access: 'admin',
    ok: 200,
    request: async (f) => ({ method: 'DELETE', path: `/v1/admin/tokens/${(await makeToken(f.h)).id}` }),
  },
  'POST /v1/admin/webhooks': {
    access: 'admin',
    ok: 201,
    request: (f) => ({
      method: 'POST',
      path: '/v1/admin/webhooks',
      body: { siteId: 'demo', url: f.receiverUrl, events: ['comment.flagged'] },
    }),
  },
  'GET /v1/admin/webhooks': { access: 'admin', ok: 200, request: get('/v1/admin/webhooks?siteId=demo') },
  'GET /v1/admin/webhooks/:id': {
    access: 'admin',
    ok: 200,
    request: (f) => ({ method: 'GET', path: `/v1/admin/webhooks/${f.endpointId}` }),
  },
  'PATCH /v1/admin/webhooks/:id': {
    access: 'admin',
    ok: 200,
    request: (f) => ({ method: 'PATCH', path: `/v1/admin/webhooks/${f.endpointId}`, body: { description: 'm' } }),
  },
  'DELETE /v1/admin/webhooks/:id': { access: 'admin', ok: 204, request: freshEndpoint('DELETE') },
  'POST /v1/admin/webhooks/:id/disable': {
    access: 'admin',
    ok: 200,
    request: freshEndpoint('POST', '/disable', { reason: 'matrix' }),
  },
  'POST /v1/admin/webhooks/:id/enable': { access: 'admin', ok: 200, request: freshEndpoint('POST', '/enable') },
  'POST /v1/admin/webhooks/:id/rotate-secret': {
    access: 'admin',
    ok: 200,
    request: freshEndpoint('POST', '/rotate-secret'),
  },
  'GET /v1/admin/webhooks/:id/deliveries': {
    access: 'admin',
    ok: 200,
    request: (f) => ({ method: 'GET', path: `/v1/admin/webhooks/${f.endpointId}/deliveries` }),
  },
  'POST /v1/admin/webhooks/:id/deliveries/:deliveryId/redeliver': {
    access: 'admin',
    ok: 202,
    request: (f) => ({
      method: 'POST',
      path: `/v1/admin/webhooks/${f.endpointId}/deliveries/${f.deliveryId}/redeliver`,
    }),
  },
  'POST /v1/admin/webhooks/:id/events/:eventId/redeliver': {
    access: 'admin',
    ok: 202,
    request: (f) => ({ method: 'POST', path: `/v1/admin/webhooks/${f.endpointId}/events/${f.eventId}/redeliver` }),
  },
  'POST /v1/admin/webhooks/:id/test': { access: 'admin', ok: 202, request: freshEndpoint('POST', '/test') },
};

/** What each caller must get from a route with this access rule. */
function expected(access: Access, ok: number): Record<Principal, number> {
  if (access === 'public') return Object.fromEntries(PRINCIPALS.map((p) => [p, ok])) as Record<Principal, number>;
  const unauthenticated = { none: 401, bad: 401, revoked: 401, expired: 401 } as const;
  const invalid = { bad: 401, revoked: 401, expired: 401 } as const;
  if (access === 'optional') return { none: ok, ...invalid, otherSite: ok, moderator: ok, admin: ok };
  if (access === 'signedIn') return { ...unauthenticated, otherSite: ok, moderator: ok, admin: ok };
  if (access === 'site') return { ...unauthenticated, otherSite: 403, moderator: ok, admin: ok };
  return { ...unauthenticated, otherSite: 403, moderator: 403, admin: ok };
}

/** `METHOD /path/:param` for every route the app answers, from its router and from its OpenAPI document. */
async function discoverRoutes(h: Harness): Promise<string[]> {
  const found = new Set<string>();
  const routes = h.api.app.routes;
  const concrete = new Set(routes.filter((r) => r.method !== 'ALL').map((r) => r.path));
  for (const r of routes) {
    // `app.use(path, …)` middleware shows up as ALL on a wildcard or on a path that has real handlers.
    if (r.method === 'ALL' && (r.path.includes('*') || concrete.has(r.path))) continue;
    found.add(`${r.method} ${r.path}`);
  }
  const doc = (await (await h.fetch('/openapi.json')).json()) as OpenApiDoc;
  learnValidation(doc);
  for (const [path, ops] of Object.entries(doc.paths)) {
    for (const method of Object.keys(ops)) found.add(`${method.toUpperCase()} ${path.replace(/\{(\w+)\}/g, ':$1')}`);
  }
  return [...found].sort();
}

/** Query parameters whose value the routes validate, with a value none of them accepts. */
const INVALID_QUERY: Record<string, string> = { limit: 'many', status: 'undecided', days: 'long' };

/**
 * The route's request made invalid: a JSON array where every body schema wants an object, or a query parameter
 * the route validates set to nonsense. `validated` says whether the route rejects it (422) from a caller it lets in.
 */
function invalidVariant(key: string, req: Req): Req & { validated: boolean } {
  if (['POST', 'PUT', 'PATCH'].includes(req.method)) {
    return { ...req, body: ['not', 'an', 'object'], validated: BODY_ROUTES.has(key) };
  }
  const url = new URL(req.path, 'http://matrix.invalid');
  const param = QUERY_ROUTES.get(key);
  if (param) url.searchParams.set(param, INVALID_QUERY[param] ?? 'x');
  return { ...req, path: `${url.pathname}${url.search}`, validated: param !== undefined };
}

/** Filled from the OpenAPI document: routes with a JSON body, and a validated query parameter per route. */
const BODY_ROUTES = new Set<string>();
const QUERY_ROUTES = new Map<string, string>();

function learnValidation(doc: OpenApiDoc): void {
  for (const [path, ops] of Object.entries(doc.paths)) {
    for (const [method, op] of Object.entries(ops)) {
      const key = `${method.toUpperCase()} ${path.replace(/\{(\w+)\}/g, ':$1')}`;
      if (op.requestBody) BODY_ROUTES.add(key);
      const q = (op.parameters ?? []).find((p) => p.in === 'query' && p.name in INVALID_QUERY);
      if (q) QUERY_ROUTES.set(key, q.name);
    }
  }
}

interface OpenApiDoc {
  paths: Record<string, Record<string, { requestBody?: unknown; parameters?: { in: string; name: string }[] }>>;
}

describe('authorization matrix: every route × every kind of caller', () => {
  let h: Harness;
  let receiver: WebhookReceiver;
  let f: Fixtures;
  let routes: string[];
  const tokens: Record<Principal, string | undefined> = {
    none: undefined,
    bad: 'cm_this-token-was-never-issued-by-anyone',
    revoked: undefined,
    expired: undefined,
    otherSite: undefined,
    moderator: undefined,
    admin: undefined,
  };

  beforeAll(async () => {
    h = await harness({ env: { WEBHOOKS_ALLOW_PRIVATE_NETWORKS: 'true', WEBHOOK_RETRY_SCHEDULE: '0,100ms' } });
    receiver = await webhookReceiver();
    await addSite(h, 'other', { allowedOrigins: ['https://other.example'] });
    tokens.admin = h.adminToken;
    const revoked = await makeToken(h, { name: 'revoked' });
    await send(h, { method: 'DELETE', path: `/v1/admin/tokens/${revoked.id}` }, h.adminToken);
    tokens.revoked = revoked.token;
    const expired = await makeToken(h, { name: 'expired', expiresAt: new Date(Date.now() + 60_000).toISOString() });
    await h.db
      .updateTable('api_tokens')
      .set({ expires_at: new Date(Date.now() - 1000) })
      .where('id', '=', expired.id)
      .execute();
    tokens.expired = expired.token;
    tokens.otherSite = (await makeToken(h, { name: 'other site', siteIds: ['other'] })).token;
    tokens.moderator = (await makeToken(h, { name: 'demo moderator', siteIds: ['demo'] })).token;

    // A delivered test event gives the redelivery routes something real to redeliver.
    const endpoint = await makeEndpoint(h, receiver.url);
    await send(h, { method: 'POST', path: `/v1/admin/webhooks/${endpoint.id}/test` }, h.adminToken);
    const delivery = await vi.waitFor(
      () =>
        h.db
          .selectFrom('webhook_deliveries')
          .select(['id', 'event_id'])
          .where('endpoint_id', '=', endpoint.id)
          .executeTakeFirstOrThrow(),
      { timeout: 15_000, interval: 25 },
    );
    routes = await discoverRoutes(h);
    f = { h, endpointId: endpoint.id, deliveryId: delivery.id, eventId: delivery.event_id, receiverUrl: receiver.url };
  });
  afterAll(async () => {
    await h?.close();
    await receiver?.close();
  });

  it('has a decided access rule for every route the app serves, and no rule for a route that is gone', async () => {
    expect(routes.length).toBeGreaterThan(40);
    const missing = routes.filter((r) => !(r in MATRIX));
    expect(missing, 'routes without an entry in MATRIX: decide who may call them').toEqual([]);
    expect(Object.keys(MATRIX).filter((k) => !routes.includes(k))).toEqual([]);
  });

  it.each(Object.keys(MATRIX))('%s', async (key) => {
    const entry = MATRIX[key] as Entry;
    const want = expected(entry.access, entry.ok);
    const got: Partial<Record<Principal, number>> = {};
    const codes: string[] = [];
    for (const p of PRINCIPALS) {
      const req = await entry.request(f);
      const res = await send(h, req, tokens[p], req.receipt ? { 'comment-receipt': req.receipt } : {});
      got[p] = res.status;
      if (res.status === 401 || res.status === 403) {
        // Refusals are problem+json with the stable code, and say nothing about the resource.
        expect(res.headers.get('content-type'), `${key} as ${p}`).toMatch(/^application\/problem\+json/);
        codes.push(((await res.json()) as { code: string }).code);
      } else {
        await res.body?.cancel();
      }
    }
    expect(got).toEqual(want);
    for (const code of codes) expect(['UNAUTHORIZED', 'FORBIDDEN']).toContain(code);
  });

  it.each(Object.keys(MATRIX).filter((k) => MATRIX[k]?.access !== 'public'))(
    '%s refuses an invalid request before it validates it',
    async (key) => {
      const entry = MATRIX[key] as Entry;
      const invalid = invalidVariant(key, await entry.request(f));
      const want = expected(entry.access, entry.ok);
      const got: Partial<Record<Principal, number>> = {};
      const refused = PRINCIPALS.filter((p) => want[p] === 401 || want[p] === 403);
      for (const p of refused) {
        const res = await send(h, invalid, tokens[p]);
        got[p] = res.status;
        await res.body?.cancel();
      }
      const wantRefused = Object.fromEntries(refused.map((p) => [p, want[p]]));
      if (entry.siteInBody) wantRefused.otherSite = 422;
      expect(got).toEqual(wantRefused);
      if (invalid.validated) {
        // The same request from a caller who may send it is indeed invalid: the refusals above came first.
        const res = await send(h, invalid, tokens.admin);
        expect(res.status, `${key} as admin`).toBe(422);
        await res.body?.cancel();
      }
    },
  );

  it('shows the full comment only to moderators of its site: others get its status', async () => {
    const id = await seedFlagged(h);
    const view = async (p: Principal) =>
      Object.keys((await (await send(h, { method: 'GET', path: `/v1/comments/${id}` }, tokens[p])).json()) as object);
    expect((await view('none')).sort()).toEqual(['id', 'status']);
    expect((await view('otherSite')).sort()).toEqual(['id', 'status']);
    expect(await view('moderator')).toContain('body');
    expect(await view('admin')).toContain('body');
  });
});
