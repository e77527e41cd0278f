/** The slogans, codes and denials of organised hate, and the echo around a name. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DISGUISES } from './disguise-test-support.js';
import { HATE_SLOGANS } from './lexicon/hate-slogans.js';
import { lookupWord } from './lexicon/index.js';
import { abuseReasons } from './test-support.js';

const attack = (body: string) => abuseReasons(body).find((r) => r.rule === 'abuse.identity-attack');
/** Whether `body` is held as an identity attack whose evidence covers `text`. */
const marks = (body: string, text: string) => {
  const at = body.indexOf(text);
  return !!attack(body)?.evidence.some((e) => e.start <= at && e.end >= at + text.length);
};
const SLOGANS = HATE_SLOGANS.map((s) => s.join(' '));
/**
 * A word of everyday English opening with '@' is a mention ("@nd", "@ll"): only a listed word takes it back as its
 * first letter, so the test leaves the first letter of the others as it was.
 */
const opening = (word: string, written: string) =>
  /^[@!]/.test(written) && lookupWord([word]) === null ? word[0] + written.slice(1) : written;
/** The disguises that keep each word one word; letters spelled out are a test of their own. */
const IN_WORD = ['leet', 'look-alike', 'repeats', 'zero-width', 'shouting', 'boxed', 'fancy text', 'accents'] as const;

describe('hate slogans and codes said as a clause of their own', () => {
  it('holds every slogan alone, after a sentence or before a comma, marking the slogan', () => {
    const missed: string[] = [];
    for (const s of SLOGANS)
      for (const body of [
        `${s}!`,
        `Great rally today. ${s}.`,
        `${s}, brothers.`,
        `${s[0]?.toUpperCase()}${s.slice(1)}`,
      ])
        if (!marks(body, body.includes(s) ? s : body)) missed.push(body);
    expect(missed).toEqual([]);
  });

  for (const name of IN_WORD) {
    it(`holds every slogan under the disguise "${name}" of each of its words`, () => {
      const disguise = DISGUISES[name];
      if (!disguise) throw new Error(`no disguise ${name}`);
      const missed: string[] = [];
      for (const slogan of HATE_SLOGANS) {
        if (slogan.every((w) => /^\d+$/.test(w))) continue;
        fc.assert(
          fc.property(
            fc.array(fc.double({ min: 0, max: 0.999, noNaN: true }), { minLength: 40, maxLength: 40 }),
            (r) => {
              const written = slogan.map((w) => (/^\d+$/.test(w) ? w : opening(w, disguise(w, r)))).join(' ');
              if (!attack(`${written}!`)) missed.push(written);
            },
          ),
          { numRuns: 12, seed: 7 },
        );
      }
      expect(missed).toEqual([]);
    });
  }

  it('holds every slogan spelled out letter by letter', () => {
    const missed: string[] = [];
    for (const slogan of HATE_SLOGANS)
      for (const sep of [' ', '.'])
        if (!slogan.some((w) => /\d/.test(w))) {
          const body = slogan.map((w) => [...w].join(sep)).join('  ');
          if (!attack(body)) missed.push(body);
        }
    expect(missed).toEqual([]);
  });

  it.each([
    'They chanted Sieg heil at the rally.',
    'Marchers in Virginia shouted "Jews will not replace us" that night, the court heard.',
    'He gave a Sieg Heil salute and was arrested.',
    'The white power movement grew in the 1980s.',
    'Blood and soil was a Nazi slogan.',
    'Hitler was right-wing, obviously.',
    'Hitler was right about nothing.',
    'In 1488 the fleet sailed south.',
    'He lived at 1488 Elm Street.',
    'The day of the wedding was sunny.',
    'The workers won the day with people power.',
    'Was Hitler right? No.',
  ])('a slogan reported, named or part of something else stays clean: %s', (body) => {
    expect(attack(body)).toBeUndefined();
  });
});

describe('the Holocaust denied or wished bigger', () => {
  it('holds every denial and every "six million was not enough", marking them', () => {
    const missed: string[] = [];
    for (const denial of [
      'never happened',
      "didn't happen",
      'did not happen',
      'is a hoax',
      'was a myth',
      'is a lie',
      "'s a fraud",
      'is fake',
      'was made up',
    ]) {
      const body = `The Holocaust ${denial}.`;
      if (!marks(body, `Holocaust ${denial}`)) missed.push(body);
    }
    for (const n of ['6', 'Six'])
      for (const neg of ["wasn't", 'was not', "isn't"]) {
        const body = `${n} million ${neg} enough.`;
        if (!marks(body, body.slice(0, -1))) missed.push(body);
      }
    for (const body of ['I think the Holocaust is a myth.', 'Honestly, I believe the Holocaust never happened.'])
      if (!marks(body, body.slice(body.indexOf('Holocaust'), -1))) missed.push(body);
    expect(missed).toEqual([]);
  });

  it.each([
    'Some people believe the Holocaust never happened, and they are wrong.',
    'Deniers claim the Holocaust never happened.',
    'He said the Holocaust was a hoax, and he was sued.',
    'The myth that the Holocaust is a lie spreads online.',
    'The Holocaust happened, and the records prove it.',
    'Six million people visited the museum.',
    'Six million dollars is not enough for the repairs.',
  ])('a denial reported or refuted stays clean: %s', (body) => {
    expect(attack(body)).toBeUndefined();
  });
});

describe('the Holocaust wished finished', () => {
  it('holds Hitler or the Nazis wished to have finished the job, under every way of saying it', () => {
    const missed: string[] = [];
    for (const who of ['Hitler', 'the Nazis', 'H1tl3r'])
      for (const did of [
        'had finished',
        'should have finished',
        "should've finished",
        "didn't finish",
        'never finished',
      ])
        for (const job of ['the job', 'what they started']) {
          const said = `${who.replace('the ', '')} ${did} ${job}`;
          for (const body of [
            `Too bad ${who} ${did} ${job}.`,
            `${who[0]?.toUpperCase()}${who.slice(1)} ${did} ${job}!`,
          ])
            if (!marks(body, said)) missed.push(body);
        }
    expect(missed).toEqual([]);
  });

  it.each([
    'Historians say Hitler did not finish the job of conquering Britain.',
    'He claimed Hitler should have finished the job, and he was fired.',
    'Hitler never finished the job of rebuilding Berlin.',
    'Hitler failed to finish the job in Russia because of the winter.',
  ])('history and reported words stay clean: %s', (body) => {
    expect(attack(body)).toBeUndefined();
  });
});

describe('the echo around a name', () => {
  it.each([
    '(((They))) control the media.',
    'The (((globalists))) strike again.',
    'Funny how (((Soros))) is always involved.',
    'I read it in the (((New York Times))).',
  ])('%s', (body) => {
    const echo = /\(\(\([^)]*\)\)\)/.exec(body)?.[0] ?? '';
    expect(marks(body, echo)).toBe(true);
  });

  it.each(['f(((x))) = y', 'Compute (((a + b))) first.', 'Three brackets ((( like this.'])(
    'stays clean: %s',
    (body) => {
      expect(attack(body)).toBeUndefined();
    },
  );
});
