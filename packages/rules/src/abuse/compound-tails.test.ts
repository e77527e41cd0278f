/** Plain compounds and verbs made of person nouns name no one. */
import { describe, expect, it } from 'vitest';
import { PERSON_NOUN_COMPOUND_TAILS } from './lexicon/name-calling.js';
import { abuseReasons as abuse } from './test-support.js';

describe('a person noun before a plain tail', () => {
  it('is a compound, for every tail', () => {
    const held = PERSON_NOUN_COMPOUND_TAILS.map(
      (t) => `Use a dummy ${t} for the first test, then the real one.`,
    ).filter((b) => abuse(b).length > 0);
    expect(held).toEqual([]);
  });

  it.each(['You dummy.', 'What a dummy, he loaded the wrong file.'])('names a person alone: %s', (body) => {
    expect(abuse(body).map((r) => r.rule)).toContain('abuse.insult.directed');
  });
});
