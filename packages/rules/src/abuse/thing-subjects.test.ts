/**
 * Illnesses, hardships, sports, fields, bodies and everyday things are things a verdict is passed on, whatever their
 * capital opening a sentence; an illness makes "beyond help" a fact of health.
 */
import { describe, expect, it } from 'vitest';
import { HARDSHIPS, ILLNESSES } from './lexicon/afflictions.js';
import { BODIES, FIELDS, SPORTS } from './lexicon/pursuits.js';
import { abuseReasons as abuse } from './test-support.js';
import { NOT_ROLES, PLAIN_THINGS } from './things.js';

const capital = (w: string) => `${w[0]?.toUpperCase()}${w.slice(1)}`;
const held = (bodies: string[]) => bodies.filter((b) => abuse(b).length > 0);

describe('an illness or a hardship judged', () => {
  it('names no one, for every one, opening a sentence or not', () => {
    expect(
      held(
        [...ILLNESSES, ...HARDSHIPS].flatMap((x) => [
          `${capital(x)} is cruel.`,
          `Honestly, ${x} is cruel and nobody talks about it.`,
          `${capital(x)} is brutal. My dad doesn't recognise me most days now.`,
        ]),
      ),
    ).toEqual([]);
  });

  it('names no one, for every sport, field and body opening a sentence', () => {
    expect(
      held(
        [...SPORTS, ...FIELDS, ...BODIES, ...BODIES.map((b) => `${b}s`)].flatMap((x) => [
          `${capital(x)} ${x.endsWith('s') && !FIELDS.includes(x) && !SPORTS.includes(x) ? 'are' : 'is'} cruel sometimes.`,
        ]),
      ),
    ).toEqual([]);
  });

  it('names no one, for every illness in the plural opening a sentence', () => {
    const plural = ILLNESSES.filter((x) => !x.endsWith('s')).map((x) => `${x}s`);
    expect(held(plural.map((x) => `${capital(x)} are a killer, nothing helps.`))).toEqual([]);
  });

  it('names no one, for every everyday thing said to be a worthless thing', () => {
    expect(
      held(
        [...NOT_ROLES, ...PLAIN_THINGS].flatMap((t) => [
          `This ${t} is garbage, it stopped working in a week.`,
          `The ${t} was a joke.`,
        ]),
      ),
    ).toEqual([]);
  });

  it('names no one, for every everyday thing in the plural opening a sentence', () => {
    const regular = [...NOT_ROLES, ...PLAIN_THINGS].filter((t) => !/(?:s|x|ch|sh|y)$/.test(t));
    expect(held(regular.map((t) => `${capital(t)}s are stupid, honestly.`))).toEqual([]);
  });

  it.each([
    'Smith is cruel.',
    'Jones is cruel and nobody talks about it.',
    'Hunt is an idiot.',
    'The plumber is garbage, he never showed up.',
    'This senator is garbage.',
    'Faux News stays stupid, just like the people who watch it.',
    'They are educated just enough to be stupid.',
  ])('a name or a person is still named: %s', (body) => {
    expect(abuse(body).map((r) => r.rule)).toContain('abuse.insult.directed');
  });
});

describe('"beyond help" beside an illness', () => {
  it('is a fact of health, for every illness, in its sentence or the next', () => {
    expect(
      held(
        ILLNESSES.flatMap((x) => [
          `He's beyond help now, sadly; the ${x} spread.`,
          `She is beyond help now. The ${x} took everything.`,
        ]),
      ),
    ).toEqual([]);
  });

  it.each([
    "He's beyond help now, sadly; vote him out.",
    "He's beyond help now, sadly.",
    'You are beyond help. See a doctor about the cancer in your head.',
  ])('is contempt without one, or said to the reader: %s', (body) => {
    expect(abuse(body).map((r) => r.rule)).toContain('abuse.insult.directed');
  });
});

describe('what a harsh verdict is passed on when people are named beside things', () => {
  const judged = (body: string) => abuse(body).some((r) => r.score >= 0.5);
  const preds = ['a disgrace', 'pathetic', 'a joke'];
  it('is a hardship that kills, not a killer: every hardship', () => {
    const bodies = [...HARDSHIPS, 'suicide', 'addiction', 'debt'].map(
      (h) => `${capital(h)} is the biggest killer of men under fifty.`,
    );
    expect(bodies.filter(judged)).toEqual([]);
  });

  it('is the things a group is served by, whatever the group: "the services for disabled people are a disgrace"', () => {
    const things = ['waiting lists', 'services', 'queues', 'pensions', 'rates', 'schools', 'hospitals', 'wages'];
    const people = ['young people', 'pensioners', 'disabled people', 'teachers', 'immigrants'];
    const bodies = things.flatMap((t) => people.flatMap((p) => preds.map((q) => `The ${t} for ${p} are ${q}.`)));
    expect(bodies.filter(judged)).toEqual([]);
    // The people themselves so judged are called names.
    const said = ['teachers', 'nurses'].flatMap((p) => preds.map((q) => `The ${p} are ${q}.`));
    expect(said.filter((b) => !judged(b))).toEqual([]);
  });

  it('is what an owner has, not the owner: "UEFA\'s fine was pathetic"', () => {
    const owners = ['Smith', 'UEFA', 'the council', 'Labour', 'the club'];
    const owned = ['fine', 'budget', 'approval rating', 'new stadium', 'fine of 75,000 euros'];
    const bodies = owners.flatMap((o) => owned.flatMap((t) => preds.map((q) => `${capital(o)}'s ${t} was ${q}.`)));
    expect(bodies.filter(judged)).toEqual([]);
    const people = ['Smith', 'Jones'].flatMap((o) =>
      ['lawyer', 'manager', 'wife', 'spokesman'].flatMap((p) =>
        ['a disgrace', 'pathetic'].map((q) => `${o}'s ${p} is ${q}.`),
      ),
    );
    expect(people.filter((b) => !judged(b))).toEqual([]);
    expect(['Smith', 'Jones'].flatMap((o) => preds.map((q) => `${o} was ${q}.`)).filter((b) => !judged(b))).toEqual([]);
  });

  it('is a system a failure is "of", not a person: "both are failures of the same system"', () => {
    const nouns = ['failure', 'disgrace', 'joke', 'embarrassment'];
    const things = nouns.flatMap((n) => [`Both are ${n}s of the same system.`, `These are ${n}s of our schools.`]);
    expect(things.filter(judged)).toEqual([]);
    const persons = nouns.flatMap((n) => [`He is the ${n} of the decade.`, `He is a ${n} of a man.`, `He is a ${n}.`]);
    expect(persons.filter((b) => !judged(b))).toEqual([]);
  });
});

describe('"failure to" and a verb: the failing, not a person', () => {
  const owners = ["Acme's", "the mayor's", "Councillor Okafor's", 'their', 'his'];
  const doings = ['act', 'disclose the damage', 'pay the fine', 'consult the tenants'];
  it('is clean for every owner and doing', () => {
    const bodies = owners.flatMap((o) => doings.map((d) => `Regulators criticised ${o} failure to ${d}.`));
    expect(bodies.filter((b) => abuse(b).length > 0)).toEqual([]);
  });
  it.each(['He is a failure to his family.', 'You are a failure.', 'She is a failure to everyone who voted for her.'])(
    'still names the person: "%s"',
    (body) => {
      expect(abuse(body).length).toBeGreaterThan(0);
    },
  );
});

describe('a state or its machinery judged harshly: political speech', () => {
  const states = [
    'Spanish Empire',
    'Ottoman Empire',
    'regime',
    'old monarchy',
    'Harper administration',
    'establishment',
  ];
  const verdicts = ['cruel and brutish', 'corrupt', 'incompetent', 'rotten to the core'];
  it('is clean for every state and verdict', () => {
    const bodies = states.flatMap((s) => verdicts.map((v) => `The ${s} was ${v}.`));
    expect(bodies.filter((b) => abuse(b).length > 0)).toEqual([]);
  });
  it.each(['The mayor was cruel and brutish.', 'The minister was corrupt.'])('still names the person: "%s"', (body) => {
    expect(abuse(body).length).toBeGreaterThan(0);
  });
});
