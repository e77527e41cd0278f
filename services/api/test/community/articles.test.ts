import { as, type Harness, harness, makeToken, seedComment, seedFlagged } from '@cm/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

describe('articles, featured comments and author notes', () => {
  let h: Harness;
  let mod: ReturnType<typeof as>;
  beforeAll(async () => {
    h = await harness();
    mod = as(h, (await makeToken(h, { name: 'Ana', siteIds: ['demo'] })).token);
  });
  afterAll(() => h.close());

  const audit = (action: string) =>
    h.db.selectFrom('audit_log').select(['action', 'target_id']).where('action', '=', action).execute();

  it('refuses a comment on a closed article with 403 ARTICLE_CLOSED, queues nothing, and still lists it', async () => {
    const published = await seedComment(h, { articleId: 'closing' });
    const res = await mod.send('PATCH', '/v1/moderation/sites/demo/articles/closing', { closed: true });
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ siteId: 'demo', articleId: 'closing', closed: true, premoderated: false });
    expect(await audit('article.update')).toEqual([{ action: 'article.update', target_id: 'closing' }]);

    const refused = await h.post('/v1/comments', {
      articleId: 'closing',
      author: { id: 'late', name: 'Late' },
      body: 'Too late to the party, it seems.',
    });
    expect(refused.status).toBe(403);
    expect(await refused.json()).toMatchObject({ code: 'ARTICLE_CLOSED' });
    expect(await h.queuedComments()).toEqual([]);
    const page = (await (await h.fetch('/v1/articles/closing/comments')).json()) as {
      closed: boolean;
      comments: { id: string }[];
    };
    expect(page).toMatchObject({ closed: true, comments: [{ id: published }] });

    await mod.send('PATCH', '/v1/moderation/sites/demo/articles/closing', { closed: false });
    expect((await mod.get('/v1/moderation/sites/demo/articles/closing')).status).toBe(200);
    const id = await h.postComment({ articleId: 'closing' });
    expect(await h.waitForDecision(id)).toBe('approved');
  });

  it("closes an article the site's closeAfterDays after its first comment; a younger one takes comments", async () => {
    const admin = as(h, h.adminToken);
    expect((await admin.send('PUT', '/v1/admin/sites/demo/policy', { articles: { closeAfterDays: 3 } })).status).toBe(
      200,
    );
    const day = 86_400_000;
    await h.db
      .insertInto('articles')
      .values([
        { site_id: 'demo', id: 'old-story', created_at: new Date(Date.now() - 4 * day) },
        { site_id: 'demo', id: 'new-story', created_at: new Date(Date.now() - 2 * day) },
      ])
      .execute();
    try {
      const comment = (articleId: string) =>
        h.post('/v1/comments', { articleId, author: { id: 'late-reader', name: 'Late' }, body: 'A calm word on it.' });
      const refused = await comment('old-story');
      expect(refused.status).toBe(403);
      expect(await refused.json()).toMatchObject({ code: 'ARTICLE_CLOSED' });
      const page = (await (await h.fetch('/v1/articles/old-story/comments')).json()) as { closed: boolean };
      expect(page.closed).toBe(true);
      expect((await comment('new-story')).status).toBe(202);
    } finally {
      expect((await admin.send('PUT', '/v1/admin/sites/demo/policy', {})).status).toBe(200);
    }
  });

  it('flags every comment on a pre-moderated article with article.premoderated', async () => {
    await mod.send('PATCH', '/v1/moderation/sites/demo/articles/sensitive', { premoderated: true });
    const id = await h.postComment({
      articleId: 'sensitive',
      body: 'A careful and original thought about the subject of this sensitive piece.',
    });
    expect(await h.waitForDecision(id)).toBe('flagged');
    const reasons = await h.db.selectFrom('comment_reasons').select('rule').where('comment_id', '=', id).execute();
    expect(reasons.map((r) => r.rule)).toEqual(['article.premoderated']);
  });

  it('features approved comments only, lists them first under featured, and unfeatures them', async () => {
    const id = await seedComment(h, { articleId: 'picks' });
    const other = await seedComment(h, { articleId: 'picks' });
    const held = await seedFlagged(h, { articleId: 'picks' });
    const refused = await mod.post(`/v1/moderation/comments/${held}/feature`);
    expect(refused.status).toBe(409);
    expect(await refused.json()).toMatchObject({ code: 'COMMENT_NOT_PUBLISHED' });

    const res = await mod.post(`/v1/moderation/comments/${id}/feature`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ id, featured: true });
    const page = (await (await h.fetch('/v1/articles/picks/comments')).json()) as {
      featured: { id: string; featured: boolean }[];
      comments: { id: string; featured: boolean }[];
    };
    expect(page.featured.map((c) => c.id)).toEqual([id]);
    expect(page.comments.find((c) => c.id === id)?.featured).toBe(true);
    expect(page.comments.find((c) => c.id === other)?.featured).toBe(false);

    expect((await mod.send('DELETE', `/v1/moderation/comments/${id}/feature`)).status).toBe(200);
    const after = (await (await h.fetch('/v1/articles/picks/comments')).json()) as { featured: unknown[] };
    expect(after.featured).toEqual([]);
    expect((await audit('comment.feature')).length).toBe(1);
    expect((await audit('comment.unfeature')).length).toBe(1);
  });

  it("keeps moderators' notes on an author, shown with the author's record, audited", async () => {
    const id = await seedFlagged(h, { authorKey: 'noted-author', authorName: 'Noted' });
    const res = await mod.post('/v1/moderation/sites/demo/authors/noted-author/notes', { text: 'Warned twice.' });
    expect(res.status).toBe(201);
    expect(await res.json()).toMatchObject({ text: 'Warned twice.', author: { name: 'Ana' } });
    const empty = await mod.post('/v1/moderation/sites/demo/authors/noted-author/notes', { text: '  ' });
    expect(empty.status).toBe(422);
    const record = (await (await mod.get('/v1/moderation/sites/demo/authors/noted-author')).json()) as {
      notes: { text: string }[];
    };
    expect(record.notes.map((n) => n.text)).toEqual(['Warned twice.']);
    const detail = (await (await mod.get(`/v1/moderation/comments/${id}`)).json()) as {
      author: { notes: { text: string }[] };
    };
    expect(detail.author.notes.map((n) => n.text)).toEqual(['Warned twice.']);
    expect((await audit('author.note')).length).toBe(1);
  });
});
