import { type ChildProcess, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { API_NODE_FLAGS, configOrExit, WORKER_NODE_FLAGS } from '@cm/config';
import { createDb, ensureDatabase, migrateToLatest } from '@cm/db';
import { bundleWorker } from '@cm/worker/bundle';

/**
 * `pnpm start`: creates the database if needed, applies the migrations, then runs the API and the worker as two
 * processes (two cores' worth), forwarding signals and stopping both if either dies.
 */
const config = configOrExit('start');
await ensureDatabase(config.database.url);
const db = createDb({ url: config.database.url, poolSize: 1 });
try {
  await migrateToLatest(db);
} finally {
  await db.destroy();
}

// The worker runs from its bundle (one file to load: it starts deciding sooner), built here from the sources.
const workerBundle = await bundleWorker(fileURLToPath(new URL('../../worker/dist/', import.meta.url)));
const services = {
  api: {
    args: [...API_NODE_FLAGS, '--import', 'tsx', fileURLToPath(new URL('../../api/src/main.ts', import.meta.url))],
  },
  worker: { args: [...WORKER_NODE_FLAGS, workerBundle] },
} as const;
const children = new Map<string, ChildProcess>();
let stopping = false;

for (const [name, { args }] of Object.entries(services)) {
  const child = spawn(process.execPath, args, { stdio: 'inherit', env: process.env });
  children.set(name, child);
  child.on('exit', (code, signal) => {
    children.delete(name);
    if (!stopping) {
      process.stderr.write(`${name} exited (${signal ?? code}); stopping the others\n`);
      stop('SIGTERM', code ?? 1);
    } else if (children.size === 0) {
      process.exit(exitCode);
    }
  });
}

let exitCode = 0;
function stop(signal: NodeJS.Signals, code: number): void {
  if (stopping) return;
  stopping = true;
  exitCode = code;
  for (const child of children.values()) child.kill(signal);
  if (children.size === 0) process.exit(exitCode);
  setTimeout(() => process.exit(exitCode || 1), config.shutdownTimeoutMs + 2_000).unref();
}

for (const signal of ['SIGTERM', 'SIGINT'] as const) process.on(signal, () => stop(signal, 0));
