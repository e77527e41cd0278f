import { type Harness, harness, hostPages, launchBrowser } from '@cm/testing';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/**
 * Security headers on every page and JSON answer, the review page out of reach of clickjacking, and the
 * moderation and admin API out of reach of cross-site requests: it authenticates with a bearer token in the
 * Authorization header (never a cookie), and no foreign origin may send that header.
 */
const HTML = ['/moderate', '/demo', '/docs'];
const OTHER = ['/openapi.json', '/healthz', '/widget.js', '/moderate/app.js', '/v1/comments/not-a-uuid', '/nope'];
const FOREIGN = 'https://evil.example';

describe('security headers, clickjacking and CSRF', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await harness({ worker: false });
  });
  afterAll(() => h?.close());

  it.each([...HTML, ...OTHER])('%s says nosniff and sets no cookie', async (path) => {
    const res = await h.fetch(path);
    expect(res.status).toBeLessThan(500);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('set-cookie')).toBeNull();
  });

  it.each(HTML)('%s may not be framed by another origin', async (path) => {
    const res = await h.fetch(path);
    expect(res.headers.get('content-type')).toMatch(/^text\/html/);
    const csp = res.headers.get('content-security-policy') ?? '';
    const xfo = res.headers.get('x-frame-options') ?? '';
    const ancestors = /frame-ancestors ([^;]+)/.exec(csp)?.[1]?.trim();
    expect(ancestors === "'none'" || ancestors === "'self'" || /^(DENY|SAMEORIGIN)$/i.test(xfo)).toBe(true);
  });

  it("the review page's policy forbids every frame ancestor, inline script and foreign connections", async () => {
    const csp = (await h.fetch('/moderate')).headers.get('content-security-policy') ?? '';
    expect(csp).toMatch(/frame-ancestors 'none'/);
    expect(csp).toMatch(/script-src 'self'(;|$)/);
    expect(csp).toMatch(/connect-src 'self'/);
    expect(csp).toMatch(/form-action 'self'|form-action 'none'/);
  });

  it.each([
    ['GET', '/v1/moderation/queue'],
    ['POST', '/v1/moderation/bulk'],
    ['POST', '/v1/moderation/comments/019ab8e0-7c4e-7a31-9f1e-2b7c1d9e4f10/approve'],
    ['PUT', '/v1/moderation/sites/demo/authors/x/ban'],
    ['POST', '/v1/admin/tokens'],
    ['PUT', '/v1/admin/sites/demo/policy'],
    ['POST', '/v1/admin/webhooks'],
    // Even the widget's own endpoints never let a foreign page send a token.
    ['POST', '/v1/comments'],
    ['GET', '/v1/articles/a/comments'],
  ])('a foreign origin may not send Authorization to %s %s', async (method, path) => {
    const preflight = await h.fetch(path, {
      method: 'OPTIONS',
      headers: {
        origin: FOREIGN,
        'access-control-request-method': method,
        'access-control-request-headers': 'authorization,content-type',
      },
    });
    const allowOrigin = preflight.headers.get('access-control-allow-origin');
    const allowHeaders = (preflight.headers.get('access-control-allow-headers') ?? '').toLowerCase();
    expect(allowOrigin === null || !allowHeaders.includes('authorization')).toBe(true);
    expect(preflight.headers.get('access-control-allow-credentials')).toBeNull();

    if (path.startsWith('/v1/moderation') || path.startsWith('/v1/admin')) {
      // A simple request (no preflight) with a valid token gets no CORS grant: the page cannot read the answer.
      const res = await h.fetch(path, {
        method,
        headers: { origin: FOREIGN, authorization: `Bearer ${h.adminToken}`, 'content-type': 'text/plain' },
        ...(method === 'GET' ? {} : { body: '{}' }),
      });
      expect(res.headers.get('access-control-allow-origin')).toBeNull();
    }
  });

  it('ignores cookies: ambient credentials authenticate nothing', async () => {
    const res = await h.fetch('/v1/moderation/me', {
      headers: { cookie: `token=${h.adminToken}; session=${h.adminToken}; authorization=Bearer ${h.adminToken}` },
    });
    expect(res.status).toBe(401);
  });

  describe('in a browser', () => {
    let browser: Browser;
    let host: Awaited<ReturnType<typeof hostPages>>;
    beforeAll(async () => {
      browser = await launchBrowser();
      host = await hostPages();
    });
    afterAll(async () => {
      await browser?.close();
      await host?.close();
    });

    it('a page of another origin cannot frame the review page', async () => {
      const page = await browser.newPage();
      const url = host.page('/frame.html', `<!doctype html><iframe id="f" src="${h.url}/moderate"></iframe>`);
      const blocked = new Promise<string>((resolve) => {
        page.on('console', (m) => {
          if (/frame-ancestors|Refused to (display|frame)/i.test(m.text())) resolve(m.text());
        });
      });
      await page.goto(url);
      // Chromium reports the refusal on the console and leaves the frame on an error document.
      expect(await blocked).toMatch(/frame-ancestors/);
      const frame = page.frames().find((f) => f !== page.mainFrame());
      expect(frame?.url()).not.toBe(`${h.url}/moderate`);
      await page.close();
    });
  });
});
