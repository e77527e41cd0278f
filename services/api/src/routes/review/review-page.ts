import { buildReviewAssets, REVIEW_CSP, type ReviewAssets } from '@cm/review-ui';
import type { OpenAPIHono } from '@hono/zod-openapi';
import type { Context } from 'hono';
import type { AppEnv } from '../../context.js';

const IMMUTABLE = 'public, max-age=31536000, immutable';

/**
 * `/moderate`: the review page, its script and its stylesheet, bundled in memory on first use. The shell is
 * public (it holds no data); everything it shows comes from the moderation API with the moderator's token.
 */
export function registerReviewPage(app: OpenAPIHono<AppEnv>): void {
  let assets: Promise<ReviewAssets> | undefined;
  const get = () => {
    assets ??= buildReviewAssets().catch((err: unknown) => {
      assets = undefined; // let the next request try again
      throw err;
    });
    return assets;
  };
  const page = async (c: Context<AppEnv>) => {
    const { html } = await get();
    return c.html(html, 200, { 'Content-Security-Policy': REVIEW_CSP, 'Cache-Control': 'no-cache' });
  };
  app.get('/moderate', page);
  app.get('/moderate/', page);
  app.get('/moderate/app.js', async (c) => {
    const { js } = await get();
    return c.body(js.code, 200, {
      'Content-Type': 'text/javascript; charset=utf-8',
      'Cache-Control': c.req.query('v') === js.hash ? IMMUTABLE : 'no-cache',
      ETag: `"${js.hash}"`,
    });
  });
  app.get('/moderate/app.css', async (c) => {
    const { css } = await get();
    return c.body(css.code, 200, {
      'Content-Type': 'text/css; charset=utf-8',
      'Cache-Control': c.req.query('v') === css.hash ? IMMUTABLE : 'no-cache',
      ETag: `"${css.hash}"`,
    });
  });
}
