import { spawn } from 'node:child_process';
import { createServer, type Server } from 'node:net';
import { type Harness, harness } from '@cm/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { API_MAIN, outcome } from './service-process.js';

// Each case starts a service as a child process (tsx compiles it first), which takes a while on a busy machine.
describe('a port in use', () => {
  let h: Harness;
  let busy: Server;
  let port: number;

  beforeAll(async () => {
    h = await harness({ worker: false });
    busy = createServer();
    await new Promise<void>((resolve) => busy.listen(0, '127.0.0.1', resolve));
    port = (busy.address() as { port: number }).port;
  });
  afterAll(async () => {
    await new Promise((resolve) => busy?.close(resolve));
    await h?.close();
  });

  it('stops the API with exit code 1 and a line that names PORT, not a stack trace', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', API_MAIN], {
      env: { ...process.env, ...h.env, PORT: String(port) },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const { code, output } = await outcome(child);
    expect(code).toBe(1);
    expect(output).toContain(`127.0.0.1:${port} is already in use`);
    expect(output).toContain('set PORT to a free port');
    expect(output).not.toMatch(/EADDRINUSE|\n\s+at /);
  }, 120_000);

  it('stops the worker with exit code 1 and a line that names WORKER_METRICS_PORT', async () => {
    const { code, output } = await outcome(h.spawnWorker({ WORKER_METRICS_PORT: String(port) }));
    expect(code).toBe(1);
    expect(output).toContain(`127.0.0.1:${port} is already in use`);
    expect(output).toContain('set WORKER_METRICS_PORT to a free port');
    expect(output).not.toMatch(/EADDRINUSE|\n\s+at /);
  }, 120_000);
});
