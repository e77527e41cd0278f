import { describe, expect, it } from 'vitest';
import { type Classified, inClass, MAX_CLASSES, NO_CLASSES } from './word-classes.js';

const word = (...forms: string[]): Classified => ({ forms, classes: NO_CLASSES, classesOf: null, classesAt: 0 });
const asked = (set: ReadonlySet<string>, w: Classified): boolean => w.forms.some((f) => set.has(f));

/** A fixed pseudo-random sequence, so that a failure can be replayed. */
function random(seed: number): () => number {
  let s = seed;
  return () => {
    s = (Math.imul(s, 1103515245) + 12345) >>> 0;
    return s / 2 ** 32;
  };
}

describe('inClass', () => {
  it('answers as the set does for every spelling, for sets first asked before and after the word', () => {
    const next = random(7);
    const vocabulary = Array.from({ length: 60 }, (_, i) => `w${i}`);
    const pick = () => vocabulary[Math.floor(next() * vocabulary.length)] as string;
    // Enough sets to widen every bit array more than once (32 bits a word, 16 words to start).
    const sets = Array.from({ length: 1500 }, () => new Set(Array.from({ length: 1 + Math.floor(next() * 8) }, pick)));
    const words = Array.from({ length: 40 }, () => word(...Array.from({ length: 1 + Math.floor(next() * 3) }, pick)));
    words.push(word('not-listed'), word());
    for (let round = 0; round < 3; round++) {
      for (const [i, set] of sets.entries()) {
        // Each word is asked about a few sets as they come, so its bits go stale as classes are added.
        for (const w of words.filter((_, k) => (k + i + round) % 7 === 0)) expect(inClass(set, w)).toBe(asked(set, w));
      }
    }
    for (const set of sets) for (const w of words) expect(inClass(set, w)).toBe(asked(set, w));
  });

  it('computes a word again when its spellings are replaced', () => {
    const insults = new Set(['idiot']);
    const w = word('idlot');
    expect(inClass(insults, w)).toBe(false);
    w.forms = ['idlot', 'idiot'];
    expect(inClass(insults, w)).toBe(true);
  });

  it('gives a word spelled several ways the classes of each spelling, without changing those of the others', () => {
    const a = new Set(['one']);
    const b = new Set(['two']);
    const both = word('one', 'two');
    const one = word('one');
    expect([inClass(a, both), inClass(b, both)]).toEqual([true, true]);
    expect([inClass(a, one), inClass(b, one)]).toEqual([true, false]);
    expect(inClass(b, word('two'))).toBe(true);
  });

  it('refuses a class past the bound, as a set built anew for each question would need', () => {
    const w = word('x');
    const ask = () => inClass(new Set(['x']), w);
    expect(() => {
      for (let i = 0; i <= MAX_CLASSES; i++) ask();
    }).toThrow(/word classes/);
  });
});
