/** Killing people offered as the answer to a problem, and a people culled, against killings denied or of things. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { abuseReasons } from './test-support.js';
import { KILLING_GERUNDS } from './violence-answers.js';

const threat = (body: string) => abuseReasons(body).find((r) => r.rule === 'abuse.threat');

const WHOM = ['these looters', 'their supporters', 'the rioters', 'all the smugglers', 'them', 'a few of them'];
const ANSWERS = [
  'would fix it.',
  'is the answer.',
  'is the only solution.',
  'solves the problem.',
  'is not a problem but the solution.',
  'is no crime, but a cure.',
];

describe('killing people offered as the answer', () => {
  it('holds every killing of people, for every way it is called the fix, marking the killing', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...KILLING_GERUNDS),
        fc.constantFrom(...WHOM),
        fc.constantFrom(...ANSWERS),
        (verb, whom, answer) => {
          const killing = `${verb[0]?.toUpperCase()}${verb.slice(1)} ${whom}`;
          expect(threat(`${killing} ${answer}`)?.evidence.map((e) => e.text)).toEqual([killing]);
        },
      ),
      { numRuns: 150, seed: 11 },
    );
  });

  it('leaves every killing denied as the answer, or asked about, or of a thing', () => {
    fc.assert(
      fc.property(fc.constantFrom(...KILLING_GERUNDS), fc.constantFrom(...WHOM), (verb, whom) => {
        for (const body of [
          `${verb} ${whom} is not the answer.`,
          `${verb} ${whom} is no solution.`,
          `${verb} ${whom} never solves anything.`,
          `I don't think ${verb} ${whom} would fix it.`,
          `Is ${verb} ${whom} really the answer?`,
          `Stop ${verb} ${whom}, it fixes nothing.`,
          `${verb} the project would fix the budget.`,
        ])
          expect(threat(body), body).toBeUndefined();
      }),
      { numRuns: 80, seed: 11 },
    );
  });

  it.each([
    'Shooting the breeze is the answer to a slow afternoon.',
    'Hanging the portrait in the hall was the answer to the empty wall.',
    'Culling the deer herd is the answer to crop damage, the ministry says.',
  ])('stays clean: %s', (body) => {
    expect(threat(body)).toBeUndefined();
  });
});

describe('a people culled', () => {
  it.each(['Cull the herd.', 'Honestly? Cull the herd!'])('%s', (body) => {
    expect(threat(body)?.evidence.map((e) => e.text)).toEqual(['Cull the herd']);
  });

  it.each(['Cull the deer herd before winter.', 'We should cull the herd this year, the farmer said.'])(
    'stays clean: %s',
    (body) => {
      expect(threat(body)).toBeUndefined();
    },
  );
});
