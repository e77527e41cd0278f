import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from '../../context.js';
import { ProblemError } from '../../errors.js';

const here = (file: string) => readFileSync(new URL(file, import.meta.url), 'utf8');
const STYLE = here('./demo-article.css').trim();
const TEMPLATE = here('./demo-article.html').replace(/<!-- the stylesheet .* -->/, `<style>${STYLE}</style>`);

/**
 * A strict policy for the demo, which doubles as proof that the embed needs no inline script, no eval and no
 * inline styles: its stylesheet is adopted by its shadow root.
 */
const CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "connect-src 'self'",
  `style-src 'sha256-${createHash('sha256').update(STYLE).digest('base64')}'`,
  "img-src 'self' data:",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

/** `GET /demo`: a sample article with the widget under it (config.demo.enabled; on by default outside production). */
export function registerDemoPage(app: OpenAPIHono<AppEnv>): void {
  app.get('/demo', (c) => {
    const { config } = c.var.deps;
    if (!config.demo.enabled) throw new ProblemError('NOT_FOUND', 'The demo is turned off (DEMO_ENABLED=false).');
    return c.html(TEMPLATE, 200, { 'Content-Security-Policy': CSP, 'Cache-Control': 'no-cache' });
  });
}
