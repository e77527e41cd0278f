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
  ];
  it('holds them said to the reader, marking the adjective', () => {
    fc.assert(
      fc.property(fc.constantFrom(...READER_ADJECTIVES), fc.constantFrom(...SAID), (w, f) => {
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
  ];
  it('leaves conditions, other people and states alone', () => {
    fc.assert(
      fc.property(fc.constantFrom(...READER_ADJECTIVES), fc.constantFrom(...PLAIN), (w, f) => {
        expect(insults(f(w)), f(w)).toEqual([]);
      }),
      { numRuns: 40 },
    );
  });
});
