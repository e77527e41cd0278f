import { describe, expect, it } from 'vitest';
import { abuseReasons as abuse } from './test-support.js';

const held = (body: string) => abuse(body).filter((r) => r.rule === 'abuse.insult.directed' && r.score >= 0.5);

/** Subjects with a describing phrase after their head, each with the verb of being that agrees with it. */
const SUBJECTS: ReadonlyArray<[string, string, string]> = [
  ['People on the north shore', 'are', 'a group of people'],
  ['Most voters in this riding', 'were', 'a group of people'],
  ['Drivers who park on the bike lane', 'are', 'a group of people'],
  ['Fans of the other club', 'are', 'a group of people'],
  ['Anyone that trusts the polls', 'is', 'someone'],
  ['Anybody voting for her again', 'is', 'someone'],
  ['And the commenters here', 'are', 'a group of people'],
  ['I think folks around here', 'are', 'a group of people'],
  // An object pronoun ends the describing phrase; it is no nearer subject.
  ['The women that voted for him', 'are', 'a group of people'],
  ['Fans who cheered for her', 'were', 'a group of people'],
];
/** Strong, plain and mild insulting adjectives, with what may stand between the verb and them. */
const PREDICATES: ReadonlyArray<[string, string]> = [
  ['too stupid to see it', 'stupid'],
  ['to dumb to read a map', 'dumb'],
  ['just plain ignorant', 'ignorant'],
  ['regressive and clueless', 'clueless'],
  ['lazy', 'lazy'],
  ['really foolish', 'foolish'],
];

describe('an adjective said of a people-noun with a describing phrase after it', () => {
  for (const [subject, verb, target] of SUBJECTS)
    for (const [predicate, word] of PREDICATES)
      it(`${subject} ${verb} ${predicate}.`, () => {
        const r = held(`${subject} ${verb} ${predicate}.`);
        expect(r.map((x) => x.evidence.map((e) => e.text))).toEqual([[word]]);
        expect(r[0]?.message).toContain(`aimed at ${target}`);
      });
});

describe('the verb of being of another subject, denials and other clauses stay clean', () => {
  it.each([
    // The verb agrees with the nearer subject, not with the people.
    'People who think this policy is stupid should read it.',
    'Anyone in the north knows the new levy is stupid.',
    'Voters who said the rules were stupid got their way.',
    'People in the valley know the levy is foolish.',
    'People from the city say that the queues are stupid.',
    'People who told him the plan is stupid were right.',
    'Voters who heard her say it was foolish agreed.',
    // The people are denied the adjective.
    'People in this town are not stupid.',
    'Fans of the club were never that dumb.',
    // Not a people-noun, or no describing phrase.
    'The plans for the harbour are stupid.',
    'Any country in that position is foolish to wait.',
  ])('%s', (body) => {
    expect(held(body)).toEqual([]);
  });
});

describe("a second verb of being joined to the head's first", () => {
  it.each([
    ['This guy has no ideas and is just plain silly.', 'silly'],
    ['The new manager lost again and is totally useless.', 'useless'],
    ['Those councillors took the money and are clueless.', 'clueless'],
  ])('%s', (body, word) => {
    expect(held(body).flatMap((r) => r.evidence.map((e) => e.text))).toEqual([word]);
  });

  it.each([
    'This policy has no support and is stupid.',
    'The people voted and the result is stupid.',
    'The plan has costs and is ridiculous.',
  ])('%s stays clean', (body) => {
    expect(held(body)).toEqual([]);
  });
});

describe('describing words joined to the adjective share its subject', () => {
  const FIRST = ['weak', 'rude', 'hopeless', 'old'];
  const PEOPLE: ReadonlyArray<[string, string]> = [
    ['She is', 'a named person'],
    ['The senators were', 'a group of people'],
    ['You are', 'another reader'],
  ];
  for (const [subject, target] of PEOPLE)
    for (const first of FIRST)
      for (const [join, adjective] of [
        [' and', 'useless'],
        [', lazy and', 'useless'],
      ] as const)
        it(`${subject} ${first}${join} ${adjective}.`, () => {
          const r = held(`${subject} ${first}${join} ${adjective}.`);
          expect(r.some((x) => x.evidence.some((e) => e.text === adjective))).toBe(true);
          expect(r.every((x) => x.message.includes(`aimed at ${target}`))).toBe(true);
        });

  it.each([
    'The plan is costly and stupid.',
    'The levy was late, costly and stupid.',
    'That decision was rushed and idiotic.',
    'It was cold and pointless.',
  ])('%s stays with the thing', (body) => {
    expect(held(body)).toEqual([]);
  });
});

describe('"suck" said of a people-noun with a describing phrase after it', () => {
  /** The verb agreeing with each subject's head, with what may stand before and after it. */
  const SUCKS: ReadonlyArray<[string, string]> = [
    ['{verb}', '{verb}'],
    ['all {verb}', '{verb}'],
    ['really {verb}', '{verb}'],
    ['{verb} at their jobs', '{verb}'],
    ['{verb} a lot', '{verb}'],
  ];
  for (const [subject, copula, target] of SUBJECTS) {
    const verb = copula === 'is' ? 'sucks' : 'suck';
    for (const [predicate, word] of SUCKS) {
      const body = `${subject} ${predicate.replace('{verb}', verb)}.`;
      it(body, () => {
        const r = held(body);
        expect(r.map((x) => x.evidence.map((e) => e.text))).toEqual([[word.replace('{verb}', verb)]]);
        expect(r[0]?.message).toContain(`aimed at ${target}`);
      });
    }
  }

  it.each([
    // The verb disagrees with the head: it belongs to another subject.
    'Politicians who lie sucks.',
    'People who said the plan sucks were right.',
    'Fans who think the team sucks are wrong.',
    'Anyone who thinks it sucks is wrong.',
    // Another verb: "suck it up", "suck on", what is sucked.
    'People who complain should suck it up.',
    'People who vape suck on those things all day.',
    'Kids in my class suck their thumbs.',
    'Kids suck their thumbs.',
    'Leeches suck blood.',
    'Mosquitoes in the valley suck blood at dusk.',
    // Denied.
    "People who drive like that don't suck.",
  ])('stays clean: %s', (body) => {
    expect(held(body)).toEqual([]);
  });
});
