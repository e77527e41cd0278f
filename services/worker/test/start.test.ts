import { execFile } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCommonJs } from '../src/start/code-cache.js';
import { mapStackTraces } from '../src/start/stack-traces.js';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(os.tmpdir(), 'cm-worker-start-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** A CommonJS file whose exports tell which version of it ran. */
const source = (version: number) =>
  `const parts = []; for (let i = 0; i < 50; i++) parts.push(i * ${version});\nmodule.exports = { version: ${version}, sum: parts.reduce((a, b) => a + b, 0) };\n`;

/**
 * Runs `file` in a new process, as each start of the worker does (V8 also keeps compiled code per process, which
 * would hide what the file on disk does), saving the cache when asked; answers what runCommonJs returned.
 */
async function start(file: string, save = false): Promise<{ cache: string; exports: unknown }> {
  const code = `import { runCommonJs } from ${JSON.stringify(CODE_CACHE)};
const run = runCommonJs(${JSON.stringify(file)});
${save ? 'run.saveCache();' : ''}
process.stdout.write(JSON.stringify({ cache: run.cache, exports: run.exports }));`;
  const { stdout } = await execFileAsync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', code]);
  return JSON.parse(stdout);
}
const CODE_CACHE = fileURLToPath(new URL('../src/start/code-cache.ts', import.meta.url));
const execFileAsync = promisify(execFile);

describe('the code cache beside a bundle', () => {
  it('is written by saveCache, then used; a source of the same length with other text never uses it', async () => {
    const file = join(dir, 'versions.cjs');
    writeFileSync(file, source(1));
    expect(await start(file, true)).toEqual({ cache: 'absent', exports: { version: 1, sum: 1225 } });
    expect(await start(file)).toEqual({ cache: 'accepted', exports: { version: 1, sum: 1225 } });

    // V8 alone recognises a source by its length: this one has the same length and must not run version 1's code.
    writeFileSync(file, source(2));
    expect(source(2)).toHaveLength(source(1).length);
    expect(await start(file, true)).toEqual({ cache: 'absent', exports: { version: 2, sum: 2450 } });
    expect(await start(file)).toEqual({ cache: 'accepted', exports: { version: 2, sum: 2450 } });
  });

  it('runs from source when V8 rejects the cache, and saveCache replaces it', async () => {
    const file = join(dir, 'damaged.cjs');
    writeFileSync(file, source(3));
    await start(file, true);
    const cache = readFileSync(`${file}.v8cache`);
    // The source's digest stays; V8's data after it is damaged.
    cache.fill(7, 24);
    writeFileSync(`${file}.v8cache`, cache);
    expect(await start(file, true)).toEqual({ cache: 'rejected', exports: { version: 3, sum: 3675 } });
    expect((await start(file)).cache).toBe('accepted');
  });
});

describe('stack traces of a bundle', () => {
  it('name the TypeScript source and line, read from the map only when a stack is formatted', async () => {
    const entry = join(dir, 'thrower.ts');
    writeFileSync(
      entry,
      [
        'function check(n: number): number {',
        '  if (n > 2) {',
        "    throw new RangeError('too big: ' + n);",
        '  }',
        '  return n;',
        '}',
        'module.exports = { check };',
        '',
      ].join('\n'),
    );
    const bundle = join(dir, 'thrower.cjs');
    await build({
      entryPoints: [entry],
      outfile: bundle,
      bundle: true,
      platform: 'node',
      format: 'cjs',
      sourcemap: true,
    });
    const previous = Error.prepareStackTrace;
    try {
      mapStackTraces(bundle);
      const { exports } = runCommonJs(bundle);
      const { check } = exports as { check: (n: number) => number };
      expect(check(1)).toBe(1);
      let stack = '';
      try {
        check(5);
      } catch (err) {
        stack = (err as Error).stack ?? '';
      }
      expect(stack.split('\n')[0]).toBe('RangeError: too big: 5');
      expect(stack).toContain(`at check (${entry}:3:11)`);
      expect(stack).not.toContain('thrower.cjs');
      // Frames outside the bundle are left as V8 wrote them.
      expect(stack).toMatch(/start\.test\.ts:\d+:\d+/);
    } finally {
      Error.prepareStackTrace = previous;
    }
  });
});
