import { fileURLToPath } from 'node:url';
import { runCommonJs } from './code-cache.js';
import { mapStackTraces } from './stack-traces.js';

/** How long a worker runs before it keeps its compiled code: long enough to have decided its first batches. */
const SAVE_CACHE_AFTER_MS = 10_000;

/**
 * The entry point of the built worker (`dist/main.mjs`): runs the worker bundle beside it from V8's code cache and
 * keeps the cache once the worker has run a while, or at exit when it stops sooner.
 */
const bundle = fileURLToPath(new URL('./worker.cjs', import.meta.url));
mapStackTraces(bundle);
const run = runCommonJs(bundle);
setTimeout(run.saveCache, SAVE_CACHE_AFTER_MS).unref();
process.once('exit', run.saveCache);
