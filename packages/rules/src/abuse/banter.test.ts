/** A name taken back with fondness in its sentence. */
import { describe, expect, it } from 'vitest';
import { abuseReasons as abuse } from './test-support.js';

const held = (bodies: string[]) => bodies.filter((b) => abuse(b).length > 0);
const NAMES = ['an idiot', 'a goofball', 'a sadist', 'so dumb sometimes', 'a total weirdo', 'a menace'];
const FOND = [
  'but I love him',
  'and I love her to bits',
  "but I'd die for her",
  'but I still adore him',
  "but he's the best uncle ever",
  'but she is the sweetest',
  'and I would die for them',
];

describe('a name taken back with fondness', () => {
  it('is banter, for every name and every fond clause', () => {
    expect(
      held(
        NAMES.flatMap((n) =>
          FOND.flatMap((f) => [`My brother is ${n} ${f}.`, `This coach is ${n}, ${f.replace(/^(but|and) /, '')}.`]),
        ),
      ),
    ).toEqual([]);
  });

  it.each([
    'My brother is an idiot and I hate him.',
    'He is an idiot. But I love her.',
    'He is an idiot but I love the show.',
    'He is a total moron but his wife is the best.',
    'You are an idiot, I love how wrong you are.',
  ])('a name otherwise: %s', (body) => {
    expect(abuse(body).map((r) => r.rule)).toContain('abuse.insult.directed');
  });
});

describe('a daring or zany name said with admiration or on a happy day', () => {
  const DARING = ["you're crazy", 'you are nuts', "you're mad", 'you are insane', "you're bonkers"];
  it('is banter, for every such name, admired or wished well', () => {
    expect(
      held(
        DARING.flatMap((d) => [
          `Dude ${d}, I could never jump off that cliff.`,
          `Honestly ${d}, I couldn't run a marathon in a costume.`,
          `Wow ${d}! Happy anniversary, both of you.`,
          `Twenty years together? ${d[0]?.toUpperCase()}${d.slice(1)}. Congrats!`,
        ]),
      ),
    ).toEqual([]);
  });

  it.each([
    "You're crazy, I would never vote for you.",
    "You're an idiot, I could never do that.",
    'Frankly you are an idiot. Happy birthday anyway.',
    "You're crazy if you think this will pass.",
  ])('a name otherwise: %s', (body) => {
    expect(abuse(body).map((r) => r.rule)).toContain('abuse.insult.directed');
  });
});
