import type { Reason } from '@cm/contracts';
import { type DecidedComment, saveDecidedComments } from '@cm/db';
import type { Harness } from '@cm/testing';
import { uuidv7 } from 'uuidv7';

let n = 0;

/**
 * Writes a decided comment straight through the worker's own write path (`saveDecidedComments`), so that the
 * moderation tests control the reasons and times exactly instead of depending on the rules of the day.
 */
export async function seedComment(
  h: Harness,
  c: Partial<Omit<DecidedComment, 'receivedAt'>> & { receivedAt?: Date } = {},
): Promise<string> {
  n++;
  const id = c.id ?? uuidv7();
  await saveDecidedComments(
    h.db,
    [
      {
        id,
        siteId: 'demo',
        articleId: 'article-1',
        articleUrl: 'https://news.example/article-1',
        articleTitle: 'Article one',
        parentId: null,
        authorKey: `author-${n}`,
        authorName: `Author ${n}`,
        authorEmail: null,
        body: `An ordinary comment number ${n}.`,
        status: 'approved',
        reasons: [],
        scores: {},
        receivedAt: c.receivedAt ?? new Date(Date.UTC(2026, 0, 1, 0, 0, n)),
        requestId: null,
        clientIp: null,
        ...c,
      },
    ],
    { publicUrl: h.config.http.publicUrl },
  );
  return id;
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

/** A flagged comment with an insult, the typical card of the queue. */
export async function seedFlagged(
  h: Harness,
  opts: { body?: string; word?: string; rule?: string } & Partial<Omit<DecidedComment, 'receivedAt' | 'body'>> & {
      receivedAt?: Date;
    } = {},
): Promise<string> {
  const { word = 'moron', rule, body = `You absolute ${word}, read the article first.`, ...rest } = opts;
  return seedComment(h, { status: 'flagged', body, reasons: [abuseReason(body, word, rule)], ...rest });
}

/** Creates a token through the admin API and returns it. */
export async function makeToken(
  h: Harness,
  input: { name?: string; role?: 'admin' | 'moderator'; siteIds?: string[]; expiresAt?: string } = {},
): Promise<{ token: string; id: string }> {
  const res = await h.post(
    '/v1/admin/tokens',
    { name: 'mod', role: 'moderator', siteIds: ['demo'], ...input },
    { authorization: `Bearer ${h.adminToken}` },
  );
  if (res.status !== 201) throw new Error(`token: ${res.status} ${await res.text()}`);
  return (await res.json()) as { token: string; id: string };
}

export async function addSite(h: Harness, id: string): Promise<void> {
  await h.db
    .insertInto('sites')
    .values({ id, name: `Site ${id}`, policy: '{}', allowed_origins: ['*'] })
    .execute();
  await h.api.deps.sites.refresh();
}

/** Authenticated request helpers bound to one token. */
export function as(h: Harness, token: string) {
  const auth = { authorization: `Bearer ${token}` };
  return {
    get: (path: string, headers: Record<string, string> = {}) => h.fetch(path, { headers: { ...auth, ...headers } }),
    post: (path: string, body?: unknown, headers: Record<string, string> = {}) =>
      h.fetch(path, {
        method: 'POST',
        headers: { ...auth, ...(body === undefined ? {} : { 'content-type': 'application/json' }), ...headers },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      }),
    send: (method: string, path: string, body?: unknown) =>
      h.fetch(path, {
        method,
        headers: { ...auth, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      }),
  };
}
