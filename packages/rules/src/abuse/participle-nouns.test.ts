/**
 * A word that is an adjective and a name for a person ("racist", "bigot") names someone after an article, also when a
 * participle with its object stands between ("a gun-loving racist"); the same word before "-free" names no one.
 */
import { describe, expect, it } from 'vitest';
import { lexiconEntries } from './lexicon/index.js';
import { ADJECTIVES_AS_NOUNS } from './lexicon/name-calling.js';
import { abuseReasons as abuse } from './test-support.js';

const insulted = (body: string) => abuse(body).some((r) => r.rule === 'abuse.insult.directed');
const PARTICIPLES = ['white hating', 'white-hating', 'gun loving', 'lying', 'Trump-supporting', 'self-hating'];

describe('a name for a person after a participle', () => {
  it('holds every such name after an article and a participle, said of the reader or standing alone', () => {
    for (const noun of ADJECTIVES_AS_NOUNS)
      for (const p of PARTICIPLES)
        for (const body of [`You are a ${p} ${noun}.`, `You, sir, are a ${p} ${noun}!`, `What a ${p} ${noun}.`])
          expect(insulted(body), body).toBe(true);
  });

  it('approves the word describing a thing after the participle', () => {
    for (const noun of ADJECTIVES_AS_NOUNS.filter((n) => n !== 'bigot' && n !== 'hypocrite'))
      for (const body of [`The ruling ${noun} policy was struck down.`, `A leading ${noun} jokes study came out.`])
        expect(insulted(body), body).toBe(false);
  });
});

describe('a listed word before "-free"', () => {
  const words = [
    ...new Set(
      lexiconEntries()
        .filter((e) => [...e.kinds].some((k) => k.startsWith('insult')) && /^[a-z]+$/.test(e.word))
        .map((e) => e.word),
    ),
  ];

  it('names no one, for every insult in the lexicon', () => {
    const held = words.filter((w) => insulted(`We want a ${w}-free school board.`));
    expect(held).toEqual([]);
  });
});
