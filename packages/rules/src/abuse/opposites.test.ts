/**
 * "anti-" and "non-" before a listed word name the opposite or the absence of what it names: "anti-racist
 * organisers", "a lifelong anti-fascist", "a non-racist policy". Every listed name and describing word, in each
 * frame (slurs stay slurs); a name said of someone beside it still acts.
 */
import { describe, expect, it } from 'vitest';
import { lookupWord } from './lexicon/index.js';
import { INSULT_ADJECTIVES, MILD_INSULT_ADJECTIVES } from './lexicon/insult-adjectives.js';
import { ADJECTIVES_AS_NOUNS, PERSON_INSULT_NOUNS, STRONG_INSULT_ADJECTIVES } from './lexicon/name-calling.js';
import { abuseReasons } from './test-support.js';

const WORDS = [
  ...new Set([
    ...PERSON_INSULT_NOUNS,
    ...ADJECTIVES_AS_NOUNS,
    ...INSULT_ADJECTIVES,
    ...MILD_INSULT_ADJECTIVES,
    ...STRONG_INSULT_ADJECTIVES,
  ]),
].filter((w) => {
  // A slur stays one whatever it is fastened to.
  const kinds = lookupWord([w])?.kinds;
  return /^[a-z]+$/.test(w) && !kinds?.has('slur') && !kinds?.has('slur-ambiguous');
});
const FRAMES: Array<(w: string) => string> = [
  (w) => `The anti-${w} group met at the library on Tuesday.`,
  (w) => `She has been a non-${w} voice on the board for years.`,
  (w) => `Most of the anti-${w} marchers were students.`,
];

describe('a listed word after "anti-" or "non-"', () => {
  it('names no one, for every listed name and describing word, in every frame', () => {
    const held = WORDS.flatMap((w) => FRAMES.map((f) => f(w))).filter((body) => abuseReasons(body).length > 0);
    expect(held).toEqual([]);
  });

  it.each(['You anti-racist idiot.', 'The anti-fascist marchers were a bunch of morons.'])(
    'still holds the name beside it: "%s"',
    (body) => {
      expect(abuseReasons(body).length).toBeGreaterThan(0);
    },
  );
});
