import { endianness } from 'node:os';
import { bandKey, type DuplicateCandidate, type Fingerprint, SIGNATURE_LENGTH } from '@cm/rules';
import type { Redis } from 'ioredis';

/**
 * The duplicate index shared by every worker. Per site, comments are filed in time buckets (a third of the
 * duplicate window each): one Redis hash per bucket. A comment filed there gets a short handle (the bucket's
 * counter); the fields named after its exact hash and its LSH bands list the handles of the recent comments that
 * share them, and `m:<handle>` / `s:<handle>` hold its details and MinHash signature. Checking and filing a
 * comment is one Lua script, so it is atomic: of two identical comments processed at the same instant by two
 * workers, whichever runs second sees the first.
 *
 * Fields list short handles rather than whole member strings (turning hot band lists into Lua strings is what
 * costs Redis when a flood fills the bands), details are read only for the candidates found, and a whole batch
 * is one script call that reads only the buckets that exist and sets each bucket's expiry once.
 *
 * KEYS: the bucket hashes the batch names (a key may repeat, in different comments' ranges)
 * ARGV: max members per field, max candidates, then the batch as one JSON array with one array per comment:
 *   [first key index, key count (oldest bucket first; the last is the comment's own), comment id, member,
 *   signature, cutoff ms, bucket ttl ms, exact hash, [fields...]]   member = receivedAt|id|author|exact (no '|'
 *   in the parts: ids are slugs, the exact hash is hex, the signature base64)
 *   One argument for the batch, decoded by Redis's cjson, rather than many per comment (the client would spend a
 *   noticeable share of the worker's CPU encoding them one by one); one HINCRBY per bucket for the batch's handles.
 * Returns, per comment: {member, signature, member, signature, ...} of earlier comments within the window; the
 *   signature is '' for an exact copy (the same exact hash: the comment's own signature)
 */
const SCRIPT = `
local perField = tonumber(ARGV[1])
local maxCandidates = tonumber(ARGV[2])
local exists = {}
for _, key in ipairs(KEYS) do
  if exists[key] == nil then exists[key] = redis.call('EXISTS', key) == 1 end
end
local batch = cjson.decode(ARGV[3])
-- Handles: one HINCRBY per bucket for the whole batch, handed out in order.
local filing = {}
for _, c in ipairs(batch) do
  local own = KEYS[c[1] + c[2] - 1]
  filing[own] = (filing[own] or 0) + 1
end
local nextHandle = {}
for own, n in pairs(filing) do
  nextHandle[own] = redis.call('HINCRBY', own, 'n', n) - n + 1
  exists[own] = true
end
local ttls = {}
local out = {}
for _, c in ipairs(batch) do
  local firstKey, keyCount, id, member, signature = c[1], c[2], c[3], c[4], c[5]
  local cutoff, ttl, ownExact, fields = c[6], c[7], c[8], c[9]
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
              detail[#detail + 1] = h
              if total >= maxCandidates then break end
            end
          end
        end
      end
      if #detail > 0 then
        local mFields = {}
        for i, h in ipairs(detail) do mFields[i] = 'm:' .. h end
        local d = redis.call('HMGET', KEYS[k], unpack(mFields))
        -- Signatures are read only for candidates with other words: an exact copy's is the comment's own, and
        -- in a flood of copies most candidates are exact (their ~340-byte signatures were most of the reply).
        local sFields, sSlots = {}, {}
        for i, m in ipairs(d) do
          if m then
            local p1 = string.find(m, '|', 1, true)
            local p2 = string.find(m, '|', p1 + 1, true)
            local p3 = string.find(m, '|', p2 + 1, true)
            local at = tonumber(string.sub(m, 1, p1 - 1))
            local cid = string.sub(m, p1 + 1, p2 - 1)
            -- A retried comment is listed once per attempt: it is never its own candidate, nor anyone's twice.
            if at and at >= cutoff and cid ~= id and not seenIds[cid] then
              seenIds[cid] = true
              found[#found + 1] = m
              found[#found + 1] = ''
              if string.sub(m, p3 + 1) ~= ownExact then
                sFields[#sFields + 1] = 's:' .. detail[i]
                sSlots[#sSlots + 1] = #found
              end
            end
          end
        end
        if #sFields > 0 then
          local sigs = redis.call('HMGET', KEYS[k], unpack(sFields))
          for i, slot in ipairs(sSlots) do found[slot] = sigs[i] or '' end
        end
      end
    end
  end

  local handle = tostring(nextHandle[own])
  nextHandle[own] = nextHandle[own] + 1
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
const UNPACKABLE = /\|/;

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
    // Ids with a '|' (the member's separator: the API lets none through) are left out of the index rather than
    // allowed to garble the members.
    const eligible = queries
      .map((q, i) => [q, i] as const)
      .filter(([q]) => q.fingerprint.eligible && q.windowMs > 0 && !UNPACKABLE.test(`${q.authorKey}${q.commentId}`));
    if (eligible.length === 0) return out;
    const keys: string[] = [];
    // Comments of one site and time share their buckets: each bucket list goes into KEYS once.
    const firstKeyOf = new Map<string, number>();
    const batch: unknown[] = [];
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
      const fields = [`x:${q.fingerprint.exact}`];
      const bands = q.fingerprint.bands;
      for (let b = 0; b < bands.length; b++) fields.push(`b:${bandKey(b, bands[b] as number)}`);
      const member = `${q.receivedAt}|${q.commentId}|${q.authorKey}|${q.fingerprint.exact}`;
      const cutoff = q.receivedAt - q.windowMs;
      const ttl = q.windowMs + 2 * bucketMs;
      const signature = encodeSignature(q.fingerprint.signature);
      batch.push([first, BUCKETS + 1, q.commentId, member, signature, cutoff, ttl, q.fingerprint.exact, fields]);
    }
    const replies = await this.redis.cmDupCheck(
      keys.length,
      ...keys,
      MEMBERS_PER_FIELD,
      MAX_CANDIDATES,
      JSON.stringify(batch),
    );
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

// Signatures travel as base64 of little-endian uint32s. On a little-endian machine (every platform Node runs on in
// practice) they go through one scratch buffer viewed as uint32s: one native copy each way, where a Buffer per
// signature and 64 `writeUInt32LE` calls each. The byte-by-byte path stays for the rest.
const SCRATCH = Buffer.alloc(SIGNATURE_LENGTH * 4);
const SCRATCH_WORDS = new Uint32Array(SCRATCH.buffer, SCRATCH.byteOffset, SIGNATURE_LENGTH);
const LITTLE_ENDIAN = endianness() === 'LE';
/** Base64 length of a whole signature (4 bytes a slot, padded to a multiple of 3 bytes). */
const SIGNATURE_BASE64_LENGTH = Math.ceil((SIGNATURE_LENGTH * 4) / 3) * 4;

function encodeSignature(signature: number[]): string {
  if (LITTLE_ENDIAN && signature.length === SIGNATURE_LENGTH) {
    SCRATCH_WORDS.set(signature);
    return SCRATCH.toString('base64');
  }
  const buf = Buffer.allocUnsafe(signature.length * 4);
  for (let i = 0; i < signature.length; i++) buf.writeUInt32LE((signature[i] as number) >>> 0, i * 4);
  return buf.toString('base64');
}

function decodeSignature(encoded: string): number[] {
  if (
    LITTLE_ENDIAN &&
    encoded.length === SIGNATURE_BASE64_LENGTH &&
    SCRATCH.write(encoded, 'base64') === SCRATCH.length
  ) {
    return Array.from(SCRATCH_WORDS);
  }
  const buf = Buffer.from(encoded, 'base64');
  const n = buf.length >>> 2;
  const out = new Array<number>(n);
  for (let i = 0; i < n; i++) out[i] = buf.readUInt32LE(i * 4);
  return out;
}
