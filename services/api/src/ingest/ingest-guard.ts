import type { RateLimits } from '@cm/config';
import { pendingCommentKey } from '@cm/contracts';
import type { Redis } from 'ioredis';

/**
 * Admission of a group of comments in one Lua call: per comment, its idempotency key, the rate limits (fixed
 * windows per client IP and per author) and, once admitted, its pending marker (what `GET /v1/comments/{id}`
 * answers from until the decision is stored; a replay keeps the first request's marker). State lives in Redis, so limits hold across API replicas.
 *
 * KEYS, four per comment: idempotency key ('' when none), ip counter, author counter, pending marker
 * ARGV: idempotency ttl s, ip limit, ip window ms, author limit, author window ms, rate limits enabled (1/0),
 *       pending ttl ms, then two per comment: new id, request fingerprint
 * Returns three entries per comment: {'ok', id, ''} | {'replay', id, ''} | {'reused', '', ''} |
 *   {'limited', retryAfterMs, 'ip'|'author'}
 */
const SCRIPT = `
local out = {}
local limits = ARGV[6] == '1'
for i = 0, #KEYS / 4 - 1 do
  local idem, ipKey, authorKey, pending = KEYS[i * 4 + 1], KEYS[i * 4 + 2], KEYS[i * 4 + 3], KEYS[i * 4 + 4]
  local id, fp = ARGV[8 + i * 2], ARGV[9 + i * 2]
  local kind, a, b = 'ok', id, ''
  if idem ~= '' then
    local prev = redis.call('GET', idem)
    if prev then
      local sep = string.find(prev, '|', 1, true)
      if string.sub(prev, sep + 1) == fp then kind, a = 'replay', string.sub(prev, 1, sep - 1)
      else kind, a = 'reused', '' end
    end
  end
  if kind == 'ok' and limits then
    local checks = {{ipKey, tonumber(ARGV[2]), tonumber(ARGV[3]), 'ip'}, {authorKey, tonumber(ARGV[4]), tonumber(ARGV[5]), 'author'}}
    for _, c in ipairs(checks) do
      local n = redis.call('INCR', c[1])
      if n == 1 then redis.call('PEXPIRE', c[1], c[3]) end
      if n > c[2] then
        local ttl = redis.call('PTTL', c[1])
        if ttl < 0 then redis.call('PEXPIRE', c[1], c[3]); ttl = c[3] end
        kind, a, b = 'limited', tostring(ttl), c[4]
        break
      end
    end
  end
  if kind == 'ok' then
    if idem ~= '' then redis.call('SET', idem, id .. '|' .. fp, 'EX', tonumber(ARGV[1])) end
    redis.call('SET', pending, '1', 'PX', tonumber(ARGV[7]))
  end
  out[#out + 1] = kind
  out[#out + 1] = a
  out[#out + 1] = b
end
return out
`;

export type GuardResult =
  | { kind: 'ok'; id: string }
  | { kind: 'replay'; id: string }
  | { kind: 'reused' }
  | { kind: 'limited'; retryAfterMs: number; which: 'ip' | 'author' };

export interface GuardInput {
  /** The id a new comment gets. */
  id: string;
  siteId: string;
  clientIp: string;
  authorKey: string;
  idempotencyKey: string | undefined;
  /** Hash of the request, to tell a replay from a reused key ('' without a key). */
  fingerprint: string;
}

interface GuardRedis extends Redis {
  cmAdmit(numberOfKeys: number, ...args: (string | number)[]): Promise<string[]>;
}

const IDEMPOTENCY_TTL_SECONDS = 24 * 3600;
/** A pending marker outlives any plausible outage; the worker deletes it once the decision is stored. */
const PENDING_TTL_MS = 7 * 24 * 3600 * 1000;

export class IngestGuard {
  private readonly redis: GuardRedis;
  private everReady: boolean;

  constructor(
    redis: Redis,
    private readonly prefix: string,
    private readonly limits: RateLimits,
  ) {
    if (!('cmAdmit' in redis)) redis.defineCommand('cmAdmit', { lua: SCRIPT });
    this.redis = redis as GuardRedis;
    this.everReady = redis.status === 'ready';
    redis.once('ready', () => {
      this.everReady = true;
    });
  }

  /** Admits a group of comments in one round trip; one result per input, in order. */
  async admit(inputs: readonly GuardInput[]): Promise<GuardResult[]> {
    await this.connected();
    const p = this.prefix;
    const { ip, author } = this.limits;
    const ipWindow = Math.floor(Date.now() / (ip.windowSeconds * 1000));
    const authorWindow = Math.floor(Date.now() / (author.windowSeconds * 1000));
    const keys: string[] = [];
    const perComment: string[] = [];
    for (const input of inputs) {
      keys.push(
        input.idempotencyKey ? this.idempotencyKey(input.siteId, input.idempotencyKey) : '',
        `${p}:rl:ip:${input.clientIp}:${ipWindow}`,
        `${p}:rl:author:${input.siteId}:${input.authorKey}:${authorWindow}`,
        pendingCommentKey(p, input.id),
      );
      perComment.push(input.id, input.fingerprint);
    }
    const res = await this.redis.cmAdmit(
      keys.length,
      ...keys,
      IDEMPOTENCY_TTL_SECONDS,
      ip.limit,
      ip.windowSeconds * 1000,
      author.limit,
      author.windowSeconds * 1000,
      this.limits.enabled ? '1' : '0',
      PENDING_TTL_MS,
      ...perComment,
    );
    return inputs.map((input, i): GuardResult => {
      const [kind, a, b] = [res[i * 3], res[i * 3 + 1], res[i * 3 + 2]];
      if (kind === 'ok' || kind === 'replay') return { kind, id: a || input.id };
      if (kind === 'reused') return { kind };
      return { kind: 'limited', retryAfterMs: Number(a), which: b === 'author' ? 'author' : 'ip' };
    });
  }

  /**
   * Undoes the admission of comments that could not be queued: their idempotency keys (so a retry queues them)
   * and their pending markers.
   */
  async release(admitted: readonly { input: GuardInput; result: GuardResult }[]): Promise<void> {
    const keys: string[] = [];
    for (const { input, result } of admitted) {
      if (result.kind !== 'ok') continue;
      keys.push(pendingCommentKey(this.prefix, result.id));
      if (input.idempotencyKey) keys.push(this.idempotencyKey(input.siteId, input.idempotencyKey));
    }
    if (keys.length > 0) await this.redis.del(...keys);
  }

  /** True while an accepted comment waits for its decision. */
  async isPending(id: string): Promise<boolean> {
    return (await this.redis.exists(pendingCommentKey(this.prefix, id))) === 1;
  }

  /**
   * The client has no offline queue: while Redis is away a request must fail fast, not pile up. Only before the
   * first connection (a comment arriving as the API starts) does admission wait for it, a moment at most.
   */
  private async connected(timeoutMs = 2_000): Promise<void> {
    if (this.redis.status === 'ready' || this.everReady) return;
    await new Promise<void>((resolve) => {
      const done = () => {
        clearTimeout(timer);
        this.redis.off('ready', done);
        resolve();
      };
      const timer = setTimeout(done, timeoutMs);
      this.redis.once('ready', done);
    });
  }

  private idempotencyKey(siteId: string, key: string): string {
    return `${this.prefix}:idem:${siteId}:${key}`;
  }
}
