import { describe, expect, it } from 'vitest';
import { READER_ADJECTIVES } from './lexicon/reader-adjectives.js';
import { abuseReasons as abuse } from './test-support.js';

const held = (body: string) => abuse(body).filter((r) => r.rule === 'abuse.insult.directed');

describe('verdicts on the reader that describe anyone else', () => {
  const SAID = [
    (w: string) => `Honestly, you are so ${w}.`,
    (w: string) => `You're ${w}, Dave, and everyone here can see it.`,
    (w: string) => `Wow. You are such a ${w} person.`,
  ];
  it.each(SAID)('each adjective said to the reader is held: %s', (make) => {
    expect(READER_ADJECTIVES.filter((w) => !held(make(w)).some((r) => r.evidence.some((e) => e.text === w)))).toEqual(
      [],
    );
  });

  // Of a thing, of someone described, of the writer, denied, or a condition: no verdict on the reader.
  const PLAIN = [
    (w: string) => `The report calls it a ${w} outcome for the town.`,
    (w: string) => `I was ${w} for years, and I am not proud of it.`,
    (w: string) => `You are not ${w}, you are just tired.`,
    (w: string) => `When you are ${w} after a long shift, take a walk.`,
    (w: string) => `The witness said the caller sounded ${w} on the phone.`,
  ];
  it.each(PLAIN)('each adjective used plainly stays clean: %s', (make) => {
    expect(READER_ADJECTIVES.filter((w) => held(make(w)).length > 0)).toEqual([]);
  });

  it.each([
    'The wind was bitter on the ridge this morning.',
    'Toxic waste from the plant reached the river.',
    'Insecure jobs are the norm in this sector.',
    'It was a rude awakening for the owners.',
    'You are entitled to your opinion.',
    "You're jealous of his garden? Plant your own.",
    'Are you insecure about money? Talk to a planner.',
  ])('look-alikes stay clean: %s', (body) => {
    expect(held(body)).toEqual([]);
  });
});
