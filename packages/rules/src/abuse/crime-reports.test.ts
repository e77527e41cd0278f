import { describe, expect, it } from 'vitest';
import { IRREGULAR_WRONGDOERS, WRONGDOERS } from './lexicon/crime-reports.js';
import { lookupWord } from './lexicon/index.js';
import { abuseReasons as abuse } from './test-support.js';

const held = (body: string) => abuse(body).length > 0;
const capital = (s: string) => `${s[0]?.toUpperCase()}${s.slice(1)}`;
const article = (n: string) => (/^[aeiou]/.test(n) ? `an ${n}` : `a ${n}`);
/** The plural of a listed wrongdoer: "thugs", "con men", "thieves". */
function plural(n: string): string {
  if (n.endsWith('man')) return `${n.slice(0, -3)}men`;
  return IRREGULAR_WRONGDOERS.find((p) => p.startsWith(n.slice(0, -1)) && !p.includes(' ')) ?? `${n}s`;
}
/** The wrongdoers that name-calling uses: listed as person nouns, or named in two words ("con man"). */
const NAMES = WRONGDOERS.filter((n) => {
  const k = lookupWord([n])?.kinds;
  return n.includes(' ') || k?.has('insult-person') === true;
});
/** Those whose plural the lexicon reads too ("conmen" it does not). */
const PLURAL_NAMES = NAMES.filter((n) => n.includes(' ') || lookupWord([plural(n)]) !== null);

describe('a wrongdoer in a crime report', () => {
  // What the wrongdoer did or what was done to them, the noun the subject, the object or the agent.
  const REPORTS: Array<(n: string) => string> = [
    (n) => `Police arrested ${article(n)} in the town centre on Tuesday.`,
    (n) => `The ${n} was jailed for five years.`,
    (n) => `The ${n} who attacked the bus driver has been caught.`,
    (n) => `The ${n} stole copper cable from the railway.`,
    (n) => `A court sentenced the ${n} to six years.`,
    (n) => `Two pensioners were conned by the ${n}.`,
    (n) => `The ${n} was later found guilty and fined.`,
    (n) => `Yesterday the ${n} was banned from the forum by the admins.`,
    (n) => `${capital(article(n))} has been charged with burglary.`,
    (n) => `Officers detained a masked ${n} near the station.`,
    (n) => `${capital(plural(n))} stole lead from the church roof again.`,
    (n) => `Police arrested three ${plural(n)} after the match.`,
    (n) => `The ${plural(n)} were convicted last week.`,
    (n) => `${capital(plural(n))} are targeting older people with fake texts.`,
  ];
  it.each(REPORTS.map((f, k) => [k, f] as const))('every wrongdoer is approved in report frame %i', (_, make) => {
    expect(WRONGDOERS.map(make).filter(held)).toEqual([]);
  });

  // Said of the reader, a named person or politicians, pointed at, in a call, or in apposition to a name.
  const CALLING: Array<(n: string) => string> = [
    (n) => `You ${n}.`,
    (n) => `You're ${article(n)}.`,
    (n) => `You ${plural(n)} should be jailed.`,
    (n) => `Mr Smith is ${article(n)} and always was.`,
    (n) => `The mayor is ${article(n)}.`,
    (n) => `Trump is ${article(n)} who was jailed once.`,
    (n) => `Only ${article(n)} would write this.`,
    (n) => `That ${n} Dave should be banned.`,
    (n) => `Dave the ${n} was banned at last.`,
    (n) => `${capital(plural(n))}, the lot of them in Parliament.`,
    (n) => `The ${plural(n)} stole the election.`,
    (n) => `The ${plural(n)} in government were caught stealing.`,
    (n) => `These ${plural(n)} attacked our democracy.`,
    (n) => `The ${plural(n)} who robbed the taxpayer walked free.`,
    (n) => `Police arrested Trump, ${article(n)}.`,
    (n) => `Arrest the ${plural(n)}!`,
  ];
  it.each(CALLING.map((f, k) => [k, f] as const))('every name-calling wrongdoer is held in frame %i', (_, make) => {
    expect(PLURAL_NAMES.length).toBeGreaterThan(10);
    const names = make('thug').toLowerCase().includes('thugs') ? PLURAL_NAMES : NAMES;
    expect(names.map(make).filter((b) => !held(b))).toEqual([]);
  });

  it.each([
    'A paedophile was jailed for ten years yesterday.',
    'The killer was sentenced to life.',
    'The burglar was chased off by a dog.',
    'Scammers are targeting older people with fake texts.',
  ])('other reports stay approved: %s', (body) => {
    expect(held(body)).toBe(false);
  });
});

describe('a part played', () => {
  const ROLES = ['idiot', 'fool', 'moron', 'clown', 'thug', 'crook', 'con man'];
  const PLAYED: Array<(n: string) => string> = [
    (n) => `He played the village ${n} in the school play.`,
    (n) => `She plays ${article(n)} in the new series.`,
    (n) => `He was cast as the ${n} in the panto.`,
    (n) => `She landed the role of the ${n} in the film.`,
  ];
  it.each(PLAYED.map((f, k) => [k, f] as const))('every name is a part in frame %i', (_, make) => {
    expect(ROLES.map(make).filter(held)).toEqual([]);
  });
  // The reader playing the part, a name that is no part, and pretending with an adjective.
  const NOT_PLAYED: Array<(n: string) => string> = [
    (n) => `You played the ${n} well, as always.`,
    (n) => `Our mayor is the village ${n}.`,
    (n) => `The ${n} who played the piano was awful, what ${article(n)}.`,
  ];
  it.each(NOT_PLAYED.map((f, k) => [k, f] as const))('the name is still held in frame %i', (_, make) => {
    expect(ROLES.map(make).filter((b) => !held(b))).toEqual([]);
  });
  // With no stage or screen in the sentence it is what someone did ("played the fool", an idiom, is left to it).
  it.each(ROLES.filter((n) => n !== 'fool'))('"played the %s" off stage is still held', (n) => {
    expect(held(`The senator played the ${n} at the summit for years.`)).toBe(true);
  });
  it('playing dumb is no part', () => {
    expect(held("She plays a convincing 'dumb' on camera.")).toBe(true);
  });
});
