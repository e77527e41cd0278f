import type { MappedText } from './mapped-text.js';
import { NO_CLASSES } from './word-classes.js';

/** A word of the folded text. Offsets are into the folded text; `forms` are the spellings to look up. */
export interface Token {
  /** Folded text of the word (lower case, may contain digits and the symbols @ $ * !). */
  text: string;
  start: number;
  end: number;
  /** A sentence boundary (. ! ? ; newline) lies between the previous token and this one. */
  breakBefore: boolean;
  /** A comma or dash lies between the previous token and this one. */
  pauseBefore: boolean;
  /** The original word is in title case (a name, unless it starts a sentence); not a word in capitals. */
  capitalized: boolean;
  /** The original word was preceded by '@' (a reply to another reader). */
  mention: boolean;
  /** Built from letters spread out with separators ("f u c k", "i.d.i.o.t"). */
  joined: boolean;
  /**
   * The word's lookup spellings, filled in by `buildWords` (empty until then). Created with the token so that
   * the object keeps one shape: a property added later moved every word's fields to a second allocation.
   */
  forms: string[];
  /** The word classes of `forms`, filled in on the first question (`word-classes.ts`). */
  classes: Uint32Array;
  classesOf: readonly string[] | null;
  classesAt: number;
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const UPPER = /\p{Lu}/u;

/** Whether a folded UTF-16 unit is part of a word. */
function isWordUnit(c: number): boolean {
  if (c < 0x80) return (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a);
  if (c >= 0xd800 && c <= 0xdfff) return false;
  return LETTER_OR_DIGIT.test(String.fromCharCode(c));
}

/**
 * Whether the original word starts with a capital and goes on in lower case: a name, or a sentence's first word.
 * Names may have one capital inside, three letters or more from the end ("McCain", "DeSantis"; "FedEx" reads as a
 * disguise, as "HeAd" does). A word in capitals throughout ("SWITCH", "BBC") is shouting or an abbreviation, and one
 * in mixed case ("ReTaRd", "MoRoN") a disguise: neither is a sign of a name, nor are digits among its letters.
 */
function titleCase(folded: MappedText, body: string, s: number, e: number): boolean {
  if (!isUpperUnit(body.charCodeAt(folded.starts[s] ?? 0))) return false;
  if (e - s < 2) return true;
  if (isUpperUnit(body.charCodeAt(folded.starts[s + 1] ?? 0))) return false;
  let inner = 0;
  let digit = false;
  for (let k = s + 1; k < e; k++) {
    const c = body.charCodeAt(folded.starts[k] ?? 0);
    if (k > s + 1 && isUpperUnit(c)) {
      // "RetarD", "HeAd": a capital closing the word, or before its last letter, is a disguise ("McCain", "DeSantis",
      // "LaToya" have theirs before a name of three letters or more).
      if (k >= e - 2) return false;
      inner++;
    }
    // "R374Rd", "M0r0n": a digit among the letters is l33t, which no name is written in ("Covid19", "F16" end in them).
    if (c >= 0x30 && c <= 0x39) digit = true;
    else if (digit) return false;
  }
  return inner <= 1;
}

/**
 * Insults written as their initials in capitals ("Kill the SOB", "that race-baiting POS"), read as the words they
 * stand for. In lower case they are words of their own ("sob", "pos"). "SOB story" is a sad story; "POS" owned by
 * someone ("our POS went down") or before what it names ("the POS terminal") is a point of sale.
 */
export const INITIALS: ReadonlyMap<string, string> = new Map([
  ['sob', 'sonofabitch'],
  ['sobs', 'sonofabitches'],
  ['pos', 'pieceofshit'],
]);
/** Words after "SOB" that make it the sob of a sad story: "a SOB story", "SOB stories". */
export const SOB_STORY: ReadonlySet<string> = new Set(['story', 'stories', 'sister', 'sisters', 'stuff']);
/** Owners before "POS": a shop's till ("our POS", "the store's POS"). */
const TILL_OWNERS = /(?:^|[^a-z])(?:our|my|their|its|store's|shop's|stores|shops|new|old)\s$/;
export const POINT_OF_SALE: ReadonlySet<string> = new Set(
  'system systems terminal terminals machine machines software hardware data device devices display displays network transaction transactions sale sales vendor vendors app apps solution solutions tag tags tagging tagger integration'.split(
    ' ',
  ),
);

/** The words initials in capitals at `s`..`e` stand for, or undefined when the word is no such initials. */
function initialsAt(folded: MappedText, body: string, text: string, s: number, e: number): string | undefined {
  if (e - s < 3 || e - s > 4 || !isUpperUnit(body.charCodeAt(folded.starts[s] ?? 0))) return undefined;
  const key = text.slice(s, e);
  if (!INITIALS.has(key)) return undefined;
  for (let k = s; k < s + 3; k++) if (!isUpperUnit(body.charCodeAt(folded.starts[k] ?? 0))) return undefined;
  return initialsMeant(text, s, e, key);
}

/**
 * The words the initials `key`, standing at `s`..`e` of the folded text, are read as: undefined when they are no
 * listed initials, or when the words around them make them a sad story ("SOB story") or a till ("the P.O.S. terminal",
 * "our POS").
 */
export function initialsMeant(text: string, s: number, e: number, key: string): string | undefined {
  const expanded = INITIALS.get(key);
  if (expanded === undefined) return undefined;
  const after = /^\.? ?([a-z]+)/.exec(text.slice(e, e + 15))?.[1] ?? '';
  if (expanded === 'pieceofshit' && (POINT_OF_SALE.has(after) || TILL_OWNERS.test(text.slice(Math.max(0, s - 9), s))))
    return undefined;
  if (expanded !== 'pieceofshit' && SOB_STORY.has(after)) return undefined;
  return expanded;
}

/** The forms of a token that `buildWords` has not seen yet (never written to). */
const NO_FORMS: string[] = [];

const AT = 0x40;
const DOLLAR = 0x24;
const STAR = 0x2a;
const BANG = 0x21;
const isSymbol = (c: number): boolean => c === AT || c === DOLLAR || c === STAR || c === BANG;

function isUpperUnit(c: number): boolean {
  if (c < 0x80) return c >= 0x41 && c <= 0x5a;
  return UPPER.test(String.fromCharCode(c));
}

/** What may stand right before a word: a space, an opening quote or bracket ('"$|c|u|m"'). */
const OPENS_WORD = /[\s"'“‘«([]/;
/** What may close a word: a quote or bracket ('"j.a.c.k.@.$.$"'). */
const CLOSES_WORD = /["'”’»)\]]/;
/** What separates letters spelled out one at a time ("l.0.$.3.r", "d|!|c|k"), other than a space. */
const SPELLING_GAP = /[.\-_/|~,:+·]/;

/**
 * A lone '$', '@' or '!' standing for a letter among letters spelled out with a separator ("l.0.$.3.r",
 * "t/w/@/7"): the same separator on both sides, and a letter or digit beyond each; or the same separator after it
 * twice when it starts the word. Elsewhere such a symbol is
 * punctuation or a price, and is no word.
 */
function spelledSymbol(text: string, i: number, j: number): boolean {
  if (j !== i + 1) return false;
  const spelled = (k: number) => isWordUnit(text.charCodeAt(k)) || isSymbol(text.charCodeAt(k));
  // The first letter of a spelled word ("$.7.u.p.!.d", "!+m+b+3+c+i+l+e"): a separator, a letter or digit, and the
  // same separator again after it.
  const sep = text[j] ?? '';
  if (i === 0 || OPENS_WORD.test(text[i - 1] as string)) {
    return SPELLING_GAP.test(sep) && spelled(j + 1) && text[j + 2] === sep && spelled(j + 3);
  }
  if (i < 2) return false;
  const before = text[i - 1] ?? '';
  if (!SPELLING_GAP.test(before) || !spelled(i - 2)) return false;
  if (before === text[j] && j + 1 < text.length && spelled(j + 1)) return true;
  // The last letter of a spelled word may end it: "l/0/s/3/$ and", "j.4.c.k.a.$.$.", "j_a_c_k_@_$_$. Read",
  // '"j.@.c.k.@.s.$."' ('!' there is punctuation).
  const after = text[j];
  const stop =
    ((after === '.' || after === '?') &&
      (j + 1 === text.length || text[j + 1] === ' ' || CLOSES_WORD.test(text[j + 1] as string))) ||
    // "j_4_c_k_@_s_$!!!", "k.y.$..", "k.y.$., Colm": exclamation marks, dots, or a dot and a comma to the end of the
    // word.
    /^(?:[!?]+|\.{2,}|\.[,;:])(?:\s|$)/.test(text.slice(j, j + 8));
  const end =
    j >= text.length ||
    after === ' ' ||
    after === ',' ||
    CLOSES_WORD.test(after as string) ||
    stop ||
    (before === after && j + 1 === text.length);
  return end && text[i] !== '!';
}

/** One-letter words a spelled sentence is written with: "i", "u", "a". */
const LETTER_WORDS = new Set(['i', 'u', 'a']);

/**
 * Whether the dot at `i` ends a one-letter word spelled with dots rather than a sentence: it follows "i", "u" or "a"
 * directly, and a space and a word in small letters follow it ("I. k.n.o.w w.h.e.r.e y.o.u l.i.v.e"; not "Plan A. The
 * next", nor "I said so, did I. Then ...").
 */
function dottedLetterWord(folded: MappedText, body: string, tokens: readonly Token[], i: number): boolean {
  const prev = tokens.at(-1);
  if (!prev || prev.end !== i || prev.text.length !== 1 || !LETTER_WORDS.has(prev.text)) return false;
  const text = folded.text;
  if (text[i + 1] !== ' ' || i + 2 >= text.length) return false;
  const next = body.charCodeAt(folded.starts[i + 2] ?? 0);
  return next >= 0x61 && next <= 0x7a;
}

/**
 * Splits folded text into words. Leet symbols (@ $ * !) stay inside a word so that "b@stard" and "c*nt" are
 * one word; a leading '@' marks a mention and trailing '!' is punctuation.
 */
export function tokenize(folded: MappedText, body: string): Token[] {
  const text = folded.text;
  const n = text.length;
  const tokens: Token[] = [];
  let i = 0;
  let breakPending = true;
  let pausePending = false;
  while (i < n) {
    const ch = text.charCodeAt(i);
    if (!isWordUnit(ch) && !isSymbol(ch)) {
      // . ! ? ; newline : end a sentence; , - ( ) pause it.
      // "I. k*n*o*w w.h.e.r.e ...": the dot a spelled one-letter word ends with is no sentence end.
      const stop = ch === 0x2e ? !dottedLetterWord(folded, body, tokens, i) : ch === BANG || ch === 0x3f;
      if (stop || ch === 0x3b || ch === 0x0a || ch === 0x3a) breakPending = true;
      else if (ch === 0x2c || ch === 0x2d || ch === 0x28 || ch === 0x29) pausePending = true;
      i++;
      continue;
    }
    let j = i;
    let hasLetterOrDigit = false;
    while (j < n) {
      const c = text.charCodeAt(j);
      if (isWordUnit(c)) hasLetterOrDigit = true;
      else if (!isSymbol(c)) break;
      j++;
    }
    // "j_a_c_k_a_s_$!!!": a spelled symbol, then exclamation marks.
    if (!hasLetterOrDigit && j > i + 1 && /^!+$/.test(text.slice(i + 1, j)) && spelledSymbol(text, i, i + 1)) j = i + 1;
    if (!hasLetterOrDigit && spelledSymbol(text, i, j)) {
      tokens.push({
        text: text.slice(i, j),
        start: i,
        end: j,
        breakBefore: breakPending,
        pauseBefore: pausePending,
        capitalized: false,
        mention: false,
        joined: false,
        forms: NO_FORMS,
        classes: NO_CLASSES,
        classesOf: null,
        classesAt: 0,
      });
      breakPending = false;
      pausePending = false;
      i = j;
      continue;
    }
    let s = i;
    let e = j;
    let mention = false;
    while (s < e && isSymbol(text.charCodeAt(s)) && text.charCodeAt(s) !== DOLLAR) {
      if (text.charCodeAt(s) === AT) mention = true;
      s++;
    }
    while (e > s && (text.charCodeAt(e - 1) === BANG || text.charCodeAt(e - 1) === AT)) e--;
    // "*really*" is emphasis, not a masked word.
    if (e - s > 2 && text.charCodeAt(s) === STAR && text.charCodeAt(e - 1) === STAR) {
      s++;
      e--;
    }
    while (s < e && text.charCodeAt(s) === STAR) s++;
    // Trimming removes symbols only, so the word keeps a letter or digit if the run had one.
    if (e > s && hasLetterOrDigit) {
      tokens.push({
        text: initialsAt(folded, body, text, s, e) ?? text.slice(s, e),
        start: s,
        end: e,
        breakBefore: breakPending,
        pauseBefore: pausePending,
        capitalized: titleCase(folded, body, s, e),
        mention,
        joined: false,
        forms: NO_FORMS,
        classes: NO_CLASSES,
        classesOf: null,
        classesAt: 0,
      });
      breakPending = false;
      pausePending = false;
    }
    if (text.charCodeAt(j - 1) === BANG) breakPending = true;
    i = j;
  }
  return tokens;
}
