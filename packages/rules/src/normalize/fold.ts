import { CONFUSABLES, enclosed, isInvisible } from './confusables.js';
import { type MappedText, MappedTextBuilder } from './mapped-text.js';

const MARKS = /\p{M}/gu;
const cache = new Map<number, string>();

/**
 * The folded form of one code point: NFKC (fullwidth, math letters, ligatures), accents stripped from
 * Latin/Greek/Cyrillic letters, look-alikes mapped to ASCII, lower case. Invisible characters fold to ''.
 */
function foldCodePoint(cp: number): string {
  if (cp < 0x80) {
    // ASCII fast path: only upper case letters change.
    return cp >= 0x41 && cp <= 0x5a ? String.fromCharCode(cp + 32) : String.fromCharCode(cp);
  }
  const hit = cache.get(cp);
  if (hit !== undefined) return hit;
  const folded = foldSlow(cp);
  // The table is bounded by the number of distinct code points ever seen (at most ~1.1M, in practice few).
  cache.set(cp, folded);
  return folded;
}

function foldSlow(cp: number): string {
  if (isInvisible(cp)) return '';
  const direct = CONFUSABLES.get(cp) ?? enclosed(cp);
  if (direct !== undefined) return direct;
  let s = String.fromCodePoint(cp).normalize('NFKC');
  let out = '';
  for (const ch of s) {
    const c = ch.codePointAt(0) ?? 0;
    const mapped = CONFUSABLES.get(c);
    if (mapped !== undefined) {
      out += mapped;
      continue;
    }
    // Strip accents only in alphabets that have look-alikes (with the extended Latin and Greek blocks: "ṁ", "ẹ",
    // "ἰ"); decomposing Hangul or Indic text would garble it.
    out += c < 0x0530 || (c >= 0x1e00 && c <= 0x1fff) ? ch.normalize('NFD').replace(MARKS, '') : ch;
  }
  s = '';
  for (const ch of out.toLowerCase()) {
    const c = ch.codePointAt(0) ?? 0;
    const mapped = CONFUSABLES.get(c);
    s += mapped ?? ch;
  }
  return s.replace(MARKS, '');
}

/**
 * ASCII with no tab, carriage return or run of spaces: folding only lowers the case of A–Z (as `toLowerCase` does
 * for ASCII), and every unit maps to itself. Most comments are such text.
 */
function isPlainAscii(body: string): boolean {
  let prevSpace = false;
  for (let i = 0; i < body.length; i++) {
    const c = body.charCodeAt(i);
    if (c >= 0x80 || c === 0x09 || c === 0x0d) return false;
    const space = c === 0x20;
    if (space && prevSpace) return false;
    prevSpace = space;
  }
  return true;
}

/** Shared identity offsets, grown as needed and never written to otherwise: i ↦ [i, i + 1). Bounded: a body
 * longer than a comment may be (10,000 characters) gets its own, rather than growing these for good. */
const SHARED_IDENTITY_MAX = 16_384;
const IDENTITY_STARTS: number[] = [];
const IDENTITY_ENDS: number[] = [];

function growIdentity(length: number): void {
  for (let i = IDENTITY_STARTS.length; i < length; i++) {
    IDENTITY_STARTS.push(i);
    IDENTITY_ENDS.push(i + 1);
  }
}

/**
 * Folds a whole body, one code point at a time, so that every folded unit maps to the original code point
 * it came from. Runs of whitespace collapse to one space (mapped to the first of them).
 */
export function foldText(body: string): MappedText {
  if (body.length <= SHARED_IDENTITY_MAX && isPlainAscii(body)) {
    growIdentity(body.length);
    return { text: body.toLowerCase(), starts: IDENTITY_STARTS, ends: IDENTITY_ENDS };
  }
  const out = new MappedTextBuilder();
  let prevSpace = false;
  for (let i = 0; i < body.length; ) {
    const unit = body.charCodeAt(i);
    if (unit < 0x80) {
      // ASCII: only upper case letters change; tab and carriage return are spaces.
      if (unit === 0x20 || unit === 0x09 || unit === 0x0d) {
        if (!prevSpace) out.pushUnit(0x20, i, i + 1);
        prevSpace = true;
      } else {
        out.pushUnit(unit >= 0x41 && unit <= 0x5a ? unit + 32 : unit, i, i + 1);
        prevSpace = false;
      }
      i++;
      continue;
    }
    const cp = body.codePointAt(i) ?? 0;
    const width = cp > 0xffff ? 2 : 1;
    const folded = foldCodePoint(cp);
    if (folded.length > 0) {
      const isSpace =
        folded === ' ' || folded === '\t' || folded === '\r' || folded === '\u00a0' || folded === '\u3000';
      if (isSpace) {
        if (!prevSpace) out.push(' ', i, i + width);
        prevSpace = true;
      } else {
        out.push(folded, i, i + width);
        prevSpace = false;
      }
    }
    i += width;
  }
  return out.build();
}
