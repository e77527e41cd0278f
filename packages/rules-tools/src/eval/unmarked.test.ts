import { describe, expect, it } from 'vitest';
import type { CorpusRow } from './corpus.js';
import { spanRow } from './test-support.js';
import { decideUnmarked, formatUnmarked, unmarkedSentences } from './unmarked.js';

const row = (body: string, marked: string[]): CorpusRow => spanRow('r1', body, marked);

describe('unmarkedSentences', () => {
  it('keeps the sentences no gold offset touches, trimmed, and drops short ones', () => {
    const body = 'The ferry was late again today. You absolute muppet! Short one. Was the timetable ever checked?';
    expect(unmarkedSentences(row(body, ['muppet']))).toEqual([
      'The ferry was late again today.',
      'Was the timetable ever checked?',
    ]);
  });

  it('counts offsets in code points, so an emoji before a marked word moves nothing', () => {
    const body = '🚢🚢 The ferry was late again today. 🚢 You absolute muppet, honestly';
    expect(unmarkedSentences(row(body, ['muppet']))).toEqual(['🚢🚢 The ferry was late again today.']);
  });

  it('reads nothing from a comment with no marked span (toxic as a whole)', () => {
    expect(unmarkedSentences(row('The ferry was late again today. Nobody said sorry.', []))).toEqual([]);
  });
});

describe('decideUnmarked', () => {
  it('decides each sentence alone: a plain one passes, an insult left unmarked is listed with its evidence', () => {
    const body = 'The ferry was late again today. You absolute muppet. The captain is a complete moron by the way.';
    const results = decideUnmarked([row(body, ['muppet'])]);
    expect(results.map((r) => r.held.length > 0)).toEqual([false, true]);
    const text = formatUnmarked('toy', results, true);
    expect(text.split('\n')[0]).toBe('toy: 1 of 2 unmarked sentences held for abuse (50.0%)');
    expect(text).toContain('abuse.insult.directed[moron]');
  });
});
