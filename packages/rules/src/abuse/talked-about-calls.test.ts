/** Name-calling talked about as a doing, in a sentence that opens with "Calling", is not the writer's own. */
import { describe, expect, it } from 'vitest';
import { abuseReasons as abuse } from './test-support.js';

const NAMES = ['traitors', 'idiots', 'morons', 'a bigot', 'fools'];
const CALLS = ['Calling', 'Labelling', 'Branding'];
const HOW = [
  'is not going to win the argument',
  "won't help",
  'never works',
  'only makes it worse',
  "doesn't change their minds",
];
const held = (bodies: string[]) => bodies.filter((b) => abuse(b).length > 0);

describe('a call talked about', () => {
  it('names no one, for every verb, name and outcome', () => {
    expect(
      held(
        CALLS.flatMap((c) =>
          NAMES.flatMap((n, k) => [
            `${c} people who disagree with you ${n} ${HOW[k % HOW.length]}.`,
            `${c} every critic ${n} ${HOW[(k + 1) % HOW.length]}.`,
          ]),
        ),
      ),
    ).toEqual([]);
  });

  it.each([
    'Calling them idiots is fair.',
    'Calling you an idiot is not enough.',
    'Call them what they are: idiots.',
    'Calling people who disagree with you idiots.',
  ])('still names them when it fits, is said to the reader or has no outcome: %s', (body) => {
    expect(abuse(body).map((r) => r.rule)).toContain('abuse.insult.directed');
  });
});
