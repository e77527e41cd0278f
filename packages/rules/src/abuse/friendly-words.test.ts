/** A name after a word of envy, and a gentle "Don't be silly" that waves away thanks, are said as friends say them. */
import { describe, expect, it } from 'vitest';
import {
  ENVIED_NAMES,
  ENVY_WORDS,
  GENTLE_ADJECTIVES,
  MISCHIEF_NAMES,
  MISCHIEF_WORDS,
  REASSURANCES,
} from './friendly-words.js';
import { abuseReasons as abuse } from './test-support.js';

const held = (bodies: string[]) => bodies.filter((b) => abuse(b).length > 0);
const capital = (w: string) => `${w[0]?.toUpperCase()}${w.slice(1)}`;
/** A reassurance as written: "you re welcome" is "you're welcome". */
const written = (r: string) => r.replace(/ (re|s|t) /g, "'$1 ").replace(/ t /g, "'t ");

describe('a name after a word of envy', () => {
  it('is a friend, for every word of envy and every name', () => {
    const names = ENVIED_NAMES.filter((n) => !n.endsWith('s'));
    expect(
      held(
        ENVY_WORDS.flatMap((e) =>
          names.flatMap((n) => [`You ${e} ${n}, I'm so jealous of that view.`, `${capital(e)} old ${n}, enjoy it!`]),
        ),
      ),
    ).toEqual([]);
  });

  it('is a friend after a word of mischief, for its mildest names', () => {
    expect(
      held(
        MISCHIEF_WORDS.flatMap((m) =>
          MISCHIEF_NAMES.filter((n) => !n.endsWith('s')).flatMap((n) => [
            `You ${m} ${n}, you said you'd wait for me!`,
            `${capital(m)} little ${n}, he ate my chips.`,
          ]),
        ),
      ),
    ).toEqual([]);
  });

  it.each(['You stupid sod.', 'You lucky idiot.', 'You cheeky git, get lost.', 'You cheeky bastard.'])(
    'a name otherwise: %s',
    (body) => {
      expect(abuse(body).map((r) => r.rule)).toContain('abuse.insult.directed');
    },
  );
});

describe('a gentle order not to be silly', () => {
  it('waves away thanks, for every adjective and reassurance, in the sentence or the next', () => {
    expect(
      held(
        GENTLE_ADJECTIVES.flatMap((g) =>
          REASSURANCES.flatMap((r) => [
            `Don't be ${g}, ${written(r)}.`,
            `Oh don't be so ${g}. ${capital(written(r))}!`,
          ]),
        ),
      ),
    ).toEqual([]);
  });

  it('waves away thanks after a greeting, and "be silly" with nothing before it is read like any words', () => {
    expect(
      held(GENTLE_ADJECTIVES.flatMap((g) => REASSURANCES.map((r) => `Hi there. Do not be ${g}, ${written(r)}.`))),
    ).toEqual([]);
    for (const g of GENTLE_ADJECTIVES)
      for (const start of ['be', 'be so', 'not be', 't be']) expect(() => abuse(`${start}? ${g} the`)).not.toThrow();
  });

  it.each(["Moderators, don't be silly.", "Racism? Don't be daft. Learn what the word means first."])(
    'is a put-down in an argument: %s',
    (body) => {
      expect(abuse(body).map((r) => r.rule)).toContain('abuse.insult.directed');
    },
  );
});
