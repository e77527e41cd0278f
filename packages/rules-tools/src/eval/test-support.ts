import type { CorpusRow } from './corpus.js';

/**
 * A toxic-span line for the tests, as the real corpus writes one: `marked` are the parts of `body` annotators marked,
 * their offsets in code points.
 */
export function spanRow(id: string, body: string, marked: readonly string[]): CorpusRow {
  const spans = marked.flatMap((part) => {
    const at = Array.from(body.slice(0, body.indexOf(part))).length;
    return Array.from(part, (_, k) => at + k);
  });
  return {
    id,
    articleId: 'a',
    author: { id: 'u', name: 'u' },
    body,
    expect: 'flag',
    categories: ['abuse'],
    technique: 'real',
    spans,
  };
}
