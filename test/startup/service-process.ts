import type { ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';

/** The API's entry file, as `pnpm start:api` runs it (through tsx). */
export const API_MAIN = fileURLToPath(new URL('../../services/api/src/main.ts', import.meta.url));

/** What a service printed before it exited, and its exit code. */
export async function outcome(child: ChildProcess): Promise<{ code: number | null; output: string }> {
  let output = '';
  child.stdout?.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (output += d.toString()));
  const [code] = (await once(child, 'exit')) as [number | null];
  return { code, output };
}
