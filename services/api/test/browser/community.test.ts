import { type Harness, harness, launchBrowser, seedComment } from '@cm/testing';
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { listedBodies, widgetOf } from './widget-support.js';

const ARTICLE = 'demo-rules-you-can-read';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

describe('community moderation in the widget and on the review page', () => {
  let h: Harness;
  const contexts: BrowserContext[] = [];
  beforeAll(async () => {
    h = await harness({ worker: false });
  });
  afterAll(async () => {
    for (const c of contexts) await c.close();
    await h?.close();
  });

  /** A new reader: a fresh browser context, so a fresh random reader id and no cached list. */
  async function reader() {
    const context = await browser.newContext();
    contexts.push(context);
    const page = await context.newPage();
    await page.goto(`${h.url}/demo`);
    return { page, widget: widgetOf(page) };
  }

  async function reportFromWidget(body: string, reason: string, note?: string) {
    const { page, widget } = await reader();
    const item = widget.locator('ol.list li', { hasText: body });
    await item.getByRole('button', { name: /^Report / }).click();
    // Keyboard and screen readers: the first reason has the focus, every field has a label.
    await item.getByRole('radio', { name: reason }).check();
    if (note) await item.getByLabel('Note for the moderators (optional)').fill(note);
    await item.getByRole('button', { name: 'Send report' }).click();
    await item.getByText('Reported — thank you').waitFor();
    return page;
  }

  it('three readers report a comment: it leaves the list, shows in Reported, and comes back once approved', async () => {
    const body = 'Everyone who disagrees with this is paid to say so.';
    const id = await seedComment(h, { articleId: ARTICLE, body, authorName: 'Shouty' });
    const first = await reportFromWidget(body, 'Abusive or harassing', 'Accuses readers of being paid.');
    // Remembered for that reader across a reload.
    await first.reload();
    await widgetOf(first).locator('ol.list li', { hasText: body }).getByText('Reported — thank you').waitFor();
    await reportFromWidget(body, 'Abusive or harassing');
    await reportFromWidget(body, 'Spam or advertising');

    const status = async () =>
      (await h.db.selectFrom('comments').select('status').where('id', '=', id).executeTakeFirstOrThrow()).status;
    expect(await status()).toBe('flagged');
    const after = await reader();
    await after.widget.getByText('No comments yet').waitFor();
    expect(await listedBodies(after.widget)).toEqual([]);

    // The moderator's Reported view: the count, the reasons on the card; approving dismisses the reports.
    const mod = await (await browser.newContext()).newPage();
    await mod.goto(`${h.url}/moderate`);
    await mod.fill('#token', h.adminToken);
    await mod.press('#token', 'Enter');
    const tab = mod.getByRole('button', { name: /^reported/ });
    await vi.waitFor(async () => expect(await tab.textContent()).toBe('reported 1'), { timeout: 10_000 });
    await tab.click();
    const card = mod.locator(`article.card[data-id="${id}"]`);
    await card.waitFor();
    expect(await card.locator('.reports').textContent()).toBe('3 reports: abuse 2, spam 1');
    expect(await card.locator('.reasons').textContent()).toContain('Reported by 3 readers: abuse (2), spam (1)');
    await card.click();
    await mod.keyboard.press('a');
    await vi.waitFor(async () => expect(await status()).toBe('approved'), { timeout: 10_000 });
    const reporters = await h.db.selectFrom('reporters').select(['upheld', 'dismissed']).execute();
    expect(reporters).toEqual([
      { upheld: 0, dismissed: 1 },
      { upheld: 0, dismissed: 1 },
      { upheld: 0, dismissed: 1 },
    ]);
    const back = await reader();
    await back.widget.locator('ol.list li', { hasText: body }).waitFor();
    await mod.context().close();
  }, 90_000);

  it('shows "Comments are closed" instead of the form on a closed article, and featured comments first', async () => {
    const picked = await seedComment(h, { articleId: ARTICLE, body: 'An editor picked this one.' });
    await seedComment(h, { articleId: ARTICLE, body: 'A plain reply, not featured.' });
    const auth = { authorization: `Bearer ${h.adminToken}` };
    expect((await h.post(`/v1/moderation/comments/${picked}/feature`, {}, auth)).status).toBe(200);
    const res = await h.fetch(`/v1/moderation/sites/demo/articles/${ARTICLE}`, {
      method: 'PATCH',
      headers: { ...auth, 'content-type': 'application/json' },
      body: JSON.stringify({ closed: true }),
    });
    expect(res.status).toBe(200);
    const { widget } = await reader();
    await widget.getByText('Comments are closed').waitFor();
    expect(await widget.getByRole('button', { name: 'Post comment' }).isVisible()).toBe(false);
    const featured = widget.getByRole('region', { name: 'Featured' });
    expect(await featured.locator('li .body').allTextContents()).toEqual(['An editor picked this one.']);
    // Listed once, under Featured, above the others.
    const bodies = await listedBodies(widget);
    expect(bodies[0]).toBe('An editor picked this one.');
    expect(bodies.filter((b) => b === 'An editor picked this one.')).toHaveLength(1);
    expect(bodies).toContain('A plain reply, not featured.');
  });
});
