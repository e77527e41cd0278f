/**
 * Insults written as initials in capitals ("the SOB", "you POS") are the insults they stand for; in lower case they
 * are the words they spell ("sob", "pos"), and a point of sale stays one.
 */
import { describe, expect, it } from 'vitest';
import { INITIALS, POINT_OF_SALE, SOB_STORY } from '../normalize/tokens.js';
import { abuseReasons } from './test-support.js';

const FRAMES = [
  'Kill the {w}.',
  'The {w} lied again.',
  'You {w}.',
  'Some {w} stole my bike, the {w}!',
  'That lying {w} has to go.',
];

describe('insults written as initials', () => {
  it('every one, in capitals, is held as the insult it stands for, with the initials as evidence', () => {
    for (const [initials] of INITIALS) {
      const written = initials.length === 4 ? `${initials.slice(0, 3).toUpperCase()}s` : initials.toUpperCase();
      for (const frame of FRAMES) {
        const body = frame.replaceAll('{w}', written);
        const reasons = abuseReasons(body);
        expect(reasons.length, body).toBeGreaterThan(0);
        expect(
          reasons.some((r) => r.evidence.some((e) => body.slice(e.start, e.end).includes(written))),
          body,
        ).toBe(true);
      }
    }
  });

  it('in lower case they are the words they spell', () => {
    for (const [initials] of INITIALS) {
      for (const body of [
        `Don't ${initials} about it.`,
        `She began to ${initials}.`,
        `The ${initials} list is long.`,
      ]) {
        expect(abuseReasons(body), body).toEqual([]);
      }
    }
  });

  it('"POS" before what a shop till is, is a point of sale', () => {
    for (const noun of POINT_OF_SALE) {
      for (const body of [`The POS ${noun} is down again.`, `We bought a new POS ${noun}.`]) {
        expect(abuseReasons(body), body).toEqual([]);
      }
    }
  });

  it('"SOB" before what a sad story is, and a till someone owns, are no insults', () => {
    for (const w of SOB_STORY) expect(abuseReasons(`Spare us the SOB ${w} about his childhood.`), w).toEqual([]);
    for (const owner of ['Our', 'My', 'Their', "The store's", 'The new'])
      expect(abuseReasons(`${owner} POS went down at lunch.`), owner).toEqual([]);
  });
});
