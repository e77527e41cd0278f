import { abuseReason, addSite, as, type Harness, harness, makeToken, seedComment, seedFlagged } from '@cm/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

interface QueueItem {
  id: string;
  body: string;
  status: string;
  etag: string;
  reasons: { rule: string; message: string; evidence: { text: string; start: number; end: number }[] }[];
  article: { id: string; title: string | null };
  author: { id: string; name: string };
}
interface QueuePage {
  items: QueueItem[];
  nextCursor: string | null;
  counts: { byStatus: Record<string, number>; byCategory: Record<string, number> };
}

describe('GET /v1/moderation/queue', () => {
  let h: Harness;
  let admin: ReturnType<typeof as>;
  const flagged: string[] = [];
  beforeAll(async () => {
    h = await harness({ worker: false });
    admin = as(h, h.adminToken);
    await addSite(h, 'other');
    for (let i = 0; i < 5; i++) {
      flagged.push(
        await seedFlagged(h, {
          receivedAt: new Date(Date.UTC(2026, 0, 1, 10, i)),
          articleId: i < 2 ? 'a-2' : 'article-1',
        }),
      );
    }
    const linkBody = 'Cheap watches at spam-shop.example now';
    await seedComment(h, {
      status: 'flagged',
      body: linkBody,
      authorKey: 'spammer',
      authorName: 'Spam Bot',
      receivedAt: new Date(Date.UTC(2026, 0, 1, 11)),
      reasons: [
        {
          category: 'link',
          rule: 'link.unknown-domain',
          severity: 'medium',
          score: 0.7,
          message: 'Link',
          evidence: [{ text: 'spam-shop.example', start: 17, end: 34 }],
        },
      ],
    });
    await seedComment(h, { status: 'rejected', body: 'rejected one', receivedAt: new Date(Date.UTC(2026, 0, 1, 12)) });
    await seedComment(h, { status: 'approved', body: 'fine one' });
    await seedFlagged(h, { siteId: 'other', receivedAt: new Date(Date.UTC(2026, 0, 1, 9)) });
  });
  afterAll(() => h.close());

  const page = async (query: string, who = admin): Promise<QueuePage> => {
    const res = await who.get(`/v1/moderation/queue${query}`);
    expect(res.status).toBe(200);
    return (await res.json()) as QueuePage;
  };

  it('lists flagged comments oldest first with their reasons, evidence and counts', async () => {
    const p = await page('?siteId=demo');
    expect(p.items.map((i) => i.id)).toEqual([...flagged, expect.any(String)]);
    const first = p.items[0]!;
    expect(first.status).toBe('flagged');
    expect(first.etag).toBe('"v1"');
    expect(first.article).toMatchObject({ id: 'a-2', title: 'Article one' });
    const ev = first.reasons[0]!.evidence[0]!;
    expect(first.body.slice(ev.start, ev.end)).toBe('moron');
    expect(p.counts.byStatus).toEqual({ flagged: 6, rejected: 1, approved: 1 });
    expect(p.counts.byCategory).toEqual({ abuse: 5, link: 1 });
  });

  it('filters by status, category, article, author and text, and orders newest first on request', async () => {
    expect((await page('?siteId=demo&status=rejected')).items.map((i) => i.body)).toEqual(['rejected one']);
    expect((await page('?siteId=demo&category=link')).items.map((i) => i.author.id)).toEqual(['spammer']);
    expect((await page('?siteId=demo&articleId=a-2')).items.map((i) => i.id)).toEqual(flagged.slice(0, 2));
    expect((await page('?siteId=demo&authorKey=spammer')).items).toHaveLength(1);
    expect((await page('?siteId=demo&q=WATCHES')).items.map((i) => i.author.id)).toEqual(['spammer']);
    expect((await page('?siteId=demo&q=spam%20bot')).items).toHaveLength(1);
    // LIKE wildcards are taken literally.
    expect((await page('?siteId=demo&q=%25')).items).toHaveLength(0);
    const newest = await page('?siteId=demo&order=newest&category=abuse');
    expect(newest.items.map((i) => i.id)).toEqual([...flagged].reverse());
  });

  it('shows an administrator every site without a filter, a moderator only theirs', async () => {
    expect((await page('')).items).toHaveLength(7);
    const mod = as(h, (await makeToken(h, { siteIds: ['other'] })).token);
    const p = await page('', mod);
    expect(p.items).toHaveLength(1);
    expect(p.counts.byStatus.flagged).toBe(1);
    expect((await mod.get('/v1/moderation/queue?siteId=demo')).status).toBe(403);
  });

  it('pages with a keyset cursor that neither repeats nor skips when comments arrive meanwhile', async () => {
    const seen: string[] = [];
    let cursor: string | null = null;
    let round = 0;
    do {
      const p: QueuePage = await page(`?siteId=demo&limit=2${cursor ? `&cursor=${cursor}` : ''}`);
      seen.push(...p.items.map((i) => i.id));
      cursor = p.nextCursor;
      // A comment received earlier than everything (e.g. decided late) and one later arrive between pages.
      if (round++ === 0) {
        await seedFlagged(h, { receivedAt: new Date(Date.UTC(2025, 0, 1)) });
        await seedFlagged(h, {
          receivedAt: new Date(Date.UTC(2027, 0, 1)),
          id: '01900000-0000-7000-8000-000000000001',
        });
      }
    } while (cursor);
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen.slice(0, 6)).toEqual([...flagged, seen[5]]);
    expect(seen.at(-1)).toBe('01900000-0000-7000-8000-000000000001');
  });

  it('refuses a forged cursor and out-of-range parameters', async () => {
    const bad = await admin.get('/v1/moderation/queue?cursor=bm9wZQ');
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { code: string }).code).toBe('INVALID_CURSOR');
    expect((await admin.get('/v1/moderation/queue?limit=0')).status).toBe(422);
    expect((await admin.get('/v1/moderation/queue?status=pending')).status).toBe(422);
    expect((await admin.get('/v1/moderation/queue?category=nope')).status).toBe(422);
  });
});

describe('GET /v1/moderation/comments/:id', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await harness({ worker: false });
  });
  afterAll(() => h.close());

  it('returns the comment, its reasons with evidence, history, article and the author record, with an ETag', async () => {
    await seedComment(h, {
      authorKey: 'troll',
      authorName: 'Troll',
      status: 'approved',
      body: 'An earlier, fine one.',
    });
    await seedComment(h, { authorKey: 'troll', authorName: 'Troll', status: 'rejected', body: 'An earlier, bad one.' });
    const body = 'You m0r0n, nobody asked.';
    const id = await seedComment(h, {
      authorKey: 'troll',
      authorName: 'Troll',
      status: 'flagged',
      body,
      reasons: [abuseReason(body, 'm0r0n')],
    });
    const res = await as(h, h.adminToken).get(`/v1/moderation/comments/${id}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('etag')).toBe('"v1"');
    const d = (await res.json()) as {
      comment: { body: string; article: { title: string }; reasons: { evidence: { text: string }[] }[] };
      history: { source: string; status: string; rules: string[] }[];
      author: { counts: Record<string, number>; recent: unknown[]; banned: unknown; premoderated: boolean };
      etag: string;
    };
    expect(d.comment.body).toBe(body);
    expect(d.comment.article.title).toBe('Article one');
    expect(d.comment.reasons[0]!.evidence[0]!.text).toBe('m0r0n');
    expect(d.history).toEqual([
      expect.objectContaining({ source: 'rules', status: 'flagged', rules: ['abuse.insult.directed'] }),
    ]);
    expect(d.author.counts).toEqual({ approved: 1, flagged: 1, rejected: 1 });
    expect(d.author.recent).toHaveLength(3);
    expect(d.author).toMatchObject({ banned: null, premoderated: false });
  });

  it('answers 404 for an unknown comment and 422 for a malformed id', async () => {
    const admin = as(h, h.adminToken);
    const res = await admin.get('/v1/moderation/comments/019ab8e0-7c4e-7a31-9f1e-2b7c1d9e4f10');
    expect(res.status).toBe(404);
    expect(((await res.json()) as { code: string }).code).toBe('COMMENT_NOT_FOUND');
    expect((await admin.get('/v1/moderation/comments/nope')).status).toBe(422);
  });
});

describe('GET /v1/moderation/queue: replies', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await harness({ worker: false });
    await addSite(h, 'other');
  });
  afterAll(() => h.close());

  it('shows a reply with the comment it answers (author, excerpt, status), never one of another site', async () => {
    const long = `The council's figures do not add up. ${'Every line of the budget needs a source. '.repeat(10)}`;
    const parent = await seedComment(h, { authorName: 'Ines', body: long, status: 'approved' });
    const held = await seedComment(h, { authorName: 'Held', body: 'Held one', status: 'flagged' });
    const elsewhere = await seedComment(h, { siteId: 'other', status: 'approved' });
    const reply = await seedFlagged(h, { parentId: parent, receivedAt: new Date(Date.UTC(2026, 0, 2, 10)) });
    const toHeld = await seedFlagged(h, { parentId: held, receivedAt: new Date(Date.UTC(2026, 0, 2, 11)) });
    const toOtherSite = await seedFlagged(h, { parentId: elsewhere, receivedAt: new Date(Date.UTC(2026, 0, 2, 12)) });
    const toNothing = await seedFlagged(h, {
      parentId: crypto.randomUUID(),
      receivedAt: new Date(Date.UTC(2026, 0, 2, 13)),
    });

    const res = await as(h, h.adminToken).get('/v1/moderation/queue?siteId=demo');
    expect(res.status).toBe(200);
    const items = ((await res.json()) as { items: { id: string; inReplyTo: unknown }[] }).items;
    const context = Object.fromEntries(items.map((i) => [i.id, i.inReplyTo]));
    expect(context[reply]).toEqual({
      id: parent,
      authorName: 'Ines',
      excerpt: `${long.slice(0, 279)}…`,
      status: 'approved',
    });
    expect(context[toHeld]).toEqual({ id: held, authorName: 'Held', excerpt: 'Held one', status: 'flagged' });
    expect(context[toOtherSite]).toBeNull();
    expect(context[toNothing]).toBeNull();
    expect(context[held]).toBeNull();
  });
});
