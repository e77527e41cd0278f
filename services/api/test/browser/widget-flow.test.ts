import { type Harness, harness, launchBrowser } from '@cm/testing';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { approve, listedBodies, postThroughWidget, storedComment, widgetOf } from './widget-support.js';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

describe('the widget on /demo, with every comment held for a moderator', () => {
  let h: Harness;
  // An hour as the minimum time-to-submit: every post through the widget counts as too fast, so the rules hold
  // it (flagged) whatever it says. That also proves the widget sends the time its form was shown.
  beforeAll(async () => {
    h = await harness({ env: { MIN_SUBMIT_MS: '3600000' } });
  });
  afterAll(() => h?.close());

  it('shows a posted comment as awaiting moderation, across a reload, and as published once approved', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${h.url}/demo`);
    const widget = widgetOf(page);
    await widget.getByText('No comments yet').waitFor();

    const body = 'The part about readable rules convinced me. Moderators should see why.';
    await postThroughWidget(widget, 'Mira', body);
    const own = widget.locator('li.own', { hasText: body });
    await own.getByText('Awaiting moderation').waitFor();
    await widget
      .getByRole('status')
      .getByText(/awaiting moderation/i)
      .waitFor();
    expect(await widget.getByLabel('Your comment', { exact: true }).inputValue()).toBe('');

    const stored = await storedComment(h, body);
    await vi.waitFor(async () => expect((await storedComment(h, body)).status).toBe('flagged'), { timeout: 15_000 });
    const reasons = await h.db
      .selectFrom('comment_reasons')
      .select('rule')
      .where('comment_id', '=', stored.id)
      .execute();
    expect(reasons.map((r) => r.rule)).toContain('spam.too-fast');

    // Only its writer sees it, and still after a reload (localStorage).
    await page.reload();
    await widgetOf(page).locator('li.own', { hasText: body }).getByText('Awaiting moderation').waitFor();
    const stranger = await (await browser.newContext()).newPage();
    await stranger.goto(`${h.url}/demo`);
    await widgetOf(stranger).getByText('No comments yet').waitFor();
    expect(await widgetOf(stranger).getByText(body).count()).toBe(0);

    await approve(h, stored.id);
    // No reload: the widget's own polling turns it into a published comment.
    const widgetAfter = widgetOf(page);
    await vi.waitFor(
      async () => expect(await widgetAfter.getByText('Awaiting moderation', { exact: true }).count()).toBe(0),
      {
        timeout: 20_000,
        interval: 100,
      },
    );
    await widgetAfter.getByRole('status').getByText('Your comment is now published.').waitFor();
    expect(await widgetAfter.locator('li', { hasText: body }).count()).toBe(1);
    expect(await widgetAfter.getByRole('heading', { name: /Comments/ }).textContent()).toContain('(1)');

    // Every reader sees it now (a fresh page, past the list's few seconds of cache).
    const reader = await (await browser.newContext()).newPage();
    await reader.goto(`${h.url}/demo`);
    await widgetOf(reader).locator('ol.list li', { hasText: body }).waitFor();
    expect(await widgetOf(reader).getByText('Awaiting moderation', { exact: true }).count()).toBe(0);
    await context.close();
  });
});

describe('the widget on /demo, with the rules deciding', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await harness({ env: { MIN_SUBMIT_MS: '0' } });
  });
  afterAll(() => h?.close());

  it('publishes an ordinary comment without a reload, and never shows an abusive one to other readers', async () => {
    const page = await (await browser.newContext()).newPage();
    await page.goto(`${h.url}/demo`);
    const widget = widgetOf(page);
    await widget.getByText('No comments yet').waitFor();

    const fine = 'I disagree with the second paragraph, but the argument is made in good faith.';
    await postThroughWidget(widget, 'Omar', fine);
    await widget.getByRole('status').getByText('Your comment is now published.').waitFor({ timeout: 15_000 });
    expect((await storedComment(h, fine)).status).toBe('approved');

    const abusive = 'You are a pathetic idiot and a worthless moron, shut up.';
    await postThroughWidget(widget, 'Troll', abusive);
    await widget.locator('li.own', { hasText: abusive }).waitFor();
    const stored = await storedComment(h, abusive);
    expect(stored.status).not.toBe('approved');
    const categories = await h.db
      .selectFrom('comment_reasons')
      .select('category')
      .where('comment_id', '=', stored.id)
      .execute();
    expect(categories.map((c) => c.category)).toContain('abuse');

    const reader = await (await browser.newContext()).newPage();
    await reader.goto(`${h.url}/demo`);
    const readerWidget = widgetOf(reader);
    await readerWidget.locator('ol.list li', { hasText: fine }).waitFor();
    expect(await listedBodies(readerWidget)).toEqual([fine]);
    expect(await readerWidget.getByText(abusive).count()).toBe(0);
  });
});
