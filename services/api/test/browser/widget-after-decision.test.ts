import { type Harness, harness, launchBrowser } from '@cm/testing';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { approve, listedBodies, postThroughWidget, storedComment, widgetOf } from './widget-support.js';

describe("the widget after a moderator's decision", () => {
  let h: Harness;
  let browser: Browser;
  // Every post through the widget counts as too fast, so the rules hold it for a moderator.
  beforeAll(async () => {
    h = await harness({ env: { MIN_SUBMIT_MS: '3600000' } });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await h?.close();
  });

  it('counts the approved comment and drops "No comments yet", before and after a reload', {
    timeout: 60_000,
  }, async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${h.url}/demo`);
    const widget = widgetOf(page);
    // This answer is now in the browser's cache, which may serve it for a while (max-age, stale-while-revalidate).
    await widget.getByText('No comments yet').waitFor();

    const body = 'Held for a moderator, then approved: the count has to follow.';
    await postThroughWidget(widget, 'Noor', body);
    await widget.locator('li.own', { hasText: body }).getByText('Awaiting moderation').waitFor();
    const stored = await storedComment(h, body);
    await vi.waitFor(async () => expect((await storedComment(h, body)).status).toBe('flagged'), { timeout: 15_000 });
    await approve(h, stored.id);

    // Without a reload: the widget's polling publishes it, and the box stops saying it is empty.
    await widget.getByRole('status').getByText('Your comment is now published.').waitFor({ timeout: 20_000 });
    expect(await widget.getByRole('heading', { name: /Comments/ }).textContent()).toContain('(1)');
    expect(await widget.getByText('No comments yet').isVisible()).toBe(false);

    // After a reload: the list is revalidated, so it has the comment, once, and agrees with the count.
    await page.reload();
    const reloaded = widgetOf(page);
    await reloaded.locator('ol.list li', { hasText: body }).waitFor();
    expect(await listedBodies(reloaded)).toEqual([body]);
    expect(await reloaded.locator('li', { hasText: body }).count()).toBe(1);
    expect(await reloaded.getByRole('heading', { name: /Comments/ }).textContent()).toContain('(1)');
    expect(await reloaded.getByText('No comments yet').isVisible()).toBe(false);
    await context.close();
  });
});
