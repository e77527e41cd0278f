/** Adjectives that mostly say how someone feels are no insult said of someone else; said to the reader they are. */
import { describe, expect, it } from 'vitest';
import { FEELINGS } from './adjectives.js';
import { abuseReasons as abuse } from './test-support.js';

const held = (body: string) => abuse(body).some((r) => r.score >= 0.5);

describe('a feeling said of someone', () => {
  const subjects: Array<[string, string]> = [
    ['She', 'was'],
    ['He', 'is'],
    ['They', 'were'],
    ['My neighbours', 'were'],
    ['The shop owners', 'are'],
  ];
  const frames = [
    (s: string, be: string, a: string) => `${s} ${be} ${a} when the bakery closed.`,
    (s: string, be: string, a: string) => `${s} ${be} ${a} to hear the news about the mill.`,
    (s: string, be: string, a: string) => `The staff were kind, ${a} to see them go. ${s} ${be} too.`,
  ];
  it('is no insult, for every feeling, subject and frame', () => {
    const wrong = [...FEELINGS]
      .flatMap((a) => subjects.flatMap(([s, be]) => frames.map((f) => f(s, be, a))))
      .filter(held);
    expect(wrong).toEqual([]);
  });

  it('is one said to the reader or of the person named after it', () => {
    const bodies = [...FEELINGS].flatMap((a) => [
      `You are ${a}.`,
      `What a ${a} little man.`,
      `You're so ${a}, honestly.`,
    ]);
    expect(bodies.filter((b) => !held(b))).toEqual([]);
  });
});
