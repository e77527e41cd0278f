import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { connect, createServer, type Server, type Socket } from 'node:net';
import { fileURLToPath } from 'node:url';
import { type Harness, harness } from '@cm/testing';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { API_MAIN, outcome, WORKER_MAIN } from './service-process.js';

const HOLD_LISTEN = fileURLToPath(new URL('./hold-listen.mjs', import.meta.url));

/** Resolves once the service has printed a line matching `pattern`; rejects if it exits first. */
function printed(child: ChildProcess, pattern: RegExp): Promise<void> {
  return new Promise((resolve, reject) => {
    let seen = '';
    const onData = (d: Buffer) => {
      seen += d.toString();
      if (!pattern.test(seen)) return;
      child.stdout?.off('data', onData);
      child.stderr?.off('data', onData);
      child.off('exit', onExit);
      resolve();
    };
    const onExit = (code: number | null, signal: NodeJS.Signals | null) =>
      reject(new Error(`the service ended (${signal ?? code}) before printing ${pattern}: ${seen}`));
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', onExit);
  });
}

/**
 * A TCP proxy in front of the test's Postgres that holds every connection until `release()`, then forwards them:
 * the API's start, which loads the sites from Postgres before it listens, waits here.
 */
interface HeldPostgres {
  url: string;
  /** Resolves when the first connection arrives (the service is starting and waits on Postgres). */
  connected: Promise<void>;
  release(): void;
  close(): Promise<void>;
}

async function heldPostgres(databaseUrl: string): Promise<HeldPostgres> {
  const target = new URL(databaseUrl);
  const sockets = new Set<Socket>();
  const held: Socket[] = [];
  let released = false;
  let onConnected: () => void = () => undefined;
  const connected = new Promise<void>((resolve) => (onConnected = resolve));
  const forward = (client: Socket) => {
    const upstream = connect(Number(target.port || 5432), target.hostname);
    sockets.add(upstream);
    upstream.on('error', () => client.destroy());
    client.on('error', () => upstream.destroy());
    client.pipe(upstream).pipe(client);
  };
  const server: Server = createServer((client) => {
    sockets.add(client);
    client.on('error', () => undefined);
    if (released) forward(client);
    else held.push(client);
    onConnected();
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const url = new URL(databaseUrl);
  url.hostname = '127.0.0.1';
  url.port = String((server.address() as { port: number }).port);
  return {
    url: url.toString(),
    connected,
    release() {
      released = true;
      for (const client of held.splice(0)) forward(client);
    },
    async close() {
      for (const socket of sockets) socket.destroy();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

// Each case starts a service as a child process (tsx compiles it first), which takes a while on a busy machine.
// The shutdown timeout is long: it runs from the signal, through the rest of the start.
describe('a SIGTERM while a service starts', () => {
  let h: Harness;
  let postgres: HeldPostgres | undefined;
  let child: ChildProcess | undefined;
  beforeAll(async () => {
    h = await harness({ worker: false });
  });
  afterEach(async () => {
    if (child && child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    child = undefined;
    await postgres?.close();
    postgres = undefined;
  });
  afterAll(async () => {
    await h?.close();
  });

  it('lets the API finish starting, then closes it: exit code 0', async () => {
    postgres = await heldPostgres(h.env.DATABASE_URL as string);
    child = spawn(process.execPath, ['--import', 'tsx', API_MAIN], {
      env: { ...process.env, ...h.env, DATABASE_URL: postgres.url, LOG_LEVEL: 'info', SHUTDOWN_TIMEOUT_MS: '60000' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const done = outcome(child);
    await postgres.connected;
    child.kill('SIGTERM');
    await printed(child, /"signal":"SIGTERM"[^\n]*"msg":"shutting down"/);
    postgres.release();
    const { code, signal, output } = await done;
    expect({ code, signal }, output).toEqual({ code: 0, signal: null });
    // It had not started when the signal came: it listened afterwards, and was then closed.
    expect(output.indexOf('"msg":"api listening"')).toBeGreaterThan(output.indexOf('"msg":"shutting down"'));
    expect(output).not.toContain('shutdown timed out');
  }, 120_000);

  it('reports a start that fails after the signal as any failed start: exit code 1, the line that says why', async () => {
    // PORT is in use: once Postgres answers, the API fails to listen.
    const busy = createServer();
    busy.listen(0, '127.0.0.1');
    await once(busy, 'listening');
    const port = (busy.address() as { port: number }).port;
    try {
      postgres = await heldPostgres(h.env.DATABASE_URL as string);
      child = spawn(process.execPath, ['--import', 'tsx', API_MAIN], {
        env: {
          ...process.env,
          ...h.env,
          DATABASE_URL: postgres.url,
          PORT: String(port),
          LOG_LEVEL: 'info',
          SHUTDOWN_TIMEOUT_MS: '60000',
        },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      const done = outcome(child);
      await postgres.connected;
      child.kill('SIGTERM');
      await printed(child, /"msg":"shutting down"/);
      postgres.release();
      const { code, signal, output } = await done;
      expect({ code, signal }, output).toEqual({ code: 1, signal: null });
      expect(output).toContain(`api: 127.0.0.1:${port} is already in use`);
      expect(output).not.toMatch(/EADDRINUSE|\n\s+at |shutdown timed out/);
    } finally {
      await new Promise((resolve) => busy.close(resolve));
    }
  }, 120_000);

  it('lets the worker finish starting, then closes it: exit code 0', async () => {
    // The worker's start waits on nothing outside the process but its metrics port: hold-listen.mjs holds that.
    child = spawn(process.execPath, ['--import', 'tsx', '--import', HOLD_LISTEN, WORKER_MAIN], {
      env: { ...process.env, ...h.env, LOG_LEVEL: 'info', WORKER_METRICS_PORT: '0', SHUTDOWN_TIMEOUT_MS: '60000' },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    const done = outcome(child);
    await printed(child, /^listen held$/m);
    child.kill('SIGTERM');
    await printed(child, /"signal":"SIGTERM"[^\n]*"msg":"shutting down"/);
    child.stdin?.end('listen\n');
    const { code, signal, output } = await done;
    expect({ code, signal }, output).toEqual({ code: 0, signal: null });
    expect(output.indexOf('"msg":"worker started"')).toBeGreaterThan(output.indexOf('"msg":"shutting down"'));
    expect(output).not.toContain('shutdown timed out');
  }, 120_000);
});
