import { fileURLToPath } from 'node:url';
import { bundleWorker } from './bundle.js';

/** `pnpm build:worker`: writes services/worker/dist/main.mjs, what `pnpm start:worker` runs. */
const started = performance.now();
const outfile = await bundleWorker(fileURLToPath(new URL('../dist/', import.meta.url)));
process.stdout.write(`${outfile} (${Math.round(performance.now() - started)} ms)\n`);
