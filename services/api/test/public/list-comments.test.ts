import { type Harness, harness, seedComments } from '@cm/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PageBody } from './seed.js';

const page = (articleId: string, query = '') => `/v1/articles/${encodeURIComponent(articleId)}/comments${query}`;

describe('GET /v1/articles/:articleId/comments', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await harness({ worker: false });
  });
  afterAll(() => h.close());

  it('returns approved comments only, without e-mails or anything a moderator alone may see', async () => {
    const [approved] = await seedComments(h, [
      { articleId: 'leaks', status: 'approved', body: 'Published and fine.', authorEmail: 'visible-not@mail.example' },
      { articleId: 'leaks', status: 'flagged', body: 'Held for a moderator.' },
      { articleId: 'leaks', status: 'rejected', body: 'Rejected for abuse.' },
      { articleId: 'other-article', status: 'approved', body: 'Belongs elsewhere.' },
    ]);
    // Pending: accepted but not yet decided (no worker runs).
    await h.postComment({ articleId: 'leaks', body: 'Still waiting in the queue.' });

    const res = await h.fetch(page('leaks'));
    expect(res.status).toBe(200);
    const raw = await res.text();
    const body = JSON.parse(raw) as PageBody;
    expect(body.total).toBe(1);
    expect(body.comments).toEqual([
      {
        id: approved,
        parentId: null,
        author: { name: expect.any(String) },
        body: 'Published and fine.',
        createdAt: expect.any(String),
        featured: false,
      },
    ]);
    for (const secret of [
      '@mail.example',
      'Held for',
      'Rejected for',
      'Still waiting',
      'Belongs elsewhere',
      '203.0.113.7',
      'author-',
    ]) {
      expect(raw).not.toContain(secret);
    }
  });

  it('pages newest first with a keyset cursor, every comment exactly once', async () => {
    const times = [1, 2, 3, 4, 5, 6, 7].map((m) => new Date(Date.UTC(2026, 1, 1, 0, m)));
    // Two comments share an instant: the id breaks the tie, so paging neither skips nor repeats one.
    times.push(new Date(Date.UTC(2026, 1, 1, 0, 4)));
    const ids = await seedComments(
      h,
      times.map((receivedAt, i) => ({ articleId: 'paged', receivedAt, body: `Comment ${i}` })),
    );
    const expected = ids
      .map((id, i) => ({ id, t: times[i]!.getTime() }))
      .sort((a, b) => b.t - a.t || (b.id < a.id ? -1 : 1))
      .map((x) => x.id);

    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const res = await h.fetch(page('paged', `?limit=3${cursor ? `&cursor=${cursor}` : ''}`));
      expect(res.status).toBe(200);
      const body = (await res.json()) as PageBody;
      expect(body.total).toBe(8);
      expect(body.comments.length).toBeLessThanOrEqual(3);
      seen.push(...body.comments.map((c) => c.id));
      cursor = body.nextCursor;
      pages++;
    } while (cursor && pages < 10);
    expect(pages).toBe(3);
    expect(seen).toEqual(expected);
  });

  it('pages oldest first when asked', async () => {
    const ids = await seedComments(
      h,
      [3, 1, 2].map((m) => ({ articleId: 'oldest', receivedAt: new Date(Date.UTC(2026, 2, 1, 0, m)) })),
    );
    const first = (await (await h.fetch(page('oldest', '?order=oldest&limit=2'))).json()) as PageBody;
    expect(first.order).toBe('oldest');
    expect(first.comments.map((c) => c.id)).toEqual([ids[1], ids[2]]);
    const second = (await (
      await h.fetch(page('oldest', `?order=oldest&limit=2&cursor=${first.nextCursor}`))
    ).json()) as PageBody;
    expect(second.comments.map((c) => c.id)).toEqual([ids[0]]);
    expect(second.nextCursor).toBeNull();
  });

  it('answers an article without comments with an empty page', async () => {
    const body = (await (await h.fetch(page('nobody-wrote-here'))).json()) as PageBody;
    expect(body).toMatchObject({
      siteId: 'demo',
      articleId: 'nobody-wrote-here',
      total: 0,
      comments: [],
      nextCursor: null,
    });
  });

  it('is cacheable: ETag, Cache-Control, 304 on If-None-Match, a new ETag once a comment is approved', async () => {
    const [, flagged] = await seedComments(h, [
      { articleId: 'cached', status: 'approved' },
      { articleId: 'cached', status: 'flagged' },
    ]);
    const res = await h.fetch(page('cached'));
    expect(res.status).toBe(200);
    const etag = res.headers.get('etag');
    expect(etag).toMatch(/^W\/".+"$/);
    expect(res.headers.get('cache-control')).toMatch(/public/);
    expect(res.headers.get('cache-control')).toMatch(/max-age=\d+/);

    const again = await h.fetch(page('cached'), { headers: { 'If-None-Match': etag! } });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe('');
    expect(again.headers.get('etag')).toBe(etag);
    expect(again.headers.get('cache-control')).toBe(res.headers.get('cache-control'));

    await h.db
      .updateTable('comments')
      .set((eb) => ({ status: 'approved', version: eb('version', '+', 1) }))
      .where('id', '=', flagged!)
      .execute();
    const changed = await h.fetch(page('cached'), { headers: { 'If-None-Match': etag! } });
    expect(changed.status).toBe(200);
    expect(changed.headers.get('etag')).not.toBe(etag);
    expect(((await changed.json()) as PageBody).total).toBe(2);
  });

  it('refuses a cursor it did not issue, a limit over 100 and an unknown site', async () => {
    const bad = await h.fetch(page('paged', '?cursor=not-a-cursor'));
    expect(bad.status).toBe(422);
    expect(bad.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(((await bad.json()) as { errors: { path: string }[] }).errors[0]?.path).toBe('cursor');

    expect((await h.fetch(page('paged', '?limit=101'))).status).toBe(422);

    const unknown = await h.fetch(page('paged', '?siteId=nope'));
    expect(unknown.status).toBe(404);
    expect(((await unknown.json()) as { code: string }).code).toBe('SITE_NOT_FOUND');
  });

  it('keeps sites apart', async () => {
    await h.db.insertInto('sites').values({ id: 'other', name: 'Other', policy: '{}', allowed_origins: [] }).execute();
    await h.api.deps.sites.refresh();
    await seedComments(h, [{ siteId: 'other', articleId: 'shared-id', body: 'On the other site.' }]);
    await seedComments(h, [{ siteId: 'demo', articleId: 'shared-id', body: 'On the demo site.' }]);
    const demo = (await (await h.fetch(page('shared-id'))).json()) as PageBody;
    const other = (await (await h.fetch(page('shared-id', '?siteId=other'))).json()) as PageBody;
    expect(demo.comments.map((c) => c.body)).toEqual(['On the demo site.']);
    expect(other.comments.map((c) => c.body)).toEqual(['On the other site.']);
  });

  it('is described in the OpenAPI document', async () => {
    const doc = (await (await h.fetch('/openapi.json')).json()) as {
      paths: Record<string, { get?: { operationId?: string } }>;
    };
    expect(doc.paths['/v1/articles/{articleId}/comments']?.get?.operationId).toBe('listArticleComments');
  });

  it('accepts article ids with slashes and colons, percent-encoded in the path', async () => {
    await seedComments(h, [{ articleId: 'news/2026:politics', body: 'Nested id.' }]);
    const body = (await (await h.fetch(page('news/2026:politics'))).json()) as PageBody;
    expect(body.articleId).toBe('news/2026:politics');
    expect(body.comments.map((c) => c.body)).toEqual(['Nested id.']);
  });
});
