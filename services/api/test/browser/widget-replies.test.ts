import { type Harness, type HostPages, harness, hostPages, launchBrowser, seedComments } from '@cm/testing';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listedBodies, storedComment, widgetOf } from './widget-support.js';

let browser: Browser;
let h: Harness;
let host: HostPages;

beforeAll(async () => {
  [browser, h, host] = await Promise.all([launchBrowser(), harness({ env: { MIN_SUBMIT_MS: '0' } }), hostPages()]);
});
afterAll(async () => {
  await browser?.close();
  await host?.close();
  await h?.close();
});

async function open(url: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await page.goto(url);
  return page;
}

/** Whether the element has the keyboard focus inside the widget's shadow root. */
const focused = (el: Element) => (el.getRootNode() as ShadowRoot).activeElement === el;

describe('replies in the widget', () => {
  it('answers a comment in place: the reply waits under its writer, then shows under the comment for everyone', async () => {
    const parentBody = 'Moderators should always see which words made a rule fire.';
    const [parentId] = await seedComments(h, [
      { articleId: 'demo-rules-you-can-read', authorName: 'Ines', body: parentBody, receivedAt: new Date() },
    ]);
    const page = await open(`${h.url}/demo`);
    const widget = widgetOf(page);
    await widget.locator('ol.list li', { hasText: parentBody }).waitFor();

    // Cancel closes the form and gives the keyboard back to the button that opened it.
    await widget.getByRole('button', { name: 'Reply to Ines' }).click();
    const form = widget.getByRole('form', { name: 'Reply to Ines' });
    expect(await form.getByLabel('Your reply').evaluate(focused)).toBe(true);
    await form.getByRole('button', { name: 'Cancel' }).click();
    expect(await form.count()).toBe(0);
    expect(await widget.getByRole('button', { name: 'Reply to Ines' }).evaluate(focused)).toBe(true);

    const replyBody = 'Agreed, and the evidence should point at the exact characters, as it does here.';
    await widget.getByRole('button', { name: 'Reply to Ines' }).click();
    await form.getByLabel('Your name', { exact: true }).fill('Tomas');
    await form.getByLabel('Your reply').fill(replyBody);
    await form.getByRole('button', { name: 'Post reply' }).click();
    await widget.locator('li.own', { hasText: replyBody }).getByText('replying to Ines').waitFor();
    expect(await form.count()).toBe(0);
    await widget.getByRole('status').getByText('Your comment is now published.').waitFor({ timeout: 15_000 });

    const stored = await h.db
      .selectFrom('comments')
      .select(['parent_id', 'status'])
      .where('id', '=', (await storedComment(h, replyBody)).id)
      .executeTakeFirstOrThrow();
    expect(stored).toEqual({ parent_id: parentId, status: 'approved' });

    // Another reader sees it nested under the comment it answers.
    const reader = widgetOf(await open(`${h.url}/demo`));
    await reader.locator(`ol.list > li[data-id="${parentId}"] > ol.replies > li`, { hasText: replyBody }).waitFor();
    expect(await reader.locator('ol.list > li').count()).toBe(1);
    expect(await listedBodies(reader)).toEqual([parentBody, replyBody]);
  });

  it('moves a reply listed before its comment (newest first, a page apart) under it when that page comes', async () => {
    const t = (s: number) => new Date(Date.UTC(2026, 5, 1, 12, 0, s));
    const [opening] = await seedComments(h, [
      { articleId: 'threads', authorName: 'Ada', body: 'The opening comment.', receivedAt: t(1) },
    ]);
    await seedComments(h, [
      { articleId: 'threads', authorName: 'Ben', body: 'A reply to Ada.', receivedAt: t(2), parentId: opening },
      { articleId: 'threads', authorName: 'Cy', body: 'The newest comment.', receivedAt: t(3) },
    ]);
    const page = await open(
      host.page(
        '/threads.html',
        `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Threads</title></head><body>
<div data-comments data-article="threads" data-page-size="2"></div>
<script src="${h.url}/widget.js" async></script></body></html>`,
      ),
    );
    const widget = widgetOf(page);
    await widget.locator('ol.list li', { hasText: 'A reply to Ada.' }).waitFor();
    expect(await widget.locator('ol.list > li .body').allTextContents()).toEqual([
      'The newest comment.',
      'A reply to Ada.',
    ]);

    await widget.getByRole('button', { name: 'Show more comments' }).click();
    await widget.locator(`li[data-id="${opening}"] > ol.replies > li`, { hasText: 'A reply to Ada.' }).waitFor();
    expect(await widget.locator('ol.list > li > .body').allTextContents()).toEqual([
      'The newest comment.',
      'The opening comment.',
    ]);
    expect(await listedBodies(widget)).toEqual(['The newest comment.', 'The opening comment.', 'A reply to Ada.']);
  });
});
