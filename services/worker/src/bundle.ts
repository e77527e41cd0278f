import { copyFile, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const SRC = fileURLToPath(new URL('./', import.meta.url));

/**
 * Bundles a Node entry point and everything it imports into one ES module at `outfile`. Node then loads one file
 * instead of hundreds of modules through the TypeScript loader: the worker starts deciding in well under a second.
 */
export async function bundleNodeEntry(entry: string, outfile: string): Promise<void> {
  await build({
    entryPoints: [entry],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    sourcemap: true,
    // Stack traces map to the sources' files and lines without their text in the map: Node reads and parses the
    // map at every start (--enable-source-maps), and the sources would make it three times larger.
    sourcesContent: false,
    // pg's optional native binding is loaded only when asked for.
    external: ['pg-native'],
    // CommonJS dependencies (pg, ioredis, bullmq) call require(); an ES module bundle has to provide one.
    banner: {
      js: "import { createRequire as __cmRequire } from 'node:module'; const require = __cmRequire(import.meta.url);",
    },
    logLevel: 'warning',
  });
}

/** Writes the worker as `<outDir>/main.mjs`, beside the Lua script it reads at start, and returns that path. */
export async function bundleWorker(outDir: string): Promise<string> {
  await mkdir(outDir, { recursive: true });
  const outfile = join(outDir, 'main.mjs');
  await bundleNodeEntry(join(SRC, 'main.ts'), outfile);
  await copyFile(join(SRC, 'duplicates', 'check-and-add.lua'), join(outDir, 'check-and-add.lua'));
  return outfile;
}
