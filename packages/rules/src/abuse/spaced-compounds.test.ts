/** Listed compounds written as two words ("dick head", "jungle bunnies") read as the listed word they make. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze } from '../engine/analysis.js';
import { checkAbuse } from './check.js';
import { DISGUISES } from './disguise-test-support.js';
import { lookupWord } from './lexicon/index.js';
import { pluralOfHalf, SPACED_COMPOUNDS } from './lexicon/spaced-compounds.js';
import { abuseReasons } from './test-support.js';

const halves = SPACED_COMPOUNDS.map((c) => c.split(' ') as [string, string]);

/** Whether an abuse finding's evidence covers the text from `from` to `to`. */
function seen(body: string, from: number, to: number): boolean {
  return checkAbuse(analyze(body)).some((f) => f.evidence.some((e) => e.start <= from && e.end >= to));
}

/**
 * The disguises that keep each half one word. A separator inside a half (letters spaced out, a symbol wedged in)
 * makes fragments, which are glued back into the half alone: the joined spellings of the lexicon test those.
 */
const IN_WORD = ['leet', 'look-alike', 'repeats', 'zero-width', 'shouting', 'boxed', 'fancy text', 'accents'] as const;

describe('a listed compound written as two words', () => {
  it('is a listed word once joined, for every entry', () => {
    expect(halves.filter(([a, b]) => lookupWord([a + b]) === null)).toEqual([]);
  });

  it('names the one it is said to, singular and plural, for every entry', () => {
    const bodies = halves.flatMap(([a, b]) => [`Honestly, you ${a} ${b}.`, `Get lost, you ${a} ${pluralOfHalf(b)}.`]);
    expect(bodies.filter((body) => abuseReasons(body).length === 0)).toEqual([]);
  });

  it('the evidence is both words', () => {
    for (const [a, b] of halves) {
      const body = `Honestly, you ${a} ${b} again.`;
      expect(seen(body, 14, 15 + a.length + b.length), body).toBe(true);
    }
  });

  for (const name of IN_WORD) {
    it(`is read under the disguise "${name}" of either half, for every entry`, () => {
      const disguise = DISGUISES[name];
      if (!disguise) throw new Error(`no disguise ${name}`);
      const missed: string[] = [];
      for (const [a, b] of halves) {
        fc.assert(
          fc.property(
            fc.array(fc.double({ min: 0, max: 0.999, noNaN: true }), { minLength: 40, maxLength: 40 }),
            fc.array(fc.double({ min: 0, max: 0.999, noNaN: true }), { minLength: 40, maxLength: 40 }),
            (ra, rb) => {
              const written = `${disguise(a, ra)} ${disguise(b, rb)}`;
              const body = `Honestly, you ${written} again.`;
              if (!seen(body, 14, 14 + written.length)) missed.push(JSON.stringify(written));
            },
          ),
          { numRuns: 4 },
        );
      }
      expect(missed).toEqual([]);
    });
  }

  it.each([
    'The male has a red neck and a pale belly.',
    'My wet back was freezing after the walk home.',
    'The tumour was the size of a pin head.',
    'The two ministers butt heads over every budget.',
    'Riot police were sent in to crack heads, witnesses said.',
    'She baked a fruit cake for the fete.',
    'Check the dip stick before a long drive.',
    'The museum has a cave man exhibit.',
    'A grease ball the size of a bus blocked the sewer.',
    'Child camel jockeys were replaced by robots.',
    'Our rescue is a half breed, part collie.',
    'He wrapped a towel around his head and dozed off.',
  ])('two words that also make an everyday phrase stay apart: %s', (body) => {
    expect(abuseReasons(body)).toEqual([]);
  });

  it.each(['Dick Head and Jane Smith signed the letter.'])('two words in title case are a name: %s', (body) => {
    expect(abuseReasons(body)).toEqual([]);
  });
});
