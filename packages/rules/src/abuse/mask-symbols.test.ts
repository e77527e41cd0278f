/**
 * Letters hidden behind symbols other than '*' ("f##k", "a^^hole", "b---h", "sh__"), on every lexicon entry: read
 * as a star mask is, where the mask fits that entry alone. Symbols between words that mask no listed word stay what
 * they were.
 */

import { DEFAULT_POLICY } from '@cm/contracts';
import { describe, expect, it } from 'vitest';
import { analyze } from '../engine/analysis.js';
import { evaluate } from '../engine/evaluate.js';
import { compilePolicy } from '../policy/compile.js';
import { checkAbuse } from './check.js';
import { lexiconEntries } from './lexicon/index.js';

const listed = lexiconEntries();
/** Words the checks never act on alone: mild profanity ("damn", "heck"). */
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

/** A small deterministic spread of positions over the entries, so that each symbol masks every part of words. */
const spread = (word: string, salt: number) => [...word].reduce((h, c) => (h * 31 + c.charCodeAt(0)) >>> 0, salt);

describe('letters masked with other symbols, on every lexicon entry', () => {
  for (const symbol of ['#', '^', '%', '_', '-', '.', '=', '~']) {
    it(`one or two letters inside the word, as '${symbol}'`, () => {
      const missed: string[] = [];
      let read = 0;
      for (const { word, kinds } of entries) {
        const h = spread(word, symbol.charCodeAt(0));
        const hidden = 1 + (h % 2);
        const at = 1 + ((h >>> 1) % Math.max(1, word.length - hidden - 1));
        if (at + hidden >= word.length) continue;
        const starred = word.slice(0, at) + '*'.repeat(hidden) + word.slice(at + hidden);
        if (!fitsAlone(starred)) continue;
        read++;
        const masked = starred.replaceAll('*', symbol);
        const { body, at: from } = frame(masked, kinds);
        if (!seen(body, from, from + masked.length)) missed.push(`${word} as ${masked}`);
      }
      expect(missed).toEqual([]);
      expect(read).toBeGreaterThan(500);
    });
  }

  for (const symbol of ['#', '^', '%', '_']) {
    it(`the last two or three letters, as '${symbol}'`, () => {
      const missed: string[] = [];
      let read = 0;
      for (const { word, kinds } of entries) {
        const hidden = 2 + (spread(word, 7) % 2);
        const starred = word.slice(0, word.length - hidden) + '*'.repeat(hidden);
        if (!fitsAlone(starred)) continue;
        read++;
        const masked = starred.replaceAll('*', symbol);
        const { body, at } = frame(masked, kinds);
        if (!seen(body, at, at + masked.length)) missed.push(`${word} as ${masked}`);
      }
      expect(missed).toEqual([]);
      expect(read).toBeGreaterThan(100);
    });
  }
});

describe('symbols between letters that mask no listed word', () => {
  const policy = compilePolicy(DEFAULT_POLICY);
  it.each([
    'The co-op on Main Street sells t-shirts and e-books.',
    'Prices are 50%off this week, says the x-ray clinic.',
    'I write C# at work and play in F# minor at night.',
    'Rename my_var_name to snake_case before the R&D review with AT&T.',
    'It was--frankly--a well--run meeting, e.g. the a.m. session.',
    'The F-16 and the B-52 flew over; K-pop fans cheered the b-side.',
    'Sales rose 3^2 times; see item #4 and ~5 others.',
  ])('%s', (body) => {
    const d = evaluate(analyze(body), { policy, authorKey: 'a', receivedAt: 0, duplicates: [] });
    expect(d.reasons.filter((r) => r.category === 'abuse')).toEqual([]);
  });
});
