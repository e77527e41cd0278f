import { describe, expect, it } from 'vitest';
import { STRONG_INSULT_NOUNS } from './lexicon/insults.js';
import { PERSON_INSULT_NOUNS } from './lexicon/name-calling.js';
import { abuseReasons as abuse } from './test-support.js';

/** The words held as abuse (an insult aimed at someone, or a slur for the stems that are also slurs). */
const evidence = (body: string) => abuse(body).flatMap((r) => r.evidence.map((e) => e.text));
/** One-word insults of four letters or more, the stems such coinages are made from. */
const STEMS = [...STRONG_INSULT_NOUNS, ...PERSON_INSULT_NOUNS].filter((w) => /^[a-z]{4,}$/.test(w));

describe('an insult dressed up as a surname ("moronski")', () => {
  it.each(['ski', 'sky'])('every listed insult with "-%s" is still the insult, singular and plural', (end) => {
    expect(
      STEMS.filter((w) => !evidence(`He voted for the ${w}${end} in the White House.`).includes(`${w}${end}`)),
    ).toEqual([]);
    const plural = end === 'ski' ? 'skis' : 'skies';
    expect(STEMS.filter((w) => !evidence(`Those ${w}${plural} again.`).includes(`${w}${plural}`))).toEqual([]);
  });
  it.each([
    'Kaminski scored twice in the second half.',
    'Trotsky wrote about permanent revolution.',
    'Gretzky holds the record.',
    'Lewinsky testified in 1998.',
    'The husky pulled the sled.',
    'It is a risky plan and a frisky horse.',
    'A glass of whisky, please.',
  ])('surnames and words that merely end so stay clean: %s', (body) => {
    expect(abuse(body)).toEqual([]);
  });
});

describe('a party\'s "-crat" grafted onto an insult ("dummycrats")', () => {
  it('every listed insult with "-crat" or "-ocrat" names the party\'s people', () => {
    for (const link of ['', 'o']) {
      const missed = STEMS.filter(
        (w) => !evidence(`The ${w}${link}crats blocked the bill.`).includes(`${w}${link}crats`),
      );
      expect(missed, link).toEqual([]);
    }
    expect(evidence('Only a dumbocrat would vote for that.')).toContain('dumbocrat');
  });
  it.each([
    'Democrats and Republicans both voted for the bill.',
    'Bureaucrats in Ottawa wrote the rules.',
    'The technocrats and autocrats disagreed.',
    'Aristocrats and plutocrats met in Davos.',
    'The Dixiecrats split from the party in 1948.',
  ])('the words of politics stay clean: %s', (body) => {
    expect(abuse(body)).toEqual([]);
  });
});
