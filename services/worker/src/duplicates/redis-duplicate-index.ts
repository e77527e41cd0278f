import type { DuplicateCandidate, Fingerprint } from '@cm/rules';
import type { ChainableCommander, Redis } from 'ioredis';

/**
 * The duplicate index shared by every worker. Per site, comments are filed in time buckets (a third of the
 * duplicate window each): one Redis hash per bucket whose fields are the comment's exact hash and LSH bands,
 * each holding the recent comments that share it, plus the comment's MinHash signature. Checking and filing a
 * comment is one Lua script, so it is atomic: of two identical comments processed at the same instant by two
 * workers, whichever runs second sees the first.
 *
 * A comment costs a handful of hash commands (one HMGET per live bucket, one HSET, one PEXPIRE), whatever the
 * number of bands: an earlier design with a sorted set per band cost ~90 commands and saturated Redis at
 * ~2,000 comments/s.
 *
 * KEYS: the live bucket hashes, oldest first; the last is this comment's own bucket
 * ARGV: member, signature, cutoff ms, bucket ttl ms, max members per field, max candidates, field...
 *   member = id|author|receivedAt|exact (no '|' or ';' in the parts)
 * Returns: [member, signature, member, signature, ...] of earlier comments within the window (self excluded)
 */
const SCRIPT = `
local member = ARGV[1]
local cutoff = tonumber(ARGV[3])
local ttl = tonumber(ARGV[4])
local perField = tonumber(ARGV[5])
local maxCandidates = tonumber(ARGV[6])
local fields = {}
for i = 7, #ARGV do fields[#fields + 1] = ARGV[i] end
local own = #KEYS
local seen = {}
local found = {}
local ownValues
for k = 1, own do
  local values = redis.call('HMGET', KEYS[k], unpack(fields))
  if k == own then ownValues = values end
  for _, v in ipairs(values) do
    if v then
      for m in string.gmatch(v, '[^;]+') do
        if m ~= member and not seen[m] and #found < maxCandidates then
          local at = tonumber(string.match(m, '^[^|]*|[^|]*|([^|]*)|'))
          if at and at >= cutoff then
            seen[m] = true
            found[#found + 1] = m
          end
        end
      end
    end
  end
end
local updates = {}
for i, f in ipairs(fields) do
  local v = ownValues[i]
  local members = {}
  if v then
    for m in string.gmatch(v, '[^;]+') do
      if m ~= member then members[#members + 1] = m end
    end
  end
  while #members >= perField do table.remove(members, 1) end
  members[#members + 1] = member
  updates[#updates + 1] = f
  updates[#updates + 1] = table.concat(members, ';')
end
local id = string.match(member, '^([^|]*)')
updates[#updates + 1] = 's:' .. id
updates[#updates + 1] = ARGV[2]
redis.call('HSET', KEYS[own], unpack(updates))
redis.call('PEXPIRE', KEYS[own], ttl)
local out = {}
local exact = string.match(member, '([^|]*)$')
for _, m in ipairs(found) do
  local cid = string.match(m, '^([^|]*)')
  -- An exact copy has our own signature: no need to read it.
  if string.match(m, '([^|]*)$') == exact then
    out[#out + 1] = m
    out[#out + 1] = ''
  else
  for k = own, 1, -1 do
    local sig = redis.call('HGET', KEYS[k], 's:' .. cid)
    if sig then
      out[#out + 1] = m
      out[#out + 1] = sig
      break
    end
  end
  end
end
return out
`;

/** Buckets per window: a comment is compared with at most BUCKETS + 1 hashes. */
const BUCKETS = 3;
/** Members kept per field: enough to tell a campaign of many authors, bounded so a hot field stays small. */
const MEMBERS_PER_FIELD = 16;
const MAX_CANDIDATES = 48;

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
   * Files each eligible comment and returns, per query, the earlier comments it resembles. One round trip
   * for the whole batch; the scripts run in order, so later comments in the batch see earlier ones.
   */
  async checkAndAdd(queries: DuplicateQuery[]): Promise<DuplicateCandidate[][]> {
    const out: DuplicateCandidate[][] = queries.map(() => []);
    const eligible = queries.map((q, i) => [q, i] as const).filter(([q]) => q.fingerprint.eligible && q.windowMs > 0);
    if (eligible.length === 0) return out;
    const pipeline = this.redis.pipeline() as IndexPipeline;
    for (const [q] of eligible) {
      const bucketMs = Math.max(1000, Math.ceil(q.windowMs / BUCKETS));
      const own = Math.floor(q.receivedAt / bucketMs);
      const keys: string[] = [];
      for (let b = own - BUCKETS; b <= own; b++) keys.push(`${this.prefix}:dup:${q.siteId}:${bucketMs}:${b}`);
      const fields = [`x:${q.fingerprint.exact}`, ...q.fingerprint.bands.map((b) => `b:${b}`)];
      pipeline.cmDupCheck(
        keys.length,
        ...keys,
        `${q.commentId}|${q.authorKey}|${q.receivedAt}|${q.fingerprint.exact}`,
        encodeSignature(q.fingerprint.signature),
        q.receivedAt - q.windowMs,
        q.windowMs + 2 * bucketMs,
        MEMBERS_PER_FIELD,
        MAX_CANDIDATES,
        ...fields,
      );
    }
    const results = (await pipeline.exec()) ?? [];
    eligible.forEach(([q, index], k) => {
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
          signature: exact === q.fingerprint.exact ? q.fingerprint.signature : decodeSignature(flat[i + 1] ?? ''),
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
  return Array.from(
    new Uint32Array(buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.byteLength - (buf.byteLength % 4))),
  );
}
