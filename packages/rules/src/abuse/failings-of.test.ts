/**
 * A failing owned by people named after "of" ("the hypocrisy of the religious right", "the ignorance and greed of
 * Smith"): every failing, every camp or person, in each frame, the failing marked. The same failings of an idea or
 * of a right, a turn or a lobe ("the ignorance of the right to vote", "the right and left hemispheres") stay clean.
 */

import { describe, expect, it } from 'vitest';
import { abuseReasons } from './test-support.js';

const FAILINGS = ['hypocrisy', 'ignorance', 'arrogance', 'cowardice', 'bigotry', 'incompetence'];
const OWNERS = ['the left', 'the far right', 'the religious right', 'the hard left', 'Senator Smith', 'these people'];
const FRAMES: Array<(f: string, o: string) => string> = [
  (f, o) => `The ${f} of ${o} is astounding.`,
  (f, o) => `Nothing beats the ${f} and greed of ${o}.`,
  (f, o) => `Once again, the ${f} of ${o} knows no bounds.`,
];

describe('a failing owned by people named after "of"', () => {
  it('holds every failing of every camp or person in every frame, marking the failing', () => {
    const missed: string[] = [];
    for (const f of FAILINGS)
      for (const o of OWNERS)
        for (const frame of FRAMES) {
          const body = frame(f, o);
          const ev = abuseReasons(body).flatMap((r) => r.evidence.map((e) => body.slice(e.start, e.end)));
          if (!ev.includes(f)) missed.push(body);
        }
    expect(missed).toEqual([]);
  });

  it.each([
    'The hypocrisy of the policy is obvious.',
    'The ignorance of the right to vote among students is common.',
    'The hypocrisy of the left lane rule is obvious to every driver.',
    'Nothing beats the ignorance and greed of the tax plan.',
    'We discussed the ignorance of the right and left hemispheres of the brain.',
    'The arrogance of the right hand side of the page makes it hard to read.',
  ])('leaves "%s" clean', (body) => {
    expect(abuseReasons(body)).toEqual([]);
  });
});
