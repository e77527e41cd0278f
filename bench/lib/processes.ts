import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { bundleNodeEntry, bundleWorker } from '@cm/worker/bundle';

export const repoPath = (rel: string): string => fileURLToPath(new URL(`../../${rel}`, import.meta.url));

export interface Service {
  proc: ChildProcess;
  /** Highest resident set size seen by the kernel (VmHWM), in MB. */
  peakRssMb(): number;
  /** The live heap after a full garbage collection, in MB: only for a service started with `HEAP_PROBE_FLAGS`. */
  liveHeapMb(): Promise<number | undefined>;
  stop(): Promise<void>;
}

/** Node flags that let the soak ask a service for its live heap (`Service.liveHeapMb`). */
export const HEAP_PROBE_FLAGS: readonly string[] = ['--expose-gc', '--import', repoPath('bench/lib/heap-probe.mjs')];

const bundles = new Map<string, string>();

/**
 * Bundles the two workers into bench/out/bundles, as `pnpm start:worker` runs ours: from then on `startService`
 * starts them from the bundle, so both load one file and their start-up is compared like for like.
 */
export async function bundleWorkers(): Promise<void> {
  const dir = repoPath('bench/out/bundles');
  bundles.set('services/worker/src/main.ts', await bundleWorker(`${dir}/worker`));
  const bare = `${dir}/insert-worker.mjs`;
  await bundleNodeEntry(repoPath('bench/baseline/insert-worker.ts'), bare);
  bundles.set('bench/baseline/insert-worker.ts', bare);
}

/**
 * Starts a TypeScript entry point (or its bundle, after `bundleWorkers`) as its own process (its own core), and resolves once `ready` (a line) appears on
 * its output, its `ready.url` answers, or it sends "ready" over IPC.
 */
export function startService(
  entry: string,
  args: string[],
  env: Record<string, string>,
  ready?: RegExp | { url: string },
  nodeFlags: readonly string[] = [],
): Promise<Service> {
  // BENCH_PROFILE=1 writes a CPU profile of each of our services to bench/out/ (open it in Chrome DevTools).
  const profile =
    process.env.BENCH_PROFILE && entry.startsWith('services/') ? ['--cpu-prof', '--cpu-prof-dir=bench/out'] : [];
  const bundle = bundles.get(entry);
  // As `pnpm start:worker` runs ours: no --enable-source-maps, which parses a bundle's whole map at every start.
  const load = bundle ? [bundle] : ['--import', 'tsx', repoPath(entry)];
  const proc = spawn(process.execPath, [...nodeFlags, ...profile, ...load, ...args], {
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
    liveHeapMb() {
      return new Promise((resolve) => {
        const timer = setTimeout(() => {
          proc.off('message', onMessage);
          resolve(undefined);
        }, 10_000);
        const onMessage = (m: unknown) => {
          if (typeof m !== 'object' || m === null || !('heapUsedMb' in m)) return;
          clearTimeout(timer);
          proc.off('message', onMessage);
          resolve(Number((m as { heapUsedMb: unknown }).heapUsedMb));
        };
        proc.on('message', onMessage);
        proc.send('cm:heap');
      });
    },
    stop() {
      if (proc.exitCode !== null || proc.signalCode !== null) return Promise.resolve();
      return new Promise((resolve) => {
        // SIGKILL after 15 s; and should no exit event come (it came before this listener), go on after 20 s.
        const force = setTimeout(() => proc.kill('SIGKILL'), 15_000);
        const giveUp = setTimeout(resolve, 20_000);
        proc.once('exit', () => {
          clearTimeout(force);
          clearTimeout(giveUp);
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
      if (ready instanceof RegExp && ready.test(log)) resolve(service);
    };
    proc.stdout?.on('data', onData);
    proc.stderr?.on('data', onData);
    proc.on('message', (m) => m === 'ready' && resolve(service));
    if (ready && !(ready instanceof RegExp)) {
      const poll = async () => {
        while (proc.exitCode === null) {
          const ok = await fetch(ready.url).then(
            (r) => r.ok,
            () => false,
          );
          if (ok) return resolve(service);
          await new Promise((r) => setTimeout(r, 100));
        }
      };
      void poll();
    }
    proc.once('exit', (code) =>
      reject(new Error(`${entry} exited with ${code} before it was ready:\n${log.slice(-3000)}`)),
    );
  });
}
