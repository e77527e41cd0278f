import type { Random } from './random.js';

/**
 * Ways of disguising a word so that a reader still reads it and a naive filter does not. Each takes the word as
 * plainly written (lower case ASCII) and returns it disguised; the randomness picks where and with what.
 */
type Disguise = (word: string, r: Random) => string;

/** Each letter, then the l33t characters that stand for it. */
const LEET: Readonly<Record<string, readonly string[]>> = Object.fromEntries(
  'a4@ e3 i1! o0 s5$ t7 b8 g9 l1 uv'.split(' ').map((spec) => [spec[0], [...spec.slice(1)]]),
);

const CYRILLIC: Readonly<Record<string, string>> = {
  a: 'а',
  c: 'с',
  e: 'е',
  i: 'і',
  j: 'ј',
  o: 'о',
  p: 'р',
  s: 'ѕ',
  x: 'х',
  y: 'у',
  h: 'һ',
  d: 'ԁ',
  w: 'ԝ',
};
const GREEK: Readonly<Record<string, string>> = { a: 'α', o: 'ο', i: 'ι', k: 'κ', v: 'ν', u: 'υ', p: 'ρ', t: 'τ' };
const GREEK_UPPER: Readonly<Record<string, string>> = {
  a: 'Α',
  b: 'Β',
  e: 'Ε',
  h: 'Η',
  i: 'Ι',
  k: 'Κ',
  m: 'Μ',
  n: 'Ν',
  o: 'Ο',
  p: 'Ρ',
  t: 'Τ',
  x: 'Χ',
  y: 'Υ',
  z: 'Ζ',
};
const SMALL_CAPS: Readonly<Record<string, string>> = {
  a: 'ᴀ',
  b: 'ʙ',
  c: 'ᴄ',
  d: 'ᴅ',
  e: 'ᴇ',
  f: 'ꜰ',
  g: 'ɢ',
  h: 'ʜ',
  i: 'ɪ',
  j: 'ᴊ',
  k: 'ᴋ',
  l: 'ʟ',
  m: 'ᴍ',
  n: 'ɴ',
  o: 'ᴏ',
  p: 'ᴘ',
  r: 'ʀ',
  s: 'ꜱ',
  t: 'ᴛ',
  u: 'ᴜ',
  v: 'ᴠ',
  w: 'ᴡ',
  y: 'ʏ',
  z: 'ᴢ',
};
/** Armenian and Cherokee letters that render like Latin ones. */
const OTHER_SCRIPTS: Readonly<Record<string, string>> = {
  o: 'օ',
  u: 'ս',
  h: 'հ',
  n: 'ո',
  g: 'ց',
  a: 'Ꭺ',
  b: 'Ᏼ',
  c: 'Ꮯ',
  d: 'Ꭰ',
  e: 'Ꭼ',
  i: 'Ꭵ',
  k: 'Ꮶ',
  l: 'Ꮮ',
  m: 'Ꮇ',
  p: 'Ꮲ',
  r: 'Ꮢ',
  s: 'Ꮪ',
  t: 'Ꭲ',
  v: 'Ꮩ',
  w: 'Ꮃ',
  z: 'Ꮓ',
};
/** Letters in circles and boxes: circled (NFKC folds them), negative circled, negative squared, regional indicators. */
const ENCLOSED_BASES = [0x24d0, 0x1f150, 0x1f170, 0x1f1e6];
/** Superscript letters (modifier letters), for the ones Unicode has. */
const SUPERSCRIPT: Readonly<Record<string, string>> = {
  a: 'ᵃ',
  b: 'ᵇ',
  d: 'ᵈ',
  e: 'ᵉ',
  g: 'ᵍ',
  h: 'ʰ',
  i: 'ⁱ',
  k: 'ᵏ',
  l: 'ˡ',
  m: 'ᵐ',
  n: 'ⁿ',
  o: 'ᵒ',
  p: 'ᵖ',
  r: 'ʳ',
  s: 'ˢ',
  t: 'ᵗ',
  u: 'ᵘ',
  v: 'ᵛ',
  w: 'ʷ',
  x: 'ˣ',
  y: 'ʸ',
};
/** Mathematical alphanumeric styles without holes in their lower case run (bold, sans, monospace...). */
const MATH_LOWER = [0x1d41a, 0x1d482, 0x1d4ea, 0x1d586, 0x1d5ba, 0x1d5ee, 0x1d622, 0x1d656, 0x1d68a];
const MATH_UPPER = MATH_LOWER.map((b) => b - 26);
/** Mathematical digit styles: bold, double-struck, sans, sans bold, monospace. */
export const MATH_DIGITS = [0x1d7ce, 0x1d7d8, 0x1d7e2, 0x1d7ec, 0x1d7f6];

export const INVISIBLES = ['\u200b', '\u200c', '\u200d', '\u2060', '\ufeff', '\u034f', '\u180e'];
const BIDI = ['\u200e', '\u200f', '\u202a', '\u202c', '\u2066', '\u2068', '\u2069', '\u061c'];
const COMBINING = ['\u0301', '\u0300', '\u0308', '\u0336', '\u0332', '\u0335', '\u0338', '\u0489', '\u0303'];
const SPACERS = [' ', '  ', '\u00a0', '\u2009', '\u3000'];
const PUNCTUATION = ['.', '-', '_', '*', '·', '/', '|', '~', ',', ':', '•', '+'];
const EMOJI = ['🤡', '💩', '🙂', '🔥', '👉', '⭐', '❤️', '🖕', '🐷'];

const letters = (w: string): string[] => [...w];

function mapSome(w: string, table: Readonly<Record<string, string>>, r: Random, p: number): string {
  const out = letters(w).map((c) => (table[c] !== undefined && r.chance(p) ? (table[c] as string) : c));
  // At least one letter disguised, when the table has any of the word's letters.
  if (out.join('') === w) {
    const i = letters(w).findIndex((c) => table[c] !== undefined);
    if (i >= 0) out[i] = table[w[i] as string] as string;
  }
  return out.join('');
}

/** Inserts `piece()` between letters at random places (at least once, never at the ends). */
function wedge(w: string, piece: () => string, r: Random, p: number): string {
  const cs = letters(w);
  if (cs.length < 2) return w;
  const at = 1 + r.int(cs.length - 1);
  return cs.map((c, i) => (i > 0 && (i === at || r.chance(p)) ? piece() + c : c)).join('');
}

function mathLetter(c: string, base: number): string {
  const i = c.charCodeAt(0) - 0x61;
  return i >= 0 && i < 26 ? String.fromCodePoint(base + i) : c;
}

/** The disguises of single words, by the name the corpus labels them with. */
const WORD_DISGUISES: Readonly<Record<string, Disguise>> = {
  leet: (w, r) => {
    const cs = letters(w);
    // The first letter less often ("@sshole", "!diot"), and never so that the word is a number ("455", "45$").
    const out = cs.map((c, i) => {
      const subs = LEET[c]?.filter((x) => i < cs.length - 1 || (x !== '@' && x !== '!'));
      return subs?.length && r.chance(i > 0 ? 0.6 : 0.3) ? r.pick(subs) : c;
    });
    if (/^[\d$]+$/.test(out.join(''))) out[0] = cs[0] as string;
    if (out.join('') === w) {
      const i = cs.findIndex((c, k) => k > 0 && k < cs.length - 1 && LEET[c]);
      if (i > 0) out[i] = (LEET[cs[i] as string] as readonly string[])[0] as string;
    }
    return out.join('');
  },
  'mixed-case': (w, r) => {
    const cs = letters(w).map((c, i) => (i % 2 === (r.chance(0.5) ? 0 : 1) ? c.toUpperCase() : c));
    return cs.join('');
  },
  shouting: (w) => w.toUpperCase(),
  punctuated: (w, r) => {
    const sep = r.pick(PUNCTUATION);
    return letters(w).join(sep) + (sep === '.' && r.chance(0.5) ? '.' : '');
  },
  spaced: (w, r) => letters(w).join(r.pick(SPACERS)),
  'repeated-letters': (w, r) => {
    const cs = letters(w);
    const vowels = cs.map((c, i) => ('aeiouy'.includes(c) ? i : -1)).filter((i) => i >= 0);
    const i = vowels.length > 0 && r.chance(0.7) ? r.pick(vowels) : r.int(cs.length);
    const times = 3 + r.int(6);
    return cs.map((c, k) => (k === i || (k !== i && r.chance(0.15)) ? c.repeat(k === i ? times : 2) : c)).join('');
  },
  'zero-width': (w, r) => wedge(w, () => r.pick(INVISIBLES), r, 0.4),
  'soft-hyphen': (w, r) => wedge(w, () => '\u00ad', r, 0.3),
  bidi: (w, r) => wedge(w, () => r.pick(BIDI), r, 0.3),
  'combining-marks': (w, r) =>
    letters(w)
      .map((c) => (r.chance(0.5) ? c + r.pick(COMBINING) : c))
      .join(''),
  'emoji-wedge': (w, r) => {
    const i = 1 + r.int(Math.max(1, w.length - 1));
    return w.slice(0, i) + r.pick(EMOJI) + w.slice(i);
  },
  cyrillic: (w, r) => mapSome(w, CYRILLIC, r, 0.6),
  greek: (w, r) => mapSome(w, GREEK, r, 0.6),
  'greek-capitals': (w, r) => {
    const upper = w.toUpperCase();
    return letters(w)
      .map((c, i) => (GREEK_UPPER[c] && r.chance(0.6) ? GREEK_UPPER[c] : (upper[i] as string)))
      .join('');
  },
  'small-caps': (w, r) => mapSome(w, SMALL_CAPS, r, 0.8),
  fullwidth: (w, r) => {
    const upper = r.chance(0.5);
    return letters(w)
      .map((c) => String.fromCodePoint((upper ? c.toUpperCase() : c).charCodeAt(0) + 0xfee0))
      .join('');
  },
  'math-alphanumeric': (w, r) => {
    const upper = r.chance(0.3);
    const style = r.int(MATH_LOWER.length);
    return letters(w)
      .map((c) => mathLetter(c, (upper ? MATH_UPPER : MATH_LOWER)[style] as number))
      .join('');
  },
  'other-scripts': (w, r) => mapSome(w, OTHER_SCRIPTS, r, 0.6),
  enclosed: (w, r) => {
    const base = r.pick(ENCLOSED_BASES);
    // Regional indicators next to each other pair into flags; a zero-width space keeps them letters.
    const sep = base === 0x1f1e6 ? '\u200b' : '';
    return letters(w)
      .map((c) => String.fromCodePoint(base + c.charCodeAt(0) - 0x61))
      .join(sep);
  },
  superscript: (w, r) => mapSome(w, SUPERSCRIPT, r, 0.9),
  /** A space after the first two letters or before the last two: "id iot", "mor on". */
  'split-word': (w, r) => {
    if (w.length < 5) return w;
    const at = r.chance(0.5) ? 2 : w.length - 2;
    return `${w.slice(0, at)} ${w.slice(at)}`;
  },
  masked: (w, r) => {
    const cs = letters(w);
    const vowels = cs.map((c, i) => ('aeiou'.includes(c) && i > 0 ? i : -1)).filter((i) => i >= 0);
    if (vowels.length === 0) return w;
    const i = r.pick(vowels);
    // A star mostly; other symbols hide letters the same way ("f##k", "id^ot", "b_tch"). A dot or dash after the
    // last letters is a full stop or a dash, which hides nothing.
    const symbols = i === cs.length - 1 ? ['#', '^', '%', '_'] : ['#', '^', '%', '_', '-', '.'];
    const mask = r.chance(0.6) ? '*' : r.pick(symbols);
    return cs.map((c, k) => (k === i ? mask : c)).join('');
  },
  /** Leet with a stretched digit or letter inside: "1d1000t". */
  'leet-repeated': (w, r) => WORD_DISGUISES['repeated-letters']?.(WORD_DISGUISES.leet?.(w, r) ?? w, r) ?? w,
};

/** Two disguises at once, the way evaders combine them. The second is applied to the result of the first. */
const MIXED_DISGUISES: ReadonlyArray<readonly [string, string]> = [
  ['leet', 'mixed-case'],
  ['leet', 'zero-width'],
  ['cyrillic', 'zero-width'],
  ['cyrillic', 'repeated-letters'],
  ['repeated-letters', 'cyrillic'],
  ['repeated-letters', 'mixed-case'],
  ['mixed-case', 'zero-width'],
  ['leet', 'cyrillic'],
  ['greek', 'combining-marks'],
  ['fullwidth', 'zero-width'],
  ['repeated-letters', 'zero-width'],
  ['leet', 'punctuated'],
  ['cyrillic', 'spaced'],
  ['mixed-case', 'punctuated'],
  ['math-alphanumeric', 'bidi'],
  ['small-caps', 'soft-hyphen'],
  ['masked', 'spaced'],
];

export function applyDisguise(name: string, word: string, r: Random): string {
  const parts = name.split('+');
  let out = word;
  for (const p of parts) {
    const d = WORD_DISGUISES[p];
    if (!d) throw new Error(`unknown disguise ${p}`);
    out = d(out, r);
  }
  return out;
}

/** Every disguise name the generator uses, single and mixed ("leet+mixed-case"). */
export function disguiseNames(): string[] {
  return [...Object.keys(WORD_DISGUISES), ...MIXED_DISGUISES.map(([a, b]) => `${a}+${b}`)];
}
