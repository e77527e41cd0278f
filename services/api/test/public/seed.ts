import type { DecidedStatus } from '@cm/contracts';
import { type DecidedComment, saveDecidedComments } from '@cm/db';
import type { Harness } from '@cm/testing';
import { uuidv7 } from 'uuidv7';

let n = 0;

/**
 * Writes decided comments through the worker's own write path, so that the public API tests control status and
 * times exactly instead of depending on the rules of the day.
 */
export async function seedComments(
  h: Harness,
  items: (Partial<Omit<DecidedComment, 'status'>> & { status?: DecidedStatus })[],
): Promise<string[]> {
  const rows: DecidedComment[] = items.map((c) => {
    n++;
    return {
      id: uuidv7(),
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
      receivedAt: new Date(Date.UTC(2026, 0, 1, 0, 0, n)),
      requestId: null,
      clientIp: '203.0.113.7',
      ...c,
    };
  });
  await saveDecidedComments(h.db, rows, { publicUrl: h.config.http.publicUrl });
  return rows.map((r) => r.id);
}

/** Adds a site with its allowed origins and makes the API see it at once. */
export async function seedSite(h: Harness, id: string, allowedOrigins: string[]): Promise<void> {
  await h.db
    .insertInto('sites')
    .values({ id, name: id, policy: '{}', allowed_origins: allowedOrigins })
    .onConflict((oc) => oc.column('id').doUpdateSet({ allowed_origins: allowedOrigins }))
    .execute();
  await h.api.deps.sites.refresh();
}

export interface PageBody {
  siteId: string;
  articleId: string;
  order: string;
  total: number;
  comments: { id: string; parentId: string | null; author: { name: string }; body: string; createdAt: string }[];
  nextCursor: string | null;
}
