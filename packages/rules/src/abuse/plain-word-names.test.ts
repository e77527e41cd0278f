import { describe, expect, it } from 'vitest';
import { PLAIN_WORD_NAMES } from './lexicon/plain-word-names.js';
import { abuseReasons as abuse } from './test-support.js';

const held = (body: string) => abuse(body).filter((r) => r.rule === 'abuse.insult.directed');
const evidence = (body: string) => held(body).flatMap((r) => r.evidence.map((e) => e.text.toLowerCase()));

describe('names for a person that are also plain words', () => {
  const HELD = [
    (w: string) => `You're a ${w}, Dave.`,
    (w: string) => `Honestly, you are such a ${w}.`,
    (w: string) => `The senator is a liar and a ${w}.`,
    (w: string) => `Nobody trusts that ${w} in the mayor's office.`,
  ];
  it.each(HELD)('each name said of a person is held: %s', (make) => {
    expect(PLAIN_WORD_NAMES.filter((w) => !evidence(make(w)).some((e) => e.includes(w)))).toEqual([]);
  });

  it('the writer calling themself one is no insult', () => {
    for (const w of PLAIN_WORD_NAMES) expect(held(`I was such a ${w} back then.`), w).toEqual([]);
  });

  it.each([
    'It was a phony war for the first months.',
    'The club held a hog roast on Sunday.',
    'Farmers sold every hog at the fair.',
    'Police set up a snitch line for tips.',
    'Rain made the fair a washout.',
    'The opening weekend was a washout for the studio.',
    'The seller sent a dupe of the original key.',
    'There is a glutton for punishment in every office, the survey found.',
    'It was a brute of an engine to start in winter.',
  ])('plain words stay clean: %s', (body) => {
    expect(held(body)).toEqual([]);
  });
});
