import { fileURLToPath } from 'node:url';
import { runCommonJs } from './code-cache.js';
import { mapStackTraces } from './stack-traces.js';

/** How long a worker runs before it keeps its compiled code: long enough to have decided its first batches. */
const SAVE_CACHE_AFTER_MS = 10_000;

/**
 * The entry point of the built worker (`dist/main.mjs`): runs the worker bundle beside it from V8's code cache.
 * Once the worker has run a while, the cache is written again with the code its first batches compiled (a cache
 * written by a worker that stopped before deciding anything holds little more than its start); a worker that
 * stops sooner writes it at exit, unless it started from a cache.
 */
const bundle = fileURLToPath(new URL('./worker.cjs', import.meta.url));
mapStackTraces(bundle);
const run = runCommonJs(bundle);
setTimeout(run.saveCache, SAVE_CACHE_AFTER_MS).unref();
process.once('exit', () => {
  if (run.cache !== 'accepted') run.saveCache();
});
