/** An adjective slur made a plural noun ("the coloreds") names people by it; the adjective and laundry stay clean. */
import { describe, expect, it } from 'vitest';
import { NOUNED_ADJECTIVE_SLURS } from './lexicon/slurs.js';
import { abuseReasons as abuse } from './test-support.js';

const slurred = (body: string) => abuse(body).some((r) => r.rule === 'abuse.slur');
const capital = (w: string) => `${w[0]?.toUpperCase()}${w.slice(1)}`;

describe('an adjective slur made a plural noun', () => {
  it('is a slur, for every such word, anywhere in the sentence', () => {
    for (const s of NOUNED_ADJECTIVE_SLURS)
      for (const body of [
        `Enough of letting the ${s}s run this town.`,
        `${capital(s)}s are everywhere now.`,
        `They let the ${s}s in.`,
      ])
        expect(slurred(body), body).toBe(true);
  });

  it('is no slur as an adjective or in the laundry', () => {
    for (const s of NOUNED_ADJECTIVE_SLURS)
      for (const body of [
        `${capital(s)} pencils are on sale this week.`,
        `Separate the whites and ${s}s. Use cold water for ${s}s.`,
        `Wash the ${s}s separately, with a mild detergent.`,
      ])
        expect(slurred(body), body).toBe(false);
  });
});
