import { describe, expect, it } from 'vitest';
import { lookupWord } from './lexicon/index.js';
import { INSULT_ADJECTIVES, MILD_INSULT_ADJECTIVES } from './lexicon/insult-adjectives.js';
import { PEOPLE } from './lexicon/people.js';
import { CLUE_WORDS, PEOPLE_DEEDS } from './lexicon/person-frames.js';
import { abuseReasons as abuse } from './test-support.js';

const held = (body: string) => abuse(body).filter((r) => r.score >= 0.5);
const names = (body: string): string[] =>
  abuse(body)
    .filter((r) => r.rule === 'abuse.insult.directed')
    .flatMap((r) => r.evidence.map((e) => e.text));

describe('an unknown plural pointed at that does what only people do', () => {
  const NOUNS = ['yobbos', 'con-cons', 'nimbys', 'mandarins', 'lib-labs'];
  it('every deed, after "these" or "those" and a rude word, makes people of it', () => {
    for (const deed of PEOPLE_DEEDS)
      for (const n of NOUNS)
        for (const pointer of ['These', 'Those']) {
          const body = `${pointer} idiotic ${n} ${deed} the same thing every year.`;
          expect(names(body), body).toContain('idiotic');
        }
  });
  it('having no idea or clue', () => {
    for (const clue of CLUE_WORDS)
      for (const n of NOUNS)
        for (const have of ["haven't the slightest", "don't have a", 'have no', "didn't have any"]) {
          const body = `These stupid ${n} ${have} ${clue} what it costs.`;
          expect(names(body), body).toContain('stupid');
        }
  });
  it.each([
    'These stupid rules have not changed in years.',
    'Those silly hats have no place at a funeral.',
    'These stupid rules have the idea backwards.',
    'These stupid laws want repealing.',
  ])('things stay criticism: %s', (body) => {
    expect(held(body).filter((r) => r.rule === 'abuse.insult.directed')).toEqual([]);
  });
});

describe('a plain word between the adjective and a people-noun describes the people', () => {
  it('every people-noun, after "rich" or "local", ending its phrase', () => {
    for (const w of PEOPLE)
      for (const plain of ['rich', 'local']) {
        const body = `Blame the lazy ${plain} ${w} for that.`;
        expect(names(body), body).toEqual(['lazy']);
      }
  });
  it.each([
    'It is a stupid waste people make every year.',
    'What a stupid question people ask.',
    'Can we please stop using crazy for people in a crisis?',
  ])('people starting a clause of their own stay out of it: %s', (body) => {
    expect(held(body).filter((r) => r.rule === 'abuse.insult.directed')).toEqual([]);
  });
});

describe('a list of describing words before a people-noun', () => {
  it('every people-noun after "lazy, bloated"', () => {
    for (const w of PEOPLE) {
      const body = `Blame the lazy, bloated ${w} for that.`;
      expect(names(body), body).toEqual(['lazy']);
    }
  });
  it('a sentence of its own', () => {
    expect(names('Lazy, bloated bureaucrats.')).toEqual(['Lazy']);
  });
  it.each(['Ridiculous, educated people disagree with you.', 'Sad, displaced families waited for hours.'])(
    'an exclamation opening a sentence stays apart: %s',
    (body) => {
      expect(names(body)).toEqual([]);
    },
  );
});

describe('"individual" and "specimen" name a person ending the phrase', () => {
  it('after every kind of rude adjective', () => {
    for (const adj of ['despicable', 'vile', 'dishonest', 'stupid', 'pathetic'])
      for (const [noun, plural] of [
        ['individual', false],
        ['specimen', false],
        ['individuals', true],
      ] as const) {
        const body = plural ? `They are ${adj} ${noun}.` : `He is a ${adj} ${noun}.`;
        expect(names(body), body).toContain(adj);
      }
  });
  it.each([
    'The despicable individual acts of a few spoiled the day.',
    'It is a stupid individual mandate and it should go.',
  ])('as a describing word before a thing it is no person: %s', (body) => {
    expect(held(body)).toEqual([]);
  });
});

describe('a pronoun after a pause opens a clause of its own, about the subject only if it agrees with the verb', () => {
  const ADJECTIVES = ['creepy', 'stupid', 'lazy', 'ugly', 'pathetic'];
  it('the adjective before it describes no one, for every pronoun not agreeing with its verb', () => {
    const bodies = ADJECTIVES.flatMap((a) => [
      ...['they', 'we', 'I'].map((p) => `The mask is so ${a}, ${p} nailed the design.`),
      ...['he', 'she', 'I'].map((p) => `The videos were so ${a}, ${p} laughed.`),
    ]);
    expect(bodies.filter((b) => held(b).some((r) => r.rule === 'abuse.insult.directed'))).toEqual([]);
  });
  it.each([
    'You are so creepy, they all say so.',
    'He is so lazy, we all know it.',
    'Sarah and her fellow hikers are stupid, they never listen.',
  ])('a person before it is still named: %s', (body) => {
    expect(names(body).length).toBeGreaterThan(0);
  });
});

describe('a thing of a person, the person after a preposition', () => {
  const THINGS = ['energy', 'voice', 'rizz', 'confidence', 'hair'];
  it('is what the verdict is on, for every preposition and person-noun', () => {
    const bodies = THINGS.flatMap((t) =>
      ['of this guy', 'on this girl', 'of that man', 'from these kids'].map((p) => `The ${t} ${p} is insane.`),
    );
    expect(bodies.filter((b) => held(b).some((r) => r.rule === 'abuse.insult.directed'))).toEqual([]);
  });
  it.each(['The mother of this guy is insane.', 'The author of this piece is an idiot.', 'This guy is insane.'])(
    'a person at the head is still named: %s',
    (body) => {
      expect(names(body).length).toBeGreaterThan(0);
    },
  );
});

describe('an adjective opening the title of a law, a body, an event or a place', () => {
  const titles = ['Health Act', 'Health Foundation', 'Health Awareness Week', 'Golf Club', 'Hair Day', 'Shop'];
  const adjectives = [...INSULT_ADJECTIVES, ...MILD_INSULT_ADJECTIVES].filter(
    (w) => /^[a-z]+$/.test(w) && !w.endsWith('ing'),
  );
  const cap = (w: string) => `${w[0]?.toUpperCase()}${w.slice(1)}`;
  it('names a thing for every rude adjective, where a nickname before a name calls a person names', () => {
    for (const adjective of adjectives) {
      // Slurs ("Dyke Road") and words that are names too ("nuts", "inbred") are judged by rules of their own.
      if ([...(lookupWord([adjective])?.kinds ?? [])].some((k) => k === 'slur' || k.startsWith('insult-'))) continue;
      for (const title of titles) {
        const body = `She was helped under the ${cap(adjective)} ${title} last year.`;
        expect(
          abuse(body).filter((r) => r.rule === 'abuse.insult.directed'),
          body,
        ).toEqual([]);
      }
      const nickname = `${cap(adjective)} Fleischer lied again.`;
      expect(held(nickname).length, nickname).toBeGreaterThan(0);
    }
  });
});

describe('an adjective naming a field of care: "mental health workers"', () => {
  it('describes the field, not the people after it, for every word for them', () => {
    const people = ['workers', 'nurses', 'staff', 'teams', 'professionals', 'patients', 'charities', 'campaigners'];
    for (const p of people)
      for (const field of ['mental health', 'mental wellbeing']) {
        const body = `Send more ${field} ${p} to these calls.`;
        expect(held(body), body).toEqual([]);
      }
    expect(held('Send these mental people home.').length).toBeGreaterThan(0);
  });
});
