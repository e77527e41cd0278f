import type { RateLimits } from '@cm/config';
import type { Redis } from 'ioredis';

/**
 * Rate limits (fixed windows per client IP and per author) and idempotency keys, checked in one Lua call so
 * that ingest costs one Redis round trip before the enqueue. State lives in Redis, so limits hold across API
 * replicas.
 *
 * KEYS: idempotency key ('' when none), ip counter, author counter
 * ARGV: new id, request fingerprint, idempotency ttl s, ip limit, ip window ms, author limit, author window ms,
 *       rate limits enabled (1/0)
 * Returns: {'ok', id} | {'replay', id} | {'reused', ''} | {'limited', retryAfterMs, which}
 */
const SCRIPT = `
if KEYS[1] ~= '' then
  local prev = redis.call('GET', KEYS[1])
  if prev then
    local sep = string.find(prev, '|', 1, true)
    local id = string.sub(prev, 1, sep - 1)
    if string.sub(prev, sep + 1) == ARGV[2] then return {'replay', id} end
    return {'reused', ''}
  end
end
if ARGV[8] == '1' then
  local checks = {{KEYS[2], tonumber(ARGV[4]), tonumber(ARGV[5]), 'ip'}, {KEYS[3], tonumber(ARGV[6]), tonumber(ARGV[7]), 'author'}}
  for _, c in ipairs(checks) do
    local n = redis.call('INCR', c[1])
    if n == 1 then redis.call('PEXPIRE', c[1], c[3]) end
    if n > c[2] then
      local ttl = redis.call('PTTL', c[1])
      if ttl < 0 then redis.call('PEXPIRE', c[1], c[3]); ttl = c[3] end
      return {'limited', tostring(ttl), c[4]}
    end
  end
end
if KEYS[1] ~= '' then
  redis.call('SET', KEYS[1], ARGV[1] .. '|' .. ARGV[2], 'EX', tonumber(ARGV[3]))
end
return {'ok', ARGV[1]}
`;

export type GuardResult =
  | { kind: 'ok'; id: string }
  | { kind: 'replay'; id: string }
  | { kind: 'reused' }
  | { kind: 'limited'; retryAfterMs: number; which: 'ip' | 'author' };

interface GuardRedis extends Redis {
  cmIngestGuard(...args: (string | number)[]): Promise<string[]>;
}

const IDEMPOTENCY_TTL_SECONDS = 24 * 3600;

export class IngestGuard {
  private readonly redis: GuardRedis;

  constructor(
    redis: Redis,
    private readonly prefix: string,
    private readonly limits: RateLimits,
  ) {
    if (!('cmIngestGuard' in redis)) redis.defineCommand('cmIngestGuard', { numberOfKeys: 3, lua: SCRIPT });
    this.redis = redis as GuardRedis;
  }

  /** True when a request needs no Redis call at all (no limits, no idempotency key). */
  needsCheck(idempotencyKey: string | undefined): boolean {
    return this.limits.enabled || idempotencyKey !== undefined;
  }

  async check(input: {
    id: string;
    siteId: string;
    clientIp: string;
    authorKey: string;
    idempotencyKey: string | undefined;
    fingerprint: string;
  }): Promise<GuardResult> {
    const p = this.prefix;
    const { ip, author } = this.limits;
    const ipWindow = Math.floor(Date.now() / (ip.windowSeconds * 1000));
    const authorWindow = Math.floor(Date.now() / (author.windowSeconds * 1000));
    const res = await this.redis.cmIngestGuard(
      input.idempotencyKey ? `${p}:idem:${input.siteId}:${input.idempotencyKey}` : '',
      `${p}:rl:ip:${input.clientIp}:${ipWindow}`,
      `${p}:rl:author:${input.siteId}:${input.authorKey}:${authorWindow}`,
      input.id,
      input.fingerprint,
      IDEMPOTENCY_TTL_SECONDS,
      ip.limit,
      ip.windowSeconds * 1000,
      author.limit,
      author.windowSeconds * 1000,
      this.limits.enabled ? '1' : '0',
    );
    const [kind, a, b] = res;
    if (kind === 'ok' || kind === 'replay') return { kind, id: a ?? input.id };
    if (kind === 'reused') return { kind };
    return { kind: 'limited', retryAfterMs: Number(a), which: b === 'author' ? 'author' : 'ip' };
  }

  /** Forgets an idempotency key whose comment could not be queued, so a retry queues it. */
  async release(siteId: string, idempotencyKey: string): Promise<void> {
    await this.redis.del(`${this.prefix}:idem:${siteId}:${idempotencyKey}`);
  }
}
