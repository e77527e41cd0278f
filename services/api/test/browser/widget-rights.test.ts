import { type Harness, harness, launchBrowser } from '@cm/testing';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { approve, postThroughWidget, storedComment, widgetOf } from './widget-support.js';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

describe('the widget tells the author why and takes one appeal', () => {
  let h: Harness;
  // Every post through the widget counts as too fast: the rules hold it with a spam reason.
  beforeAll(async () => {
    h = await harness({ env: { MIN_SUBMIT_MS: '3600000' } });
  });
  afterAll(() => h?.close());

  it('shows "Not published: <reason>" and an Appeal a keyboard can file; a reversal publishes it', async () => {
    const page = await (await browser.newContext()).newPage();
    await page.goto(`${h.url}/demo`);
    const widget = widgetOf(page);
    await widget.getByText('No comments yet').waitFor();

    const body = 'Buy my course on readable moderation rules, the link is in my profile.';
    await postThroughWidget(widget, 'Nora', body);
    const own = widget.locator('li.own', { hasText: body });
    await own.getByText('Not published:').waitFor({ timeout: 15_000 });
    expect(await own.locator('.reason').textContent()).toMatch(/^Not published: It looks like advertising or spam\./);
    expect(await own.locator('.decided').textContent()).toMatch(/^Decided by the automatic rules on /);

    // Keyboard only: the button says the form is closed, Enter opens it and puts the focus in its labelled field.
    const appealButton = own.getByRole('button', { name: 'Appeal', exact: true });
    expect(await appealButton.getAttribute('aria-expanded')).toBe('false');
    await appealButton.focus();
    await page.keyboard.press('Enter');
    expect(await appealButton.getAttribute('aria-expanded')).toBe('true');
    const field = own.getByLabel(/Why should this comment be published/);
    expect(await field.evaluate((el) => (el.getRootNode() as ShadowRoot).activeElement === el)).toBe(true);
    // Escape closes it and gives the focus back to the button.
    await page.keyboard.press('Escape');
    expect(await appealButton.getAttribute('aria-expanded')).toBe('false');
    expect(await appealButton.evaluate((el) => (el.getRootNode() as ShadowRoot).activeElement === el)).toBe(true);
    await page.keyboard.press('Enter');
    await page.keyboard.type('It is my own course and on topic; please look again.');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await own.getByText('You appealed. A moderator will look at your comment again.').waitFor();
    await widget.getByRole('status').getByText('Your appeal was sent.').waitFor();
    expect(await own.getByRole('button', { name: 'Appeal', exact: true }).count()).toBe(0);

    const stored = await storedComment(h, body);
    const appeal = await h.db
      .selectFrom('appeals')
      .select(['message', 'outcome'])
      .where('comment_id', '=', stored.id)
      .executeTakeFirstOrThrow();
    expect(appeal).toEqual({ message: 'It is my own course and on topic; please look again.', outcome: null });

    // Still there after a reload: the receipt and the appeal live with the reader's own comments.
    await page.reload();
    const again = widgetOf(page).locator('li.own', { hasText: body });
    await again.getByText('You appealed.').waitFor();

    // The moderator reverses it: no reload, the widget's polling publishes it.
    await approve(h, stored.id);
    await vi.waitFor(
      async () => {
        const li = widgetOf(page).locator(`li[data-id="${stored.id}"]`);
        expect((await li.getAttribute('class')) ?? '').not.toMatch(/own/);
        expect(await li.locator('.body').textContent()).toBe(body);
      },
      { timeout: 20_000, interval: 100 },
    );
    expect((await h.db.selectFrom('appeals').select('outcome').executeTakeFirstOrThrow()).outcome).toBe('reversed');
  }, 90_000);
});
