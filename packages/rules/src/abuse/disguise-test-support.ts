/**
 * The disguises a reader puts on a word, each a function of the word and fast-check's randomness, for the tests
 * that apply every one of them to every listed spelling.
 */

const LEET: Readonly<Record<string, readonly string[]>> = {
  a: ['4', '@'],
  e: ['3'],
  i: ['1', '!'],
  o: ['0'],
  s: ['5', '$'],
  t: ['7'],
  b: ['8'],
  g: ['9'],
  l: ['1'],
};
const LOOK_ALIKE: Readonly<Record<string, readonly string[]>> = {
  a: ['а', 'ɑ'],
  c: ['с'],
  e: ['е'],
  i: ['і'],
  o: ['о', 'ο', 'օ'],
  p: ['р'],
  s: ['ѕ'],
  x: ['х'],
  y: ['у'],
  j: ['ј'],
  d: ['ԁ'],
  h: ['һ'],
};
const FANCY: Readonly<Record<string, string>> = {
  f: 'ƒ',
  m: 'ɱ',
  r: 'ɾ',
  h: 'ɦ',
  n: 'ɳ',
  s: 'ʂ',
  c: 'ƈ',
  d: 'ɗ',
  g: 'ɠ',
  j: 'ʝ',
  k: 'ƙ',
  u: 'ʋ',
  z: 'ȥ',
  t: 'ƭ',
  o: 'σ',
};
/** Combining marks: dot above, dot below, diaeresis, acute, tilde, caron, ring. */
const MARKS = ['\u0307', '\u0323', '\u0308', '\u0301', '\u0303', '\u030c', '\u030a'];
const ZERO_WIDTH = ['\u200b', '\u200c', '\u200d', '\u2060', '\u00ad', '\ufeff'];
const SEPARATORS = [' ', '.', '-', '_', '*', '·', ' . '];
const WEDGES = ['🤡', '.', '_', '~', '|', '+', '•'];

export type Disguise = (word: string, rnd: number[]) => string;
const pick = <T>(list: readonly T[], r: number): T => list[Math.floor(r * list.length) % list.length] as T;

/** Each disguise, with its randomness from fast-check (one number in [0, 1) per letter, and more). */
export const DISGUISES: Record<string, Disguise> = {
  // The first letter too ("@sshole", "!diot", "1diot"), unless the word is all digits and "$" (a sum: "45$") or
  // digits and a "k", "m" or "b" (an amount: "900k").
  // A last "@" or "!" is punctuation ("see you@", "idiot!"), so those two stand only inside the word.
  leet: (w, r) => {
    const out = [...w].map((c, i) => {
      const subs = LEET[c]?.filter((x) => i < w.length - 1 || (x !== '@' && x !== '!'));
      return subs?.length && (r[i] ?? 0) < 0.5 ? pick(subs, r[i + 1] ?? 0) : c;
    });
    const word = out.join('');
    return /^[\d$]+$/.test(word) || /^\d+[kmb]$/.test(word) ? w : word;
  },
  'look-alike': (w, r) =>
    [...w].map((c, i) => (LOOK_ALIKE[c] && (r[i] ?? 0) < 0.6 ? pick(LOOK_ALIKE[c], r[i] ?? 0) : c)).join(''),
  spacing: (w, r) => [...w].join(pick(SEPARATORS, r[0] ?? 0)),
  repeats: (w, r) => {
    const i = Math.floor((r[0] ?? 0) * w.length);
    return w.slice(0, i) + (w[i] ?? '').repeat(3 + Math.floor((r[1] ?? 0) * 5)) + w.slice(i + 1);
  },
  'zero-width': (w, r) =>
    [...w].map((c, i) => (i > 0 && (r[i] ?? 0) < 0.5 ? pick(ZERO_WIDTH, r[i] ?? 0) + c : c)).join(''),
  wedged: (w, r) => {
    const i = 1 + Math.floor((r[0] ?? 0) * (w.length - 1));
    return w.slice(0, i) + pick(WEDGES, r[1] ?? 0) + w.slice(i);
  },
  shouting: (w, r) => [...w].map((c, i) => ((r[i] ?? 0) < 0.7 ? c.toUpperCase() : c)).join(''),
  // Every letter in a box, a circle or brackets, one style per word ("⒡⒰⒞⒦", "🅵🆄🅲🅺", "ⓕⓤⓒⓚ").
  boxed: (w, r) => {
    const base = pick([0x249c, 0x24d0, 0x1f110, 0x1f130, 0x1f150, 0x1f170], r[0] ?? 0);
    return [...w].map((c) => (/[a-z]/.test(c) ? String.fromCodePoint(base + c.charCodeAt(0) - 0x61) : c)).join('');
  },
  // Letters of "fancy text" generators ("ƒuck", "ɱoron", "idiσt").
  'fancy text': (w, r) => [...w].map((c, i) => (FANCY[c] && (r[i] ?? 0) < 0.7 ? FANCY[c] : c)).join(''),
  // A mark over or under letters, composed into one character where Unicode has it ("ṁöřöñ", "ịḍịọṭ").
  accents: (w, r) =>
    [...w]
      .map((c, i) => {
        const marked = (c + pick(MARKS, r[i] ?? 0)).normalize('NFC');
        return [...marked].length === 1 && (r[i + 1] ?? 0) < 0.7 ? marked : c;
      })
      .join(''),
  // A capital first and more capitals after it ("R.E.T.a.R.d") is no name's initial.
  'spelled in mixed case': (w, r) =>
    [...w].map((c, i) => (i === 0 || (r[i] ?? 0) < 0.5 ? c.toUpperCase() : c)).join(pick(['.', '·', '-'], r[0] ?? 0)),
};
