import { describe, expect, it } from 'vitest';
import { PLAIN_FAULTS } from './lexicon/contempt-idioms.js';
import { abuseReasons as abuse } from './test-support.js';

const directed = (body: string) => abuse(body).filter((r) => r.rule === 'abuse.insult.directed');
const evidence = (body: string) => directed(body).flatMap((r) => r.evidence.map((e) => e.text));

/** A few listed insult words, and the plain faults, each said of a thing. */
const LISTED = ['stupid', 'idiotic', 'garbage', 'pathetic', 'clueless', 'dumb', 'worthless'];
const VERDICTS = [...PLAIN_FAULTS, ...LISTED];

describe('a harsh verdict on a thing passed on to a person', () => {
  const HELD: Array<[(v: string) => string, string, string, string[]]> = [
    [(v) => `This plan is ${v} and so are you.`, 'so are you', 'another reader', VERDICTS],
    [(v) => `The article is ${v}, and so is the writer.`, 'so is the writer', 'the author', VERDICTS],
    [(v) => `The column is ${v}, as is its author.`, 'as is its author', 'the author', VERDICTS],
    [(v) => `The idea is ${v} and you are too.`, 'you are too', 'another reader', VERDICTS],
    [(v) => `The scheme is ${v} and so is Bloggs.`, 'so is Bloggs', 'a named person', LISTED],
    [(v) => `The budget is ${v} and so is the mayor.`, 'so is the mayor', 'a named person', LISTED],
  ];
  it.each(HELD)('every verdict is held in the frame %#, passed with "%s"', (make, passed, target, verdicts) => {
    const bodies = verdicts.map(make);
    expect(bodies.filter((b, n) => !evidence(b).includes(verdicts[n] as string))).toEqual([]);
    expect(bodies.filter((b) => !evidence(b).includes(passed))).toEqual([]);
    expect(bodies.filter((b) => !directed(b)[0]?.message.includes(target))).toEqual([]);
  });
  // Passed to a thing, to the writer, or denied: no insult of a person.
  const CLEAN: Array<(v: string) => string> = [
    (v) => `The plan is ${v} and so is the budget.`,
    (v) => `The movie was ${v} and so were the popcorn prices.`,
    (v) => `The plan is ${v} and so am I.`,
    (v) => `The plan is ${v}. So is the budget, frankly.`,
  ];
  it.each(CLEAN)('no person insulted in the frame %#', (make) => {
    expect(VERDICTS.map(make).filter((b) => directed(b).length > 0)).toEqual([]);
  });
  // A plain fault passed to a third party is criticism of their work.
  it.each([
    (v: string) => `The pitch was ${v} and so were the players.`,
    (v: string) => `The budget is ${v} and so is the mayor.`,
    (v: string) => `The old system is ${v}, as is Bloggs's office.`,
  ])('a plain fault passed to a third party stays clean in the frame %#', (make) => {
    expect(PLAIN_FAULTS.map(make).filter((b) => abuse(b).length > 0)).toEqual([]);
  });
  it.each([
    'The plan is brilliant and so are you.',
    'The pasta is great and so are you.',
    'The plan is not bad and so is the budget.',
    'The report is thorough, as is its author.',
  ])('praise passed on stays clean: %s', (body) => {
    expect(abuse(body)).toEqual([]);
  });
});
