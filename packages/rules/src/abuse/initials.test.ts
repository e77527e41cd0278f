/**
 * Insults written as initials in capitals ("the SOB", "you POS") or spelled out with dots or spaces ("you're a
 * p.o.s") are the insults they stand for; as a plain word in lower case they are the words they spell ("sob", "pos"),
 * and a point of sale stays one.
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

describe('insults spelled out as initials with dots or spaces', () => {
  const SPELLINGS = [
    (w: string) => [...w].join('.'),
    (w: string) => [...w].join(' '),
    (w: string) => `${[...w].join('.')}.`,
  ];
  it('every one, in every spelling and frame, is held with the spelled initials as evidence', () => {
    const missed: string[] = [];
    for (const [initials] of INITIALS) {
      if (initials.length !== 3) continue;
      for (const spell of SPELLINGS)
        for (const frame of ["You're a {w}", 'That {w} lied again.', 'Kill the {w}, now.']) {
          const written = spell(initials);
          const body = frame.replaceAll('{w}', written);
          const held = abuseReasons(body).some((r) => r.evidence.some((e) => e.text.startsWith(written.slice(0, 5))));
          if (!held) missed.push(body);
        }
    }
    expect(missed).toEqual([]);
  });

  it('before a till or a sad story they stay what they name', () => {
    for (const body of ['Our p.o.s. terminal broke again.', 'The P.O.S. system is down.', 'The s.o.b. story he told.'])
      expect(abuseReasons(body), body).toEqual([]);
  });
});
