/**
 * A person said to be a name and no more ("he is nothing but a pig", "the senator is little more than a puppet",
 * "he is no more than a common thief"), as "no better than rats" already says: every targeted noun (the nouns that
 * need such a frame to name a person) in every such frame. The same frames said of a thing, of the writer ("we are
 * nothing but pawns"), or with a plain word ("no more than a child at the time") stay clean.
 */

import { describe, expect, it } from 'vitest';
import { lexiconEntries } from './lexicon/index.js';
import { abuseReasons } from './test-support.js';

const TARGETED = lexiconEntries()
  .filter((e) => /^[a-z]+$/.test(e.word) && !e.word.endsWith('s') && e.kinds.has('insult-targeted'))
  .filter((e) => !e.kinds.has('slur') && !e.kinds.has('slur-ambiguous'))
  .map((e) => e.word);
const article = (w: string) => (/^[aeiou]/.test(w) ? 'an' : 'a');
const FRAMES: Array<(w: string) => string> = [
  (w) => `The senator is nothing but ${article(w)} ${w}.`,
  (w) => `Honestly he is nothing more than ${article(w)} ${w}.`,
  (w) => `Their new leader is little more than ${article(w)} ${w}, sadly.`,
  (w) => `She was no more than ${article(w)} ${w} in that job.`,
];

describe('a person said to be a name and no more', () => {
  it('holds every targeted noun in every frame, marking the noun', () => {
    const missed: string[] = [];
    for (const w of TARGETED)
      for (const frame of FRAMES) {
        const body = frame(w);
        const ev = abuseReasons(body).flatMap((r) => r.evidence.map((e) => body.slice(e.start, e.end)));
        if (!ev.some((e) => e.includes(w))) missed.push(body);
      }
    expect(missed).toEqual([]);
  });

  it.each([
    'We are nothing but pigs to the bank.',
    'We were no better than rats in that flat, living on noodles.',
    'I am nothing more than a puppet to my cat.',
    'The report is nothing more than garbage.',
    'The film is nothing more than trash.',
    'This bill is nothing but a Trojan horse.',
    'He was no more than a child at the time.',
    'The farm is nothing but pigs and cows now.',
    'Humans are nothing but animals, biologically speaking.',
    'The rest of the show is nothing but filler.',
  ])('leaves "%s" clean', (body) => {
    expect(abuseReasons(body)).toEqual([]);
  });
});
