/**
 * MinHash over word shingles. Each of SIGNATURE_LENGTH slots keeps the minimum of a differently seeded 32-bit
 * hash over the comment's shingles; the share of equal slots between two signatures estimates the Jaccard
 * resemblance of the two shingle sets.
 */
export const SIGNATURE_LENGTH = 64;
export const BANDS = 16;
export const ROWS_PER_BAND = SIGNATURE_LENGTH / BANDS;

/** FNV-1a over UTF-16 units, finished with a murmur3 mix so that similar strings spread. */
export function hash32(s: string, seed = 0x811c9dc5): number {
  let h = seed >>> 0;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return mix32(h);
}

function mix32(x: number): number {
  let h = x >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

// Fixed seeds: signatures must be comparable across processes and releases.
const SEEDS: Int32Array = (() => {
  const out = new Int32Array(SIGNATURE_LENGTH);
  let x = 0x9e3779b9;
  for (let i = 0; i < SIGNATURE_LENGTH; i++) {
    x = mix32(x + 0x6d2b79f5 + i);
    out[i] = x;
  }
  return out;
})();

/** The MinHash signature of a set of shingles (an empty set gives all 0xffffffff). */
export function minhash(shingles: Iterable<string>): number[] {
  // Slots hold values with the sign bit flipped, so that signed int32 order is the unsigned order and every
  // value stays a small integer for the JIT (unsigned values above 2^31 would be heap numbers).
  const sig = SCRATCH.fill(0x7fffffff);
  for (const s of shingles) {
    const h = hash32(s) | 0; // as int32: an unsigned value above 2^31 would be a heap number in the loop
    for (let i = 0; i < SIGNATURE_LENGTH; i++) {
      // A cheap per-slot permutation of an already well-mixed hash: xor a seed, multiply, fold high bits down.
      let v = Math.imul(h ^ (SEEDS[i] as number), 0x85ebca6b);
      v = v ^ (v >>> 15) ^ SIGN;
      if (v < (sig[i] as number)) sig[i] = v;
    }
  }
  const out = new Array<number>(SIGNATURE_LENGTH);
  for (let i = 0; i < SIGNATURE_LENGTH; i++) out[i] = ((sig[i] as number) ^ SIGN) >>> 0;
  return out;
}

const SIGN = -0x80000000;
const SCRATCH = new Int32Array(SIGNATURE_LENGTH);
const BASE36 = '0123456789abcdefghijklmnopqrstuvwxyz';

/** `n.toString(36)` for an unsigned 32-bit integer, without the generic radix conversion. */
function base36(n: number): string {
  if (n === 0) return '0';
  let out = '';
  let x = n;
  while (x > 0) {
    const q = Math.floor(x / 36);
    out = BASE36[x - q * 36] + out;
    x = q;
  }
  return out;
}

/** LSH band keys: comments that share any key are candidates for a similarity check. */
export function bandKeys(signature: readonly number[]): string[] {
  const keys: string[] = [];
  for (let b = 0; b < BANDS; b++) {
    let h = 0x811c9dc5 ^ b;
    for (let r = 0; r < ROWS_PER_BAND; r++) h = mix32(h ^ (signature[b * ROWS_PER_BAND + r] ?? 0));
    keys.push(`${BASE36[b]}:${base36(h)}`);
  }
  return keys;
}

/** Share of equal slots: the MinHash estimate of the Jaccard resemblance of the two shingle sets. */
export function jaccardEstimate(a: readonly number[], b: readonly number[]): number {
  const n = Math.min(a.length, b.length);
  if (n === 0) return 0;
  let same = 0;
  for (let i = 0; i < n; i++) if (a[i] === b[i]) same++;
  return same / n;
}
