/** A beating foretold by a side in a game is talk of a match; the same said by anyone else, or called for, is held. */
import { describe, expect, it } from 'vitest';
import { SPORTING_SIDES } from './lexicon/harm.js';
import { abuseReasons } from './test-support.js';

const threats = (body: string) => abuseReasons(body).filter((r) => r.rule === 'abuse.threat');

describe('sides in a game', () => {
  it('leaves every side × foretold beating clean', () => {
    for (const side of SPORTING_SIDES)
      for (const verb of ['will kill them', 'are gonna kill them', 'is going to kill them'])
        for (const body of [`Our ${side} ${verb} on Saturday.`, `Honestly the ${side} ${verb}.`])
          expect(threats(body), body).toEqual([]);
  });

  it('still holds a killing foretold by others, or called for against a side', () => {
    for (const who of ['Our neighbours', 'I', 'My brothers', 'We'])
      for (const verb of ['will kill them', 'are gonna kill them']) {
        const body = `${who} ${verb} if they come back.`;
        expect(threats(body).length, body).toBeGreaterThan(0);
      }
    for (const side of ['players', 'lads', 'pitchers']) {
      const body = `The ${side} should be shot.`;
      expect(threats(body).length, body).toBeGreaterThan(0);
    }
  });
});

describe('games and wants', () => {
  it('leaves a beating at a game, and a killing wished as the price of a want, clean', () => {
    for (const game of ['chess', 'poker', 'scrabble', 'darts', 'golf', 'pool'])
      for (const who of ["I'll kill you", 'We will kill them', "She'll murder you"]) {
        const body = `${who} at ${game} next time.`;
        expect(threats(body), body).toEqual([]);
      }
    for (const want of ['have his job', 'live in that house', 'get those tickets', 'be in her shoes', 'own that car'])
      for (const who of ["I'd kill to", 'I would kill to', "Honestly I'd murder to"]) {
        const body = `${who} ${want}.`;
        expect(threats(body), body).toEqual([]);
      }
  });

  it('still holds a killing at a place, or wished to see harm', () => {
    for (const body of [
      "I'll kill you at the bus stop.",
      'I will kill you at home.',
      "I'd kill to see him hang.",
      "I'll kill you.",
      "I'd kill him.",
    ])
      expect(threats(body).length, body).toBeGreaterThan(0);
  });
});
