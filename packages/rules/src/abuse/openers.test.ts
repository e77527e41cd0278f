/** A chat abbreviation, an interjection or a sentence adverb opening a sentence is no name, whatever its capital. */
import { describe, expect, it } from 'vitest';
import { OPENERS } from './lexicon/openers.js';
import { abuseReasons as abuse } from './test-support.js';

const capital = (w: string) => `${w[0]?.toUpperCase()}${w.slice(1)}`;
const held = (bodies: string[]) => bodies.filter((b) => abuse(b).length > 0);

describe('a word opening a sentence before its subject', () => {
  it('is no name, for every opener, in capitals or not, before a thing judged', () => {
    expect(
      held(
        OPENERS.flatMap((o) => [
          `${capital(o)} that was a dirty foul.`,
          `${o} that ending was stupid`,
          `Great match. ${capital(o)} the second goal was a dirty one.`,
        ]),
      ),
    ).toEqual([]);
  });

  it.each([
    'Honestly Smith is an idiot.',
    'Tbh he is a dirty cheat.',
    'Wow you are stupid.',
    'Jones that was a dirty trick, you cheat.',
  ])('a person after it is still named: %s', (body) => {
    expect(abuse(body).map((r) => r.rule)).toContain('abuse.insult.directed');
  });
});
