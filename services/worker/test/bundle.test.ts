import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import os from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { type Harness, harness } from '@cm/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundleNodeEntry, bundleWorker } from '../src/bundle.js';

/** `pnpm start:worker` runs the bundle, not the sources: it must decide as the sources do, and keep its code cache. */
describe('the worker bundle', () => {
  let h: Harness;
  let dir: string;
  let child: ChildProcess | undefined;
  let output = '';
  beforeAll(async () => {
    dir = await mkdtemp(join(os.tmpdir(), 'cm-worker-bundle-'));
    const main = await bundleWorker(dir);
    h = await harness({ worker: false });
    child = spawn(process.execPath, [main], {
      env: { ...process.env, ...h.env, WORKER_METRICS_PORT: '0' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout?.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr?.on('data', (d: Buffer) => (output += d.toString()));
  }, 60_000);
  afterAll(async () => {
    if (child && child.exitCode === null) {
      const exited = new Promise((resolve) => child?.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    }
    await h?.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('approves a reply, flags a link and a copy (its Lua script beside it), and stops on SIGTERM', async () => {
    const reply = await h.postComment({ articleId: 'bundle', body: 'A measured reply about the budget vote.' });
    const link = await h.postComment({ articleId: 'bundle', body: 'Cheap pills at pills-shop.example.com today' });
    expect(await h.waitForDecision(reply, 20_000), output).toBe('approved');
    expect(await h.waitForDecision(link), output).toBe('flagged');
    const copy = 'The council should publish every contract it signed with the builder last year, in full.';
    const first = await h.postComment({ articleId: 'bundle', author: { id: 'copier', name: 'C' }, body: copy });
    expect(await h.waitForDecision(first)).toBe('approved');
    const again = await h.postComment({ articleId: 'bundle-2', author: { id: 'copier', name: 'C' }, body: copy });
    expect(await h.waitForDecision(again)).toBe('flagged');
    const reasons = await h.db.selectFrom('comment_reasons').select('rule').where('comment_id', '=', again).execute();
    expect(reasons.map((r) => r.rule).some((rule) => rule.startsWith('duplicate.'))).toBe(true);

    const exited = new Promise<number | null>((resolve) => child?.once('exit', (code) => resolve(code)));
    child?.kill('SIGTERM');
    expect(await exited).toBe(0);
    // It kept its compiled code for the next start, tied to the bundle it ran.
    const cache = await readFile(join(dir, 'worker.cjs.v8cache'));
    const bundle = await readFile(join(dir, 'worker.cjs'));
    expect(cache.subarray(0, 20).equals(createHash('sha1').update(bundle).digest())).toBe(true);
    expect(cache.length).toBeGreaterThan(100_000);
  });
});

describe('a Node bundle', () => {
  it("imports pg without loading Node's fetch (pg's Cloudflare probe builds a Response)", async () => {
    const dir = await mkdtemp(join(os.tmpdir(), 'cm-pg-bundle-'));
    // The pg the database package uses, by its path: the entry lives outside the repository.
    const pgPath = createRequire(fileURLToPath(new URL('../../../packages/db/package.json', import.meta.url))).resolve(
      'pg',
    );
    try {
      const entry = join(dir, 'entry.ts');
      await writeFile(
        entry,
        [
          `import pg from ${JSON.stringify(pgPath)};`,
          "const undici = process.moduleLoadList.filter((m) => m.includes('undici'));",
          'console.log(JSON.stringify({ client: typeof pg.Client, undici }));',
        ].join('\n'),
      );
      await bundleNodeEntry(entry, join(dir, 'entry.mjs'));
      const { stdout } = await promisify(execFile)(process.execPath, [join(dir, 'entry.mjs')]);
      expect(JSON.parse(stdout)).toEqual({ client: 'function', undici: [] });
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
