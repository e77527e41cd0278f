import { type ChildProcess, spawn } from 'node:child_process';
import { connect, type Socket } from 'node:net';
import { type Harness, harness } from '@cm/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { API_MAIN, outcome } from './service-process.js';

/**
 * Starts the API as `pnpm start:api` does and resolves its port once it has answered a request: the signals these
 * cases send then find it started, with nothing left of its start to wait for.
 */
async function startApi(h: Harness, env: Record<string, string>): Promise<{ child: ChildProcess; port: number }> {
  const child = spawn(process.execPath, ['--import', 'tsx', API_MAIN], {
    env: { ...process.env, ...h.env, LOG_LEVEL: 'info', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const port = await new Promise<number>((resolve, reject) => {
    let seen = '';
    const onData = (d: Buffer) => {
      seen += d.toString();
      const m = /"port":(\d+)[^\n]*"msg":"api listening"/.exec(seen);
      if (m) {
        child.stdout?.off('data', onData);
        resolve(Number(m[1]));
      }
    };
    child.stdout?.on('data', onData);
    child.once('exit', (code) => reject(new Error(`the API exited (${code}) before listening: ${seen}`)));
  });
  const health = await fetch(`http://127.0.0.1:${port}/healthz`);
  await health.arrayBuffer();
  return { child, port };
}

/** A client that sends a comment's headers and the first byte of its body, then nothing more. */
async function unfinishedRequest(port: number): Promise<Socket> {
  const socket = connect(port, '127.0.0.1');
  socket.on('error', () => undefined);
  await new Promise((resolve) => socket.once('connect', resolve));
  socket.write(
    'POST /v1/comments HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{',
  );
  return socket;
}

// Each case starts the API as a child process (tsx compiles it first), which takes a while on a busy machine.
describe('SHUTDOWN_TIMEOUT_MS', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await harness({ worker: false });
  });
  afterAll(async () => {
    await h?.close();
  });

  it('exits 0 after a SIGTERM when nothing is in flight', async () => {
    const { child } = await startApi(h, { SHUTDOWN_TIMEOUT_MS: '1000' });
    const done = outcome(child);
    child.kill('SIGTERM');
    const { code, output } = await done;
    expect(code).toBe(0);
    expect(output).not.toContain('shutdown timed out');
  }, 120_000);

  it('forces the exit, code 1, when a request is still unfinished once the timeout has passed', async () => {
    // The API cuts off unfinished requests after a grace period of 5 s; a timeout shorter than that is reached first.
    const { child, port } = await startApi(h, { SHUTDOWN_TIMEOUT_MS: '1000' });
    const socket = await unfinishedRequest(port);
    try {
      const done = outcome(child);
      child.kill('SIGTERM');
      const { code, output } = await done;
      expect(code).toBe(1);
      expect(output).toContain('shutting down');
      expect(output).toContain('shutdown timed out; exiting');
    } finally {
      socket.destroy();
    }
  }, 120_000);
});
