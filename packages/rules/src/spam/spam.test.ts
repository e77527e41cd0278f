import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze } from '../engine/analysis.js';
import { checkSpam } from './check.js';

const messages = (body: string): string[] =>
  checkSpam(analyze(body), { links: [], phones: [] }, { flagEnthusiasm: true })
    .filter((f) => f.rule === 'spam.repeated-words')
    .map((f) => f.message);

describe('repeated words', () => {
  it('reports one word making up half a long comment exactly when a frequency count says so', () => {
    // A small vocabulary, so that some lists have a word filling half of them (or exactly half).
    const word = fc.oneof(
      { arbitrary: fc.constant('deal'), weight: 5 },
      { arbitrary: fc.constantFrom('buy', 'now', 'cheap', 'pills', 'today', 'great'), weight: 5 },
    );
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 40 }), (list) => {
        const words = analyze(list.join(' ')).words.map((w) => w.text);
        let run = 1;
        let longest = 1;
        for (let i = 1; i < words.length; i++) {
          run = words[i] === words[i - 1] ? run + 1 : 1;
          longest = Math.max(longest, run);
        }
        const freq = new Map<string, number>();
        for (const w of words) freq.set(w, (freq.get(w) ?? 0) + 1);
        const top = Math.max(...freq.values());
        const expected =
          longest >= 4
            ? [`The same word ${longest} times in a row.`]
            : words.length >= 12 && top / words.length >= 0.5
              ? [`One word makes up ${Math.round((top / words.length) * 100)}% of the comment.`]
              : [];
        expect(messages(list.join(' '))).toEqual(expected);
      }),
      { numRuns: 500 },
    );
  });

  it('finds a word filling exactly half of the comment wherever it stands', () => {
    const half = 'deal buy deal now deal cheap deal pills deal today deal great';
    expect(messages(half)).toEqual(['One word makes up 50% of the comment.']);
    expect(messages('buy deal now deal cheap deal pills deal today deal great deal')).toEqual([
      'One word makes up 50% of the comment.',
    ]);
    expect(messages('buy deal now deal cheap deal pills great today deal great spam')).toEqual([]);
  });
});

describe('few distinct characters', () => {
  const fewCharacters = (body: string): boolean =>
    checkSpam(analyze(body), { links: [], phones: [] }, { flagEnthusiasm: false }).some(
      (f) => f.rule === 'spam.few-characters',
    );

  it('never holds a short word stretched however long (enthusiasm is a policy choice)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('wow', 'yes', 'lol', 'no', 'omg', 'yay', '!', '?!', 'aw'),
        fc.nat({ max: 2 }),
        fc.integer({ min: 30, max: 120 }),
        (word, at, length) => {
          const i = at % word.length;
          const stretched = word.slice(0, i) + (word[i] as string).repeat(length) + word.slice(i + 1);
          expect(fewCharacters(stretched)).toBe(false);
        },
      ),
    );
  });

  it('holds a long comment that alternates a few characters', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('ha', 'he', '!?', 'xo', 'lo', 'abc'),
        fc.integer({ min: 15, max: 60 }),
        (unit, times) => {
          expect(fewCharacters(unit.repeat(times))).toBe(true);
        },
      ),
    );
  });
});
