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
    'Faux News will still be stupid, like their viewing audience.',
    'They have just enough education to be stupid.',
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
