import type { DuplicateCandidate, Fingerprint } from '@cm/rules';
import type { Redis } from 'ioredis';

/**
 * The duplicate index shared by every worker. Per site, comments are filed in time buckets (a third of the
 * duplicate window each): one Redis hash per bucket. A comment filed there gets a short handle (the bucket's
 * counter); the fields named after its exact hash and its LSH bands list the handles of the recent comments that
 * share them, and `m:<handle>` / `s:<handle>` hold its details and MinHash signature. Checking and filing a
 * comment is one Lua script, so it is atomic: of two identical comments processed at the same instant by two
 * workers, whichever runs second sees the first.
 *
 * Two earlier designs saturated Redis: a sorted set per band (~90 commands per comment, ~2,000 comments/s), then
 * one script call per comment with fields listing whole member strings, where turning ~75 KB of hot band lists
 * into Lua strings cost ~0.5 ms of Redis per comment when a flood fills the bands. Lists of short handles are
 * ~10× smaller, details are read only for the candidates found, and a whole batch is one script call that reads
 * only the buckets that exist and sets each bucket's expiry once.
 *
 * KEYS: the bucket hashes the batch names (a key may repeat, in different comments' ranges)
 * ARGV: max members per field, max candidates, then per comment: first key index, key count (oldest bucket
 *   first; the last is the comment's own), comment id, member, signature, cutoff ms, bucket ttl ms, field count,
 *   fields...   member = receivedAt|id|author|exact (no '|' or ';' in the parts)
 * Returns, per comment: {member, signature, member, signature, ...} of earlier comments within the window
 */
const SCRIPT = `
local perField = tonumber(ARGV[1])
local maxCandidates = tonumber(ARGV[2])
local exists = {}
for _, key in ipairs(KEYS) do
  if exists[key] == nil then exists[key] = redis.call('EXISTS', key) == 1 end
end
local ttls = {}
local out = {}
local a = 3
while a <= #ARGV do
  local firstKey, keyCount = tonumber(ARGV[a]), tonumber(ARGV[a + 1])
  local id, member, signature = ARGV[a + 2], ARGV[a + 3], ARGV[a + 4]
  local cutoff, ttl, fieldCount = tonumber(ARGV[a + 5]), tonumber(ARGV[a + 6]), tonumber(ARGV[a + 7])
  local fields = {}
  for i = 1, fieldCount do fields[i] = ARGV[a + 7 + i] end
  a = a + 8 + fieldCount
  local ownIndex = firstKey + keyCount - 1
  local own = KEYS[ownIndex]

  local found = {}
  local seenIds = {}
  local total = 0
  local ownValues = {}
  for k = firstKey, ownIndex do
    if exists[KEYS[k]] then
      local values = redis.call('HMGET', KEYS[k], unpack(fields))
      if k == ownIndex then ownValues = values end
      local seenValue = {}
      local handles = {}
      local detail = {}
      for _, v in ipairs(values) do
        if total >= maxCandidates then break end
        if v and not seenValue[v] then
          seenValue[v] = true
          for h in string.gmatch(v, '[^;]+') do
            if not handles[h] then
              handles[h] = true
              total = total + 1
              detail[#detail + 1] = 'm:' .. h
              detail[#detail + 1] = 's:' .. h
              if total >= maxCandidates then break end
            end
          end
        end
      end
      if #detail > 0 then
        local d = redis.call('HMGET', KEYS[k], unpack(detail))
        for i = 1, #d, 2 do
          local m, sig = d[i], d[i + 1]
          if m and sig then
            local p1 = string.find(m, '|', 1, true)
            local p2 = string.find(m, '|', p1 + 1, true)
            local at = tonumber(string.sub(m, 1, p1 - 1))
            local cid = string.sub(m, p1 + 1, p2 - 1)
            -- A retried comment is listed once per attempt: it is never its own candidate, nor anyone's twice.
            if at and at >= cutoff and cid ~= id and not seenIds[cid] then
              seenIds[cid] = true
              found[#found + 1] = m
              found[#found + 1] = sig
            end
          end
        end
      end
    end
  end

  local handle = tostring(redis.call('HINCRBY', own, 'n', 1))
  exists[own] = true
  local updates = {'m:' .. handle, member, 's:' .. handle, signature}
  for i, f in ipairs(fields) do
    local v = ownValues[i]
    if not v then
      v = handle
    else
      local _, separators = string.gsub(v, ';', ';')
      if separators + 1 >= perField then v = string.sub(v, string.find(v, ';', 1, true) + 1) end
      v = v .. ';' .. handle
    end
    updates[#updates + 1] = f
    updates[#updates + 1] = v
  end
  redis.call('HSET', own, unpack(updates))
  if not ttls[own] or ttls[own] < ttl then ttls[own] = ttl end
  out[#out + 1] = found
end
for key, ttl in pairs(ttls) do redis.call('PEXPIRE', key, ttl) end
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
  cmDupCheck(numKeys: number, ...args: (string | number)[]): Promise<string[][]>;
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
    const keys: string[] = [];
    // Comments of one site and time share their buckets: each bucket list goes into KEYS once.
    const firstKeyOf = new Map<string, number>();
    const args: (string | number)[] = [MEMBERS_PER_FIELD, MAX_CANDIDATES];
    for (const [q] of eligible) {
      const bucketMs = Math.max(1000, Math.ceil(q.windowMs / BUCKETS));
      const own = Math.floor(q.receivedAt / bucketMs);
      // The comment's buckets, oldest first, as consecutive KEYS (Lua indexes from 1).
      const group = `${q.siteId}:${bucketMs}:${own}`;
      let first = firstKeyOf.get(group);
      if (first === undefined) {
        first = keys.length + 1;
        firstKeyOf.set(group, first);
        for (let b = own - BUCKETS; b <= own; b++) keys.push(`${this.prefix}:dup4:${q.siteId}:${bucketMs}:${b}`);
      }
      const fields = [`x:${q.fingerprint.exact}`, ...q.fingerprint.bands.map((b) => `b:${b}`)];
      args.push(
        first,
        BUCKETS + 1,
        q.commentId,
        `${q.receivedAt}|${q.commentId}|${q.authorKey}|${q.fingerprint.exact}`,
        encodeSignature(q.fingerprint.signature),
        q.receivedAt - q.windowMs,
        q.windowMs + 2 * bucketMs,
        fields.length,
        ...fields,
      );
    }
    const replies = await this.redis.cmDupCheck(keys.length, ...keys, ...args);
    eligible.forEach(([q, index], k) => {
      const flat = replies[k] ?? [];
      const candidates: DuplicateCandidate[] = [];
      for (let i = 0; i + 1 < flat.length; i += 2) {
        const [receivedAt = '0', commentId = '', authorKey = '', exact = ''] = (flat[i] ?? '').split('|');
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

// Signatures travel as base64 of little-endian uint32s. Read and written through a pooled Buffer: a typed
// array per signature (allocated through the runtime) cost ~4× more than the conversion itself.
function encodeSignature(signature: number[]): string {
  const buf = Buffer.allocUnsafe(signature.length * 4);
  for (let i = 0; i < signature.length; i++) buf.writeUInt32LE((signature[i] as number) >>> 0, i * 4);
  return buf.toString('base64');
}

function decodeSignature(encoded: string): number[] {
  const buf = Buffer.from(encoded, 'base64');
  const n = buf.length >>> 2;
  const out = new Array<number>(n);
  for (let i = 0; i < n; i++) out[i] = buf.readUInt32LE(i * 4);
  return out;
}
