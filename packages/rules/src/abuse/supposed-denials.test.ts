/**
 * A harsh adjective denied in a counterfactual supposition says the subject is it: "if he wasn't so corrupt he'd
 * have won", "I wish they weren't so lazy". Every subject that names people with every harsh adjective in every
 * frame is held; the same frames said of a thing, an open condition ("if he isn't corrupt, ..."), a supposition
 * that says nothing ("even if", "what if"), the writer's own failings and mild words that may be feelings ("if she
 * wasn't so sad") stay clean.
 */

import { describe, expect, it } from 'vitest';
import { abuseReasons } from './test-support.js';

const PEOPLE = ['he', 'she', 'they', 'the mayor', 'our senator', 'the councillors', 'your candidate'];
const ADJECTIVES = ['stupid', 'corrupt', 'lazy', 'dishonest', 'incompetent', 'ignorant', 'greedy'];
const FRAMES: Array<(s: string, a: string) => string> = [
  (s, a) => `If ${s} weren't so ${a}, the budget would have passed.`,
  (s, a) => `The vote would have gone through if ${s} wasn't so ${a}.`,
  (s, a) => `I wish ${s} weren't so ${a}.`,
  (s, a) => `If ${s} were not so ${a} the town would be far better off.`,
];

describe('a harsh adjective denied in a supposition', () => {
  it('holds every subject that names people with every harsh adjective in every frame', () => {
    const missed: string[] = [];
    for (const s of PEOPLE)
      for (const a of ADJECTIVES)
        for (const frame of FRAMES) {
          const body = frame(s, a);
          if (abuseReasons(body).length === 0) missed.push(body);
        }
    expect(missed).toEqual([]);
  });

  it('marks the adjective', () => {
    const body = "The mayor would have won if he wasn't so corrupt.";
    const ev = abuseReasons(body).flatMap((r) => r.evidence.map((e) => body.slice(e.start, e.end)));
    expect(ev).toEqual(['corrupt']);
  });

  it.each([
    ...ADJECTIVES.flatMap((a) => [
      `If the plan weren't so ${a}, it might work.`,
      `If I wasn't so ${a} I would have finished the fence.`,
      `We'd have finished if we weren't so ${a}.`,
    ]),
    "If he isn't corrupt, he has nothing to fear from the audit.",
    "Even if he wasn't stupid, he'd still lose the seat.",
    "What if she wasn't corrupt at all and the story is wrong?",
    "If she wasn't so sad she'd come to the party.",
    "I'd walk to work if the road wasn't so ugly.",
    "If my dog wasn't so lazy he'd fetch the ball.",
    'He is not corrupt, and the inquiry said so.',
  ])('leaves "%s" clean', (body) => {
    expect(abuseReasons(body)).toEqual([]);
  });
});
