import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.js';
import { parseRateLimits } from './rate-limits.js';

describe('loadConfig', () => {
  it('gives every variable a local default', () => {
    const c = loadConfig({});
    expect(c.http.port).toBe(8080);
    expect(c.database.url).toBe('postgres://postgres@127.0.0.1:5432/moderation');
    expect(c.redis.url).toBe('redis://127.0.0.1:6379');
    expect(c.rateLimits.enabled).toBe(true);
    expect(c.demo.enabled).toBe(true);
    expect(c.webhooks.retryScheduleMs).toHaveLength(10);
    expect(c.webhooks.retentionMs).toBe(30 * 86_400_000);
    expect(c.http.keepAliveTimeoutMs).toBe(65_000);
  });

  it('keeps webhook events longer than their retries take', () => {
    expect(loadConfig({ WEBHOOK_RETENTION_DAYS: '7' }).webhooks.retentionMs).toBe(7 * 86_400_000);
    // The default schedule retries for ~3.1 days.
    expect(() => loadConfig({ WEBHOOK_RETENTION_DAYS: '3' })).toThrow(/WEBHOOK_RETENTION_DAYS.*3\.1 days/);
    expect(() => loadConfig({ WEBHOOK_RETENTION_DAYS: '2', WEBHOOK_RETRY_SCHEDULE: '0,1d' })).not.toThrow();
    expect(() => loadConfig({ WEBHOOK_RETENTION_DAYS: '0' })).toThrow(ConfigError);
  });

  it('names the variable that is wrong', () => {
    expect(() => loadConfig({ PORT: 'eighty' })).toThrow(ConfigError);
    expect(() => loadConfig({ PORT: 'eighty' })).toThrow(/PORT/);
    expect(() => loadConfig({ RATE_LIMITS: 'sometimes' })).toThrow(/RATE_LIMITS/);
    expect(() => loadConfig({ ADMIN_TOKEN: 'short' })).toThrow(/ADMIN_TOKEN/);
  });

  it('reads an empty variable as unset, as compose passes ADMIN_TOKEN:- from a shell without it', () => {
    const c = loadConfig({ ADMIN_TOKEN: '', PUBLIC_URL: '', PORT: ' ', WEBHOOK_SECRETS_KEY: '' });
    expect(c.adminToken).toBeUndefined();
    expect(c.http.port).toBe(8080);
    expect(c.http.publicUrl).toBe('http://localhost:8080');
    expect(c.webhooks.secretsKey).toBeUndefined();
    expect(() => loadConfig({ ADMIN_TOKEN: 'short' })).toThrow(/ADMIN_TOKEN/);
  });

  it('turns the demo off in production unless asked for', () => {
    expect(loadConfig({ NODE_ENV: 'production' }).demo.enabled).toBe(false);
    expect(loadConfig({ NODE_ENV: 'production', DEMO_ENABLED: 'true' }).demo.enabled).toBe(true);
  });

  it('reads DEMO_ENABLED as the other switches are read, and refuses a word it does not know', () => {
    for (const on of ['true', '1', 'yes', 'on'])
      expect(loadConfig({ NODE_ENV: 'production', DEMO_ENABLED: on }).demo.enabled).toBe(true);
    for (const off of ['false', '0', 'no', 'off']) expect(loadConfig({ DEMO_ENABLED: off }).demo.enabled).toBe(false);
    expect(() => loadConfig({ DEMO_ENABLED: 'maybe' })).toThrow(/DEMO_ENABLED/);
  });
});

describe('Redis settings', () => {
  it('uses a single Redis and one decide queue unless told otherwise', () => {
    const c = loadConfig({});
    expect(c.redis.clusterNodes).toBeUndefined();
    expect(c.redis.queuePartitions).toBe(1);
  });

  it('reads cluster seed nodes and a partition count', () => {
    const c = loadConfig({ REDIS_CLUSTER_NODES: '10.0.0.1:7000, redis-2:7001', REDIS_QUEUE_PARTITIONS: '6' });
    expect(c.redis.clusterNodes).toEqual([
      { host: '10.0.0.1', port: 7000 },
      { host: 'redis-2', port: 7001 },
    ]);
    expect(c.redis.queuePartitions).toBe(6);
  });

  it.each([
    ['REDIS_CLUSTER_NODES', 'redis://10.0.0.1:7000'],
    ['REDIS_CLUSTER_NODES', '10.0.0.1'],
    ['REDIS_CLUSTER_NODES', '10.0.0.1:99999'],
    ['REDIS_QUEUE_PARTITIONS', '0'],
    ['REDIS_QUEUE_PARTITIONS', 'many'],
  ])('names %s when it reads %s', (name, value) => {
    expect(() => loadConfig({ [name]: value })).toThrow(new RegExp(name));
  });
});

describe('parseRateLimits', () => {
  it('reads off, on and explicit rules', () => {
    expect(parseRateLimits('off').enabled).toBe(false);
    expect(parseRateLimits(undefined).enabled).toBe(true);
    const r = parseRateLimits('ip=5/10,author=2/30');
    expect(r.ip).toEqual({ limit: 5, windowSeconds: 10 });
    expect(r.author).toEqual({ limit: 2, windowSeconds: 30 });
  });
});
