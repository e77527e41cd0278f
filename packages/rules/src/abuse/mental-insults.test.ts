/** Mental illness said of a person or a camp as an insult, against talk about mental health. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lookupWord } from './lexicon/index.js';
import { JIBING_ADVERBS, MENTAL_CONDITIONS } from './mental-insults.js';
import { abuseReasons } from './test-support.js';

const insult = (body: string) => abuseReasons(body).find((r) => r.rule === 'abuse.insult.directed');

/** Subjects, each with its verb of being, and who the message says the insult is aimed at. */
const SAID_OF: readonly (readonly [string, string])[] = [
  ['You are', 'another reader'],
  ['You must be', 'another reader'],
  ["You're", 'another reader'],
  ['Liberals are', 'a group of people'],
  ['The left is', 'a group of people'],
  ['Conservatives are all', 'a group of people'],
  ['These Republicans are', 'a group of people'],
  ['The president is', 'a named person'],
  ['He is', 'a named person'],
  ['She seems', 'a named person'],
  ['Smith must be', 'a named person'],
];
const JIBES = JIBING_ADVERBS.filter((a) => a.endsWith('ly'));
/** Conditions that are no insult on their own ("ill", "unstable"; not "deranged"), so only this check could hold them. */
const PLAIN_CONDITIONS = MENTAL_CONDITIONS.filter((c) => lookupWord([c]) === null);

describe('mental illness as an insult', () => {
  it('holds every condition said of every subject, marking the two words', () => {
    fc.assert(
      fc.property(fc.constantFrom(...MENTAL_CONDITIONS), fc.constantFrom(...SAID_OF), (condition, [said, target]) => {
        const body = `${said} mentally ${condition}.`;
        const found = insult(body);
        expect(
          found?.evidence.map((e) => e.text),
          body,
        ).toEqual([`mentally ${condition}`]);
        expect(found?.message, body).toContain(`aimed at ${target}:`);
      }),
      { numRuns: 200, seed: 7 },
    );
  });

  it('holds every condition after every jibing adverb, in the past tense too', () => {
    fc.assert(
      fc.property(fc.constantFrom(...MENTAL_CONDITIONS), fc.constantFrom(...JIBES), (condition, adverb) => {
        for (const body of [`The mayor is ${adverb} mentally ${condition}.`, `He was ${adverb} mentally ${condition}.`])
          expect(insult(body), body).toBeDefined();
      }),
      { numRuns: 150, seed: 7 },
    );
  });

  it('holds every condition describing a camp', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...MENTAL_CONDITIONS),
        fc.constantFrom('liberals', 'leftists', 'Democrats', 'Trumpers', 'conservatives'),
        (condition, camp) => {
          const body = `These mentally ${condition} ${camp} want to run the country.`;
          expect(
            insult(body)?.evidence.map((e) => e.text),
            body,
          ).toEqual([`mentally ${condition} ${camp}`]);
        },
      ),
      { numRuns: 100, seed: 7 },
    );
  });

  it('leaves every plain condition in talk about mental health', () => {
    expect(PLAIN_CONDITIONS).toContain('ill');
    fc.assert(
      fc.property(fc.constantFrom(...PLAIN_CONDITIONS), (condition) => {
        for (const body of [
          `People who are mentally ${condition} deserve better care.`,
          `The suspect had been diagnosed as mentally ${condition}.`,
          `He is mentally ${condition} and needs treatment, his family says.`,
          `The shooter was mentally ${condition}, police said.`,
          `He was not mentally ${condition}.`,
          `Most homeless people are mentally ${condition}.`,
          `Many veterans are mentally ${condition} after a deployment.`,
          `Mentally ${condition} people should not have guns.`,
          `My brother is mentally ${condition} and I love him.`,
          `She was mentally ${condition} for years before she got help.`,
          `Is it true that many inmates are mentally ${condition}?`,
        ])
          expect(abuseReasons(body), body).toEqual([]);
      }),
      { numRuns: 40, seed: 7 },
    );
  });

  it.each([
    'She writes about living with depression.',
    'I am mentally exhausted after this week.',
    'The court found him mentally competent to stand trial.',
    'Funding for the mentally ill has been cut again.',
  ])('stays clean: %s', (body) => {
    expect(abuseReasons(body)).toEqual([]);
  });
});
