import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const repoPath = (rel: string): string => fileURLToPath(new URL(`../../${rel}`, import.meta.url));

export interface Service {
  proc: ChildProcess;
  /** Highest resident set size seen by the kernel (VmHWM), in MB. */
  peakRssMb(): number;
  stop(): Promise<void>;
}

/**
 * Starts a TypeScript entry point as its own process (its own core), and resolves once `readyLine` appears on
 * its output (or it sends 'ready' over IPC).
 */
export function startService(
  entry: string,
  args: string[],
  env: Record<string, string>,
  readyLine?: RegExp,
): Promise<Service> {
  const proc = spawn(process.execPath, ['--import', 'tsx', repoPath(entry), ...args], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
  });
  let log = '';
  const service: Service = {
    proc,
    peakRssMb() {
      try {
        const status = readFileSync(`/proc/${proc.pid}/status`, 'utf8');
        const kb = Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0);
        return Math.round(kb / 1024);
      } catch {
        return 0;
      }
    },
    stop() {
      if (proc.exitCode !== null) return Promise.resolve();
      return new Promise((resolve) => {
        const force = setTimeout(() => proc.kill('SIGKILL'), 15_000);
        proc.once('exit', () => {
          clearTimeout(force);
          resolve();
        });
        proc.kill('SIGTERM');
      });
    },
  };
  return new Promise((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      log += chunk.toString();
      if (log.length > 100_000) log = log.slice(-50_000);
      if (readyLine?.test(log)) resolve(service);
    };
    proc.stdout?.on('data', onData);
    proc.stderr?.on('data', onData);
    proc.on('message', (m) => m === 'ready' && resolve(service));
    proc.once('exit', (code) =>
      reject(new Error(`${entry} exited with ${code} before it was ready:\n${log.slice(-3000)}`)),
    );
  });
}
