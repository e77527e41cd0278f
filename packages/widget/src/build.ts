import { mkdir, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { bundleWidget } from './index.js';

/**
 * `pnpm --filter @cm/widget build`: writes dist/widget.js (for serving from a CDN) and reports its size. The API
 * does not need it: it bundles the widget in memory.
 */
const bundle = await bundleWidget();
const dist = fileURLToPath(new URL('../dist/', import.meta.url));
await mkdir(dist, { recursive: true });
await writeFile(`${dist}widget.js`, bundle.code);
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
process.stdout.write(
  `dist/widget.js: ${kb(bundle.bytes)} minified, ${kb(bundle.gzipBytes)} gzipped (${bundle.buildMs} ms)\n`,
);
