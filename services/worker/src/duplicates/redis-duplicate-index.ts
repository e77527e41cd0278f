import { readFileSync } from 'node:fs';
import { endianness } from 'node:os';
import { bandKey, type DuplicateCandidate, type Fingerprint, SIGNATURE_LENGTH } from '@cm/rules';
import type { Cluster, Redis } from 'ioredis';

/**
 * The duplicate index shared by every worker. Per site, comments are filed in time buckets (a third of the
 * duplicate window each): one Redis hash per bucket. A comment filed there gets a short handle (the bucket's
 * counter); the fields named after its exact hash and its LSH bands (`x:<exact>`, `b:<band>`) list the handles of
 * the first comments that share them, and `m:<handle>` / `s:<handle>` hold its details (`receivedAt|id|author|exact`)
 * and MinHash signature. Checking and filing a whole batch is one Lua script (check-and-add.lua), so it is atomic:
 * of two identical comments processed at the same instant by two workers, whichever runs second sees the first.
 *
 * A copy-paste flood stays as cheap per comment as normal traffic. A field lists at most K handles: the comment that
 * fills one opens a campaign in its bucket (`c:<id>` its copies, first and last copy; `a:<id>` a HyperLogLog of its
 * authors; `r:<id>` and `f:<id>` the opener's signature and fields), and the fields it shares then point at it
 * (`...;@<id>`). A comment with a field pointing at a live campaign is counted into it; one with two such fields, or
 * two fields in common with the opener, is a copy: it is not filed and reads no member, only the campaign, whose
 * record is read and written once per batch. So Redis holds nothing more for a copy however long the flood goes on,
 * and the rules get the campaign's counts and signature instead of its members. Details whose fields were deleted
 * (an author's data erased) are skipped; a campaign keeps only its first copy's comment id, no author.
 *
 * The batch travels as one JSON argument rather than ~25 per comment: encoding thousands of arguments one by one
 * cost the client ~10% of the worker's CPU.
 */
const SCRIPT = readFileSync(new URL('./check-and-add.lua', import.meta.url), 'utf8');

/** Buckets per window: a comment is compared with at most BUCKETS + 1 hashes. */
const BUCKETS = 3;
/** Handles a field lists before the comment that fills it opens a campaign (K). */
const MEMBERS_PER_FIELD = 8;
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

type IndexRedis = (Redis | Cluster) & {
  cmDupCheck(numKeys: number, ...args: (string | number)[]): Promise<string[][]>;
};

export class RedisDuplicateIndex {
  private readonly redis: IndexRedis;

  constructor(
    redis: Redis | Cluster,
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
    // A campaign's copies in a batch all get its one signature: sent once ('=<n>' names the reply that carries it),
    // decoded once, shared (the rules only read it).
    const campaignSignatures: (number[] | undefined)[] = [];
    eligible.forEach(([q, index], k) => {
      const flat = replies[k] ?? [];
      const candidates: DuplicateCandidate[] = [];
      // The campaign the comment belongs to, if any, comes first: 'copies|authors|firstAt|firstId' and a signature.
      const campaign = flat[0];
      if (campaign) {
        const [copies = '0', authors = '0', firstAt = '0', firstId = ''] = campaign.split('|');
        const encoded = flat[1] ?? '';
        const signature = encoded.startsWith('=')
          ? campaignSignatures[Number(encoded.slice(1)) - 1]
          : decodeSignature(encoded);
        if (!signature) throw new Error(`duplicate index: reply ${encoded} names no earlier campaign signature`);
        campaignSignatures[k] = signature;
        candidates.push({
          commentId: firstId,
          authorKey: '',
          receivedAt: Number(firstAt),
          exact: '',
          signature,
          campaign: { copies: Number(copies), authors: Number(authors) },
        });
      }
      for (let i = 2; i + 1 < flat.length; i += 2) {
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
