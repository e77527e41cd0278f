import { DEFAULT_POLICY } from '@cm/contracts';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze, compilePolicy, evaluate } from '../index.js';
import { SPOKEN_TLDS } from '../links/lists.js';
import { lexiconEntries } from './lexicon/index.js';

const policy = compilePolicy(DEFAULT_POLICY);
const rules = (body: string) =>
  evaluate(analyze(body), { policy, authorKey: 'a', receivedAt: 0, duplicates: [] }).reasons.map((r) => r.rule);

describe('what a link spells is not abuse', () => {
  it('ids and paths of links are never read as insults or slurs, whatever their letters', () => {
    fc.assert(
      fc.property(
        fc.stringMatching(/^[A-Za-z0-9_-]{4,16}$/),
        fc.constantFrom('youtu.be/', 'https://youtu.be/', 'https://example.com/watch/', 'www.example.org/p/'),
        (id, prefix) => {
          const found = rules(`The full interview: ${prefix}${id}`);
          expect(found.filter((r) => r.startsWith('abuse.'))).toEqual([]);
          expect(found).toContain('link.url');
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('still flags the insults written beside a link', () => {
    for (const body of ['You idiot, read youtu.be/abc123def45 first', 'youtu.be/w-o-g is where you belong, moron']) {
      expect(rules(body)).toEqual(expect.arrayContaining(['abuse.insult.directed', 'link.url']));
    }
  });
});

describe('a listed word that reads as a domain', () => {
  it('an emoji wedged where a dot would make a domain of a listed word ("bit🖕ch") leaves it as abusive', () => {
    const missed: string[] = [];
    for (const { word } of lexiconEntries()) {
      const abusive = (w: string) => rules(`Honestly, you ${w} again.`).some((r) => r.startsWith('abuse.'));
      if (!/^[a-z]+$/.test(word) || !abusive(word)) continue;
      for (let k = 3; k <= word.length - 2; k++) {
        if (!SPOKEN_TLDS.has(word.slice(k))) continue;
        for (const emoji of ['🖕', '🔥']) {
          const disguised = `${word.slice(0, k)}${emoji}${word.slice(k)}`;
          if (!abusive(disguised)) missed.push(disguised);
        }
      }
    }
    expect(missed).toEqual([]);
  });
});

describe('a listed word spaced out, a dot hiding the letter before a domain ending', () => {
  it('reads it as the word, also when the spaced letters read as a disguised domain ("b r a i n l . s s")', () => {
    const missed: string[] = [];
    let tried = 0;
    for (const { word } of lexiconEntries()) {
      const abusive = (w: string) =>
        rules(`What a ${w} little man the columnist is.`).some((r) => r.startsWith('abuse.'));
      if (!/^[a-z]{5,}$/.test(word) || !abusive(word)) continue;
      const k = word.length - 3;
      if (!SPOKEN_TLDS.has(word.slice(k + 1))) continue;
      const spaced = `${[...word.slice(0, k)].join(' ')} . ${[...word.slice(k + 1)].join(' ')}`;
      tried++;
      if (!abusive(spaced)) missed.push(spaced);
    }
    expect(tried).toBeGreaterThan(10);
    expect(missed).toEqual([]);
  });
});
