import { randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { TEST_REDIS_URL } from '@cm/testing';
import { Redis } from 'ioredis';
import { Registry } from 'prom-client';
import { afterAll, describe, expect, it } from 'vitest';
import { createWorkerMetrics, serveWorkerMetrics } from '../src/metrics.js';

describe('worker metrics flushed to Redis', () => {
  const redis = new Redis(TEST_REDIS_URL);
  const prefix = `{metrics-test-${randomUUID()}}`;
  afterAll(async () => {
    await redis.del(`${prefix}:metrics:rule_latency`, `${prefix}:metrics:decisions`);
    await redis.quit();
  });

  it('writes the rule latency as a cumulative histogram, and decisions by status and category', async () => {
    const metrics = createWorkerMetrics(redis, prefix);
    for (const s of [0.00003, 0.0002, 0.0002, 0.02, 0.5]) metrics.observeRules(s);
    await metrics.recordDecisions([
      { status: 'flagged', reasons: [{ category: 'link' }, { category: 'link' }, { category: 'abuse' }] },
      { status: 'approved', reasons: [] },
    ] as never);
    const hist = await redis.hgetall(`${prefix}:metrics:rule_latency`);
    expect(hist).toMatchObject({
      '0.00005': '1',
      '0.0001': '1',
      '0.00025': '3',
      '0.01': '3',
      '0.05': '4',
      count: '5',
    });
    expect(Number(hist.sum)).toBeCloseTo(0.52043, 5);
    expect(await redis.hgetall(`${prefix}:metrics:decisions`)).toEqual({
      'flagged|link': '1',
      'flagged|abuse': '1',
      'approved|none': '1',
    });
    // A second flush adds to the first.
    metrics.observeRules(0.00004);
    await metrics.recordDecisions([]);
    expect(await redis.hget(`${prefix}:metrics:rule_latency`, '0.00005')).toBe('2');
    expect(await redis.hget(`${prefix}:metrics:rule_latency`, '0.05')).toBe('5');
  });
});

describe("the worker's own /metrics", () => {
  it('asks for METRICS_TOKEN when it is set, and keeps /healthz open', async () => {
    const registry = new Registry();
    const token = 'metrics-token-0123456789';
    const server = await serveWorkerMetrics(registry, 0, '127.0.0.1', token);
    const open = await serveWorkerMetrics(registry, 0, '127.0.0.1', undefined);
    try {
      const url = (s: typeof server) => `http://127.0.0.1:${(s.address() as AddressInfo).port}`;
      const refused = await fetch(`${url(server)}/metrics`, {
        headers: { authorization: 'Bearer nope-nope-nope-nope' },
      });
      expect(refused.status).toBe(401);
      expect(refused.headers.get('www-authenticate')).toBe('Bearer realm="metrics"');
      expect((await fetch(`${url(server)}/metrics`)).status).toBe(401);
      const ok = await fetch(`${url(server)}/metrics`, { headers: { authorization: `Bearer ${token}` } });
      expect(ok.status).toBe(200);
      expect(ok.headers.get('content-type')).toMatch(/text\/plain/);
      expect((await fetch(`${url(server)}/healthz`)).status).toBe(200);
      expect((await fetch(`${url(open)}/metrics`)).status).toBe(200);
    } finally {
      server.close();
      open.close();
    }
  });
});
