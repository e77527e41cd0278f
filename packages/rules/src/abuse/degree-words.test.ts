/** A rude word used as "very" before a word of quality calls nobody anything; before a person it still does. */
import { describe, expect, it } from 'vitest';
import { AS_VERY, QUALITY } from './degree-words.js';
import { abuseReasons as abuse } from './test-support.js';

describe('rude words grading a quality', () => {
  it('every degree word before every quality word, said of the reader or of someone', () => {
    for (const very of AS_VERY) {
      for (const quality of QUALITY) {
        for (const body of [`You guys are ${very} ${quality} at this.`, `The new chef is ${very} ${quality}.`])
          expect(abuse(body), body).toEqual([]);
      }
    }
  });

  it.each(['crazy', 'stupid', 'insane', 'ridiculous', 'silly'])('"%s" still names people and joins insults', (very) => {
    for (const body of [`You are ${very}.`, `You are ${very} and lazy.`, `${very} people like you never learn`])
      expect(abuse(body).length, body).toBeGreaterThan(0);
  });
});
