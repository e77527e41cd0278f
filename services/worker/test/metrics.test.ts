import { randomUUID } from 'node:crypto';
import { TEST_REDIS_URL } from '@cm/testing';
import { Redis } from 'ioredis';
import { afterAll, describe, expect, it } from 'vitest';
import { createWorkerMetrics } from '../src/metrics.js';

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
