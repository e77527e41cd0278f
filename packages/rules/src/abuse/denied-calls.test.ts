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

describe('calls given to others', () => {
  const GROUPS = ['immigrants', 'Jews', 'gays', 'Muslims', 'women'];
  const HARMS = ['should be shot', 'should be gassed', 'should be stoned', 'should be hanged'];
  it('leaves every group × call in a saying the writer gives to others clean', () => {
    for (const group of GROUPS)
      for (const call of HARMS)
        for (const body of [
          `Saying ${group} ${call} is a crime in this country.`,
          `The man who said ${group} ${call} was jailed.`,
          `I'm tired of hearing that ${group} ${call}.`,
          `Whoever claims ${group} ${call} needs help.`,
        ])
          expect(threat(body), body).toBe(false);
  });

  it('still holds the call said by the writer, or taken up', () => {
    for (const group of GROUPS)
      for (const body of [
        `I say ${group} should be shot.`,
        `People say ${group} should be shot and they're right.`,
        `Saying it again: ${group} should be shot.`,
      ])
        expect(threat(body), body).toBe(true);
  });
});
