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

describe('a political camp named as "the left" or "the right" is people', () => {
  const camps = ['the left', 'The right', 'the far left', 'The hard right', 'the radical left'];
  const verdicts = ['is a joke', 'are idiots', 'is a disgrace', 'are morons'];
  it('called names as the subject of "is"/"are"', () => {
    fc.assert(
      fc.property(fc.constantFrom(...camps), fc.constantFrom(...verdicts), (c, v) => {
        const body = `Honestly, ${c} ${v} on this file.`;
        expect(
          abuse(body).some((x) => x.rule === 'abuse.insult.directed'),
          body,
        ).toBe(true);
      }),
      { numRuns: 40, seed: 5 },
    );
  });
  it.each([
    'The left lane is a joke at rush hour.',
    'The photo on the left is a joke, the one on the right is better.',
    'What is left is a joke of a budget.',
    'The right to vote is a disgrace here, with three polling stations.',
    'The left is wrong on taxes.',
  ])('a side, a place or a right stays clean: %s', (body) => {
    expect(abuse(body).filter((x) => x.score >= 0.6)).toEqual([]);
  });
});

describe('an adverb of time or habit between a group and "are" leaves the group the subject', () => {
  it('names the group', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('Liberals', 'Conservatives', 'Politicians'),
        fc.constantFrom('nowadays', 'today', 'generally', 'usually'),
        fc.constantFrom('idiots', 'disgusting', 'liars'),
        (who, when, what) => {
          const body = `${who} ${when} are ${what}.`;
          expect(
            abuse(body).some((x) => x.rule === 'abuse.insult.directed' && x.score >= 0.6),
            body,
          ).toBe(true);
        },
      ),
      { numRuns: 40, seed: 7 },
    );
  });
  it.each(['The plans today are a joke.', 'Prices nowadays are ridiculous.'])('things stay clean: %s', (body) => {
    expect(abuse(body).filter((x) => x.score >= 0.6)).toEqual([]);
  });
});

describe('a people-noun in "-man" takes its plural in "-men"', () => {
  it('every such noun is listed with its plural', () => {
    const men = PEOPLE.filter((w) => w.endsWith('man'));
    expect(men.length).toBeGreaterThan(0);
    for (const w of men) expect(PEOPLE, w).toContain(`${w.slice(0, -2)}en`);
  });
  it.each(['congressmen', 'councilmen'])('an insulting adjective before "%s" names them', (w) => {
    const r = abuse(`Blame the lazy ${w} for that.`).find((x) => x.rule === 'abuse.insult.directed');
    expect(r?.evidence.map((e) => e.text)).toEqual(['lazy']);
  });
});

describe('people-nouns listed in the plural only', () => {
  it.each(['locals', 'lawmen'])('an insulting adjective before "%s" names them', (w) => {
    const r = abuse(`Blame the lazy ${w} for that.`).find((x) => x.rule === 'abuse.insult.directed');
    expect(r?.evidence.map((e) => e.text)).toEqual(['lazy']);
  });

  it.each(['The local council met on Tuesday.', 'The locals love the new market.', 'Lawmen rode into town.'])(
    '%s stays clean',
    (body) => {
      expect(abuse(body)).toEqual([]);
    },
  );
});
