import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ARMED_GROUP_NAMES } from './labels.js';
import { LABEL_INSULT_NOUNS } from './lexicon/labels.js';
import { abuseReasons as abuse } from './test-support.js';

const article = (w: string) => (/^[aeiou]/.test(w) ? `an ${w}` : `a ${w}`);

describe('a crime or cruelty pinned on someone is name-calling', () => {
  const pinned = [
    (w: string) => ({ body: `Councillor Hobbs is ${article(w)}.`, target: 'a named person' }),
    (w: string) => ({ body: `You are ${article(w)}, plain and simple.`, target: 'another reader' }),
    (w: string) => ({ body: `They were ${w}s, all of them.`, target: 'a group of people' }),
    (w: string) => ({ body: `Nobody believes a word from that lying ${w}.`, target: 'someone' }),
  ];
  it('every label in every frame that pins it', () => {
    fc.assert(
      fc.property(fc.constantFrom(...LABEL_INSULT_NOUNS), fc.constantFrom(...pinned), (w, f) => {
        const { body, target } = f(w);
        const r = abuse(body).find((x) => x.rule === 'abuse.insult.directed');
        expect(r?.message, body).toContain(`aimed at ${target}`);
        expect(r?.evidence.map((e) => e.text.toLowerCase()).join(' '), body).toContain(w);
      }),
      { numRuns: 120, seed: 7 },
    );
  });
});

describe('a family named in the plural is people, not a body; a reflexive ends the phrase', () => {
  it('a party named in the plural is its people, not a body', () => {
    expect(abuse('Republicans are terrorists, every one.').map((x) => x.rule)).toContain('abuse.insult.directed');
  });
  it.each([
    'Smith and Jones are terrorists.',
    'The Hendersons are criminals, all of them.',
    'The Pattersons were crooks and liars.',
    'The old mayor was a traitor himself.',
  ])('%s', (body) => {
    expect(abuse(body).find((x) => x.rule === 'abuse.insult.directed')?.message).toContain('a named person');
  });
});

describe('reports, compounds and armed groups stay clean', () => {
  const clean = [
    (w: string) => `The ${w} was sentenced to life on Tuesday.`,
    (w: string) => `Police say the ${w} fled before officers arrived.`,
    (w: string) => `A film about ${article(w)} opens this week.`,
  ];
  it('every label reported rather than pinned', () => {
    fc.assert(
      fc.property(fc.constantFrom(...LABEL_INSULT_NOUNS), fc.constantFrom(...clean), (w, f) => {
        expect(abuse(f(w)), f(w)).toEqual([]);
      }),
      { numRuns: 120, seed: 7 },
    );
  });

  it.each([
    'He was charged in a criminal case last year.',
    'Killer whales were seen off the coast.',
    'The Taliban are terrorists, and talks with them went nowhere.',
    'The Houthis are terrorists, the envoy said, and talks stalled.',
    'Hamas are terrorists.',
    'Hezbollah are terrorists, whatever they claim.',
    'Frankly, Boko Haram were militants from the start.',
    'Al-Qaeda are extremists and always were.',
    'Refugees are not criminals.',
    'She works as an animal rescue volunteer.',
  ])('%s', (body) => {
    expect(abuse(body)).toEqual([]);
  });
});

describe('an armed group known by name is a body in any case and after an opener', () => {
  const cases = [
    (n: string) => n.toLowerCase(),
    (n: string) => n[0]?.toUpperCase() + n.slice(1),
    (n: string) => n.toUpperCase(),
  ];
  const openers = ['', 'I think ', 'Frankly, ', 'Everyone knows ', 'Of course '];
  const labels = ['terrorists', 'extremists', 'militants', 'jihadists'];
  it('every name, written in every case, after every opener, with every label', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...ARMED_GROUP_NAMES),
        fc.constantFrom(...cases),
        fc.constantFrom(...openers),
        fc.constantFrom(...labels),
        (name, written, opener, label) => {
          const n = written(name);
          const body = `${opener}${opener ? n : n[0]?.toUpperCase() + n.slice(1)} are ${label}.`;
          expect(abuse(body), body).toEqual([]);
        },
      ),
      { numRuns: 200, seed: 7 },
    );
  });

  it.each(['Hamas and Hezbollah are terrorists.', 'ISIS ARE TERRORISTS AND ALWAYS WERE.'])('%s', (body) => {
    expect(abuse(body)).toEqual([]);
  });

  it('people named before or around the name are still the ones labelled', () => {
    for (const known of ARMED_GROUP_NAMES) {
      const name = known[0]?.toUpperCase() + known.slice(1);
      for (const body of [
        `Supporters of ${name} are terrorists.`,
        `People who support ${name} are terrorists.`,
        `Muslims and ${name} are terrorists.`,
      ]) {
        expect(
          abuse(body).map((x) => x.rule),
          body,
        ).toContain('abuse.insult.directed');
      }
    }
  });
});
