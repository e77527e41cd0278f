import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { OpenAPIHono } from '@hono/zod-openapi';
import { Scalar } from '@scalar/hono-api-reference';
import type { AppEnv } from '../../context.js';

/** The renderer's browser bundle, from the pinned `@scalar/api-reference` package (its exports do not list it). */
const BUNDLE = fileURLToPath(new URL('browser/standalone.js', import.meta.resolve('@scalar/api-reference')));
const SCRIPT_PATH = '/docs/scalar.js';

/**
 * `/docs`: the API reference rendered from `/openapi.json`. The renderer is served from here rather than a CDN,
 * so the page works on a network without internet access and sends nothing elsewhere.
 */
export function registerApiReference(app: OpenAPIHono<AppEnv>): void {
  let bundle: Promise<Buffer> | undefined;
  app.get(
    '/docs',
    Scalar({
      url: '/openapi.json',
      pageTitle: 'Comment moderation API',
      cdn: SCRIPT_PATH,
      withDefaultFonts: false,
      // Nothing on the page calls out to a third party: no hosted chat, MCP installer or telemetry.
      agent: { disabled: true },
      mcp: { disabled: true },
      telemetry: false,
      showDeveloperTools: 'never',
    }),
  );
  app.get(SCRIPT_PATH, async (c) => {
    bundle ??= readFile(BUNDLE).catch((err: unknown) => {
      bundle = undefined; // let the next request try again
      throw err;
    });
    return c.body(new Uint8Array(await bundle), 200, {
      'Content-Type': 'text/javascript; charset=utf-8',
      'Cache-Control': 'public, max-age=3600',
    });
  });
}
