import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

/** The browser entry point of the embed. */
export const WIDGET_ENTRY = fileURLToPath(new URL('./client/main.ts', import.meta.url));

/** The embed, bundled and minified, with what its size costs a reader. */
export interface WidgetBundle {
  code: string;
  bytes: number;
  gzipBytes: number;
  /** A content hash, for ETags and cache busting. */
  hash: string;
  /** How long the build took, for the logs. */
  buildMs: number;
}

/**
 * Bundles the widget into one self-contained IIFE (no framework, no runtime dependency). Takes some tens of
 * milliseconds, so the API builds it on first request instead of needing a build step.
 */
export async function bundleWidget(opts: { minify?: boolean } = {}): Promise<WidgetBundle> {
  const started = performance.now();
  const result = await build({
    entryPoints: [WIDGET_ENTRY],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    // Evergreen browsers of the last few years (Shadow DOM, optional chaining); older Safari lacks adoptedStyleSheets and gets the <style> fallback.
    target: ['chrome100', 'firefox100', 'safari15', 'edge100'],
    minify: opts.minify ?? true,
    legalComments: 'none',
    charset: 'utf8',
    write: false,
    logLevel: 'silent',
  });
  const file = result.outputFiles[0];
  if (!file) throw new Error('esbuild produced no output for the widget');
  const code = file.text;
  return {
    code,
    bytes: Buffer.byteLength(code),
    gzipBytes: gzipSync(code).length,
    hash: createHash('sha256').update(code).digest('base64url').slice(0, 16),
    buildMs: Math.round(performance.now() - started),
  };
}
