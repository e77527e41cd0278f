/**
 * Harsh words about a thing, an idea or an institution are criticism: a note by default, held only where a site
 * sets `abuse.criticism: 'flag'`. The same words aimed at a person, the author or the reader's own words are
 * name-calling and held under either policy.
 */
import { DEFAULT_POLICY, resolvePolicy } from '@cm/contracts';
import { describe, expect, it } from 'vitest';
import { compilePolicy } from '../index.js';
import { TIME_ADVERBS } from './lexicon/activities.js';
import { DENIGRATING_NOUNS } from './lexicon/denigration.js';
import { INSULT_ADJECTIVES } from './lexicon/insult-adjectives.js';
import { STRONG_INSULT_NOUNS } from './lexicon/insults.js';
import { PERSON_INSULT_NOUNS, STRONG_INSULT_ADJECTIVES } from './lexicon/name-calling.js';
import { TRASH_BRANDS } from './lexicon/person-frames.js';
import { AMBIGUOUS_SLURS, UNAMBIGUOUS_SLURS } from './lexicon/slurs.js';
import { abuseReasons } from './test-support.js';
import { NOT_ROLES, PLAIN_THINGS, ROLE_WORDS } from './things.js';

const byDefault = compilePolicy(DEFAULT_POLICY);
const strict = compilePolicy(resolvePolicy({ abuse: { criticism: 'flag' } }));
const held = abuseReasons;

describe('denigrating words about things', () => {
  it.each([
    'Ridiculous plan. Who pays for the ramp?',
    'That theory is nonsense, the survey says otherwise.',
    'This kettle is absolute trash, it leaks.',
    'What a crap remake.',
    'Dumb question perhaps: is the pool open on Sundays?',
    'Why does the damn council never fix the lights?',
    'Your council is rubbish at gritting the roads.',
    'The stupidity of this policy is clear to anyone who drives.',
    'The idiocy of the parking plan will cost the shops dearly.',
  ])('are a note by default and held when the site flags criticism: %s', (body) => {
    expect(held(body)).toEqual([]);
    expect(held(body, strict).map((r) => r.rule)).toEqual(['abuse.denigration']);
  });
});

describe('denigrating words about people', () => {
  it.each([
    ['you suck at this', 'another reader'],
    ['We have all read enough of your drivel.', 'another reader'],
    ['Does anyone buy the conspiracist garbage you post?', 'another reader'],
    ['Spare us your smug garbage.', 'another reader'],
    ['Your argument sucks.', 'another reader'],
    ['The new manager sucks.', 'a named person'],
    ['Councillor Pike sucks at her job', 'a named person'],
    ['he is pathetic', 'a named person'],
    ['the author of this column is a joke', 'the author'],
    ['Whoever approved this is garbage.', 'someone'],
    ['Of all the foolish things you have posted, this one wins.', 'another reader'],
    ['Those damn snowflakes again.', 'a group of people'],
    ['What a pathetic excuse for a human being.', 'someone'],
    ['They are pathetic excuses for reporters.', 'a group of people'],
    ['Your stupidity is astounding.', 'another reader'],
    ['The stupidity of the mayor knows no bounds.', 'a named person'],
    ['The idiocy of these people never ends.', 'a group of people'],
  ])('are name-calling under either policy: %s', (body, target) => {
    for (const policy of [byDefault, strict]) {
      const r = held(body, policy).find((x) => x.rule === 'abuse.insult.directed');
      expect(r?.message, body).toContain(`aimed at ${target}`);
    }
  });
});

describe('describing words before a denigrating noun', () => {
  // Slurs ("retarded") and names for a person ("whacko") are held whatever they describe.
  const adjectives = INSULT_ADJECTIVES.filter(
    (a) => ![...UNAMBIGUOUS_SLURS, ...AMBIGUOUS_SLURS, ...PERSON_INSULT_NOUNS].includes(a),
  );
  it('judge the thing the noun is said of, and aim it at whoever is said to be it', () => {
    for (const adjective of adjectives) {
      for (const noun of DENIGRATING_NOUNS) {
        // "inbred trash" brands people as trash, whatever it is said of.
        if (noun === 'trash' && TRASH_BRANDS.includes(adjective)) continue;
        for (const body of [`The new levy is ${adjective} ${noun}.`, `Enough of this ${adjective} ${noun}.`])
          expect(
            held(body).map((r) => r.rule),
            body,
          ).toEqual([]);
        for (const [body, target] of [
          [`You ${adjective} ${noun}.`, 'another reader'],
          [`The councillor is ${adjective} ${noun}.`, 'a named person'],
        ] as const)
          expect(
            held(body).some((r) => r.message.includes(`aimed at ${target}`)),
            body,
          ).toBe(true);
      }
    }
  });
});

describe("the reader's own words, with a time after them", () => {
  it('every denigrating noun owned by the reader is name-calling before every adverb of time', () => {
    for (const noun of DENIGRATING_NOUNS) {
      for (const when of TIME_ADVERBS) {
        const body = `Stop posting your ${noun} ${when}.`;
        expect(
          held(body).some((r) => r.message.includes('aimed at another reader')),
          body,
        ).toBe(true);
      }
    }
  });
});

describe('strong adjectives about a thing named with a common noun', () => {
  // Slurs ("retarded") and words that are insults as nouns too ("dumbass") are held whatever they describe.
  const anywhere = new Set([...UNAMBIGUOUS_SLURS, ...AMBIGUOUS_SLURS, ...STRONG_INSULT_NOUNS]);
  const ADJECTIVES = STRONG_INSULT_ADJECTIVES.filter((a) => !a.includes('-') && !anywhere.has(a));
  // A thing no word list names: the noun after "the" decides, not a list of idea words.
  const THINGS = [
    'The levy is {a}.',
    'Is the new levy {a}?',
    'Was the bypass {a} or just rushed?',
    'We chose the {a} and costly option.',
    'A {a} and costly plan.',
    'It is a {a} or pointless policy.',
    'The {a} toll passed anyway.',
    'This {a} rezoning will cost the shops dearly.',
    'The minister gave a {a} reply.',
    'My {a} car broke down again.',
    '{A} effort from the board.',
    'How {a} is it to close the library?',
    'How {a} that nobody asked the tenants.',
    'How sad and {a} that the council never asked.',
    'Closing the library is {a}.',
  ];
  const PEOPLE = [
    ['The man is {a}.', 'a named person'],
    ['Is the mayor {a}?', 'a named person'],
    ['You gave a {a} reply.', 'another reader'],
    ['That was a {a} reply.', 'another reader'],
    ['Are you that {a} or just pretending?', 'another reader'],
    ['What a {a} bunch.', 'someone'],
    ['How {a} that one is.', 'someone'],
    ['My {a} brother lied again.', 'a named person'],
    ['Are you always this {a} or is today special?', 'another reader'],
    ['They elected {a} and lazy people.', 'a group of people'],
  ] as const;

  it('keeps every one a note on a thing (held as criticism where the site flags it) and names the person it is said of', () => {
    for (const a of ADJECTIVES) {
      for (const frame of THINGS) {
        const body = frame.replace('{a}', a).replace('{A}', `${a[0]?.toUpperCase()}${a.slice(1)}`);
        expect(held(body), body).toEqual([]);
        expect(
          held(body, strict).map((r) => r.rule),
          body,
        ).toEqual([expect.stringMatching(/^abuse\.(?:criticism|denigration)$/)]);
      }
      // Denied, it criticises nothing under either policy.
      for (const body of [`The levy is not ${a}.`, `It is not a ${a} idea at all.`]) {
        expect(held(body, strict), body).toEqual([]);
      }
      for (const [frame, target] of PEOPLE) {
        const body = frame.replace('{a}', a);
        const r = held(body).find((x) => x.rule === 'abuse.insult.directed');
        expect(r?.message, body).toContain(`aimed at ${target}`);
      }
    }
  });
});

/** Plural of a noun as the tests write it. */
const plural = (w: string) =>
  /[^aeiou]y$/.test(w) ? `${w.slice(0, -1)}ies` : /(?:s|sh|ch|x)$/.test(w) ? `${w}es` : `${w}s`;

describe('things whose names end like a role', () => {
  it('every everyday thing, one or many, is criticised, not named', () => {
    for (const thing of NOT_ROLES) {
      for (const body of [
        `The stupid ${thing} let us down again.`,
        `These stupid ${plural(thing)} are a waste of money.`,
      ])
        expect(held(body), body).toEqual([]);
    }
  });

  it.each([
    'requirement',
    'amendment',
    'incentive',
    'dictionary',
    'referendum',
    'restaurant',
    'agreement',
    'initiative',
  ])('a thing named by a -ment, -ive, -ary, -um or -ant ending is criticised: %s', (thing) => {
    expect(held(`These stupid ${plural(thing)} are a waste of money.`)).toEqual([]);
    expect(held(`This stupid ${thing} is a waste of money.`)).toEqual([]);
  });

  it('every animal or everyday thing, many of them wanting or knowing nothing, is criticised', () => {
    for (const thing of PLAIN_THINGS) {
      const many = /(?:s|geese|mice|deer)$/.test(thing) ? thing : plural(thing);
      for (const body of [
        `These stupid ${many} have no idea.`,
        `Those idiotic ${many} want the whole street.`,
        `The ${many} are stupid but I keep coming back.`,
      ])
        expect(held(body), body).toEqual([]);
    }
  });

  it('every role with such an ending is a person, one or many', () => {
    for (const role of ROLE_WORDS) {
      for (const body of [
        `The stupid ${role} let us down again.`,
        `These stupid ${plural(role)} are a waste of money.`,
      ])
        expect(held(body).length, body).toBeGreaterThan(0);
    }
  });
});
