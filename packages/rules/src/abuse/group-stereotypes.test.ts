/**
 * Stereotypes of a whole group without an insult word ("Asians can't drive", "Islam is a creed of hate"),
 * against reports of rules, parts of a group, faiths described without a smear, movements and denied claims.
 */
import { describe, expect, it } from 'vitest';
import { GROUP_ADJECTIVES, IDENTITY_GROUPS } from './lexicon/identity.js';
import { FAITHS, MORE_IDENTITY_GROUPS } from './lexicon/identity-attacks.js';
import { BAD_AT, FAITH_KINDS, FAITH_SMEAR_ADJECTIVES, FAITH_SMEARS, ROLES, UNABLE_TO } from './lexicon/stereotypes.js';
import { abuseReasons as abuse } from './test-support.js';

const attack = (body: string) => abuse(body).find((r) => r.rule === 'abuse.identity-attack');
const marked = (body: string) => attack(body)?.evidence.map((e) => e.text);
const held = (body: string) => abuse(body).map((r) => r.rule);
const capital = (w: string) => `${w[0]?.toUpperCase()}${w.slice(1)}`;

/**
 * Every group as commenters name it in the plural: the listed plurals, the nouns with an "-s" ("Mexicans",
 * "immigrants") and the words that need a word for people after them ("white people").
 */
const NOUN_ENDINGS = /(an|ant|ee|er|im|em|ew|ab|ali|ani|eli|kh|ino|ina)$/;
const GROUPS = [
  ...new Set([
    ...[...IDENTITY_GROUPS, ...MORE_IDENTITY_GROUPS].filter((g) => g.endsWith('s') && !g.endsWith('ous')),
    ...IDENTITY_GROUPS.filter((g) => NOUN_ENDINGS.test(g) && g !== 'woman').map((g) => `${g}s`),
    ...GROUP_ADJECTIVES.map((a) => `${a} people`),
    'women',
    'men',
  ]),
];

describe('an ability a whole group is said to lack', () => {
  it('holds every group with every frame, each ability in turn, marking the group and the lack', () => {
    let n = 0;
    for (const g of GROUPS) {
      for (const [frame, lack] of [
        ["{G} can't {a}.", "can't {a}"],
        ['{G} just cannot {a}.', 'cannot {a}'],
        ['Honestly, {g} can never {a}.', 'can never {a}'],
        ["{G} can't {a} for shit.", "can't {a}"],
        ["{G} can't {a} to save their lives.", "can't {a}"],
      ]) {
        const a = UNABLE_TO[n++ % UNABLE_TO.length] as string;
        const body = (frame as string).replace('{G}', capital(g)).replace('{g}', g).replace('{a}', a);
        const group = frame?.startsWith('{G}') ? capital(g) : g;
        expect(marked(body), body).toEqual([group, (lack as string).replace('{a}', a)]);
      }
    }
  });

  it('leaves every group under a rule, in a place or time, in part, or the stereotype denied', () => {
    let n = 0;
    for (const g of GROUPS) {
      for (const frame of [
        "{G} can't {a} in that country until 2018.",
        "Many {g} can't {a} because of the residency rule.",
        "Some {g} can't {a} without help.",
        "It is a myth that {g} can't {a}.",
        "Not all {g} can't {a}.",
        "Two {g} can't {a} today.",
        "{G} can't vote in this election.",
        "{G} can't work while their claims are pending.",
      ]) {
        const a = UNABLE_TO[n++ % UNABLE_TO.length] as string;
        const body = frame.replace('{G}', capital(g)).replace('{g}', g).replace('{a}', a);
        expect(attack(body), body).toBeUndefined();
      }
    }
  });

  it('leaves age groups and bodies of people that are no identity', () => {
    for (const body of [
      "Teenagers can't drive before 16 here.",
      "Children can't drive.",
      "Learners can't drive on the motorway.",
      'The Taliban are terrorists.',
      "The Taliban can't govern.",
      "Politicians can't think for themselves.",
    ])
      expect(attack(body), body).toBeUndefined();
  });
});

describe('a role a whole group is said to fill badly', () => {
  it('holds every group with every frame, each bad word and role in turn, marking the group and the verdict', () => {
    let n = 0;
    for (const g of GROUPS) {
      for (const [frame, verdict] of [
        ['{G} make {b} {r}.', 'make {b} {r}'],
        ['Honestly, {g} always make such {b} {r}!', 'make such {b} {r}'],
        ['{G} are usually {b} {r}.', 'are usually {b} {r}'],
      ]) {
        const b = BAD_AT[n % BAD_AT.length] as string;
        const r = ROLES[n++ % ROLES.length] as string;
        const fill = (t: string) => t.replace('{G}', capital(g)).replace('{g}', g).replace('{b}', b).replace('{r}', r);
        const body = fill(frame as string);
        const group = frame?.startsWith('{G}') ? capital(g) : g;
        expect(marked(body), body).toEqual([group, fill(verdict as string)]);
      }
    }
  });

  it('leaves every group praised, in part, in a place or time, or the stereotype denied', () => {
    let n = 0;
    for (const g of GROUPS) {
      for (const frame of [
        '{G} make great {r}.',
        'Some {g} make {b} {r}.',
        '{G} make {b} {r} in the snow.',
        'It is a myth that {g} make {b} {r}.',
        'Not all {g} are {b} {r}.',
      ]) {
        const b = BAD_AT[n % BAD_AT.length] as string;
        const r = ROLES[n++ % ROLES.length] as string;
        const body = frame.replace('{G}', capital(g)).replace('{g}', g).replace('{b}', b).replace('{r}', r);
        expect(attack(body), body).toBeUndefined();
      }
    }
  });
});

describe('a whole group called the devil', () => {
  it('holds every group', () => {
    for (const g of GROUPS) expect(marked(`${capital(g)} are the devil.`)).toEqual([capital(g), 'devil']);
  });

  it('leaves the idiom and the claim denied', () => {
    for (const g of GROUPS) {
      const body = `Some say ${g} are the devil; I disagree.`;
      expect(attack(body), body).toBeUndefined();
    }
    expect(held('The devil is in the details.')).toEqual([]);
  });
});

describe('a faith called a religion of violence', () => {
  const named = (f: string) => capital(f);
  const an = (w: string) => (/^[aeiou]/.test(w) ? 'an' : 'a');

  it('holds every faith as every kind of every smear, marking the faith and the smear', () => {
    for (const f of FAITHS)
      for (const kind of FAITH_KINDS)
        for (const smear of FAITH_SMEARS) {
          const body = `${named(f)} is a ${kind} of ${smear}.`;
          expect(marked(body), body).toEqual([named(f), `${kind} of ${smear}`]);
        }
  });

  it('holds every faith given every smearing adjective, marking the faith and the words', () => {
    for (const f of FAITHS)
      for (const adjective of FAITH_SMEAR_ADJECTIVES)
        for (const kind of FAITH_KINDS) {
          const body = `${named(f)} is nothing but ${an(adjective)} ${adjective} ${kind}.`;
          expect(marked(body), body).toContain(`${adjective} ${kind}`);
        }
  });

  it('leaves every faith described without a smear, a movement, and a claim denied, asked or reported', () => {
    for (const f of FAITHS) {
      for (const kind of FAITH_KINDS) {
        for (const body of [
          `${named(f)} is a ${kind} of peace.`,
          `${named(f)} is a ${kind} of 1.8 billion people.`,
          `${named(f)} was a ${kind} of the poor.`,
          `Radical ${named(f)} is an ideology of hate.`,
          `${named(f)} is not a ${kind} of violence.`,
          `Is ${named(f)} a ${kind} of violence?`,
          `Critics say ${named(f)} is a ${kind} of hate.`,
          `The myth that ${named(f)} is a violent ${kind} must die.`,
        ])
          expect(attack(body), body).toBeUndefined();
      }
    }
  });
});
