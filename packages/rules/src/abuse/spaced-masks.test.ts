/**
 * A word spaced out with stars standing alone for hidden letters ("F * * K", "s h * t", "f * * * ing"), on every
 * lexicon entry the mask fits alone; stars between words that spell no listed word stay what they were.
 */
import { DEFAULT_POLICY } from '@cm/contracts';
import { describe, expect, it } from 'vitest';
import { analyze } from '../engine/analysis.js';
import { evaluate } from '../engine/evaluate.js';
import { compilePolicy } from '../policy/compile.js';
import { checkAbuse } from './check.js';
import { lexiconEntries } from './lexicon/index.js';

const listed = lexiconEntries();
const entries = listed.filter((e) => ![...e.kinds].every((k) => k === 'profanity-mild') && /^[a-z]{4,}$/.test(e.word));
const fitsAlone = (masked: string) =>
  listed.filter((e) => e.word.length === masked.length && [...masked].every((c, i) => c === '*' || c === e.word[i]))
    .length === 1;

/** Aims the word at the reader, so that every kind of entry acts. */
function frame(word: string, kinds: ReadonlySet<string>): { body: string; at: number } {
  const before = kinds.has('insult-possessed') || kinds.has('insult-abstract') ? 'Honestly, your ' : 'Honestly, you ';
  return { body: `${before}${word} again.`, at: before.length };
}
const seen = (body: string, from: number, to: number) =>
  checkAbuse(analyze(body)).some((f) => f.evidence.some((e) => e.start < to && e.end > from));
const spread = (word: string, salt: number) => [...word].reduce((h, c) => (h * 31 + c.charCodeAt(0)) >>> 0, salt);

describe('a word spaced out with stars for hidden letters, on every lexicon entry', () => {
  it.each(['*', '#', '^', '%', '_', '.'])(
    'letter by letter, one or two inner letters a "%s" standing alone',
    (symbol) => {
      const missed: string[] = [];
      let read = 0;
      for (const { word, kinds } of entries.filter((e) => e.word.length <= 13)) {
        const h = spread(word, symbol.charCodeAt(0));
        const hidden = 1 + (h % 2);
        const at = 1 + ((h >>> 1) % Math.max(1, word.length - hidden - 1));
        if (at + hidden >= word.length || word.length - hidden > 8) continue;
        const starred = word.slice(0, at) + '*'.repeat(hidden) + word.slice(at + hidden);
        if (!fitsAlone(starred)) continue;
        read++;
        const spaced = [...starred].join(' ').replaceAll('*', symbol);
        const { body, at: from } = frame(spaced, kinds);
        if (!seen(body, from, from + spaced.length)) missed.push(`${word} as ${spaced}`);
      }
      expect(missed).toEqual([]);
      expect(read).toBeGreaterThan(300);
    },
  );

  it.each(['*', '#', '^', '%', '_'])('letter by letter, the last letter a "%s" ending the word', (symbol) => {
    const missed: string[] = [];
    let read = 0;
    for (const { word, kinds } of entries.filter((e) => e.word.length <= 13)) {
      const starred = `${word.slice(0, -1)}*`;
      if (!fitsAlone(starred)) continue;
      read++;
      const spaced = [...starred].join(' ').replaceAll('*', symbol);
      const { body, at: from } = frame(spaced, kinds);
      if (!seen(body, from, from + spaced.length)) missed.push(`${word} as ${spaced}`);
    }
    expect(missed).toEqual([]);
    expect(read).toBeGreaterThan(300);
  });

  it('the first letter, stars, and the last letters as one piece ("f * * * ing")', () => {
    const missed: string[] = [];
    let read = 0;
    for (const { word, kinds } of entries) {
      const tail = 1 + (spread(word, 3) % 3);
      if (word.length - tail - 1 < 1 || word.length - tail - 1 > 4) continue;
      const starred = word[0] + '*'.repeat(word.length - tail - 1) + word.slice(-tail);
      if (!fitsAlone(starred)) continue;
      read++;
      const spaced = `${word[0]} ${'* '.repeat(word.length - tail - 1)}${word.slice(-tail)}`;
      const { body, at: from } = frame(spaced, kinds);
      if (!seen(body, from, from + spaced.length)) missed.push(`${word} as ${spaced}`);
    }
    expect(missed).toEqual([]);
    expect(read).toBeGreaterThan(100);
  });
});

describe('stars between words that spell no listed word', () => {
  const policy = compilePolicy(DEFAULT_POLICY);
  it.each([
    'I * really * mean it, this is the best bakery in town.',
    'The area is 2 * 3 m, and a * b = c in the notes.',
    'Rated 5 * * * * * by the readers, a fine show.',
    'We met at the * new * cafe on a Sunday.',
    'Rated 4 * by readers; I give it a 5 *',
    'Sales rose by 3 % and the q # 2 figures are due.',
  ])('%s', (body) => {
    const d = evaluate(analyze(body), { policy, authorKey: 'a', receivedAt: 0, duplicates: [] });
    expect(d.reasons.filter((r) => r.category === 'abuse')).toEqual([]);
  });
});
