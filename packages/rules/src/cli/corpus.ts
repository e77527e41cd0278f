import { readFileSync } from 'node:fs';

/** One labelled line of an evaluation corpus (JSONL). */
export interface CorpusRow {
  id: string;
  articleId: string;
  author: { id: string; name: string };
  body: string;
  expect: 'approve' | 'flag';
  categories: string[];
  technique: string;
  note?: string;
}

export function readCorpus(path: string): CorpusRow[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim().length > 0)
    .map((l) => JSON.parse(l) as CorpusRow);
}
