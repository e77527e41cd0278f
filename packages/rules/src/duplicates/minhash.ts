/**
 * MinHash over word shingles. Each of SIGNATURE_LENGTH slots keeps the minimum of a differently seeded 32-bit
 * hash over the comment's shingles; the share of equal slots between two signatures estimates the Jaccard
 * resemblance of the two shingle sets.
 */
export const SIGNATURE_LENGTH = 64;
export const BANDS = 16;
export const ROWS_PER_BAND = SIGNATURE_LENGTH / BANDS;

/** FNV-1a over UTF-16 units, finished with a murmur3 mix so that similar strings spread. */
function hash32(s: string, seed = 0x811c9dc5): number {
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
export function minhash(shingles: readonly string[]): number[] {
  const n = shingles.length;
  const hashes = n <= HASHES.length ? HASHES : new Int32Array(n);
  // As int32: an unsigned value above 2^31 would be a heap number in the loops below.
  for (let k = 0; k < n; k++) hashes[k] = hash32(shingles[k] as string) | 0;
  const out = new Array<number>(SIGNATURE_LENGTH);
  // The module's M and SIGN lie outside the small-integer range, so they are stored as heap numbers: read inside the
  // loops, each use loaded and converted one from a double. Read once as int32, they stay in registers.
  const mul = M | 0;
  const sign = SIGN | 0;
  // Slot-major, eight slots per pass over the hashes: eight independent minimum chains held in registers keep
  // the CPU's pipelines full (a slot at a time, or a store per slot and shingle, ran ~1.6x slower). Minima are
  // kept with the sign bit flipped, so that signed int32 order is the unsigned order and every value stays a
  // small integer for the JIT.
  for (let i = 0; i < SIGNATURE_LENGTH; i += 8) {
    const s0 = SEEDS[i] as number;
    const s1 = SEEDS[i + 1] as number;
    const s2 = SEEDS[i + 2] as number;
    const s3 = SEEDS[i + 3] as number;
    const s4 = SEEDS[i + 4] as number;
    const s5 = SEEDS[i + 5] as number;
    const s6 = SEEDS[i + 6] as number;
    const s7 = SEEDS[i + 7] as number;
    let m0 = 0x7fffffff;
    let m1 = m0;
    let m2 = m0;
    let m3 = m0;
    let m4 = m0;
    let m5 = m0;
    let m6 = m0;
    let m7 = m0;
    for (let k = 0; k < n; k++) {
      const h = hashes[k] as number;
      // Slot i's permutation of h, as in `minhashReference`: xor the seed, multiply, fold the high bits down.
      let v = Math.imul(h ^ s0, mul);
      v = v ^ (v >>> 15) ^ sign;
      if (v < m0) m0 = v;
      v = Math.imul(h ^ s1, mul);
      v = v ^ (v >>> 15) ^ sign;
      if (v < m1) m1 = v;
      v = Math.imul(h ^ s2, mul);
      v = v ^ (v >>> 15) ^ sign;
      if (v < m2) m2 = v;
      v = Math.imul(h ^ s3, mul);
      v = v ^ (v >>> 15) ^ sign;
      if (v < m3) m3 = v;
      v = Math.imul(h ^ s4, mul);
      v = v ^ (v >>> 15) ^ sign;
      if (v < m4) m4 = v;
      v = Math.imul(h ^ s5, mul);
      v = v ^ (v >>> 15) ^ sign;
      if (v < m5) m5 = v;
      v = Math.imul(h ^ s6, mul);
      v = v ^ (v >>> 15) ^ sign;
      if (v < m6) m6 = v;
      v = Math.imul(h ^ s7, mul);
      v = v ^ (v >>> 15) ^ sign;
      if (v < m7) m7 = v;
    }
    out[i] = (m0 ^ sign) >>> 0;
    out[i + 1] = (m1 ^ sign) >>> 0;
    out[i + 2] = (m2 ^ sign) >>> 0;
    out[i + 3] = (m3 ^ sign) >>> 0;
    out[i + 4] = (m4 ^ sign) >>> 0;
    out[i + 5] = (m5 ^ sign) >>> 0;
    out[i + 6] = (m6 ^ sign) >>> 0;
    out[i + 7] = (m7 ^ sign) >>> 0;
  }
  return out;
}

/** The signature as defined, one shingle and one slot at a time: what `minhash` must equal (tests compare). */
export function minhashReference(shingles: readonly string[]): number[] {
  const sig = new Array<number>(SIGNATURE_LENGTH).fill(0xffffffff);
  for (const s of shingles) {
    const h = hash32(s);
    for (let i = 0; i < SIGNATURE_LENGTH; i++) {
      let v = Math.imul(h ^ (SEEDS[i] as number), M);
      v = (v ^ (v >>> 15)) >>> 0;
      if (v < (sig[i] as number)) sig[i] = v;
    }
  }
  return sig;
}

const M = 0x85ebca6b | 0;
const SIGN = -0x80000000;
/** Shingle hashes of one comment (a longer comment gets its own array). */
const HASHES = new Int32Array(4096);
/** Character code of a base-36 digit. */
const digitCode = (d: number): number => (d < 10 ? 0x30 + d : 0x57 + d);

/**
 * `${band.toString(36)}:${n.toString(36)}` for a band below 36 and an unsigned 32-bit `n`, built as one string
 * with one `fromCharCode`. One float division splits `n` into two int32 halves of three base-36 digits each (the
 * high half has up to four: 2^32 < 2 · 36^6), whose digits come from int32 divisions by a constant (a multiply and a
 * shift), instead of a string per digit and `%` on values above 2^31 (a call to fmod).
 */
export function bandKey(band: number, n: number): string {
  const b = digitCode(band);
  const hi = Math.floor(n / 46656) | 0;
  const lo = (n - hi * 46656) | 0;
  // Digits from the least significant: lo = x2 x1 x0 (x2 may be 0), hi = x6 x5 x4 x3; c0… are their char codes.
  const lo1 = (lo / 36) | 0;
  const x2 = (lo1 / 36) | 0;
  const c0 = digitCode(lo - lo1 * 36);
  const c1 = digitCode(lo1 - x2 * 36);
  if (hi === 0) {
    if (x2 > 0) return String.fromCharCode(b, 0x3a, digitCode(x2), c1, c0);
    if (lo1 > 0) return String.fromCharCode(b, 0x3a, c1, c0);
    return String.fromCharCode(b, 0x3a, c0);
  }
  const c2 = digitCode(x2);
  const hi1 = (hi / 36) | 0;
  const hi2 = (hi1 / 36) | 0;
  const x6 = (hi2 / 36) | 0;
  const x5 = hi2 - x6 * 36;
  const c3 = digitCode(hi - hi1 * 36);
  const c4 = digitCode(hi1 - hi2 * 36);
  if (x6 > 0) return String.fromCharCode(b, 0x3a, digitCode(x6), digitCode(x5), c4, c3, c2, c1, c0);
  if (x5 > 0) return String.fromCharCode(b, 0x3a, digitCode(x5), c4, c3, c2, c1, c0);
  if (hi1 > 0) return String.fromCharCode(b, 0x3a, c4, c3, c2, c1, c0);
  return String.fromCharCode(b, 0x3a, c3, c2, c1, c0);
}

/**
 * LSH band hashes: band b's is an unsigned 32-bit hash of its ROWS_PER_BAND slots. Comments with the same hash in
 * the same band are candidates for a similarity check. Numbers, not strings: the in-memory index compares them as
 * they are, and only the Redis index names fields after them (`bandKey`).
 */
export function bandHashes(signature: readonly number[]): number[] {
  const out = new Array<number>(BANDS);
  for (let b = 0; b < BANDS; b++) {
    let h = 0x811c9dc5 ^ b;
    for (let r = 0; r < ROWS_PER_BAND; r++) h = mix32(h ^ (signature[b * ROWS_PER_BAND + r] ?? 0));
    out[b] = h;
  }
  return out;
}

/** Share of equal slots: the MinHash estimate of the Jaccard resemblance of the two shingle sets. */
export function jaccardEstimate(a: readonly number[], b: readonly number[]): number {
  const n = Math.min(a.length, b.length);
  if (n === 0) return 0;
  let same = 0;
  for (let i = 0; i < n; i++) if (a[i] === b[i]) same++;
  return same / n;
}
