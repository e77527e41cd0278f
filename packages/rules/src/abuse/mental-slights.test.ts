/** A mental illness pinned on a camp, an office holder or the reader is name-calling; a description is not. */
import { describe, expect, it } from 'vitest';
import { abuseReasons as abuse } from './test-support.js';

const CONDITIONS = ['mentally ill', 'mentally unstable', 'mentally deranged', 'clearly mentally ill'];
/** "deranged" is a name on its own ("people are deranged"); these are not. */
const DESCRIBED = ['mentally ill', 'mentally unstable', 'mentally unwell', 'clearly mentally ill'];

describe('an illness pinned on someone', () => {
  const frames: [string, string][] = [
    ['Liberals are {c}.', 'a group of people'],
    ['The conservatives are {c}, all of them.', 'a group of people'],
    ['The left is {c}.', 'a group of people'],
    ['The president is {c}.', 'a named person'],
    ['You are {c}.', 'another reader'],
    ["You're {c}, get help.", 'another reader'],
  ];
  it('is name-calling, for every frame and condition', () => {
    for (const [frame, target] of frames)
      for (const c of CONDITIONS) {
        const body = frame.replace('{c}', c);
        const r = abuse(body).find((x) => x.rule === 'abuse.insult.directed');
        expect(r?.message, body).toContain(`aimed at ${target}`);
        expect(r?.evidence.map((e) => e.text).join(' '), body).toMatch(/^mentally \w+$/);
      }
  });
});

describe('an illness described or denied', () => {
  const frames = [
    'The suspect was {c}, police said.',
    'Many homeless people are {c} and need care.',
    'My brother is {c} and the clinic closed.',
    'You are not {c}, you are tired.',
    'Liberals are not {c}, whatever the host says.',
  ];
  it('names no one, for every frame and condition', () => {
    for (const frame of frames)
      for (const c of DESCRIBED) {
        const body = frame.replace('{c}', c);
        expect(abuse(body), body).toEqual([]);
      }
  });
});
