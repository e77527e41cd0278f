import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type DecideCommentJob,
  DecideCommentJobSchema,
  decidePartitionOf,
  decidePartitionPrefixes,
  type PackedDecideComment,
  packDecideComment,
  unpackDecideComment,
} from './queues.js';

const text = fc.string({ unit: 'grapheme', maxLength: 40 });
const comment: fc.Arbitrary<DecideCommentJob> = fc.record({
  id: fc.uuid(),
  siteId: text,
  articleId: text,
  articleUrl: fc.option(text, { nil: null }),
  articleTitle: fc.option(text, { nil: null }),
  parentId: fc.option(fc.uuid(), { nil: null }),
  author: fc.record({ key: text, name: text, email: fc.option(text, { nil: null }) }),
  body: fc.string({ unit: 'binary', maxLength: 200 }),
  receivedAt: fc.integer({ min: 0 }),
  requestId: text,
  clientIp: fc.option(text, { nil: null }),
  signals: fc.record({ honeypot: fc.boolean(), tooFast: fc.boolean() }),
  receiptHash: fc.option(fc.stringMatching(/^[0-9a-f]{64}$/), { nil: null }),
});

describe('the queued comment layout', () => {
  it('unpacks, through JSON, to the comment it packed, under the id the admission gave it', () => {
    fc.assert(
      fc.property(comment, fc.uuid(), (c, id) => {
        const queued = JSON.parse(JSON.stringify(packDecideComment(c, id))) as unknown;
        expect(DecideCommentJobSchema.parse(unpackDecideComment(queued))).toEqual({ ...c, id });
      }),
    );
  });

  it('reads a comment of the layout before receipts (2): the same comment, without a receipt hash', () => {
    fc.assert(
      fc.property(comment, (c) => {
        const v2 = [2, ...packDecideComment(c).slice(1, 15)];
        const { receiptHash: _, ...rest } = c;
        expect(DecideCommentJobSchema.parse(unpackDecideComment(JSON.parse(JSON.stringify(v2))))).toEqual(rest);
      }),
    );
  });

  it('reads a comment queued as an object (by an API before the layout) as it is', () => {
    fc.assert(
      fc.property(comment, (c) => {
        expect(unpackDecideComment(JSON.parse(JSON.stringify(c)))).toEqual(c);
      }),
    );
  });

  it('leaves what is not its layout to the schema to refuse', () => {
    const packed = packDecideComment(fc.sample(comment, 1)[0]!);
    const otherLayout = [4, ...packed.slice(1)];
    const short = packed.slice(0, 15);
    const badSignals = [...packed.slice(0, 14), 'yes', null] as unknown as PackedDecideComment;
    for (const raw of [otherLayout, short, [], 'text', null]) {
      expect(DecideCommentJobSchema.safeParse(unpackDecideComment(raw)).success).toBe(false);
    }
    expect(DecideCommentJobSchema.safeParse(unpackDecideComment(badSignals)).success).toBe(false);
  });
});

describe('decide partitions', () => {
  it('places every comment of an article in one partition, within range, the same on every call', () => {
    fc.assert(
      fc.property(text, text, fc.integer({ min: 1, max: 1024 }), (site, article, n) => {
        const p = decidePartitionOf(site, article, n);
        expect(p).toBeGreaterThanOrEqual(0);
        expect(p).toBeLessThan(n);
        expect(decidePartitionOf(site, article, n)).toBe(p);
      }),
    );
  });

  it('spreads articles over every partition', () => {
    const hits = new Set(Array.from({ length: 200 }, (_, i) => decidePartitionOf('site', `article-${i}`, 6)));
    expect(hits.size).toBe(6);
  });

  it('keeps the base prefix with one partition, and gives each of several its own hash tag', () => {
    expect(decidePartitionPrefixes('{cm}', 1)).toEqual(['{cm}']);
    expect(decidePartitionPrefixes('{cm}', 3)).toEqual(['{cm:0}', '{cm:1}', '{cm:2}']);
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 64 }), (n) => {
        const tags = decidePartitionPrefixes('{t1}', n).map((p) => /^\{([^}]+)\}$/.exec(p)?.[1]);
        expect(new Set(tags).size).toBe(n);
      }),
    );
  });
});
