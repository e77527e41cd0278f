import type { ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';

/** The API's entry file, as `pnpm start:api` runs it (through tsx). */
export const API_MAIN = fileURLToPath(new URL('../../services/api/src/main.ts', import.meta.url));

/** The worker's entry file, as `pnpm start:worker` bundles it (run here through tsx, as `spawnWorker()` does). */
export const WORKER_MAIN = fileURLToPath(new URL('../../services/worker/src/main.ts', import.meta.url));

/** What a service printed before it exited, its exit code, and the signal that ended it (null when it exited). */
export async function outcome(
  child: ChildProcess,
): Promise<{ code: number | null; signal: NodeJS.Signals | null; output: string }> {
  let output = '';
  child.stdout?.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (output += d.toString()));
  const [code, signal] = (await once(child, 'exit')) as [number | null, NodeJS.Signals | null];
  return { code, signal, output };
}
