import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Fingerprint } from './fingerprint.js';
import { type DuplicateCandidate, MemoryDuplicateIndex } from './memory-index.js';

interface Posted {
  id: string;
  author: string;
  at: number;
  fp: Fingerprint;
}

/**
 * What the index must return, by definition: every earlier eligible comment still inside the window that shares
 * the exact hash or a band (the same hash in the same band: in another band it is another key), each once, oldest
 * first; comments received at the same moment in the order they are found (the exact hash first, then band by
 * band, each key's comments in arrival order).
 */
function reference(earlier: readonly Posted[], p: Posted, windowMs: number): string[] {
  if (!p.fp.eligible) return [];
  const live = earlier.filter((e) => e.fp.eligible && e.at >= p.at - windowMs && e.id !== p.id);
  const found: Posted[] = [];
  for (let k = -1; k < p.fp.bands.length; k++) {
    for (const e of live) {
      const shares = k < 0 ? e.fp.exact === p.fp.exact : e.fp.bands[k] === p.fp.bands[k];
      if (shares && !found.includes(e)) found.push(e);
    }
  }
  return found.sort((a, b) => a.at - b.at).map((e) => e.id);
}

/** A fingerprint drawn from a few exact hashes and band values, so that comments share keys often. */
const fingerprintArb = fc.record({
  exact: fc.constantFrom('a'.repeat(40), 'b'.repeat(40), `${'c'.repeat(39)}d`, 'e'.repeat(40)),
  bands: fc.array(fc.integer({ min: 0, max: 5 }), { minLength: 16, maxLength: 16 }),
  eligible: fc.boolean(),
});

describe('MemoryDuplicateIndex', () => {
  it('returns exactly the earlier comments inside the window that share a key, oldest first', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ fp: fingerprintArb, gap: fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 400 })) }), {
          minLength: 1,
          maxLength: 120,
        }),
        fc.integer({ min: 100, max: 60_000 }),
        (posts, windowMs) => {
          const index = new MemoryDuplicateIndex();
          const earlier: Posted[] = [];
          let at = 1_000_000;
          posts.forEach(({ fp, gap }, i) => {
            at += gap;
            const p: Posted = {
              id: `c${i}`,
              author: `u${i % 3}`,
              at,
              fp: {
                exact: fp.exact,
                signature: [i],
                bands: fp.bands,
                eligible: fp.eligible,
              },
            };
            const got = index.checkAndAdd(p.id, p.author, p.at, p.fp, windowMs);
            expect(got.map((c) => c.commentId)).toEqual(reference(earlier, p, windowMs));
            if (p.fp.eligible) earlier.push(p);
          });
        },
      ),
      { numRuns: 200 },
    );
  });

  it('returns comments received at the same moment in the order it finds them, across table rebuilds', () => {
    // Many comments at one moment sharing a few keys: long runs of taken slots, which a rebuild must move without
    // reordering any key's comments.
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.integer({ min: 0, max: 2 }), { minLength: 16, maxLength: 16 }), {
          minLength: 60,
          maxLength: 150,
        }),
        (bandValues) => {
          const index = new MemoryDuplicateIndex();
          const earlier: Posted[] = [];
          bandValues.forEach((values, i) => {
            const p: Posted = {
              id: `c${i}`,
              author: 'u',
              at: 5000,
              fp: {
                exact: `${i}`.padStart(40, '0'),
                signature: [i],
                bands: values,
                eligible: true,
              },
            };
            expect(index.checkAndAdd(p.id, p.author, p.at, p.fp, 1000).map((c) => c.commentId)).toEqual(
              reference(earlier, p, 1000),
            );
            earlier.push(p);
          });
        },
      ),
      { numRuns: 40 },
    );
  });

  it('keeps working across table rebuilds and expiry of most of what it held', () => {
    const index = new MemoryDuplicateIndex();
    const fp = (i: number): Fingerprint => ({
      exact: i.toString(16).padStart(40, '0'),
      signature: [i],
      // Band 0 is shared by every comment in a block of ten; the other bands are unique.
      bands: Array.from({ length: 16 }, (_, b) => (b === 0 ? Math.floor(i / 10) : i)),
      eligible: true,
    });
    let found: DuplicateCandidate[] = [];
    for (let i = 0; i < 5000; i++) found = index.checkAndAdd(`c${i}`, 'u', i * 1000, fp(i), 30_000);
    // Comment 4999 shares band 0 with 4990…4998, all inside the 30 s window.
    expect(found.map((c) => c.commentId)).toEqual(Array.from({ length: 9 }, (_, k) => `c${4990 + k}`));
    expect(index.size).toBeLessThanOrEqual(31);
    // A comment far later sees nothing: everything before it expired.
    expect(index.checkAndAdd('late', 'u', 10_000_000, fp(4999), 30_000)).toEqual([]);
    // The same comment id is never its own candidate.
    expect(index.checkAndAdd('late', 'u', 10_000_001, fp(4999), 30_000)).toEqual([]);
  });

  it('returns the candidate fields the duplicate check reads', () => {
    const index = new MemoryDuplicateIndex();
    const fp: Fingerprint = { exact: 'f'.repeat(40), signature: [1, 2], bands: [7], eligible: true };
    index.checkAndAdd('first', 'alice', 1000, fp, 60_000);
    expect(index.checkAndAdd('second', 'bob', 2000, fp, 60_000)).toEqual([
      { commentId: 'first', authorKey: 'alice', receivedAt: 1000, exact: fp.exact, signature: [1, 2] },
    ]);
  });
});
