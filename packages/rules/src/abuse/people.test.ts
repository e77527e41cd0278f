import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PEOPLE } from './lexicon/people.js';
import { abuseReasons as abuse } from './test-support.js';

describe('a strong adjective before any kind of person names them, singular or plural', () => {
  it('in a sentence about something else', () => {
    fc.assert(
      fc.property(fc.constantFrom(...PEOPLE), (w) => {
        const body = `It is not the weather but rather stupid ${w} who wrecked the park.`;
        const r = abuse(body).find((x) => x.rule === 'abuse.insult.directed');
        expect(
          r?.evidence.map((e) => e.text),
          body,
        ).toEqual(['stupid']);
      }),
      { numRuns: 150, seed: 3 },
    );
  });

  it('an adjective about what the person made stays criticism', () => {
    fc.assert(
      fc.property(fc.constantFrom(...PEOPLE), (w) => {
        const body = `The ${w} had a stupid idea about the budget.`;
        expect(
          abuse(body).filter((x) => x.rule === 'abuse.insult.directed'),
          body,
        ).toEqual([]);
      }),
      { numRuns: 150, seed: 3 },
    );
  });
});
