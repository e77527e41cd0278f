import { type Harness, harness, launchBrowser } from '@cm/testing';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

describe('/docs on a network without internet access', () => {
  let h: Harness;
  let browser: Browser;
  beforeAll(async () => {
    h = await harness({ worker: false });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await h?.close();
  });

  // The renderer is a large script: parsing it on a busy machine takes a while.
  it('renders the API reference from what the API itself serves', { timeout: 90_000 }, async () => {
    const context = await browser.newContext();
    const scripts: string[] = [];
    const elsewhere: string[] = [];
    // Everything but loopback fails, as it would with no network at all.
    await context.route('**/*', (route) => {
      const request = route.request();
      if (request.resourceType() === 'script') scripts.push(request.url());
      const { protocol, hostname } = new URL(request.url());
      if (protocol === 'data:' || protocol === 'blob:' || hostname === '127.0.0.1') return route.continue();
      elsewhere.push(request.url());
      return route.abort('internetdisconnected');
    });
    const page = await context.newPage();
    await page.goto(`${h.url}/docs`);
    // The document's description and an operation from /openapi.json, rendered.
    await page.getByText('Submit reader comments, read their decisions').first().waitFor({ timeout: 60_000 });
    await page.getByText('Readiness: Postgres answers, and the keys of every decide queue').first().waitFor();
    expect(scripts).toEqual([`${h.url}/docs/scalar.js`]);
    // No hosted chat offered, and nothing requested from anywhere but the API itself.
    expect(await page.getByText('Ask AI').count()).toBe(0);
    expect(elsewhere).toEqual([]);
    await context.close();
  });
});
