/**
 * Letters hidden behind symbols other than '*' ("f##k", "a^^hole", "b---h", "sh__", "id|ot"), on every lexicon entry: read
 * as a star mask is, where the mask fits that entry alone. Symbols between words that mask no listed word stay what
 * they were.
 */

import { describe, expect, it } from 'vitest';
import { abuseOf, fitsAlone, maskEntries, spread, unseenDisguises } from './mask-test-support.js';

describe('letters masked with other symbols, on every lexicon entry', () => {
  // '|' and '+' also stand for the letters they look like ("id|ot", "bi+ch"), read the same way.
  for (const symbol of ['#', '^', '%', '_', '-', '.', '=', '~', '|', '+']) {
    it(`one or two letters inside the word, as '${symbol}'`, () => {
      const { missed, read } = unseenDisguises(maskEntries, (word) => {
        const h = spread(word, symbol.charCodeAt(0));
        const hidden = 1 + (h % 2);
        const at = 1 + ((h >>> 1) % Math.max(1, word.length - hidden - 1));
        if (at + hidden >= word.length) return null;
        const starred = word.slice(0, at) + '*'.repeat(hidden) + word.slice(at + hidden);
        return fitsAlone(starred) ? starred.replaceAll('*', symbol) : null;
      });
      expect(missed).toEqual([]);
      expect(read).toBeGreaterThan(500);
    });
  }

  for (const symbol of ['#', '^', '%', '_']) {
    it(`the last two or three letters, as '${symbol}'`, () => {
      const { missed, read } = unseenDisguises(maskEntries, (word) => {
        const hidden = 2 + (spread(word, 7) % 2);
        const starred = word.slice(0, word.length - hidden) + '*'.repeat(hidden);
        return fitsAlone(starred) ? starred.replaceAll('*', symbol) : null;
      });
      expect(missed).toEqual([]);
      expect(read).toBeGreaterThan(100);
    });
  }
});

describe('symbols between letters that mask no listed word', () => {
  it.each([
    'The co-op on Main Street sells t-shirts and e-books.',
    'Prices are 50%off this week, says the x-ray clinic.',
    'I write C# at work and play in F# minor at night.',
    'Rename my_var_name to snake_case before the R&D review with AT&T.',
    'It was--frankly--a well--run meeting, e.g. the a.m. session.',
    'The F-16 and the B-52 flew over; K-pop fans cheered the b-side.',
    'Sales rose 3^2 times; see item #4 and ~5 others.',
    'We use C++ and A+B testing; he got an A+ and she a B+.',
    'Columns name|value|type, search cats|dogs, a t+1 lag and rock+roll.',
  ])('%s', (body) => {
    expect(abuseOf(body)).toEqual([]);
  });
});
