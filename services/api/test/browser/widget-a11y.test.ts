import { copyFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Harness, type HostPages, harness, hostPages, launchBrowser, seedComments } from '@cm/testing';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postThroughWidget, widgetOf } from './widget-support.js';

const DEMO_ARTICLE = 'demo-rules-you-can-read';
const DOCS = fileURLToPath(new URL('../../../../docs/', import.meta.url));

let browser: Browser;
let h: Harness;
let host: HostPages;
beforeAll(async () => {
  [browser, h, host] = await Promise.all([launchBrowser(), harness({ worker: false }), hostPages()]);
  const minutesAgo = (m: number) => new Date(Date.now() - m * 60_000);
  const [, tom] = await seedComments(h, [
    {
      articleId: DEMO_ARTICLE,
      authorName: 'Dilek',
      receivedAt: minutesAgo(95),
      body: 'Finally a moderation tool that says *why* a comment was held. Our desk spends hours guessing what the old filter disliked.',
    },
    {
      articleId: DEMO_ARTICLE,
      authorName: 'Tom H.',
      receivedAt: minutesAgo(42),
      body: 'I am less convinced. Rules can be gamed once people learn them, and a determined troll will learn them fast.',
    },
  ]);
  await seedComments(h, [
    {
      articleId: DEMO_ARTICLE,
      authorName: 'Priya',
      parentId: tom,
      receivedAt: minutesAgo(7),
      body: 'Tom, the point is that a moderator can tune them. A black box cannot be argued with at all.',
    },
  ]);
});
afterAll(async () => {
  await browser?.close();
  await host?.close();
  await h?.close();
});

/** The id of the element focused inside the widget's shadow root ('' when focus is elsewhere). */
const focusedId = (page: Page) =>
  page.evaluate(() => document.querySelector('[data-comments]')?.shadowRoot?.activeElement?.id ?? '');

describe('the widget for keyboard, screen-reader and phone users', () => {
  it('labels every control, and posts with the keyboard alone', async () => {
    const page = await (await browser.newContext()).newPage();
    await page.goto(`${h.url}/demo`);
    const widget = widgetOf(page);
    await widget.locator('ol.list li').first().waitFor({ timeout: 5000 });

    const unlabeled = await page.evaluate(() =>
      [...document.querySelector('[data-comments]')!.shadowRoot!.querySelectorAll('input, textarea, select')]
        .filter((el) => (el as HTMLInputElement).labels?.length === 0)
        .map((el) => el.id),
    );
    expect(unlabeled).toEqual([]);
    expect(await widget.getByRole('status').getAttribute('aria-live')).toBe('polite');

    // Tab from the top of the page into the form; the honeypot is never reached.
    const order: string[] = [];
    for (let i = 0; i < 30 && !order.includes('cm-order'); i++) {
      await page.keyboard.press('Tab');
      const id = await focusedId(page);
      if (id) order.push(id);
    }
    expect(order.slice(0, 4)).toEqual(['cm-name', 'cm-body', 'cm-submit', 'cm-order']);
    expect(order).not.toContain('cm-website');

    // Empty form: the error is announced and focus goes to the field at fault.
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Shift+Tab');
    expect(await focusedId(page)).toBe('cm-name');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await widget.getByRole('alert').getByText('Please enter your name.').waitFor();
    expect(await focusedId(page)).toBe('cm-name');
    expect(await widget.getByLabel('Your name', { exact: true }).getAttribute('aria-invalid')).toBe('true');

    await page.keyboard.type('Kai');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Posted with the keyboard only.');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await widget.getByRole('status').getByText('awaiting moderation', { exact: false }).waitFor();
    expect(await widget.getByRole('alert').textContent()).toBe('');
  });

  it('moves focus to the first new comment after "Show more"', async () => {
    // A page size of two, as a site would set it in its HTML.
    const small = await (await browser.newContext()).newPage();
    await small.goto(
      host.page(
        '/small-pages.html',
        `<!doctype html><title>Article</title><div data-comments data-page-size="2" data-article="${DEMO_ARTICLE}"></div>
<script src="${h.url}/widget.js" async></script>`,
      ),
    );
    const widget = widgetOf(small);
    await widget.locator('ol.list li').nth(1).waitFor();
    expect(await widget.locator('ol.list li').count()).toBe(2);
    await widget.getByRole('button', { name: 'Show more comments' }).click();
    await widget.locator('ol.list li').nth(2).waitFor();
    const focused = await small.evaluate(
      () => document.querySelector('[data-comments]')?.shadowRoot?.activeElement?.textContent ?? '',
    );
    expect(focused).toContain('Finally a moderation tool');
    expect(await widget.getByRole('button', { name: 'Show more comments' }).isHidden()).toBe(true);
  });

  it('fits a phone screen, and looks like this on a laptop', async () => {
    const phone = await (
      await browser.newContext({ viewport: { width: 360, height: 740 }, deviceScaleFactor: 2 })
    ).newPage();
    await phone.goto(`${h.url}/demo`);
    const widget = widgetOf(phone);
    // Far below the fold on a phone: the comments load only once the reader scrolls there.
    expect(await widget.getByText('Comments load when you scroll here.').count()).toBe(1);
    await widget.scrollIntoViewIfNeeded();
    await widget.locator('ol.list li').nth(2).waitFor();
    const fit = await phone.evaluate(() => {
      const host = document.querySelector('[data-comments]') as HTMLElement;
      const root = host.shadowRoot!.querySelector('.root') as HTMLElement;
      const button = host.shadowRoot!.querySelector('button[type=submit]') as HTMLElement;
      const textarea = host.shadowRoot!.querySelector('textarea') as HTMLElement;
      return {
        overflow: root.scrollWidth - root.clientWidth,
        pageOverflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
        buttonHeight: button.getBoundingClientRect().height,
        buttonFullWidth: Math.abs(button.getBoundingClientRect().width - root.clientWidth) < 2,
        textareaInside: textarea.getBoundingClientRect().right <= window.innerWidth,
        fontSize: getComputedStyle(textarea).fontSize,
      };
    });
    expect(fit).toEqual({
      overflow: 0,
      pageOverflow: 0,
      buttonHeight: expect.any(Number),
      buttonFullWidth: true,
      textareaInside: true,
      fontSize: '16px',
    });
    expect(fit.buttonHeight).toBeGreaterThanOrEqual(44);

    const laptop = await (await browser.newContext({ viewport: { width: 1100, height: 900 } })).newPage();
    await laptop.goto(`${h.url}/demo`);
    const w = widgetOf(laptop);
    await w.scrollIntoViewIfNeeded();
    await w.locator('ol.list li').nth(2).waitFor();
    await postThroughWidget(w, 'You', 'Trying the demo: this one waits for a moderator.');
    await w.locator('li.own').getByText('Awaiting moderation').waitFor();
    await w.scrollIntoViewIfNeeded();
    const shot = join(tmpdir(), `widget-demo-${process.pid}.png`);
    await laptop.screenshot({ path: shot, fullPage: true });
    // `UPDATE_DOCS=1` refreshes the README's picture.
    if (process.env.UPDATE_DOCS) {
      await mkdir(DOCS, { recursive: true });
      await copyFile(shot, join(DOCS, 'widget-demo.png'));
    }
  });
});
