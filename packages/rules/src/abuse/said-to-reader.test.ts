import { DEFAULT_POLICY } from '@cm/contracts';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze, compilePolicy, evaluate } from '../index.js';
import { READER_ADJECTIVES } from './lexicon/reader-adjectives.js';

const policy = compilePolicy(DEFAULT_POLICY);
const insults = (body: string) =>
  evaluate(analyze(body), { policy, authorKey: 'a', receivedAt: 0, duplicates: [] }).reasons.filter(
    (r) => r.rule === 'abuse.insult.directed',
  );

describe('adjectives that insult only to the face of the reader', () => {
  const SAID = [
    (w: string) => `Defending that? You're ${w}.`,
    (w: string) => `You are one ${w} puppy, Dave.`,
    (w: string) => `Honestly you are a ${w} one.`,
    (w: string) => `Honestly you are ${w} and everyone here sees it.`,
    (w: string) => `Wow, you are a pretty ${w} human being.`,
    (w: string) => `You sound ${w}, Dave.`,
    (w: string) => `You seem to be rather ${w}.`,
  ];
  it('holds them said to the reader, marking the adjective', () => {
    fc.assert(
      fc.property(fc.constantFrom(...READER_ADJECTIVES), fc.constantFrom(...SAID), (w, f) => {
        // "You sound sick" is about health (below).
        fc.pre(!(w === 'sick' && /sound|seem/.test(f(w))));
        const r = insults(f(w))[0];
        expect(r?.message, f(w)).toContain('another reader');
        expect(r?.evidence.map((e) => e.text)).toEqual([w]);
      }),
      { numRuns: 30 },
    );
  });

  const PLAIN = [
    (w: string) => `If you're ${w}, stay home and rest.`,
    (w: string) => `Many ${w} children wait months for a bed.`,
    (w: string) => `You'll get ${w} if you keep this up.`,
    (w: string) => `Are you ${w} of the roadworks yet?`,
    (w: string) => `You're not ${w}, you're just tired.`,
    (w: string) => `If you are ${w} and feverish, stay home.`,
    (w: string) => `You must be ${w} and tired of the roadworks.`,
    (w: string) => `Sorry to hear you are ${w}, get well soon.`,
    (w: string) => `So sad to hear you're ${w} again.`,
    (w: string) => `Raw eggs can make you ${w} if you are not careful.`,
    (w: string) => `The heat made you ${w}, not the food.`,
    (w: string) => `Do you seem ${w} to others?`,
    (w: string) => `You don't sound ${w} at all.`,
    (w: string) => `It sounds ${w} to me.`,
    (w: string) => `The place seems ${w}.`,
  ];
  it('leaves conditions, other people and states alone', () => {
    fc.assert(
      fc.property(fc.constantFrom(...READER_ADJECTIVES), fc.constantFrom(...PLAIN), (w, f) => {
        expect(insults(f(w)), f(w)).toEqual([]);
      }),
      { numRuns: 40 },
    );
  });

  it('a participle after a bare "you" and before what it acts on is the verb', () => {
    for (const body of [
      'You twisted my words again.',
      'You disturbed the whole street last night.',
      'You damaged the car, so you pay.',
      'You warped the results by leaving out June.',
    ])
      expect(insults(body), body).toEqual([]);
    expect(insults('You twisted little man.')[0]?.evidence.map((e) => e.text)).toEqual(['twisted']);
  });

  it('"sick" said of how the reader sounds is their health', () => {
    expect(insults('You sound sick, get some rest.')).toEqual([]);
    expect(insults('You sound bitter, get some rest.')).toHaveLength(1);
  });
});
