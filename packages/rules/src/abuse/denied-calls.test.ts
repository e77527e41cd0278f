/** Calls for harm the writer denies making stay clean; the same calls said outright, or after a comma, are held. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { abuseReasons } from './test-support.js';

const threat = (body: string) => abuseReasons(body).some((r) => r.rule === 'abuse.threat');

const CALLS = [
  'the answer is to kill them',
  'he should have been shot',
  'someone should cut off his hands',
  'he deserves to die',
  'they should be put to death',
  'we should exterminate them',
];
const DENIALS = ["I don't think", 'Nobody says', "I'm not saying", 'No one believes', "I didn't mean", 'I never said'];

describe('a call for harm the writer denies', () => {
  it('leaves every call denied in its clause, and holds it said outright or after a comma', () => {
    fc.assert(
      fc.property(fc.constantFrom(...DENIALS), fc.constantFrom(...CALLS), (denial, call) => {
        expect(threat(`${denial} ${call}.`), `${denial} ${call}`).toBe(false);
        expect(threat(`${call[0]?.toUpperCase()}${call.slice(1)}.`), call).toBe(true);
        expect(threat(`I don't care, ${call}.`), `I don't care, ${call}`).toBe(true);
      }),
      { numRuns: 80, seed: 29 },
    );
  });

  it.each(["I don't know why, but he deserves to die.", 'Nobody listens. He should have been shot.'])(
    'a denial in another clause denies nothing: %s',
    (body) => {
      expect(threat(body)).toBe(true);
    },
  );
});
