/** Harsh words said of an animal, by the verb of being, a pronoun for it or as its describing word, name no one. */
import { describe, expect, it } from 'vitest';
import { CREATURES, NAMED_ANIMALS } from './lexicon/animals.js';
import { abuseReasons as abuse } from './test-support.js';

const capital = (w: string) => `${w[0]?.toUpperCase()}${w.slice(1)}`;
const plural = (w: string) =>
  /(?:s|mice|geese|deer|cattle)$/.test(w) ? w : /(?:x|sh|ch)$/.test(w) ? `${w}es` : `${w}s`;
const held = (bodies: string[]) => bodies.filter((b) => abuse(b).length > 0);

describe('a creature called a name', () => {
  it('names no one, for every creature, in every frame', () => {
    expect(
      held(
        CREATURES.flatMap((c) => [
          `${capital(plural(c))} are vermin as far as my garden is concerned.`,
          `${capital(plural(c))} are a pest, nothing keeps them off.`,
          `The ${plural(c)} are little menaces this year.`,
          `Our ${c} attacks anyone who goes near, he's a menace.`,
          `My stupid ${c} woke us again.`,
          `This ${c} is stubborn as a mule.`,
        ]),
      ),
    ).toEqual([]);
  });

  it('names no one, for every animal whose name is also an insult, when someone owns it', () => {
    expect(
      held(
        NAMED_ANIMALS.flatMap((c) => [
          `Our ${c} is stubborn as a mule.`,
          `My ${c} is a menace.`,
          `Our old ${c} broke the fence again, she's a total menace.`,
          `Our stupid ${c} got out again.`,
        ]),
      ),
    ).toEqual([]);
  });

  it.each([
    'That pig is a liar.',
    'The sheep are idiots.',
    'Our dog walker is an idiot.',
    "My neighbour's dog barks all night, he is a moron.",
    'Our dog bit the mayor, and the mayor is an idiot.',
    'Senators are vermin.',
    'Laurence Fox is a disgrace.',
  ])('a person is still named: %s', (body) => {
    expect(abuse(body).map((r) => r.rule)).toContain('abuse.insult.directed');
  });
});
