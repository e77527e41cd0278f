import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BANDS, bandHashes, bandKey, minhash, minhashReference, SIGNATURE_LENGTH } from './minhash.js';

describe('minhash', () => {
  it('equals the one-slot-at-a-time definition for any shingle list', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: 'grapheme', maxLength: 12 }), { maxLength: 60 }), (shingles) => {
        expect(minhash(shingles)).toEqual(minhashReference(shingles));
      }),
      { numRuns: 300 },
    );
  });

  it('gives all 0xffffffff for no shingles, and handles a comment longer than its scratch space', () => {
    expect(minhash([])).toEqual(new Array(SIGNATURE_LENGTH).fill(0xffffffff));
    const many = Array.from({ length: 5000 }, (_, i) => `w${i}`);
    expect(minhash(many)).toEqual(minhashReference(many));
    // The scratch space is reused: a short list after a long one sees none of the long one's hashes.
    expect(minhash(['alpha', 'beta'])).toEqual(minhashReference(['alpha', 'beta']));
  });

  it('keeps every slot an unsigned 32-bit integer', () => {
    for (const v of minhash(['solar', 'grants', 'open', 'today'])) {
      expect(Number.isInteger(v) && v >= 0 && v <= 0xffffffff).toBe(true);
    }
  });
});

describe('band keys', () => {
  it('writes the band and the number in base 36 exactly as toString(36) does', () => {
    const edges = [0, 1, 35, 36, 37, 1295, 1296, 1297, 46655, 46656, 36 ** 5 - 1, 36 ** 5, 36 ** 6 - 1, 36 ** 6];
    for (const n of [...edges, 2 ** 31 - 1, 2 ** 31, 2 ** 32 - 1]) {
      for (const b of [0, 9, 10, 15]) expect(bandKey(b, n)).toBe(`${b.toString(36)}:${n.toString(36)}`);
    }
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 15 }), fc.integer({ min: 0, max: 2 ** 32 - 1 }), (b, n) => {
        expect(bandKey(b, n)).toBe(`${b.toString(36)}:${n.toString(36)}`);
      }),
      { numRuns: 3000 },
    );
  });

  it('names each band once, by its index and the hash of its rows', () => {
    const keys = bandHashes(minhash(['solar', 'grants', 'open', 'today'])).map((h, b) => bandKey(b, h));
    expect(keys).toHaveLength(BANDS);
    for (const [b, k] of keys.entries()) expect(k).toMatch(new RegExp(`^${b.toString(36)}:[0-9a-z]{1,7}$`));
  });
});
