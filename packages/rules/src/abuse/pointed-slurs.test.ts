/**
 * An ambiguous slur whose noun only names people is a slur used as that noun: pointed at, after an article, described
 * as a sentence opens, or in the plural. Other readings of the list's neighbours, and set phrases of everyday English
 * ("faggots and peas"), stay clean.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  AMBIGUOUS_SLURS,
  HISTORICAL_SLURS,
  INNOCENT_PHRASES,
  PERSON_NOUN_SLURS,
  PERSON_PLURAL_SLURS,
} from './lexicon/slurs.js';
import { abuseReasons as abuse } from './test-support.js';

const slurred = (body: string) => abuse(body).some((r) => r.rule === 'abuse.slur');
const capital = (w: string) => `${w[0]?.toUpperCase()}${w.slice(1)}`;
const plural = (w: string) => (w.endsWith('zz') ? `${w}es` : w.endsWith('z') ? `${w}zes` : `${w}s`);

describe('a slur that only names people, used as their noun', () => {
  it('is a slur after every pointer or article, with or without a describing word, before any verb', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...PERSON_NOUN_SLURS),
        fc.constantFrom('That', 'This', 'Some', 'The', 'Another', 'A'),
        fc.constantFrom('', 'dirty ', 'typical ', 'stupid ', 'lazy '),
        fc.constantFrom('should be deported', 'stole my bike', 'bombed the harbour', 'runs the shop', 'was there'),
        (slur, pointer, describing, rest) => {
          // A word of the history books after a bare article is tested below.
          fc.pre(!(HISTORICAL_SLURS.includes(slur) && describing === '' && ['The', 'Another', 'A'].includes(pointer)));
          const body = `${pointer} ${describing}${slur} ${rest}.`;
          const reason = abuse(body).find((r) => r.rule === 'abuse.slur');
          expect(reason, body).toBeDefined();
          expect(
            reason?.evidence.map((e) => e.text),
            body,
          ).toEqual([slur]);
        },
      ),
      { numRuns: 200, seed: 5 },
    );
  });

  it('is a slur in the plural, wherever it stands, and described as a sentence opens', () => {
    for (const s of PERSON_PLURAL_SLURS)
      for (const body of [
        `${capital(plural(s))} can't cook.`,
        `The ${plural(s)} bombed the harbour.`,
        `I am sick of ${plural(s)} like him.`,
      ])
        expect(slurred(body), body).toBe(true);
    for (const s of PERSON_NOUN_SLURS) expect(slurred(`Typical ${s} whining again.`), s).toBe(true);
  });

  it("is no slur after a bare article in a history book's sentence, for every such word", () => {
    const bodies = HISTORICAL_SLURS.flatMap((s) => [
      `In 1948 a ${s} could not sit at that counter.`,
      `The ${s} soldiers of that war were decorated late.`,
    ]);
    expect(bodies.filter(slurred)).toEqual([]);
    const pointed = HISTORICAL_SLURS.flatMap((s) => [`That ${s} should go back.`, `Violent ${s} belongs in jail.`]);
    expect(pointed.filter((b) => !slurred(b))).toEqual([]);
  });

  it.each([
    'Pass the kraut and the mustard.',
    'They were taking the mick all night.',
    'See you later, à plus tard.',
    'A plus tard, mes amis.',
    'The Yid Army sang all game.',
    'Mong Kok is busy at night.',
    'The negro spirituals were sung at the service.',
    'The coolie hat kept the sun off.',
    'In 1950 negroes were denied the vote in the South.',
    'Mick Jagger sang the old songs.',
  ])('stays clean: %s', (body) => {
    expect(slurred(body)).toBe(false);
  });
});

describe('a listed spelling inside a set phrase of everyday English', () => {
  it('is no slur in any of the phrases, and is one where the phrase is broken', () => {
    for (const phrase of INNOCENT_PHRASES) {
      const plain = phrase.toLowerCase();
      const listed =
        phrase
          .split(' ')
          .find((w) => w === w.toUpperCase())
          ?.toLowerCase() ?? '';
      expect(slurred(`We had ${plain} on Sunday, as my nan made it.`), plain).toBe(false);
      expect(slurred(`${capital(plain)}, as always.`), plain).toBe(false);
      expect(slurred(`Shut up, you ${listed}.`), listed).toBe(true);
    }
  });
});

describe('slurs whose spelling has another reading', () => {
  it.each([
    'We ended the night in a honky-tonk off Broadway.',
    'The honky tonk piano was badly out of tune.',
    'Whitey Bulger ran the Winter Hill Gang for decades.',
    'The half-caste policy tore families apart in the 1930s.',
  ])('the other reading stays clean: %s', (body) => {
    expect(abuse(body)).toEqual([]);
  });

  it.each(['Shut up, you honky.', 'Go back home, you whitey.', 'Nobody asked you, half-caste.'])(
    'aimed at someone, it is the slur: %s',
    (body) => {
      expect(slurred(body)).toBe(true);
    },
  );
});

describe('an ambiguous slur set off at the end of its sentence', () => {
  const spellings = AMBIGUOUS_SLURS.map((s) => s.replaceAll('-', ''));

  it('in lower case, is said to the reader, for every ambiguous slur', () => {
    const bodies = spellings.flatMap((s) => [`Go back home, ${s}.`, `Nice try, ${s}!`]);
    expect(bodies.filter((b) => !slurred(b))).toEqual([]);
  });

  it('in title case, is a name; the last of a list, a thing', () => {
    const bodies = spellings.flatMap((s) => [`Thanks for the lift, ${capital(s)}.`, `Bottles, cans, ${s}.`]);
    expect(bodies.filter(slurred)).toEqual([]);
  });
});
