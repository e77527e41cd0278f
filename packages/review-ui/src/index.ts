import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const ENTRY = fileURLToPath(new URL('./client/main.ts', import.meta.url));
const STYLES = fileURLToPath(new URL('./client/styles.css', import.meta.url));

/** The review page's assets, each with a content hash for cache busting and ETags. */
export interface ReviewAssets {
  html: string;
  js: { code: string; hash: string };
  css: { code: string; hash: string };
}

const hashOf = (s: string): string => createHash('sha256').update(s).digest('base64url').slice(0, 16);

/**
 * Bundles the page's script (one IIFE, no framework) and reads its stylesheet. Tens of milliseconds, so the API
 * builds it in memory on the first request instead of needing a build step.
 */
export async function buildReviewAssets(opts: { basePath?: string; minify?: boolean } = {}): Promise<ReviewAssets> {
  const base = opts.basePath ?? '/moderate';
  const result = await build({
    entryPoints: [ENTRY],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: ['chrome110', 'firefox110', 'safari16'],
    minify: opts.minify ?? true,
    legalComments: 'none',
    charset: 'utf8',
    write: false,
    logLevel: 'silent',
  });
  const file = result.outputFiles[0];
  if (!file) throw new Error('esbuild produced no output for the review page');
  const js = { code: file.text, hash: hashOf(file.text) };
  const cssText = await readFile(STYLES, 'utf8');
  const css = { code: cssText, hash: hashOf(cssText) };
  return { html: pageHtml(base, js.hash, css.hash), js, css };
}

/**
 * The page shell. It carries no data: everything comes from the API after sign-in, and the strict CSP that the
 * server sends with it (no inline script, no inline style) is the second line of defence behind text-only rendering.
 */
function pageHtml(base: string, jsHash: string, cssHash: string): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>Moderation</title>
<link rel="stylesheet" href="${base}/app.css?v=${cssHash}">
<script src="${base}/app.js?v=${jsHash}" defer></script>
</head>
<body>
<div id="app"></div>
<div id="toasts" role="status" aria-live="polite"></div>
<noscript>The review page needs JavaScript.</noscript>
</body>
</html>
`;
}

/** The Content-Security-Policy of the page: only its own script, style and API. */
export const REVIEW_CSP =
  "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self' data:; " +
  "base-uri 'none'; form-action 'self'; frame-ancestors 'none'";
