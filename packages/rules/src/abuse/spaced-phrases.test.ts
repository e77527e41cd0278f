/**
 * Every phrase spelled out letter by letter ("i w i l l k i l l y o u", "g.o h.a.n.g y.o.u.r.s.e.l.f"): the
 * letters split back into the phrase's words, so spelling a phrase out never changes whether it is held.
 */
import { describe, expect, it } from 'vitest';
import { ABUSE_VOCABULARY } from './lexicon/index.js';
import { CLASSES, PHRASES } from './lexicon/phrases.js';
import { abuseReasons } from './test-support.js';

/** A slot's spelling: one of its alternatives, a word class read as one of its members, a target as "you". */
function spell(slot: string, pick: (options: readonly string[]) => string): string {
  const alt = pick(slot.split('|'));
  if (alt === '@target') return 'you';
  return alt.startsWith('@') ? pick(CLASSES[alt.slice(1)] ?? []) : alt;
}

/** The phrase with its required slots only, each spelled by `pick`. */
function instance(pattern: string, pick: (options: readonly string[]) => string): string {
  return pattern
    .split(' ')
    .filter((slot) => !slot.startsWith('~') && !slot.endsWith('?'))
    .map((slot) => spell(slot, pick))
    .join(' ');
}

/** The ends of contractions: "we'd", "you're" keep them glued to their word in writing. */
const CONTRACTED = new Set(['d', 'll', 're', 've', 'nt', 's', 't', 'm']);
/** Options a writer spells out: words of letters ("second", not "2nd"; "would", not the "d" of "we'd"). */
const spellable = (options: readonly string[]) => {
  const words = options.filter((o) => /^(?:[a-z]+|@.*)$/.test(o) && !CONTRACTED.has(o));
  return words.length > 0 ? words : options;
};
const first = (options: readonly string[]) => spellable(options)[0] as string;
const last = (options: readonly string[]) => spellable(options).at(-1) as string;
const held = (body: string) => abuseReasons(body).length > 0;

describe('phrases spelled out letter by letter', () => {
  for (const [name, sep] of [
    ['spaces', ' '],
    ['dots', '.'],
    ['dashes', '-'],
  ] as const) {
    it(`reads every phrase with ${name} between its letters as it reads the phrase`, () => {
      const differ: string[] = [];
      let heldPlain = 0;
      for (const { pattern } of PHRASES) {
        for (const pick of [first, last]) {
          const plain = instance(pattern, pick);
          const spelled = plain
            .split(' ')
            .map((w) => [...w].join(sep))
            .join(' ');
          if (held(plain)) heldPlain++;
          // The letters of "brain washed" also spell the listed word "brainwashed": either reading is the writer's.
          const compound = plain.replaceAll(' ', '');
          const readings = [held(plain), ...(ABUSE_VOCABULARY.flagged(compound) ? [held(compound)] : [])];
          if (!readings.includes(held(spelled))) differ.push(`${plain} → ${spelled}`);
        }
      }
      expect(differ).toEqual([]);
      // The property is about phrases that are held: most instances are, on their own.
      expect(heldPlain).toBeGreaterThan(PHRASES.length);
    });
  }
});

describe('phrases opening with "I", its letter spelled with a dot after it ("I. k*n*o*w w·h·e·r·e y+o+u l~i~v~e")', () => {
  it('reads the dot after the one-letter word as part of the spelling, not a sentence end', () => {
    const differ: string[] = [];
    let tried = 0;
    for (const { pattern } of PHRASES) {
      for (const pick of [first, last]) {
        const plain = instance(pattern, pick);
        const [opening, ...rest] = plain.split(' ');
        if (opening !== 'i' || rest.length < 2 || !held(plain)) continue;
        tried++;
        for (const sep of ['*', '+', '~', '·', '|']) {
          const spelled = `I. ${rest.map((w) => [...w].join(sep)).join(' ')}`;
          if (!held(spelled)) differ.push(`${plain} → ${spelled}`);
        }
      }
    }
    expect(tried).toBeGreaterThan(20);
    expect(differ).toEqual([]);
  });
});

/** Every way of writing a word with digits for letters ("h3ll", "he11", "h31l"): each letter as itself or its digit. */
function leetSpellings(word: string): string[] {
  const DIGITS: Readonly<Record<string, string>> = { e: '3', l: '1', o: '0', a: '4' };
  let out = [''];
  for (const c of word) {
    const d = DIGITS[c];
    out = out.flatMap((prefix) => (d ? [prefix + c, prefix + d] : [prefix + c]));
  }
  return out;
}

describe('words the sentence checks read, written with digits for letters', () => {
  const CASES: ReadonlyArray<readonly [string, string]> = [
    ['go to {w}', 'hell'],
    ['You can go to {w}.', 'hell'],
    ['To {w} with you', 'hell'],
    ["you're {w}", 'dead'],
    ['I wish he was {w}', 'dead'],
    ['I hope you drop {w}', 'dead'],
  ];
  it('holds every spelling as it holds the word', () => {
    const missed: string[] = [];
    for (const [frame, word] of CASES) {
      expect(held(frame.replace('{w}', word))).toBe(true);
      for (const spelling of leetSpellings(word)) {
        const body = frame.replace('{w}', spelling);
        if (!held(body)) missed.push(body);
      }
    }
    expect(missed).toEqual([]);
  });
  it('leaves the words clean where they are plain words', () => {
    for (const body of ['the road to h3ll', 'the battery is d3ad', 'prices drop by a third'])
      expect(held(body)).toBe(false);
  });
});
