import { abuseReason, type Harness, harness, launchBrowser, makeToken, seedComment, seedFlagged } from '@cm/testing';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';

describe('the review page at /moderate', () => {
  let h: Harness;
  let browser: Browser;
  let page: Page;
  let errors: string[];

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser.close();
  });
  beforeEach(async () => {
    h = await harness({ worker: false });
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
  });
  afterEach(async () => {
    await page.close();
    await h.close();
    expect(errors).toEqual([]);
  });

  const status = async (id: string) =>
    (await h.db.selectFrom('comments').select('status').where('id', '=', id).executeTakeFirstOrThrow()).status;
  const waitForStatus = (id: string, expected: string) =>
    vi.waitFor(async () => expect(await status(id)).toBe(expected), { timeout: 10_000, interval: 50 });

  async function signIn(token = h.adminToken): Promise<void> {
    await page.goto(`${h.url}/moderate`);
    await page.fill('#token', token);
    await page.press('#token', 'Enter');
  }
  const card = (id: string) => page.locator(`article.card[data-id="${id}"]`);

  it('signs in, shows a flagged comment with its evidence highlighted, and approves it with "a"', async () => {
    const id = await seedFlagged(h, {
      body: 'You absolute moron, read the article first.',
      articleTitle: 'Budget talks',
    });
    await seedComment(h, { status: 'approved', body: 'Not in the flagged queue.', articleId: 'another' });
    await signIn();
    await card(id).waitFor();
    expect(await card(id).locator('mark').allTextContents()).toEqual(['moron']);
    expect(await card(id).locator('.reasons').textContent()).toContain("Insult aimed at another reader: 'moron'");
    expect(await card(id).locator('.article').textContent()).toBe('Budget talks');
    expect(await page.locator('article.card').count()).toBe(1);

    await page.keyboard.press('a');
    await waitForStatus(id, 'approved');
    await card(id).waitFor({ state: 'detached' });
    const decision = await h.db
      .selectFrom('decisions')
      .selectAll()
      .where('comment_id', '=', id)
      .where('source', '=', 'moderator')
      .executeTakeFirstOrThrow();
    expect(decision.actor_name).toBe('bootstrap admin');
  });

  it('quotes the comment a reply answers above it, as text, linked to its details', async () => {
    const parent = await seedComment(h, { authorName: 'Ines', body: 'The <b>budget</b> was cut by a third.' });
    const reply = await seedFlagged(h, { parentId: parent });
    await signIn();
    const quote = card(reply).locator('blockquote.in-reply-to');
    await quote.waitFor();
    expect(await quote.locator('p').allTextContents()).toEqual([
      'In reply to Ines',
      'The <b>budget</b> was cut by a third.',
    ]);
    expect(await quote.locator('b').count()).toBe(0);
    expect(await quote.getByRole('link', { name: 'Ines' }).getAttribute('href')).toBe(`#/comments/${parent}`);

    // The comment's own page quotes it too (the API's detail carries it as well).
    await card(reply).getByRole('link', { name: 'Details' }).click();
    await page.locator('article.detail blockquote.in-reply-to', { hasText: 'In reply to Ines' }).waitFor();
    const detail = await h.fetch(`/v1/moderation/comments/${reply}`, {
      headers: { authorization: `Bearer ${h.adminToken}` },
    });
    expect(((await detail.json()) as { inReplyTo: unknown }).inReplyTo).toEqual({
      id: parent,
      authorName: 'Ines',
      excerpt: 'The <b>budget</b> was cut by a third.',
      status: 'approved',
    });
  });

  it('moves with j and rejects with "r", then undoes with "z"', async () => {
    const first = await seedFlagged(h);
    const second = await seedFlagged(h, { word: 'idiot' });
    await signIn();
    await card(second).waitFor();
    await page.keyboard.press('j');
    await expect.poll(() => card(second).getAttribute('class'), { timeout: 10_000 }).toContain('current');
    await page.keyboard.press('r');
    await waitForStatus(second, 'rejected');
    expect(await status(first)).toBe('flagged');

    await expect
      .poll(() => page.locator('.toast').first().textContent(), { timeout: 10_000 })
      .toContain('Rejected a comment');
    await page.keyboard.press('z');
    await waitForStatus(second, 'flagged');
    await card(second).waitFor();
    const actions = await h.db
      .selectFrom('audit_log')
      .select('action')
      .where('target_id', '=', second)
      .orderBy('id')
      .execute();
    expect(actions.map((a) => a.action)).toEqual(['comment.reject', 'comment.requeue']);
  });

  it('selects with x and approves the selection in bulk with Shift+A', async () => {
    const ids = [await seedFlagged(h), await seedFlagged(h), await seedFlagged(h)];
    await signIn();
    await expect.poll(() => page.locator('article.card').count(), { timeout: 10_000 }).toBe(3);
    await page.keyboard.press('x');
    await page.keyboard.press('j');
    await page.keyboard.press('j');
    await page.keyboard.press('x');
    await expect.poll(() => page.locator('.bulkbar').textContent(), { timeout: 10_000 }).toContain('2 selected');
    await page.keyboard.press('Shift+A');
    await waitForStatus(ids[0]!, 'approved');
    await waitForStatus(ids[2]!, 'approved');
    expect(await status(ids[1]!)).toBe('flagged');
    await expect.poll(() => page.locator('article.card').count(), { timeout: 10_000 }).toBe(1);
  });

  it('rejects a selection in bulk with the button, and bans an author from the card with "b"', async () => {
    const a = await seedFlagged(h);
    const b = await seedFlagged(h);
    const troll = [
      await seedFlagged(h, { authorKey: 'troll', authorName: 'Troll' }),
      await seedComment(h, { authorKey: 'troll', authorName: 'Troll', status: 'approved' }),
    ];
    await signIn();
    await expect.poll(() => page.locator('article.card').count(), { timeout: 10_000 }).toBe(3);
    await card(a).locator('input.select').check();
    await card(b).locator('input.select').check();
    await page.getByRole('button', { name: /Reject 2 selected/ }).click();
    await waitForStatus(a, 'rejected');
    await waitForStatus(b, 'rejected');

    await expect.poll(() => page.locator('article.card').count(), { timeout: 10_000 }).toBe(1);
    await card(troll[0]!).focus();
    await page.keyboard.press('b');
    await page.fill('#ban-reason', 'harassment');
    await page.getByRole('button', { name: 'Ban', exact: true }).click();
    await waitForStatus(troll[0]!, 'rejected');
    await waitForStatus(troll[1]!, 'rejected');
    const state = await h.db
      .selectFrom('author_states')
      .selectAll()
      .where('author_key', '=', 'troll')
      .executeTakeFirstOrThrow();
    expect(state).toMatchObject({ banned: true, ban_reason: 'harassment' });
  });

  it('renders comment text as text: <script> and <img onerror> show as characters and run nothing', async () => {
    const body = '<script>window.__pwned = 1</script><img src=x onerror="window.__pwned = 2"> you moron';
    const id = await seedComment(h, {
      status: 'flagged',
      body,
      authorName: '<b onmouseover=alert(1)>Eve</b>',
      reasons: [abuseReason(body, 'moron')],
    });
    await signIn();
    await card(id).waitFor();
    expect(await card(id).locator('.body').textContent()).toBe(body);
    expect(await card(id).locator('.author').textContent()).toBe('<b onmouseover=alert(1)>Eve</b>');
    expect(await page.locator('#app img, #app script, #app b').count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    const csp = (await page.request.get(`${h.url}/moderate`)).headers()['content-security-policy'];
    expect(csp).toContain("script-src 'self'");
  });

  it('refuses a wrong token and lets a moderator see only their sites', async () => {
    await signIn('cm_not-a-real-token');
    await expect.poll(() => page.locator('.signin .error').textContent(), { timeout: 10_000 }).toContain('refused');
    const mod = await makeToken(h, { name: 'Ana', siteIds: ['demo'] });
    const id = await seedFlagged(h);
    await page.fill('#token', mod.token);
    await page.press('#token', 'Enter');
    await card(id).waitFor();
    expect(await page.locator('header.top').textContent()).toContain('Ana (moderator)');
    expect(await page.locator('header.top nav').textContent()).not.toContain('Settings');
  });

  it('fits a phone screen and works from the buttons', async () => {
    await page.setViewportSize({ width: 375, height: 740 });
    const id = await seedFlagged(h, { body: `A long one: ${'word '.repeat(80)}and then a moron at the end.` });
    await signIn();
    await card(id).waitFor();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await card(id)
      .getByRole('button', { name: /Approve/ })
      .click();
    await waitForStatus(id, 'approved');
  });

  it('shows the keys with "?" and a comment\'s details with its history', async () => {
    const id = await seedFlagged(h, { authorKey: 'eve', authorName: 'Eve' });
    await signIn();
    await card(id).waitFor();
    await page.keyboard.press('?');
    await expect
      .poll(() => page.locator('dialog[open]').textContent(), { timeout: 10_000 })
      .toContain('Approve the selection');
    await page.keyboard.press('Escape');
    await page.keyboard.press('o');
    await expect.poll(() => page.locator('.history').textContent(), { timeout: 10_000 }).toContain('pending → flagged');
    expect(await page.locator('main').textContent()).toContain('Author: Eve');
  });

  it('lets an administrator edit the word and domain lists, try a text against the draft, and save', async () => {
    await signIn();
    await page.getByRole('link', { name: 'Settings' }).click();
    await page.locator('#policy-bannedTerms').waitFor();
    await page.fill('#policy-bannedTerms', 'frobnicate\n  \nfrobnicate');
    await page.fill('#policy-blockedDomains', 'spam-shop.example');
    await page.fill('#try-text', 'Please frobnicate the council.');
    await page.getByRole('button', { name: 'Try it' }).click();
    await expect.poll(() => page.locator('.dry-run .status').textContent(), { timeout: 10_000 }).toBe('rejected');
    expect((await page.locator('.dry-run mark').allTextContents()).join(' ').toLowerCase()).toContain('frobnicate');
    // Trying saved nothing.
    const before = await h.db.selectFrom('sites').select('policy').where('id', '=', 'demo').executeTakeFirstOrThrow();
    expect(before.policy).toEqual({});
    await page.getByRole('button', { name: 'Save' }).click();
    await vi.waitFor(
      async () => {
        const row = await h.db.selectFrom('sites').select('policy').where('id', '=', 'demo').executeTakeFirstOrThrow();
        expect(row.policy).toMatchObject({ bannedTerms: ['frobnicate'], blockedDomains: ['spam-shop.example'] });
      },
      { timeout: 10_000, interval: 50 },
    );
  });
});
