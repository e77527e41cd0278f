import { type Harness, harness, launchBrowser, type ThrowawayRedis, throwawayRedis } from '@cm/testing';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postThroughWidget, widgetOf } from './widget-support.js';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

async function demo(h: Harness): Promise<{ page: Page; widget: Locator }> {
  const page = await (await browser.newContext()).newPage();
  await page.goto(`${h.url}/demo`);
  const widget = widgetOf(page);
  await widget.getByText('No comments yet').waitFor();
  return { page, widget };
}

const postResponse = (page: Page) =>
  page.waitForResponse((r) => r.url().endsWith('/v1/comments') && r.request().method() === 'POST');

describe('widget error messages from a running API', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await harness({ worker: false, env: { RATE_LIMITS: 'ip=1/60,author=1/60' } });
  });
  afterAll(() => h?.close());

  it('says a comment is too long, and keeps it for editing', async () => {
    const { page, widget } = await demo(h);
    const long = 'word '.repeat(2000) + 'x';
    await widget.getByLabel('Your name', { exact: true }).fill('Ana');
    await widget.getByLabel('Your comment', { exact: true }).fill(long);
    await widget.getByText('10,001 / 10,000 characters: 1 too many').waitFor();
    const answered = postResponse(page);
    await widget.getByRole('button', { name: 'Post comment' }).click();
    expect((await answered).status()).toBe(422);
    await widget
      .getByRole('alert')
      .getByText('Your comment is too long: 10,001 characters, the limit is 10,000.')
      .waitFor();
    expect(await widget.getByLabel('Your comment', { exact: true }).inputValue()).toBe(long);
    expect(await widget.getByLabel('Your comment', { exact: true }).getAttribute('aria-invalid')).toBe('true');
  });

  it('says when to retry after the rate limit, from Retry-After', async () => {
    const { page, widget } = await demo(h);
    await postThroughWidget(widget, 'Ana', 'The first comment goes through.');
    await widget.locator('li.own').first().waitFor();
    const answered = postResponse(page);
    await postThroughWidget(widget, 'Ana', 'The second one is too soon.');
    const res = await answered;
    expect(res.status()).toBe(429);
    const seconds = Number(res.headers()['retry-after']);
    expect(seconds).toBeGreaterThan(0);
    await widget
      .getByRole('alert')
      .getByText(`You are posting too quickly. Please wait ${seconds} second`, { exact: false })
      .waitFor();
    expect(await widget.getByRole('button', { name: 'Post comment' }).isDisabled()).toBe(true);
    expect(await widget.getByLabel('Your comment', { exact: true }).inputValue()).toBe('The second one is too soon.');
  });
});

describe('widget error messages when the service is down', () => {
  let h: Harness;
  let redis: ThrowawayRedis;
  beforeAll(async () => {
    redis = await throwawayRedis();
    h = await harness({ worker: false, env: { REDIS_URL: redis.url } });
  });
  afterAll(async () => {
    await redis?.start().catch(() => undefined);
    await h?.close();
    await redis?.stop();
  });

  it('says the service is unavailable (503) and, with the API gone, that it cannot be reached', async () => {
    const { page, widget } = await demo(h);
    await redis.stop();
    const answered = postResponse(page);
    await postThroughWidget(widget, 'Ana', 'Posted while Redis is down.');
    expect((await answered).status()).toBe(503);
    await widget
      .getByRole('alert')
      .getByText('The comment service is unavailable right now', { exact: false })
      .waitFor();
    expect(await widget.getByLabel('Your comment', { exact: true }).inputValue()).toBe('Posted while Redis is down.');
    expect(await widget.locator('li.own').count()).toBe(0);

    await h.api.close();
    await widget.getByRole('button', { name: 'Post comment' }).click();
    await widget.getByRole('alert').getByText("We couldn't reach the comment service.", { exact: false }).waitFor();
  });
});
