/** Adjectives that mostly say how someone feels are no insult said of someone else; said to the reader they are. */
import { describe, expect, it } from 'vitest';
import { FEELINGS } from './adjectives.js';
import { PHRASE_END_ADVERBS } from './lexicon/activities.js';
import { lexiconEntries } from './lexicon/index.js';
import { ADJECTIVES_AS_NOUNS } from './lexicon/name-calling.js';
import { abuseReasons as abuse } from './test-support.js';

const held = (body: string) => abuse(body).some((r) => r.score >= 0.5);

/**
 * The listed harsh adjectives that are adjectives only: a word that is also a noun for a person ("racist"), a slur or
 * a curse is judged as that, and a feeling ("sad") on its own terms.
 */
const adjectives = lexiconEntries()
  .filter(
    (e) =>
      /^[a-z]+$/.test(e.word) &&
      !FEELINGS.has(e.word) &&
      [...e.kinds].some((k) => k === 'adjective' || k === 'adjective-strong') &&
      ![...e.kinds].some((k) => k.startsWith('insult') || k.startsWith('slur') || k.startsWith('profanity')),
  )
  .map((e) => e.word);

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

describe('a harsh adjective describing the thing named after it', () => {
  const an = (word: string) => (/^[aeiou]/.test(word) ? `an ${word}` : `a ${word}`);
  const things = ['memory', 'chapter', 'printer', 'amendment', 'problem'];
  const frames = [
    // A name (a law, a vote, a person) said to be a thing: the adjective is the thing's.
    (adj: string, thing: string) => `Brexit is just ${an(adj)} ${thing} now.`,
    (adj: string, thing: string) => `Harlow was ${an(adj)} ${thing} in the club's history.`,
    // An owner's thing, one describing word among others.
    (adj: string, thing: string) => `The answer to Riverton's ${adj}, costly ${thing} is simple.`,
    (adj: string, thing: string) => `Their careless, ${adj} ${thing} in every headline annoys me.`,
  ];

  it('is no insult, for every listed adjective, thing and frame', () => {
    expect(adjectives.length).toBeGreaterThan(20);
    const wrong = adjectives.flatMap((a) => things.flatMap((t) => frames.map((f) => f(a, t)))).filter(held);
    expect(wrong).toEqual([]);
  });

  it('is no insult with any adverb that ends the phrase after the thing', () => {
    const bodies = adjectives.flatMap((a) => PHRASE_END_ADVERBS.map((w) => `Brexit was ${an(a)} chapter ${w}.`));
    expect(bodies.filter(held)).toEqual([]);
  });

  it('still calls names when what follows is a person, or a part of one', () => {
    const bodies = adjectives.flatMap((a) => [
      `Harlow is just ${an(a)} man.`,
      `Smith was ${an(a)} coach.`,
      `You are ${an(a)} creature.`,
      `You have ${an(a)} face.`,
    ]);
    expect(bodies.filter((b) => !held(b))).toEqual([]);
  });
});

describe('a harsh adjective describing a machine named like a person', () => {
  const MACHINES = ['printer driver', 'DVD player', 'card reader', 'vacuum cleaner', 'tape recorder', 'dish washers'];
  it('is no insult, for every listed adjective and machine', () => {
    const bodies = adjectives.flatMap((a) => MACHINES.map((m) => `The ${a} ${m} broke again this morning.`));
    expect(bodies.filter(held)).toEqual([]);
  });
  it('still calls names when the driver, player or reader is a person', () => {
    const bodies = adjectives.flatMap((a) =>
      ['bus driver', 'tennis player', 'delivery driver', 'news reader'].map((p) => `The ${a} ${p} was rude to me.`),
    );
    expect(bodies.filter((b) => !held(b))).toEqual([]);
  });
});

describe('a question about a thing pointed at', () => {
  // The harsh adjectives, and the "-ist" adjectives also used as names for people ("racist", "sexist").
  const words = [...adjectives, ...ADJECTIVES_AS_NOUNS.filter((w) => w.endsWith('ist'))];
  it('names no one, for every such word', () => {
    const bodies = words.flatMap((w) => [
      `How is that ${w}?`,
      `Why is this ${w}, exactly?`,
      `Was it ${w} to ask?`,
      `Is that ${w}?`,
    ]);
    expect(bodies.filter(held)).toEqual([]);
  });
  it('still calls names when the question is about a person', () => {
    const bodies = words
      .filter((w) => !ADJECTIVES_AS_NOUNS.includes(w))
      .flatMap((w) => [`Why are you so ${w}?`, `Why is he so ${w}?`]);
    expect(bodies.filter((b) => !held(b))).toEqual([]);
  });
});
