import { createHash, randomBytes } from 'node:crypto';
import { type DecidedStatus, newId, type Reason } from '@cm/contracts';
import { type DecidedComment, saveDecidedComments } from '@cm/db';
import type { Harness } from './harness.js';

/**
 * The data tests start from, written through the service's own write paths: decided comments through the
 * worker's `saveDecidedComments` (so a test controls reasons and times exactly instead of depending on the rules
 * of the day), tokens through the admin API.
 */

let n = 0;

/** A decided comment as a test overrides it: every field optional, `receivedAt` a Date. */
export type CommentSeed = Partial<Omit<DecidedComment, 'status'>> & { status?: DecidedStatus };

function decided(c: CommentSeed): DecidedComment {
  n++;
  return {
    id: newId(),
    siteId: 'demo',
    articleId: 'article-1',
    articleUrl: 'https://news.example/article-1',
    articleTitle: 'Article one',
    parentId: null,
    authorKey: `author-${n}`,
    authorName: `Author ${n}`,
    authorEmail: `author${n}@mail.example`,
    body: `An ordinary comment number ${n}.`,
    status: 'approved',
    reasons: [],
    scores: {},
    // One second apart, in the order they were seeded.
    receivedAt: new Date(Date.UTC(2026, 0, 1, 0, 0, n)),
    requestId: null,
    clientIp: '203.0.113.7',
    ...c,
  };
}

/** Writes decided comments (approved on the demo site's `article-1` unless told otherwise); returns their ids. */
export async function seedComments(h: Harness, items: CommentSeed[]): Promise<string[]> {
  const rows = items.map(decided);
  await saveDecidedComments(h.db, rows, { publicUrl: h.config.http.publicUrl });
  return rows.map((r) => r.id);
}

/** Writes one decided comment; returns its id. */
export async function seedComment(h: Harness, c: CommentSeed = {}): Promise<string> {
  const [id] = await seedComments(h, [c]);
  return id as string;
}

/** An abuse reason whose evidence points at `word` inside `body`. */
export function abuseReason(body: string, word: string, rule = 'abuse.insult.directed'): Reason {
  const start = body.indexOf(word);
  if (start < 0) throw new Error(`"${word}" is not in "${body}"`);
  return {
    category: 'abuse',
    rule,
    severity: 'high',
    score: 0.9,
    message: `Insult aimed at another reader: '${word}'`,
    evidence: [{ text: word, start, end: start + word.length }],
  };
}

/** A flagged comment with an insult (`moron` unless told), the typical card of the queue. */
export async function seedFlagged(
  h: Harness,
  opts: { body?: string; word?: string; rule?: string } & Omit<CommentSeed, 'body'> = {},
): Promise<string> {
  const { word = 'moron', rule, body = `You absolute ${word}, read the article first.`, ...rest } = opts;
  return seedComment(h, { status: 'flagged', body, reasons: [abuseReason(body, word, rule)], ...rest });
}

/** A receipt as an author would hold one, and the hash the service keeps. */
export function newReceipt(): { receipt: string; hash: string } {
  const receipt = randomBytes(16).toString('base64url');
  return { receipt, hash: createHash('sha256').update(receipt).digest('hex') };
}

/** A comment (flagged with an insult unless told) whose author holds the returned receipt. */
export async function seedWithReceipt(h: Harness, over: CommentSeed = {}): Promise<{ id: string; receipt: string }> {
  const { receipt, hash } = newReceipt();
  const id = await seedFlagged(h, { receiptHash: hash, ...over });
  return { id, receipt };
}

/** Adds a site (or sets its allowed origins, and its policy when given) and makes the API see it at once. */
export async function addSite(
  h: Harness,
  id: string,
  opts: { allowedOrigins?: string[]; policy?: Record<string, unknown> } = {},
): Promise<void> {
  const allowed = opts.allowedOrigins ?? ['*'];
  const policy = opts.policy && JSON.stringify(opts.policy);
  await h.db
    .insertInto('sites')
    .values({ id, name: `Site ${id}`, policy: policy ?? '{}', allowed_origins: allowed })
    .onConflict((oc) => oc.column('id').doUpdateSet({ allowed_origins: allowed, ...(policy ? { policy } : {}) }))
    .execute();
  await h.api.deps.sites.refresh();
}

/** Creates a token through the admin API (a moderator of the demo site unless told). */
export async function makeToken(
  h: Harness,
  input: { name?: string; role?: 'admin' | 'moderator'; siteIds?: string[]; expiresAt?: string } = {},
): Promise<{ token: string; id: string }> {
  const res = await h.post(
    '/v1/admin/tokens',
    { name: 'test', role: 'moderator', siteIds: ['demo'], ...input },
    { authorization: `Bearer ${h.adminToken}` },
  );
  if (res.status !== 201) throw new Error(`token: ${res.status} ${await res.text()}`);
  return (await res.json()) as { token: string; id: string };
}

/** Request helpers that send one bearer token; a JSON body gets its content type. */
export function as(h: Harness, token: string) {
  const send = (method: string, path: string, body?: unknown, headers: Record<string, string> = {}) =>
    h.fetch(path, {
      method,
      headers: {
        authorization: `Bearer ${token}`,
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        ...headers,
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
  return {
    get: (path: string, headers: Record<string, string> = {}) => send('GET', path, undefined, headers),
    post: (path: string, body?: unknown, headers: Record<string, string> = {}) => send('POST', path, body, headers),
    send: (method: string, path: string, body?: unknown) => send(method, path, body),
  };
}
