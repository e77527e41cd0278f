import type { DuplicateCandidate, Fingerprint } from '@cm/rules';
import type { ChainableCommander, Redis } from 'ioredis';

/**
 * The duplicate index shared by every worker: per site, one sorted set per exact hash and per LSH band, scored
 * by the time the comment was received, plus a hash of MinHash signatures. Checking and registering a comment
 * is one Lua script, so it is atomic: of two identical comments processed at the same instant by two workers,
 * whichever runs second sees the first.
 *
 * KEYS: signatures hash, then the exact key and the band keys
 * ARGV: member, signature, received-at ms, window ms, max candidates per key
 * Returns: [member, signature, member, signature, ...] of earlier comments within the window (self excluded)
 */
const SCRIPT = `
local member = ARGV[1]
local now = tonumber(ARGV[3])
local window = tonumber(ARGV[4])
local cap = tonumber(ARGV[5])
local cutoff = now - window
local seen = {}
local out = {}
for i = 2, #KEYS do
  local old = redis.call('ZRANGEBYSCORE', KEYS[i], '-inf', '(' .. cutoff)
  if #old > 0 then
    redis.call('ZREM', KEYS[i], unpack(old))
    redis.call('HDEL', KEYS[1], unpack(old))
  end
  local recent = redis.call('ZREVRANGEBYSCORE', KEYS[i], '+inf', cutoff, 'LIMIT', 0, cap)
  for _, m in ipairs(recent) do
    if m ~= member and not seen[m] then
      seen[m] = true
      local sig = redis.call('HGET', KEYS[1], m)
      if sig then
        out[#out + 1] = m
        out[#out + 1] = sig
      end
    end
  end
  redis.call('ZADD', KEYS[i], now, member)
  redis.call('PEXPIRE', KEYS[i], window)
end
redis.call('HSET', KEYS[1], member, ARGV[2])
return out
`;

const MAX_CANDIDATES_PER_KEY = 50;

export interface DuplicateQuery {
  commentId: string;
  siteId: string;
  authorKey: string;
  receivedAt: number;
  fingerprint: Fingerprint;
  windowMs: number;
}

interface IndexRedis extends Redis {
  cmDupCheck(numKeys: number, ...args: (string | number)[]): Promise<string[]>;
}
interface IndexPipeline extends ChainableCommander {
  cmDupCheck(numKeys: number, ...args: (string | number)[]): ChainableCommander;
}

export class RedisDuplicateIndex {
  private readonly redis: IndexRedis;

  constructor(
    redis: Redis,
    private readonly prefix: string,
  ) {
    if (!('cmDupCheck' in redis)) redis.defineCommand('cmDupCheck', { lua: SCRIPT });
    this.redis = redis as IndexRedis;
  }

  /**
   * Registers each eligible comment and returns, per query, the earlier comments it resembles. One round trip
   * for the whole batch; the scripts run in order, so later comments in the batch see earlier ones.
   */
  async checkAndAdd(queries: DuplicateQuery[]): Promise<DuplicateCandidate[][]> {
    const out: DuplicateCandidate[][] = queries.map(() => []);
    const eligible = queries.map((q, i) => [q, i] as const).filter(([q]) => q.fingerprint.eligible);
    if (eligible.length === 0) return out;
    const pipeline = this.redis.pipeline() as IndexPipeline;
    for (const [q] of eligible) {
      const base = `${this.prefix}:dup:${q.siteId}`;
      const keys = [
        `${base}:sig`,
        `${base}:x:${q.fingerprint.exact}`,
        ...q.fingerprint.bands.map((b) => `${base}:b:${b}`),
      ];
      const member = `${q.commentId}|${q.authorKey}|${q.receivedAt}|${q.fingerprint.exact}`;
      pipeline.cmDupCheck(
        keys.length,
        ...keys,
        member,
        encodeSignature(q.fingerprint.signature),
        q.receivedAt,
        q.windowMs,
        MAX_CANDIDATES_PER_KEY,
      );
    }
    const results = (await pipeline.exec()) ?? [];
    eligible.forEach(([, index], k) => {
      const [err, reply] = results[k] ?? [new Error('no reply'), null];
      if (err) throw err;
      const flat = reply as string[];
      const candidates: DuplicateCandidate[] = [];
      for (let i = 0; i + 1 < flat.length; i += 2) {
        const [commentId = '', authorKey = '', receivedAt = '0', exact = ''] = (flat[i] ?? '').split('|');
        candidates.push({
          commentId,
          authorKey,
          receivedAt: Number(receivedAt),
          exact,
          signature: decodeSignature(flat[i + 1] ?? ''),
        });
      }
      out[index] = candidates;
    });
    return out;
  }
}

function encodeSignature(signature: number[]): string {
  return Buffer.from(Uint32Array.from(signature).buffer).toString('base64');
}

function decodeSignature(encoded: string): number[] {
  const buf = Buffer.from(encoded, 'base64');
  return Array.from(new Uint32Array(buf.buffer, buf.byteOffset, Math.floor(buf.byteLength / 4)));
}
