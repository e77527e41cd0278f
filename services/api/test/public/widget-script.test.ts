import { type Harness, harness } from '@cm/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

describe('GET /widget.js and /demo', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await harness({ worker: false });
  });
  afterAll(() => h.close());

  it('serves the bundled widget: small, cacheable, loadable from any page', async () => {
    const res = await h.fetch('/widget.js');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/javascript/);
    expect(res.headers.get('cache-control')).toMatch(/public, max-age=\d+/);
    expect(res.headers.get('cross-origin-resource-policy')).toBe('cross-origin');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    const code = await res.text();
    // One self-contained script: no imports left, no framework.
    expect(code).not.toMatch(/\bimport\s*[{*("']/);
    expect(code).toContain('attachShadow');
    expect(Buffer.byteLength(code)).toBeLessThan(32 * 1024);

    const etag = res.headers.get('etag');
    expect(etag).toBeTruthy();
    const again = await h.fetch('/widget.js', { headers: { 'If-None-Match': etag! } });
    expect(again.status).toBe(304);
  });

  it('serves the demo article with the widget under it, under a strict CSP', async () => {
    const res = await h.fetch('/demo');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/html/);
    const html = await res.text();
    expect(html).toContain('<div data-comments data-site="demo"');
    expect(html).toContain('<script src="/widget.js" async></script>');
    const csp = res.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
  });
});

describe('/demo turned off', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await harness({ worker: false, env: { DEMO_ENABLED: 'false' } });
  });
  afterAll(() => h.close());

  it('answers 404 and still serves the widget', async () => {
    const res = await h.fetch('/demo');
    expect(res.status).toBe(404);
    expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect((await h.fetch('/widget.js')).status).toBe(200);
  });
});
