import type { CorpusRow } from '../eval/corpus.js';
import { abuseLines, type GeneratedLine } from './abuse.js';
import { linkLines } from './links.js';
import { negativeLines } from './negatives.js';
import { Random } from './random.js';

/** The seed `pnpm eval --adversarial` uses unless given another. */
export const DEFAULT_SEED = 20261203;

/**
 * A labelled corpus of adversarial comments composed from insults, threats, links and phone numbers under every
 * disguise the normalizer undoes, with hand-written hard negatives: deterministic for a seed. Every line has its
 * own author and article, so that no line is a duplicate of another.
 */
export function adversarialCorpus(seed: number = DEFAULT_SEED): CorpusRow[] {
  const r = new Random(seed);
  const lines: GeneratedLine[] = [...abuseLines(r), ...linkLines(r, 6), ...negativeLines(r)];
  return lines.map((l, i) => ({
    id: `adv-${String(i + 1).padStart(5, '0')}`,
    articleId: `adv-article-${i % 17}`,
    author: { id: `adv-u-${i}`, name: `Reader ${i}` },
    body: l.body,
    expect: l.expect,
    categories: l.categories,
    technique: l.technique,
    note: l.note,
  }));
}
