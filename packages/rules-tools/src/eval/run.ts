import { type Category, DEFAULT_POLICY, type DecidedStatus, type Reason, type ResolvedPolicy } from '@cm/contracts';
import { analyze, compilePolicy, evaluate, MemoryDuplicateIndex } from '@cm/rules';
import { englishDataset, englishRecommendedTransformers, RegExpMatcher } from 'obscenity';
import type { CorpusRow } from './corpus.js';
import { codePointOffsets, count, type Miss, mean, spanF1, type Tally, tally } from './metrics.js';

export const CATEGORIES = ['abuse', 'link', 'duplicate', 'spam', 'policy'] as const satisfies readonly Category[];

/** What the rules (and obscenity, on abuse) made of one line. */
export interface LineResult {
  row: CorpusRow;
  status: DecidedStatus;
  reasons: Reason[];
  /** Code point offsets of the evidence of every abuse reason. */
  abuseOffsets: number[];
  obscenity: { hit: boolean; offsets: number[] };
}

/**
 * Replays a corpus in order through analyze/evaluate under `policy`, with an in-memory duplicate index so that
 * repeats and campaigns across lines are seen as in production, one minute between lines.
 */
export function replay(rows: readonly CorpusRow[], policy: ResolvedPolicy = DEFAULT_POLICY): LineResult[] {
  const compiled = compilePolicy(policy);
  const index = new MemoryDuplicateIndex();
  const windowMs = policy.duplicates.windowSeconds * 1000;
  const obscenity = new RegExpMatcher({ ...englishDataset.build(), ...englishRecommendedTransformers });
  return rows.map((row, i) => {
    const receivedAt = 1_700_000_000_000 + i * 60_000;
    const a = analyze(row.body);
    const duplicates = index.checkAndAdd(row.id, row.author.id, receivedAt, a.fingerprint, windowMs);
    const d = evaluate(a, { policy: compiled, authorKey: row.author.id, receivedAt, duplicates });
    const abuseEvidence = d.reasons.filter((r) => r.category === 'abuse').flatMap((r) => r.evidence);
    // obscenity's indices are UTF-16 units, its end inclusive.
    const matches = obscenity.getAllMatches(row.body);
    return {
      row,
      status: d.status,
      reasons: d.reasons,
      abuseOffsets: codePointOffsets(row.body, abuseEvidence),
      obscenity: {
        hit: matches.length > 0,
        offsets: codePointOffsets(
          row.body,
          matches.map((m) => ({ start: m.startIndex, end: m.endIndex + 1 })),
        ),
      },
    };
  });
}

/** The figures of one corpus (or one part of it). */
export interface Summary {
  lines: number;
  categories: Record<(typeof CATEGORIES)[number], Tally>;
  /** Lines expected 'flag', and how many of them the rules held (for any reason). */
  toFlag: number;
  flagged: number;
  /** Lines expected 'approve'. */
  clean: number;
  /** Clean lines held for any reason. */
  falseFlags: number;
  /** Clean lines held for a reason other than a link (a site that holds every link flags the rest too). */
  nonLinkFalseFlags: number;
  /** Clean lines held with an abuse reason among their reasons. */
  abuseFalseFlags: number;
  /** Mean toxic-span F1 of the abuse evidence over lines with gold spans; undefined without any. */
  spanF1: number | undefined;
  obscenity: { abuse: Tally; spanF1: number | undefined };
  misses: Miss[];
}

export function summarize(results: readonly LineResult[]): Summary {
  const categories = Object.fromEntries(CATEGORIES.map((c) => [c, tally()])) as Summary['categories'];
  const ob = tally();
  const f1: number[] = [];
  const obF1: number[] = [];
  const misses: Miss[] = [];
  let toFlag = 0;
  let flagged = 0;
  let clean = 0;
  let falseFlags = 0;
  let nonLinkFalseFlags = 0;
  let abuseFalseFlags = 0;
  for (const r of results) {
    const { row } = r;
    const fired = new Set<string>(r.reasons.map((x) => x.category));
    const expected = new Set(row.expect === 'flag' ? row.categories : []);
    for (const c of CATEGORIES) {
      count(categories[c], expected.has(c), fired.has(c));
      if (expected.has(c) && !fired.has(c)) {
        const kind = r.status === 'approved' ? 'miss' : 'held for another category';
        misses.push({ id: row.id, body: row.body, kind, rule: c, technique: row.technique });
      }
    }
    count(ob, expected.has('abuse'), r.obscenity.hit);
    if (row.expect === 'flag') {
      toFlag++;
      if (r.status !== 'approved') flagged++;
    } else {
      clean++;
      if (r.status !== 'approved') {
        falseFlags++;
        if (r.reasons.some((x) => x.category !== 'link')) nonLinkFalseFlags++;
        if (fired.has('abuse')) abuseFalseFlags++;
        for (const rule of new Set(r.reasons.map((x) => x.rule)))
          misses.push({ id: row.id, body: row.body, kind: 'false flag', rule, technique: row.technique });
      }
    }
    if (row.spans) {
      f1.push(spanF1(r.abuseOffsets, row.spans));
      obF1.push(spanF1(r.obscenity.offsets, row.spans));
    }
  }
  return {
    lines: results.length,
    categories,
    toFlag,
    flagged,
    clean,
    falseFlags,
    nonLinkFalseFlags,
    abuseFalseFlags,
    spanF1: mean(f1),
    obscenity: { abuse: ob, spanF1: mean(obF1) },
    misses,
  };
}
