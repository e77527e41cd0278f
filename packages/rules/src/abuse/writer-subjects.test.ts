/** A phrase of self-harm whose subject is the writer incites no one. */
import { describe, expect, it } from 'vitest';
import { abuseReasons as abuse } from './test-support.js';

const held = (bodies: string[]) => bodies.filter((b) => abuse(b).length > 0);
const DEEDS = ['jump off that cliff', 'jump off a bridge', 'drink bleach', 'just die'];
const WRITER = ['I could never', "I'd", 'We would never', "I'm not going to", 'I almost', 'I wanted to'];

describe('the writer as the subject', () => {
  it('incites no one, for every deed and every way the writer is its subject', () => {
    expect(held(WRITER.flatMap((w) => DEEDS.map((d) => `Wow, ${w} ${d}.`)))).toEqual([]);
  });

  it('incites when someone else is the subject or it is an order', () => {
    const others = DEEDS.flatMap((d) => [`I hope you ${d}.`, `I want you to ${d}.`, `You should ${d}.`]);
    for (const body of [...others, 'Jump off a cliff.', 'Go jump off a bridge.'])
      expect(
        abuse(body).map((r) => r.rule),
        body,
      ).toContain('abuse.self-harm');
  });
});
