/**
 * A word spaced out with mask symbols standing alone for hidden letters ("F * * K", "s h * t", "f * * * ing",
 * "b a s t a r *"), on every lexicon entry the mask fits alone; symbols between words that spell no listed word stay
 * what they were.
 */
import { describe, expect, it } from 'vitest';
import { abuseOf, fitsAlone, maskEntries, spread, unseenDisguises } from './mask-test-support.js';

const upTo13 = maskEntries.filter((e) => e.word.length <= 13);
/** The starred spelling spaced out letter by letter, each star written as `symbol`. */
const spacedOut = (starred: string, symbol: string) => [...starred].join(' ').replaceAll('*', symbol);

describe('a word spaced out with mask symbols for hidden letters, on every lexicon entry', () => {
  it.each(['*', '#', '^', '%', '_', '.'])(
    'letter by letter, one or two inner letters a "%s" standing alone',
    (symbol) => {
      const { missed, read } = unseenDisguises(upTo13, (word) => {
        const h = spread(word, symbol.charCodeAt(0));
        const hidden = 1 + (h % 2);
        const at = 1 + ((h >>> 1) % Math.max(1, word.length - hidden - 1));
        if (at + hidden >= word.length) return null;
        const starred = word.slice(0, at) + '*'.repeat(hidden) + word.slice(at + hidden);
        return fitsAlone(starred) ? spacedOut(starred, symbol) : null;
      });
      expect(missed).toEqual([]);
      expect(read).toBeGreaterThan(300);
    },
  );

  it.each(['*', '#', '^', '%', '_'])('letter by letter, the last letter a "%s" ending the word', (symbol) => {
    // Half the words in quotes: the symbol then stands before a quote mark, not a space.
    const { missed, read } = unseenDisguises(upTo13, (word) => {
      const starred = `${word.slice(0, -1)}*`;
      if (!fitsAlone(starred)) return null;
      return spread(word, 1) % 2 ? `"${spacedOut(starred, symbol)}"` : spacedOut(starred, symbol);
    });
    expect(missed).toEqual([]);
    expect(read).toBeGreaterThan(300);
  });

  it('the first letter, stars, and the last letters as one piece ("f * * * ing")', () => {
    const { missed, read } = unseenDisguises(maskEntries, (word) => {
      const tail = 1 + (spread(word, 3) % 3);
      const hidden = word.length - tail - 1;
      if (hidden < 1 || hidden > 4 || !fitsAlone(word[0] + '*'.repeat(hidden) + word.slice(-tail))) return null;
      return `${word[0]} ${'* '.repeat(hidden)}${word.slice(-tail)}`;
    });
    expect(missed).toEqual([]);
    expect(read).toBeGreaterThan(100);
  });
});

describe('symbols between words that spell no listed word', () => {
  it.each([
    'I * really * mean it, this is the best bakery in town.',
    'The area is 2 * 3 m, and a * b = c in the notes.',
    'Rated 5 * * * * * by the readers, a fine show.',
    'We met at the * new * cafe on a Sunday.',
    'Rated 4 * by readers; I give it a 5 *',
    'Sales rose by 3 % and the q # 2 figures are due.',
  ])('%s', (body) => {
    expect(abuseOf(body)).toEqual([]);
  });
});
