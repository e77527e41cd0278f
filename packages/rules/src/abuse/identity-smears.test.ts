/** Gay and trans people's lives called foul or a plot, against the same words naming laws, jobs and schedules. */
import { describe, expect, it } from 'vitest';
import { DISTANCING, LGBT_WORDS, SCHEDULE_WORDS, SMEAR_NOUNS, THING_HEADS } from './lexicon/identity-smears.js';
import { abuseReasons as abuse } from './test-support.js';

const marked = (body: string) =>
  abuse(body)
    .filter((r) => r.rule === 'abuse.identity-attack')
    .flatMap((r) => r.evidence.map((e) => e.text));
const capital = (w: string) => `${w[0]?.toUpperCase()}${w.slice(1)}`;
/** "lgbt" is written in capitals; the rest as words. */
const written = (w: string) => (w.startsWith('lgbt') ? w.toUpperCase() : w);

describe('identity smears', () => {
  it('holds every word for gay and trans people before every word of contempt, marking the two', () => {
    for (const who of LGBT_WORDS.map(written)) {
      for (const noun of SMEAR_NOUNS) {
        for (const frame of ['Enough of this {}.', '{} is ruining our schools.', 'I am sick of the {}!']) {
          const smear = `${frame.startsWith('{}') ? capital(who) : who} ${noun}`;
          const body = frame.replace('{}', smear);
          expect(marked(body), body).toEqual([smear]);
        }
      }
    }
  });

  it('holds the smear written the other way round: "propaganda of homosexuality"', () => {
    for (const noun of SMEAR_NOUNS) {
      const body = `The ${noun} of homosexuality should be forbidden.`;
      expect(marked(body), body).toEqual([`${noun} of homosexuality`]);
    }
  });

  it('keeps clean every smear noun naming a thing of its own, and an agenda that is a schedule', () => {
    for (const noun of SMEAR_NOUNS) {
      for (const head of THING_HEADS) {
        // Not every pair is English ("filth men" is other rules' business): the smear is what must not be marked.
        const body = `The gay ${noun} ${head} was in the news.`;
        expect(marked(body), body).not.toContain(`gay ${noun}`);
      }
    }
    for (const next of SCHEDULE_WORDS) {
      const body = `The LGBT agenda ${next} Pride month includes a parade.`;
      expect(marked(body), body).toEqual([]);
    }
  });

  it('keeps clean the smear denied, called so by others or quoted', () => {
    for (const word of DISTANCING.filter((w) => w !== 'so' && w !== 'called')) {
      const body = `There is ${word === 'anti' ? 'anti-gay' : `${word} gay`} propaganda in the curriculum.`;
      expect(marked(body), body).toEqual([]);
    }
    for (const body of [
      'The so-called gay agenda is a myth.',
      'The "gay agenda" is a myth invented to scare voters.',
      "Their 'transgender nonsense' line is how the campaign talks about children.",
      'There is no gay agenda, just people who want equal rights.',
    ])
      expect(marked(body), body).toEqual([]);
  });

  it('keeps clean contempt for something else beside the words', () => {
    for (const body of [
      'Gay rights groups called the bill nonsense.',
      'The transgender debate is complex.',
      'He is a gay man, and his critics talk nonsense.',
      'A gay couple cleared the garbage from the park.',
      'The queer film festival was no agenda-setter this year.',
    ])
      expect(marked(body), body).toEqual([]);
  });
});
