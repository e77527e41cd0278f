/** Violent verbs said of things at home and in the kitchen stay clean; said of people with a place of harm, held. */
import { describe, expect, it } from 'vitest';
import { HANDLED_THINGS, HOUSEHOLD_PLACES, SENT_THINGS } from './lexicon/harm.js';
import { abuseReasons } from './test-support.js';

const threats = (body: string) => abuseReasons(body).filter((r) => r.rule === 'abuse.threat');

const VERBS = [
  'Hang them',
  'Hang them up',
  'Burn them',
  'Drown them',
  'Shoot them',
  'String them up',
  'Just hang them',
];
const LEADS = ['on the', 'in the', 'from the', 'with a', 'over the'];

describe('violent verbs said of things', () => {
  it('leaves every verb × place of the home, kitchen or workshop clean', () => {
    for (const verb of VERBS)
      for (const lead of LEADS)
        for (const place of HOUSEHOLD_PLACES) {
          const body = `${verb} ${lead} ${place} when you get home.`;
          expect(threats(body), body).toEqual([]);
        }
  });

  it('leaves a thing sent clean: "shoot them an email"', () => {
    for (const thing of SENT_THINGS) {
      const article = /^[aeiou]/.test(thing) ? 'an' : 'a';
      for (const body of [`Shoot them ${article} ${thing} tomorrow.`, `Just shoot em ${article} ${thing}.`])
        expect(threats(body), body).toEqual([]);
    }
  });

  it("leaves the reader's own examples clean", () => {
    for (const body of [
      'Hang them on the hooks by the back door.',
      'Drown them in gravy, that is how my gran served them.',
      'Shoot them with a clear coat once the paint is dry.',
      'String them up along the porch railing for the holidays.',
      'Burn them in the fireplace, old tax papers are no use.',
    ])
      expect(threats(body), body).toEqual([]);
  });

  it('still holds the verb said of people, with a place or manner of harm', () => {
    const harms = [
      'from a tree',
      'from the nearest lamppost',
      'at the stake',
      'alive',
      'in the river',
      'in the head',
      'with a rifle',
      'in the town square',
      'in the oven',
      'in oil',
      'against the wall',
      'all',
    ];
    for (const verb of ['Hang them', 'Burn them', 'Drown them', 'Shoot them'])
      for (const harm of harms) {
        const body = `${verb} ${harm}.`;
        expect(threats(body).length, body).toBeGreaterThan(0);
      }
    for (const body of ['Hang him on the wall.', 'Shoot her with a clear coat.', 'Shoot him a bullet.'])
      expect(threats(body).length, body).toBeGreaterThan(0);
  });
});

describe('"them" standing for things named before', () => {
  const FIRST = ['Rake the', 'Gather up the', 'Take the old', 'Collect all the'];
  const THEN = ['and burn them', 'then hang them to dry', 'and drown them', 'and kill them with vinegar'];
  it('leaves every thing × first order × joined verb clean', () => {
    for (const thing of HANDLED_THINGS)
      for (const first of FIRST)
        for (const then of THEN) {
          const body = `${first} ${thing} ${then}.`;
          expect(threats(body), body).toEqual([]);
        }
  });

  it('still holds the joined order when people are named, or stand between', () => {
    for (const then of ['and burn them', 'and hang them', 'and shoot them'])
      for (const body of [
        `Round up the immigrants ${then}.`,
        `Grab the traitors ${then}.`,
        `Round them up ${then}.`,
        `Take the shirts off them ${then}.`,
        `Find the people who did it ${then}.`,
      ])
        expect(threats(body).length, body).toBeGreaterThan(0);
  });
});

describe('"them" standing for things named after', () => {
  it('leaves every verb × thing named later in the sentence clean', () => {
    for (const verb of ['Shoot them at f/8', 'Drown them in water for an hour', 'Burn them'])
      for (const thing of HANDLED_THINGS) {
        const body = `${verb} and the ${thing} will be fine.`;
        expect(threats(body), body).toEqual([]);
      }
  });

  it('still holds the order when a person stands between, or nothing is named', () => {
    for (const body of [
      'Shoot them and film it.',
      'Burn them to death.',
      'Burn them to the ground.',
      'Shoot them and their kids, the photos will be a warning.',
    ])
      expect(threats(body).length, body).toBeGreaterThan(0);
  });
});

describe('harm done, in the passive, to things handled at home', () => {
  const PASSIVES = ['beaten', 'whipped', 'burned', 'shot', 'stabbed', 'drowned'];
  it('leaves every thing × passive clean, and holds the same said of people', () => {
    for (const thing of HANDLED_THINGS)
      for (const done of PASSIVES) {
        const body = `The ${thing} should be ${done} before the guests arrive.`;
        expect(threats(body), body).toEqual([]);
      }
    for (const done of PASSIVES) {
      const body = `The protesters should be ${done} before the guests arrive.`;
      expect(threats(body), body).not.toEqual([]);
    }
  });
});
