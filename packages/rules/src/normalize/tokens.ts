import type { MappedText } from './mapped-text.js';

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
  /** The original word starts with an upper case letter (a name, unless it starts a sentence). */
  capitalized: boolean;
  /** The original word was preceded by '@' (a reply to another reader). */
  mention: boolean;
  /** Built from letters spread out with separators ("f u c k", "i.d.i.o.t"). */
  joined: boolean;
}

const SYMBOLS = new Set(['@', '$', '*', '!']);
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const UPPER = /\p{Lu}/u;

/** Whether a folded code unit is part of a word. */
export function isWordChar(ch: string): boolean {
  const c = ch.charCodeAt(0);
  if (c < 0x80) return (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a);
  if (c >= 0xd800 && c <= 0xdfff) return false;
  return LETTER_OR_DIGIT.test(ch);
}

/**
 * Splits folded text into words. Leet symbols (@ $ * !) stay inside a word so that "b@stard" and "c*nt" are
 * one word; a leading '@' marks a mention and trailing '!' is punctuation.
 */
export function tokenize(folded: MappedText, body: string): Token[] {
  const text = folded.text;
  const tokens: Token[] = [];
  let i = 0;
  let breakPending = true;
  let pausePending = false;
  while (i < text.length) {
    const ch = text[i] ?? '';
    if (!isWordChar(ch) && !SYMBOLS.has(ch)) {
      if (ch === '.' || ch === '!' || ch === '?' || ch === ';' || ch === '\n' || ch === ':') breakPending = true;
      else if (ch === ',' || ch === '-' || ch === '(' || ch === ')') pausePending = true;
      i++;
      continue;
    }
    let j = i;
    while (j < text.length) {
      const c = text[j] ?? '';
      if (isWordChar(c) || SYMBOLS.has(c)) j++;
      else break;
    }
    let s = i;
    let e = j;
    let mention = false;
    while (s < e && SYMBOLS.has(text[s] ?? '') && text[s] !== '$') {
      if (text[s] === '@') mention = true;
      s++;
    }
    while (e > s && (text[e - 1] === '!' || text[e - 1] === '@')) e--;
    // "*really*" is emphasis, not a masked word.
    if (e - s > 2 && text[s] === '*' && text[e - 1] === '*') {
      s++;
      e--;
    }
    while (s < e && text[s] === '*') s++;
    if (e > s) {
      const word = text.slice(s, e);
      const hasLetterOrDigit = /[\p{L}\p{N}]/u.test(word);
      if (hasLetterOrDigit) {
        const orig = body[folded.starts[s] ?? 0] ?? '';
        tokens.push({
          text: word,
          start: s,
          end: e,
          breakBefore: breakPending,
          pauseBefore: pausePending,
          capitalized: UPPER.test(orig),
          mention,
          joined: false,
        });
        breakPending = false;
        pausePending = false;
      }
    }
    if (text.slice(j - 1, j) === '!') breakPending = true;
    i = j;
  }
  return tokens;
}
