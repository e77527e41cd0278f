import { type ChildProcess, spawn } from 'node:child_process';
import { Redis } from 'ioredis';
import { vi } from 'vitest';
import { freePort } from './free-port.js';

export { freePort };

/** A throwaway redis-server on its own port, for tests that stop and restart Redis without touching others'. */
export interface ThrowawayRedis {
  url: string;
  port: number;
  stop(): Promise<void>;
  start(): Promise<void>;
}

export async function throwawayRedis(opts: { appendOnly?: boolean; dir?: string } = {}): Promise<ThrowawayRedis> {
  const port = await freePort();
  let proc: ChildProcess | undefined;
  const args = [
    '--port',
    String(port),
    '--bind',
    '127.0.0.1',
    '--save',
    '',
    '--appendonly',
    opts.appendOnly ? 'yes' : 'no',
    '--maxmemory-policy',
    'noeviction',
    ...(opts.dir ? ['--dir', opts.dir] : []),
  ];
  const handle: ThrowawayRedis = {
    url: `redis://127.0.0.1:${port}`,
    port,
    async start() {
      proc = spawn('redis-server', args, { stdio: 'ignore' });
      await vi.waitFor(
        async () => {
          const probe = new Redis(handle.url, {
            lazyConnect: true,
            maxRetriesPerRequest: 0,
            retryStrategy: () => null,
          });
          try {
            await probe.connect();
            await probe.ping();
          } finally {
            probe.disconnect();
          }
        },
        { timeout: 10_000, interval: 50 },
      );
    },
    async stop() {
      const p = proc;
      if (!p || p.exitCode !== null) return;
      const exited = new Promise<void>((resolve) => p.once('exit', () => resolve()));
      p.kill('SIGTERM');
      await exited;
    },
  };
  await handle.start();
  return handle;
}
