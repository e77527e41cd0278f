import { createHash } from 'node:crypto';
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import vm from 'node:vm';

/** What the V8 code cache beside a script did for this start. */
export type CodeCacheState = 'absent' | 'accepted' | 'rejected';

export interface CommonJsRun {
  /** What the file assigned to `module.exports`. */
  exports: unknown;
  cache: CodeCacheState;
  /** Writes the code cache of everything compiled so far (once a process: later calls do nothing). */
  saveCache(): void;
}

/** Bytes of the source's digest at the head of the cache file, before V8's own data. */
const DIGEST_BYTES = 20;

/**
 * Runs a CommonJS file (a bundle) from V8's compiled code kept beside it in `<file>.v8cache`, where Node's own
 * compile cache (`module.enableCompileCache`, Node 22) is not available: parsing and compiling a bundle of
 * several megabytes is most of a process's start. The cache is tied to the file's SHA-1, written before V8's data:
 * V8 checks its version and flags but recognises a source only by its length. A missing, stale or rejected cache
 * costs nothing but the compile. `saveCache` writes the code compiled so far, which a process that started from the
 * cache extends with what it has run since (through a rename, so that a process starting at the same time reads
 * the old file or the new one, never half of one).
 */
export function runCommonJs(file: string): CommonJsRun {
  const bytes = readFileSync(file);
  const digest = createHash('sha1').update(bytes).digest();
  const source = bytes.toString('utf8');
  const cacheFile = `${file}.v8cache`;
  let cachedData: Buffer | undefined;
  try {
    const stored = readFileSync(cacheFile);
    if (stored.subarray(0, DIGEST_BYTES).equals(digest)) cachedData = stored.subarray(DIGEST_BYTES);
  } catch {
    // No cache yet: compiled from source.
  }
  // CommonJS's module wrapper, as Node's loader applies it.
  const wrapped = `(function (exports, require, module, __filename, __dirname) { ${source}\n})`;
  const script = new vm.Script(wrapped, { filename: file, cachedData });
  const cache: CodeCacheState = !cachedData ? 'absent' : script.cachedDataRejected ? 'rejected' : 'accepted';
  const module: { exports: unknown } = { exports: {} };
  script.runInThisContext()(module.exports, createRequire(file), module, file, dirname(file));
  let saved = false;
  return {
    exports: module.exports,
    cache,
    saveCache() {
      if (saved) return;
      saved = true;
      try {
        const partial = `${cacheFile}.${process.pid}`;
        writeFileSync(partial, Buffer.concat([digest, script.createCachedData()]));
        renameSync(partial, cacheFile);
      } catch {
        // A read-only install starts from source every time; nothing else depends on the cache.
      }
    },
  };
}
