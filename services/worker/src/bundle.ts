import { copyFile, mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type BuildOptions, build, type Plugin } from 'esbuild';

const SRC = fileURLToPath(new URL('./', import.meta.url));

/**
 * pg asks at import whether it runs in a Cloudflare Worker, and on Node 20 (no `navigator`) it tells by building a
 * `Response`, which makes Node load its whole fetch implementation: ~25 ms of every start, for a runtime a Node
 * bundle never runs in. The bundle answers the question without the `Response`.
 */
const PG_CLOUDFLARE_PROBE = "if (typeof Response === 'function') {";
const pgOnNode: Plugin = {
  name: 'pg-on-node',
  setup(b) {
    b.onLoad({ filter: /[\\/]pg[\\/]lib[\\/]stream\.js$/ }, async (args) => {
      const source = await readFile(args.path, 'utf8');
      if (!source.includes(PG_CLOUDFLARE_PROBE)) {
        return {
          warnings: [{ text: 'pg/lib/stream.js no longer probes for Cloudflare with a Response: left as it is' }],
        };
      }
      return { contents: source.replace(PG_CLOUDFLARE_PROBE, 'if (false) {'), loader: 'js' };
    });
  },
};

const NODE_BUNDLE: BuildOptions = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  sourcemap: true,
  // Stack traces map to the sources' files and lines without their text in the map, three times smaller.
  sourcesContent: false,
  // pg's optional native binding is loaded only when asked for.
  external: ['pg-native'],
  plugins: [pgOnNode],
  logLevel: 'warning',
};

/**
 * Bundles a Node entry point and everything it imports into one ES module at `outfile`. Node then loads one file
 * instead of hundreds of modules through the TypeScript loader.
 */
export async function bundleNodeEntry(entry: string, outfile: string): Promise<void> {
  await build({
    ...NODE_BUNDLE,
    entryPoints: [entry],
    outfile,
    format: 'esm',
    // CommonJS dependencies (pg, ioredis, bullmq) call require(); an ES module bundle has to provide one.
    banner: {
      js: "import { createRequire as __cmRequire } from 'node:module'; const require = __cmRequire(import.meta.url);",
    },
  });
}

/**
 * Writes the worker to `outDir` and returns the path of its entry point, `main.mjs`: a small loader that runs
 * `worker.cjs`, the worker and everything it imports as one CommonJS file, from the V8 code cache kept beside it
 * (start/code-cache.ts), with the Lua script the worker reads at start.
 */
export async function bundleWorker(outDir: string): Promise<string> {
  await mkdir(outDir, { recursive: true });
  await build({
    ...NODE_BUNDLE,
    entryPoints: [join(SRC, 'main.ts')],
    outfile: join(outDir, 'worker.cjs'),
    format: 'cjs',
    // The sources read files beside themselves (the Lua script); in the bundle, beside the bundle.
    define: { 'import.meta.url': '__cmModuleUrl' },
    banner: { js: 'var __cmModuleUrl = require("node:url").pathToFileURL(__filename).href;' },
  });
  const main = join(outDir, 'main.mjs');
  await bundleNodeEntry(join(SRC, 'start', 'load.ts'), main);
  await copyFile(join(SRC, 'duplicates', 'check-and-add.lua'), join(outDir, 'check-and-add.lua'));
  return main;
}
