import { spawn } from 'node:child_process';
import { type Harness, harness } from '@cm/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { API_MAIN, outcome } from './service-process.js';

// Each case starts a service as a child process (tsx compiles it first), which takes a while on a busy machine.
describe('a wrong configuration value', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await harness({ worker: false });
  });
  afterAll(async () => {
    await h?.close();
  });

  it('stops the API with exit code 1 and lines that name each wrong variable, not a stack trace', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', API_MAIN], {
      env: { ...process.env, ...h.env, PORT: 'eighty', DEMO_ENABLED: 'maybe' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const { code, output } = await outcome(child);
    expect(code).toBe(1);
    expect(output).toContain('api: invalid configuration');
    expect(output).toContain('PORT');
    expect(output).toContain('DEMO_ENABLED');
    expect(output).not.toMatch(/ConfigError|\n\s+at /);
  }, 120_000);

  it('stops the worker the same way', async () => {
    const { code, output } = await outcome(h.spawnWorker({ WORKER_BATCH_SIZE: '0' }));
    expect(code).toBe(1);
    expect(output).toContain('worker: invalid configuration');
    expect(output).toContain('WORKER_BATCH_SIZE');
    expect(output).not.toMatch(/ConfigError|\n\s+at /);
  }, 120_000);
});
