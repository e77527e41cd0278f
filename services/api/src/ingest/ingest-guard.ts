import type { RateLimits, RedisClient } from '@cm/config';
import { pendingCommentKey } from '@cm/contracts';

/**
 * Admission of a group of comments in one Lua call: per comment, its idempotency key, the rate limits (a window per
 * client IP and per author that opens with its first comment, so that a limit of 1 in 60 s never lets two through a
 * second apart) and, once admitted, its pending marker (what `GET /v1/comments/{id}` answers from until the decision
 * is stored; a replay keeps the first request's marker). State lives in Redis, so limits hold across API replicas.
 *
 * KEYS[1]: the first comment's pending marker. Every key the script touches is built from the prefix, whose hash
 *   tag puts them all in that key's slot (as BullMQ's scripts build theirs from its prefix). The prefix is the
 *   decide partition's, so on a Redis Cluster admissions spread over the partitions' slots; the idempotency keys
 *   and rate-limit windows are therefore per partition (an article's comments always meet the same ones).
 * ARGV: prefix, idempotency ttl s, ip limit, ip window ms, author limit, author window ms, rate limits enabled
 *   (1/0), pending ttl ms, the group as one JSON array with one array per comment: [new id, request fingerprint
 *   ('' without a key), idempotency key or '', client ip, site, author], and the pending markers' key with the id
 *   left off (`pendingCommentKey`, which the worker and the reads use too).
 *   One argument for the group, decoded by Redis's cjson, rather than six per comment: the client would encode each
 *   argument on its own, on the ingest route's busiest path.
 * Returns three entries per comment: {'ok', id, ''} | {'replay', id, ''} | {'reused', '', ''} |
 *   {'limited', retryAfterMs, 'ip'|'author'}
 */
const SCRIPT = `
local p = ARGV[1]
local limits = ARGV[7] == '1'
local checks = {
  {limit = tonumber(ARGV[3]), window = tonumber(ARGV[4]), name = 'ip'},
  {limit = tonumber(ARGV[5]), window = tonumber(ARGV[6]), name = 'author'},
}
local out = {}
for _, c in ipairs(cjson.decode(ARGV[9])) do
  local id, fp, idemKey, ip, site, author = c[1], c[2], c[3], c[4], c[5], c[6]
  local idem = ''
  if idemKey ~= '' then idem = p .. ':idem:' .. site .. ':' .. idemKey end
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
    checks[1].key = p .. ':rl:ip:' .. ip
    checks[2].key = p .. ':rl:author:' .. site .. ':' .. author
    for _, check in ipairs(checks) do
      local n = redis.call('INCR', check.key)
      if n == 1 then redis.call('PEXPIRE', check.key, check.window) end
      if n > check.limit then
        local ttl = redis.call('PTTL', check.key)
        if ttl < 0 then redis.call('PEXPIRE', check.key, check.window); ttl = check.window end
        kind, a, b = 'limited', tostring(ttl), check.name
        break
      end
    end
  end
  if kind == 'ok' then
    if idem ~= '' then redis.call('SET', idem, id .. '|' .. fp, 'EX', tonumber(ARGV[2])) end
    redis.call('SET', ARGV[10] .. id, '1', 'PX', tonumber(ARGV[8]))
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

type GuardRedis = RedisClient & {
  cmAdmit(numberOfKeys: number, ...args: (string | number)[]): Promise<string[]>;
};

const IDEMPOTENCY_TTL_SECONDS = 24 * 3600;
/** A pending marker outlives any plausible outage; the worker deletes it once the decision is stored. */
const PENDING_TTL_MS = 7 * 24 * 3600 * 1000;

export class IngestGuard {
  private readonly redis: GuardRedis;
  private everReady: boolean;

  constructor(
    redis: RedisClient,
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
    const first = inputs[0];
    if (first === undefined) return [];
    const { ip, author } = this.limits;
    const group = inputs.map((input) => [
      input.id,
      input.fingerprint,
      input.idempotencyKey ?? '',
      input.clientIp,
      input.siteId,
      input.authorKey,
    ]);
    const res = await this.redis.cmAdmit(
      1,
      pendingCommentKey(this.prefix, first.id),
      this.prefix,
      IDEMPOTENCY_TTL_SECONDS,
      ip.limit,
      ip.windowSeconds * 1000,
      author.limit,
      author.windowSeconds * 1000,
      this.limits.enabled ? '1' : '0',
      PENDING_TTL_MS,
      JSON.stringify(group),
      pendingCommentKey(this.prefix, ''),
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
