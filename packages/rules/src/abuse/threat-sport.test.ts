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
