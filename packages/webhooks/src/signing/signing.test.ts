import { Webhook } from 'standardwebhooks';
import { describe, expect, it } from 'vitest';
import { nextRetryDelay, parseRetryAfter } from '../delivery/retry-schedule.js';
import { SecretBox } from './secret-box.js';
import { generateSecret, signPayload } from './sign.js';

describe('signing', () => {
  it('signs so that the standardwebhooks library verifies, with either secret during a rotation', () => {
    const oldSecret = generateSecret();
    const newSecret = generateSecret();
    const body = JSON.stringify({ type: 'comment.flagged', timestamp: new Date().toISOString(), data: { x: 1 } });
    const headers = signPayload([newSecret, oldSecret], 'evt_1', new Date(), body);
    expect(headers['webhook-signature'].split(' ')).toHaveLength(2);
    expect(new Webhook(newSecret).verify(body, { ...headers })).toEqual(JSON.parse(body));
    expect(new Webhook(oldSecret).verify(body, { ...headers })).toEqual(JSON.parse(body));
    expect(() => new Webhook(generateSecret()).verify(body, { ...headers })).toThrow();
  });
});

describe('secret box', () => {
  it('encrypts with the key, bound to the endpoint', () => {
    const box = new SecretBox('k'.repeat(40));
    const secret = generateSecret();
    const sealed = box.seal('ep-1', secret);
    expect(sealed).not.toContain(secret.slice(6));
    expect(box.open('ep-1', sealed)).toBe(secret);
    expect(() => box.open('ep-2', sealed)).toThrow();
    expect(() => new SecretBox('j'.repeat(40)).open('ep-1', sealed)).toThrow();
    expect(() => new SecretBox(undefined).open('ep-1', sealed)).toThrow(/WEBHOOK_SECRETS_KEY/);
  });

  it('without a key stores as-is, and still opens those rows once a key is set', () => {
    const secret = generateSecret();
    const stored = new SecretBox(undefined).seal('ep-1', secret);
    expect(new SecretBox('k'.repeat(40)).open('ep-1', stored)).toBe(secret);
  });
});

describe('retry schedule', () => {
  const schedule = [0, 5_000, 300_000];
  it('follows the schedule with ±10% jitter, the last entry repeating', () => {
    expect(nextRetryDelay(schedule, 1, undefined, 0)).toBe(4_500);
    expect(nextRetryDelay(schedule, 1, undefined, 0.999)).toBeLessThanOrEqual(5_500);
    expect(nextRetryDelay(schedule, 2, undefined, 0.5)).toBe(300_000);
    expect(nextRetryDelay(schedule, 9, undefined, 0.5)).toBe(300_000);
  });

  it('waits at least as long as Retry-After asks, up to a day', () => {
    expect(nextRetryDelay(schedule, 1, 60_000, 0.5)).toBe(60_000);
    expect(nextRetryDelay(schedule, 2, 1_000, 0.5)).toBe(300_000);
    expect(nextRetryDelay(schedule, 1, 10 * 86_400_000, 0.5)).toBe(86_400_000);
    expect(parseRetryAfter('120')).toBe(120_000);
    const now = new Date('2026-01-01T00:00:00Z');
    expect(parseRetryAfter('Thu, 01 Jan 2026 00:01:00 GMT', now)).toBe(60_000);
    expect(parseRetryAfter('soon')).toBeUndefined();
  });
});
