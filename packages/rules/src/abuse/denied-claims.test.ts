/**
 * Names inside a claim the writer denies are not said of anyone; the same claim asserted, taken back, compared or
 * marvelled at still names someone. Every frame is tried with every name.
 */
import { describe, expect, it } from 'vitest';
import { abuseReasons as abuse } from './test-support.js';

const NOUNS = ['an idiot', 'a moron', 'a fool', 'a liar', 'a hypocrite', 'a clown', 'a coward'];
const ADJECTIVES = ['stupid', 'dumb', 'pathetic', 'ignorant'];

/** `{n}` takes a name with its article, `{a}` a describing word. */
const DENIED = [
  "I don't think you are {a}.",
  'Nobody thinks the voters are {a}.',
  'No one here is calling you {n}.',
  'I never said the mayor was {n}.',
  "I didn't mean that the councillors were {a}.",
  "Nobody's saying the teachers are {a}.",
  "I don't consider my neighbour {n}, whatever he votes.",
  'He is not {n}, you know.',
  "The voters aren't {a}, they can read a budget.",
  "She's not {a}; she was misinformed.",
  'I disagree with the premier, but he is no {b}.',
  "He ain't no {b}.",
  'The mayor was never {n}, whatever his critics say.',
  'Nobody is {a} for asking questions at a town meeting.',
  'No one is {n} for changing their mind.',
  "You don't seem {a} to me.",
  "He doesn't look like {n} in that interview.",
  'She never seemed to be {n}.',
  "The new coach didn't sound {a} at all.",
];
/** The same claims, with the name said after all. */
const ASSERTED = [
  "I'm not saying you're {n}, but you act like one.",
  "I don't think there's a bigger {b} than you.",
  "I don't think he is anything but {n}.",
  'I never thought he could be this {a}.',
  "I didn't think he was such {n}.",
  "Don't think everybody is as {a} as you are.",
  "Let's not brand them hypocrites when they are {a}.",
  'They are not. If you think otherwise, you are {n}.',
  "I don't think, you {b}.",
  'Nobody said that, you {b}.',
  'I think you are {n}.',
  'Is he not {n}?',
  "Aren't they {a}?",
  "You're not only {n} but a thief.",
  'He is no bigger {b} than you.',
  "Clinton isn't {n} like her opponent.",
  "At least I'm not {a} enough to vote for him.",
  "You'd know that if you weren't {n}.",
  "You're not a man, you're {n}.",
  "I'm not {n} here, you are.",
  'No one is that {a}.',
  'Nobody is as {a} as you.',
  'Nobody is so {a}, except the mayor.',
  'No one is {n} like the mayor.',
  'You seem to be {a}.',
  'The mayor appears to be {n}.',
  'He seems like {n}.',
  "If you didn't sound like {n}, people would listen.",
];
const fill = (frame: string) =>
  NOUNS.flatMap((n) =>
    ADJECTIVES.map((a) =>
      frame
        .replace('{n}', n)
        .replace('{a}', a)
        .replace('{b}', n.split(' ')[1] as string),
    ),
  );

describe('a name inside a denied claim', () => {
  it.each(DENIED)('%s: no abuse, with every name', (frame) => {
    for (const body of fill(frame)) expect(abuse(body), body).toEqual([]);
  });
});

describe('the claim said after all', () => {
  it.each(ASSERTED)('%s: name-calling, with every name', (frame) => {
    for (const body of fill(frame)) expect(abuse(body).length, body).toBeGreaterThan(0);
  });
});

describe('a name denied of all or in full', () => {
  it('is said of no one: "they are not all bigots", "he is not a total fool", for every name', () => {
    for (const n of NOUNS) {
      const noun = n.replace(/^an? /, '');
      for (const body of [`They are not all ${noun}s.`, `He is not a total ${noun}.`])
        expect(abuse(body), body).toEqual([]);
      const said = `He is a total ${noun}.`;
      expect(abuse(said).length, said).toBeGreaterThan(0);
    }
  });
});
