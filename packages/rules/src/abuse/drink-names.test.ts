import { describe, expect, it } from 'vitest';
import { DRINK_NAMES } from './lexicon/contempt-idioms.js';
import { abuseReasons as abuse } from './test-support.js';

const directed = (body: string) => abuse(body).filter((r) => r.rule === 'abuse.insult.directed');
const evidence = (body: string) => directed(body).flatMap((r) => r.evidence.map((e) => e.text));
const plural = (d: string) => d.endsWith('s');
const singulars = DRINK_NAMES.filter((d) => !plural(d));
const plurals = DRINK_NAMES.filter(plural);

describe('a person named by the drink', () => {
  const HELD: Array<[(d: string) => string, (d: string) => string, string]> = [
    [(d) => `He's a ${d}.`, (d) => `a ${d}`, 'a named person'],
    [(d) => `You're a ${d}, everyone knows it.`, (d) => `a ${d}`, 'another reader'],
    [(d) => `Go home, you old ${d}.`, (d) => `you old ${d}`, 'another reader'],
    [(d) => `She is the town ${d}.`, (d) => `the town ${d}`, 'a named person'],
    [(d) => `A ${d} like you should stay off the roads.`, (d) => `A ${d} like you`, 'another reader'],
    [(d) => `You were a ${d} and a liar.`, (d) => `a ${d}`, 'another reader'],
  ];
  it.each(HELD)('every name is held in the frame %#, naming %s', (make, shown, target) => {
    expect(singulars.filter((d) => !evidence(make(d)).includes(shown(d)))).toEqual([]);
    expect(singulars.filter((d) => !directed(make(d))[0]?.message.includes(target))).toEqual([]);
  });
  it.each(plurals)('the plural "%s" is held said of people', (d) => {
    expect(evidence(`You're all ${d}.`)).toContain(d);
    expect(evidence(`${d[0]?.toUpperCase()}${d.slice(1)} like you ruin every party.`)).toContain(
      `${d[0]?.toUpperCase()}${d.slice(1)} like you`,
    );
  });
  // The adjective, a noun before another noun, a report of the past, the writer, a question, a denial.
  const CLEAN: Array<(d: string) => string> = [
    (d) => `He's a ${d} driver, the court heard.`,
    (d) => `My father was a ${d}.`,
    (d) => `He was a ${d} back then.`,
    (d) => `I was a ${d} for ten years.`,
    (d) => `Are you ${d}?`,
    (d) => `He is not a ${d}.`,
  ];
  it.each(CLEAN)('no person insulted in the frame %#', (make) => {
    expect(singulars.map(make).filter((b) => abuse(b).length > 0)).toEqual([]);
  });
  it.each([
    'He was drunk when he drove.',
    'Drunk driving kills.',
    'The drunk driver was jailed.',
    'She got drunk and fell asleep.',
    'We were all drunk that night.',
    'You drunk?',
    'The garden is lush.',
    'It is a lush green valley.',
    'Drunks should not drive.',
  ])('adjectives and reports stay clean: %s', (body) => {
    expect(abuse(body)).toEqual([]);
  });
});
