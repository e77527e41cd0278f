/**
 * Harm that a thing does is a warning, not a threat ("Smoking will kill you", "this heat will kill him"); the same
 * words with a person doing the harm stay threats. "Shoot yourself in the foot" is an idiom for a blunder. Harm to
 * creatures named before "them" ("if the wasps come back we will kill them") threatens no one.
 */
import { describe, expect, it } from 'vitest';
import { CREATURES } from './lexicon/animals.js';
import { abuseReasons as abuse } from './test-support.js';

const threatened = (body: string) => abuse(body).some((r) => r.rule === 'abuse.threat');
/** What a thing can do by itself; "hang", "stab" and the rest are done by someone. */
const verbs = ['kill', 'drown', 'burn', 'strangle', 'throttle'];

describe('harm done by a thing', () => {
  const things = [
    (v: string) => `Vaping will ${v} you, the doctor said.`,
    (v: string) => `Smoking will ${v} you too.`,
    (v: string) => `This heat will ${v} him if he stays out.`,
    (v: string) => `It will ${v} them slowly.`,
    (v: string) => `That will ${v} you one day.`,
    (v: string) => `Avoid the pills that will ${v} you.`,
  ];
  it('is no threat, for every verb of violence and every thing', () => {
    expect(verbs.flatMap((v) => things.map((f) => f(v))).filter(threatened)).toEqual([]);
  });

  const people = [
    (v: string) => `I will ${v} you.`,
    (v: string) => `They will ${v} you, mark my words.`,
    (v: string) => `The man that will ${v} you is outside.`,
    (v: string) => `Thugs like this will ${v} him.`,
    (v: string) => `A thief like that will ${v} you.`,
  ];
  it('is a threat when a person does it, for every verb of violence', () => {
    expect(verbs.flatMap((v) => people.map((f) => f(v))).filter((b) => !threatened(b))).toEqual([]);
  });

  it('is a threat when what is done is what only people do, or is called for', () => {
    const bodies = [
      'This town will hang him, mark my words.',
      'This town needs to hang him.',
      'This town deserves to burn them.',
      'This lot will lynch him.',
      'That lot deserve to be shot.',
    ];
    expect(bodies.filter((b) => !threatened(b))).toEqual([]);
  });
});

describe('"shoot yourself in the foot"', () => {
  const selfHarm = (body: string) => abuse(body).some((r) => r.rule === 'abuse.self-harm');
  const selves = ['yourself', 'yourselves', 'urself'];
  it('is an idiom, for every way of saying yourself', () => {
    const bodies = selves.flatMap((s) => [
      `You shoot ${s} in the foot every time you post.`,
      `Go on, shoot ${s} in the feet again.`,
    ]);
    expect(bodies.filter(selfHarm)).toEqual([]);
  });
  it('is incitement without the foot', () => {
    expect(selves.map((s) => `Go shoot ${s}.`).filter((b) => !selfHarm(b))).toEqual([]);
  });
});

describe('harm to the creatures named before "them"', () => {
  const plural = (c: string) =>
    /(?:s|mice|geese|deer|cattle)$/.test(c) ? c : /(?:x|sh|ch)$/.test(c) ? `${c}es` : `${c}s`;
  const frames = [
    (c: string) => `If the ${plural(c)} get into the garden again we will kill them.`,
    (c: string) => `Those ${plural(c)} again, I will kill them.`,
    (c: string) => `If that ${c} comes back I will kill it.`,
  ];
  it('is no threat, for every creature', () => {
    expect(CREATURES.flatMap((c) => frames.map((f) => f(c))).filter(threatened)).toEqual([]);
  });
  it('is a threat when a person is named too, or is who is harmed', () => {
    const bodies = [
      'If the neighbours let their dogs out again we will kill them.',
      'If you bring the dogs again we will kill them.',
      'If the neighbours come back we will kill them.',
      'If they come back we will kill them.',
      'If you touch my dog I will kill you.',
    ];
    expect(bodies.filter((b) => !threatened(b))).toEqual([]);
  });
});
