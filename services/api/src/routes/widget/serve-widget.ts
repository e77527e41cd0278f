import { bundleWidget, type WidgetBundle } from '@cm/widget';
import type { OpenAPIHono } from '@hono/zod-openapi';
import { etag } from 'hono/etag';
import type { AppEnv } from '../../context.js';

/**
 * The embed URL is unversioned (sites paste it once), so it cannot be cached for ever: five minutes fresh, then
 * served stale for a day while a cache revalidates it (cheaply, through the ETag).
 */
const CACHE_CONTROL = 'public, max-age=300, stale-while-revalidate=86400';

let bundle: Promise<WidgetBundle> | undefined;

/** The bundle, built on first use and kept in memory; a failed build is retried on the next request. */
function widgetBundle(onBuilt?: (b: WidgetBundle) => void): Promise<WidgetBundle> {
  bundle ??= bundleWidget().then(
    (b) => {
      onBuilt?.(b);
      return b;
    },
    (err: unknown) => {
      bundle = undefined;
      throw err;
    },
  );
  return bundle;
}

/** `GET /widget.js`: the embed, bundled by esbuild in memory (no build step before `pnpm start`). */
export function registerWidgetScript(app: OpenAPIHono<AppEnv>): void {
  app.use('/widget.js', etag());
  app.get('/widget.js', async (c) => {
    const b = await widgetBundle((built) =>
      c.var.logger.info({ bytes: built.bytes, gzipBytes: built.gzipBytes, ms: built.buildMs }, 'widget bundled'),
    );
    return c.body(b.code, 200, {
      'Content-Type': 'text/javascript; charset=utf-8',
      'Cache-Control': CACHE_CONTROL,
      ETag: `"${b.hash}"`,
      // Any page may load the script: that is what an embed is for (the API calls are what CORS guards).
      'Cross-Origin-Resource-Policy': 'cross-origin',
    });
  });
}
