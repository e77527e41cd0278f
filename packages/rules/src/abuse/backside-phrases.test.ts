import { describe, expect, it } from 'vitest';
import { BACKSIDE_WORDS as BACKSIDES, STICKS } from './lexicon/backside-phrases.js';
import { abuseReasons as abuse } from './test-support.js';

const held = (body: string) => abuse(body).filter((r) => r.score >= 0.5);

const OWNERS = ['your', 'his', 'her', 'their'];

describe('a person pictured with their head or a stick up their backside', () => {
  it('every head phrase with every backside and owner is held', () => {
    for (const b of BACKSIDES)
      for (const o of OWNERS)
        for (const body of [
          `Honestly, the minister has ${o} head up ${o} ${b}.`,
          `Take ${o} head from ${o} ${b} for once.`,
          `They all walk around with ${o} heads in ${o} own ${b}.`,
        ])
          expect(held(body).length, body).toBeGreaterThan(0);
  });

  it('every stick phrase is held', () => {
    for (const b of BACKSIDES)
      for (const o of OWNERS)
        for (const w of STICKS) {
          const body = `The new coach has a ${w} up ${o} ${b}.`;
          expect(held(body).length, body).toBeGreaterThan(0);
        }
  });

  it.each([
    'The ostrich has its head in the sand.',
    'He put his head in his hands and wept.',
    'Go ahead, bury your head in the sand again.',
    'There is a stick up the chimney.',
    'The toddler fell on his behind and laughed.',
    'She kept her head up in the rain.',
    'The goalkeeper rubbed his head and his back after the fall.',
    'He looked at the rear of his car.',
  ])('plain words stay clean: %s', (body) => {
    expect(held(body)).toEqual([]);
  });
});
