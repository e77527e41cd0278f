/** A name the writer gives themselves in a phrase opening the sentence names no one else. */
import { describe, expect, it } from 'vitest';
import { abuseReasons as abuse } from './test-support.js';

/** Names of every kind: strong insults, person nouns, targeted nouns, with and without a describing word. */
const NAMES = ['idiot', 'moron', 'lazy slob', 'fool', 'complete imbecile', 'total jerk', 'ignorant fool', 'hypocrite'];
const article = (n: string) => (/^[aeiou]/.test(n) ? 'an' : 'a');
const held = (bodies: string[]) => bodies.filter((b) => abuse(b).length > 0);

describe('the writer named in an opening phrase', () => {
  it('names no one else, for every name and frame', () => {
    expect(
      held(
        NAMES.flatMap((n) => [
          `Being ${article(n)} ${n}, I bought the pre-chopped onions.`,
          `As ${article(n)} ${n} with money, I pay an accountant.`,
          `Being the ${n} I am, I believed every word.`,
          `As ${article(n)} ${n} myself, I'm in no position to judge.`,
        ]),
      ),
    ).toEqual([]);
  });

  it('still names someone else, for every name', () => {
    const clean = NAMES.flatMap((n) => [
      `Being ${article(n)} ${n}, he believed every word.`,
      `As ${article(n)} ${n}, you should know better.`,
    ]).filter((b) => abuse(b).length === 0);
    expect(clean).toEqual([]);
  });
});

describe('the writer named beside "me"', () => {
  const BESIDE_NAMES = ['idiot', 'fool', 'moron', 'clown', 'jerk'];
  it('is no abuse, for every name', () => {
    const wrong = BESIDE_NAMES.flatMap((n) =>
      held([`Me, the ${n}, forgot my keys again.`, `And then me, a complete ${n}, believed it.`]),
    );
    expect(wrong).toEqual([]);
  });
  it('still names the reader beside "you" or addressed after "me"', () => {
    const missed = BESIDE_NAMES.flatMap((n) =>
      [`You, the ${n}, forgot my keys.`, `Give me, you ${n}, a break.`, `Does not apply to me, ${n}.`].filter(
        (body) => abuse(body).length === 0,
      ),
    );
    expect(missed).toEqual([]);
  });
});
