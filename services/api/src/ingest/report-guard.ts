import type { RateLimits, RedisClient } from '@cm/config';

/**
 * Rate limits of readers' reports, per client IP and per reporter, in windows that open with the first report, kept
 * in Redis (like the comments' admission script, so they hold across API replicas), with the same limits as comments
 * under keys of their own. One Lua call per report: both counters, or neither when the first is over.
 *
 * KEYS[1], KEYS[2]: the IP's and the reporter's counters. ARGV: ip limit, ip window ms, reporter limit, reporter
 * window ms. Returns {'ok', '', ''} or {'limited', retryAfterMs, 'ip'|'reporter'}.
 */
const SCRIPT = `
local checks = {
  {key = KEYS[1], limit = tonumber(ARGV[1]), window = tonumber(ARGV[2]), name = 'ip'},
  {key = KEYS[2], limit = tonumber(ARGV[3]), window = tonumber(ARGV[4]), name = 'reporter'},
}
for _, check in ipairs(checks) do
  local n = redis.call('INCR', check.key)
  if n == 1 then redis.call('PEXPIRE', check.key, check.window) end
  if n > check.limit then
    local ttl = redis.call('PTTL', check.key)
    if ttl < 0 then redis.call('PEXPIRE', check.key, check.window); ttl = check.window end
    return {'limited', tostring(ttl), check.name}
  end
end
return {'ok', '', ''}
`;

export type ReportAdmission = { kind: 'ok' } | { kind: 'limited'; retryAfterMs: number; which: 'ip' | 'reporter' };

type ReportGuardRedis = RedisClient & {
  cmAdmitReport(numberOfKeys: number, ...args: (string | number)[]): Promise<string[]>;
};

export class ReportGuard {
  private readonly redis: ReportGuardRedis;

  constructor(
    redis: RedisClient,
    private readonly prefix: string,
    private readonly limits: RateLimits,
  ) {
    if (!('cmAdmitReport' in redis)) redis.defineCommand('cmAdmitReport', { lua: SCRIPT });
    this.redis = redis as ReportGuardRedis;
  }

  async admit(input: { clientIp: string; siteId: string; reporterKey: string }): Promise<ReportAdmission> {
    if (!this.limits.enabled) return { kind: 'ok' };
    const { ip, author } = this.limits;
    // Built from the prefix, whose hash tag puts both keys in one Redis Cluster slot (as the ingest guard's).
    const tag = `${this.prefix}:rl:report`;
    const [kind, a, b] = await this.redis.cmAdmitReport(
      2,
      `${tag}:ip:${input.clientIp}`,
      `${tag}:reporter:${input.siteId}:${input.reporterKey}`,
      ip.limit,
      ip.windowSeconds * 1000,
      author.limit,
      author.windowSeconds * 1000,
    );
    if (kind === 'ok') return { kind: 'ok' };
    return { kind: 'limited', retryAfterMs: Number(a), which: b === 'reporter' ? 'reporter' : 'ip' };
  }
}

const guards = new WeakMap<RedisClient, ReportGuard>();

/** One guard per Redis connection (it registers its script on the connection once). */
export function reportGuardFor(redis: RedisClient, prefix: string, limits: RateLimits): ReportGuard {
  let guard = guards.get(redis);
  if (!guard) {
    guard = new ReportGuard(redis, prefix, limits);
    guards.set(redis, guard);
  }
  return guard;
}
