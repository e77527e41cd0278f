/**
 * A rude word used as "very" before a word of quality, or for being fond of something, calls nobody anything; before a
 * person, or with a reason, it still does.
 */
import { describe, expect, it } from 'vitest';
import { AS_FOND, AS_VERY, QUALITY } from './degree-words.js';
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

describe('rude words for being fond of something', () => {
  const things = ['the Habs', 'jazz', 'old cars', 'pizza', 'her new puppy'];
  it('every word of fondness, about, over or for every thing, said of the reader or of someone', () => {
    for (const fond of AS_FOND)
      for (const thing of things)
        for (const body of [
          `He's ${fond} about ${thing}.`,
          `You are ${fond} over ${thing}!`,
          `My son is ${fond} for ${thing}.`,
        ])
          expect(abuse(body), body).toEqual([]);
  });

  it.each(['crazy', 'insane', 'nuts'])('"%s" with a reason for it still names the reader', (fond) => {
    for (const body of [`You are ${fond} for believing this.`, `You're ${fond}, about as sane as a toaster.`])
      expect(abuse(body).length, body).toBeGreaterThan(0);
  });
});
