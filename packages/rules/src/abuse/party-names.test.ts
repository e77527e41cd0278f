import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PARTY_INSULT_NOUNS } from './lexicon/party-names.js';
import { abuseReasons as abuse } from './test-support.js';

/** A party's name bent into an insult names its voters wherever it stands, singular or plural. */
describe('names coined to mock a party or its voters', () => {
  const frames: Array<(w: string) => string> = [
    (w) => `Reading the comments from the ${w}s again this morning.`,
    (w) => `Only a ${w} would vote for the new levy.`,
    (w) => `The ${w}s in the legislature blocked the bill.`,
  ];
  it('are held in any sentence', () => {
    fc.assert(
      fc.property(fc.constantFrom(...PARTY_INSULT_NOUNS), fc.constantFrom(...frames), (w, make) => {
        const body = make(w);
        expect(
          abuse(body).some((r) => r.rule === 'abuse.insult.directed' && r.score >= 0.5),
          body,
        ).toBe(true);
      }),
      { numRuns: 60, seed: 11 },
    );
  });
  it.each([
    'Democrats and Republicans both voted for the bill.',
    'The liberal caucus met on Tuesday.',
    'Republicans can’t agree on the budget.',
    'The demo rates for the new app are low.',
  ])('the parties themselves stay clean: %s', (body) => {
    expect(abuse(body)).toEqual([]);
  });
});
