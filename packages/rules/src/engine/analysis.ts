import { ABUSE_VOCABULARY } from '../abuse/lexicon/index.js';
import { type Fingerprint, fingerprint } from '../duplicates/fingerprint.js';
import { foldText } from '../normalize/fold.js';
import type { MappedText } from '../normalize/mapped-text.js';
import { tokenize } from '../normalize/tokens.js';
import { buildWords, type Word } from '../normalize/words.js';

/** A comment after normalization: everything the checks need, computed once per comment. */
export interface Analysis {
  /** The original body, as received. */
  body: string;
  /** Folded text (NFKC, look-alikes, invisibles removed, lower case) with its map back to `body`. */
  folded: MappedText;
  /** Words of the folded text, spaced-out letters joined, with their lookup spellings. */
  words: Word[];
  /** Canonical words for duplicate detection: letters and digits only, in order. */
  canonicalWords: string[];
  /** `canonicalWords` joined by single spaces. */
  canonical: string;
  fingerprint: Fingerprint;
}

const NOT_ALNUM = /[^\p{L}\p{N}]+/gu;

/** Only ASCII lower case letters and digits: nothing for `NOT_ALNUM` to remove (most words). */
function isPlainWord(w: string): boolean {
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (!((c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39))) return false;
  }
  return true;
}

/** Normalizes a body and computes its fingerprint; pure, and linear in the body's length. */
export function analyze(body: string): Analysis {
  const folded = foldText(body);
  const tokens = tokenize(folded, body);
  const words = buildWords(tokens, folded, ABUSE_VOCABULARY);
  const canonicalWords: string[] = [];
  for (const t of tokens) {
    const w = isPlainWord(t.text) ? t.text : t.text.replace(NOT_ALNUM, '');
    if (w.length > 0) canonicalWords.push(w);
  }
  const canonical = canonicalWords.join(' ');
  return { body, folded, words, canonicalWords, canonical, fingerprint: fingerprint(canonicalWords, canonical) };
}
