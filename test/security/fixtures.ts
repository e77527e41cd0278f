import { createHash, randomBytes } from 'node:crypto';
import { type DecidedComment, saveDecidedComments } from '@cm/db';
import type { Harness } from '@cm/testing';
import { uuidv7 } from 'uuidv7';

let n = 0;

/**
 * A flagged comment written through the worker's own write path, so the security tests have a comment to act on
 * without depending on what the rules decide today.
 */
export async function seedFlagged(h: Harness, over: Partial<DecidedComment> = {}): Promise<string> {
  n++;
  const id = uuidv7();
  const body = `You absolute moron, read the article first (${n}).`;
  await saveDecidedComments(
    h.db,
    [
      {
        id,
        siteId: 'demo',
        articleId: 'security-article',
        articleUrl: 'https://news.example/security-article',
        articleTitle: 'Security article',
        parentId: null,
        authorKey: `sec-author-${n}`,
        authorName: `Author ${n}`,
        authorEmail: null,
        body,
        status: 'flagged',
        reasons: [
          {
            category: 'abuse',
            rule: 'abuse.insult.directed',
            severity: 'high',
            score: 0.9,
            message: "Insult aimed at another reader: 'moron'",
            evidence: [{ text: 'moron', start: 13, end: 18 }],
          },
        ],
        scores: {},
        receivedAt: new Date(),
        requestId: null,
        clientIp: null,
        ...over,
      },
    ],
    { publicUrl: h.config.http.publicUrl },
  );
  return id;
}

/** A flagged comment whose author holds the returned receipt. */
export async function seedWithReceipt(h: Harness): Promise<{ id: string; receipt: string }> {
  const receipt = randomBytes(16).toString('base64url');
  const id = await seedFlagged(h, { receiptHash: createHash('sha256').update(receipt).digest('hex') });
  return { id, receipt };
}

/** Adds a second site, so that "a moderator of another site" exists. */
export async function addSite(h: Harness, id: string): Promise<void> {
  await h.db
    .insertInto('sites')
    .values({ id, name: `Site ${id}`, policy: '{}', allowed_origins: ['https://other.example'] })
    .execute();
  await h.api.deps.sites.refresh();
}

/** Sends one request with an optional bearer token; a JSON body gets its content type. */
export function send(
  h: Harness,
  req: { method: string; path: string; body?: unknown },
  token: string | undefined,
  headers: Record<string, string> = {},
): Promise<Response> {
  return h.fetch(req.path, {
    method: req.method,
    headers: {
      ...(token === undefined ? {} : { authorization: `Bearer ${token}` }),
      ...(req.body === undefined ? {} : { 'content-type': 'application/json' }),
      ...headers,
    },
    ...(req.body === undefined ? {} : { body: JSON.stringify(req.body) }),
    signal: AbortSignal.timeout(10_000),
  });
}

/** Creates a token through the admin API. */
export async function makeToken(
  h: Harness,
  input: { name?: string; role?: 'admin' | 'moderator'; siteIds?: string[]; expiresAt?: string } = {},
): Promise<{ token: string; id: string }> {
  const res = await send(
    h,
    { method: 'POST', path: '/v1/admin/tokens', body: { name: 'security', siteIds: ['demo'], ...input } },
    h.adminToken,
  );
  if (res.status !== 201) throw new Error(`token: ${res.status} ${await res.text()}`);
  return (await res.json()) as { token: string; id: string };
}

/** Creates a webhook endpoint for the demo site pointing at `url`; returns its id and secret. */
export async function makeEndpoint(h: Harness, url: string): Promise<{ id: string; secret: string }> {
  const res = await send(
    h,
    { method: 'POST', path: '/v1/admin/webhooks', body: { siteId: 'demo', url, events: ['comment.flagged'] } },
    h.adminToken,
  );
  if (res.status !== 201) throw new Error(`webhook: ${res.status} ${await res.text()}`);
  return (await res.json()) as { id: string; secret: string };
}
