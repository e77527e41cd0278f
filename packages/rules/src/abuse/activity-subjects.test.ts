/**
 * A harsh adjective said of something done, of something that happened or of a time is criticism of the act; said of
 * a person (a pronoun, a name, a people-noun heading the subject) it is name-calling.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../engine/analysis.js';
import { activitySubject, timePhraseStart } from './activity-subjects.js';
import { HOLIDAYS, ING_NOUNS, MONTHS, WEEKDAYS } from './lexicon/activities.js';
import { INSULT_ADJECTIVES, MILD_INSULT_ADJECTIVES } from './lexicon/insult-adjectives.js';
import { STRONG_INSULT_NOUNS, TARGETED_INSULT_NOUNS } from './lexicon/insults.js';
import { PERSON_INSULT_NOUNS, STRONG_INSULT_ADJECTIVES } from './lexicon/name-calling.js';
import { abuseReasons } from './test-support.js';

/** The insulting adjectives that are no noun for a person as well ("dumbass", "whacko" call anything a name). */
const NOUNS = new Set([...STRONG_INSULT_NOUNS, ...TARGETED_INSULT_NOUNS, ...PERSON_INSULT_NOUNS]);
const ADJECTIVES = [...new Set([...INSULT_ADJECTIVES, ...STRONG_INSULT_ADJECTIVES])].filter((a) => !NOUNS.has(a));
/** Mild ones, but not those in "-ing", which after "is" read as a verb in progress ("is whining"). */
const MILD = MILD_INSULT_ADJECTIVES.filter((a) => !NOUNS.has(a) && !a.endsWith('ing'));
/** The word with its capital, as a name of a time is written. */
const capital = (word: string) => `${word[0]?.toUpperCase()}${word.slice(1)}`;

const insults = (body: string) => abuseReasons(body).filter((r) => r.rule === 'abuse.insult.directed');

/** Subjects that are a doing, an event or a time: the adjective after them judges the act. */
const ACTS = [
  'Smoking is',
  'Voting for him was',
  'Honestly, closing the pool in July was',
  'I think cancelling the match on Monday was',
  'Arguing with the neighbours about hedges is',
  'Trusting you was',
  'His leaving at Christmas was',
  'What happened on Friday was',
  'What they did last year was',
  'The decision in June was',
  'The fare rise in 2019 was',
  'The parade two weeks ago was',
  'Last winter was',
  'The meeting at 7 pm was',
];
/** Subjects that are people, with the same doings and times near them. */
const PEOPLE = [
  'He is',
  'Jordan is',
  'April is',
  'Voters who chose him are',
  'The man smoking outside is',
  'The people voting for it were',
  'Anyone voting for him is',
  'Smoking weed all day, you are',
  'The referee on Saturday was',
  'My boss in 2019 was',
  'Knowing him, he is',
  'Visiting fans were',
  'Working parents are',
  'The PM is',
  'At 7 pm the PM was',
  'POTUS is',
];

describe('harsh adjectives said of an act', () => {
  it('approve every insulting adjective after a doing, a "what" clause or a time', () => {
    for (const adjective of ADJECTIVES)
      for (const subject of ACTS) {
        const body = `${subject} ${adjective}.`;
        expect(insults(body), body).toEqual([]);
      }
  });

  it('approve the mild ones too', () => {
    for (const adjective of MILD)
      for (const subject of ['Expecting honesty from politicians is', 'Being rude to waiters was']) {
        const body = `${subject} ${adjective}.`;
        expect(insults(body), body).toEqual([]);
      }
  });

  it('hold every insulting adjective said of a person, even beside a doing or a time', () => {
    for (const adjective of ADJECTIVES)
      for (const subject of PEOPLE) {
        const body = `${subject} ${adjective}.`;
        // "retarded" is held as a slur.
        expect(abuseReasons(body).length, body).toBeGreaterThan(0);
      }
  });

  it('hold a month or a name in "-ing" said to be a kind of person', () => {
    for (const name of [...MONTHS.filter((m) => m !== 'may'), 'manning', 'rowling', 'sterling']) {
      const body = `${capital(name)} is an idiot.`;
      expect(insults(body).length, body).toBeGreaterThan(0);
    }
  });

  it('hold the names a sentence calls someone after the act', () => {
    for (const body of [
      'Being you must be exhausting, idiot.',
      'Being you is pathetic.',
      'Going to war was stupid and he is a moron.',
      'Paying him was dumb. He is a fraud.',
      'Smoking is for idiots.',
    ])
      expect(insults(body).length, body).toBeGreaterThan(0);
  });
});

describe('a failing said of an act or of a time', () => {
  it("approves the failing of a doing or of a time's thing", () => {
    for (const quality of ['stupidity', 'idiocy', 'ignorance'])
      for (const body of [
        `The ${quality} of closing the pool in July is astounding.`,
        `The ${quality} of Monday's decision is astounding.`,
        `The ${quality} of last night's vote is astounding.`,
      ])
        expect(insults(body), body).toEqual([]);
  });

  it("holds the failing of people doing something, or of a person's being", () => {
    for (const quality of ['stupidity', 'idiocy'])
      for (const body of [
        `The ${quality} of those running the pool is astounding.`,
        `The ${quality} of being him must hurt.`,
        `The ${quality} of June's husband is astounding.`,
      ])
        expect(insults(body).length, body).toBeGreaterThan(0);
  });

  it('approves a thing a weekday or a holiday names, and holds its people', () => {
    for (const time of ['Christmas', 'Monday', 'Easter', 'Sunday']) {
      for (const body of [
        `${time} shopping is stupid.`,
        `The ${time} meeting was stupid.`,
        `The ${time} dinner was dumb.`,
      ])
        expect(insults(body), body).toEqual([]);
      for (const body of [
        `${time} shoppers are stupid.`,
        `The ${time} drivers are morons.`,
        `The ${time} crowd are idiots.`,
      ])
        expect(insults(body).length, body).toBeGreaterThan(0);
    }
  });
});

/** Words of a sentence, for the grammar below. */
const words = (body: string) => analyze(body).words;
/** The index of the first verb of being in the sentence. */
const copulaOf = (body: string) => words(body).findIndex((w) => /^(?:is|was|are|were|be)$/.test(w.text));

describe('activitySubject', () => {
  it('reads a doing opening the sentence as the subject', () => {
    for (const body of ['Smoking is bad.', 'Voting for him was odd.', 'Being late to work is rude.'])
      expect(activitySubject(words(body), copulaOf(body)), body).toBe(true);
  });

  it('reads no noun in "-ing" as a doing', () => {
    for (const noun of ING_NOUNS) {
      const body = `${capital(noun)} is odd.`;
      expect(activitySubject(words(body), copulaOf(body)), body).toBe(false);
    }
    for (const noun of ['King', 'Ring', 'Thing', 'String', 'Wing'])
      expect(activitySubject(words(`${noun} is odd.`), 1), noun).toBe(false);
  });

  it('leaves a subject of its own before the verb to that subject', () => {
    for (const body of [
      'Knowing him he is odd.',
      'Knowing his sister was odd.',
      'Hiring people who are odd.',
      'Visiting relatives are odd.',
      'What gets me is they are odd.',
      'What he is is odd.',
      'What a man he is.',
    ])
      expect(activitySubject(words(body), copulaOf(body) === 1 ? 1 : lastCopula(body)), body).toBe(false);
  });

  it('reads weekdays and holidays alone as times', () => {
    for (const day of [...WEEKDAYS, ...HOLIDAYS]) {
      const body = `${capital(day)} was odd.`;
      expect(activitySubject(words(body), 1), body).toBe(true);
    }
  });
});

/** The index of the last verb of being in the sentence. */
function lastCopula(body: string): number {
  const ws = words(body);
  for (let k = ws.length - 1; k >= 0; k--) if (/^(?:is|was|are|were)$/.test(ws[k]?.text ?? '')) return k;
  return -1;
}

describe('timePhraseStart', () => {
  it('finds a month, weekday or holiday after a preposition or a pointing word', () => {
    for (const time of [...MONTHS, ...WEEKDAYS, ...HOLIDAYS])
      for (const lead of ['in', 'on', 'during', 'last', 'since early'])
        for (const body of [`The vote ${lead} ${capital(time)} was odd.`]) {
          const ws = words(body);
          expect(ws[timePhraseStart(ws, ws.length - 2)]?.text, body).toBe(lead.split(' ')[0]);
        }
  });

  it('finds years and spans counted back', () => {
    for (const [body, first] of [
      ['The vote in 2019 was odd.', 'in'],
      ['The vote last year was odd.', 'last'],
      ['The vote two weeks ago was odd.', 'two'],
      ['The vote on June 5 was odd.', 'on'],
    ] as const) {
      const ws = words(body);
      expect(ws[timePhraseStart(ws, ws.length - 2)]?.text, body).toBe(first);
    }
  });

  it('leaves "may" and "march" as verbs in lower case', () => {
    for (const body of ['People that may be odd.', 'This may be odd.', 'Those who march are odd.']) {
      const ws = words(body);
      const c = ws.findIndex((w) => w.text === 'be' || w.text === 'are');
      expect(timePhraseStart(ws, c), body).toBe(c);
    }
  });

  it('leaves a bare time word, which may be a name, alone', () => {
    for (const month of MONTHS) {
      const ws = words(`${capital(month)} was odd.`);
      expect(timePhraseStart(ws, 1), month).toBe(1);
    }
  });
});
