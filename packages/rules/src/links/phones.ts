import { parsePhoneNumberFromString } from 'libphonenumber-js/min';
import type { MappedText } from '../normalize/mapped-text.js';
import { originalSpan } from '../normalize/mapped-text.js';

/** A phone number found in a comment, with its span in the original body. */
export interface PhoneHit {
  number: string;
  start: number;
  end: number;
  /** The number validates for a country (libphonenumber-js), not only by its shape. Checked only where no cue
   * word stands next to it: a cued number counts and scores the same whether it validates or not. */
  valid: boolean;
  /** A word like "call", "text" or "WhatsApp" stands next to it. */
  cued: boolean;
}

const CUES =
  /\b(?:call|calls|calling|text|txt|sms|phone|tel|telephone|ring|whatsapp|whats app|wa|dial|contact|mobile|cell|number|telegram|signal|viber|fax|hotline|helpline|freephone|on)\b[^0-9]{0,24}$/;
const KEYPAD: Readonly<Record<string, string>> = {
  a: '2',
  b: '2',
  c: '2',
  d: '3',
  e: '3',
  f: '3',
  g: '4',
  h: '4',
  i: '4',
  j: '5',
  k: '5',
  l: '5',
  m: '6',
  n: '6',
  o: '6',
  p: '7',
  q: '7',
  r: '7',
  s: '7',
  t: '8',
  u: '8',
  v: '8',
  w: '9',
  x: '9',
  y: '9',
  z: '9',
};
const YEAR = /^(?:19|20)\d\d$/;

/**
 * Finds phone numbers by shape with one linear scan, then judges each candidate: a number that validates with
 * libphonenumber-js, or one written next to "call", "text", "WhatsApp"..., counts. Comma-grouped amounts,
 * prices, decimals, scores ("3-1"), formations ("4-3-3") and years never reach seven digits of phone shape.
 * Letters for digits ("0800-FLOWERS", "O7700") are read through the phone keypad and O/l as 0/1.
 */
export function findPhones(folded: MappedText): PhoneHit[] {
  const text = lettersAsDigits(asciiDigits(folded.text));
  const out: PhoneHit[] = SPOKEN_CUE.test(text) ? findSpokenPhones(folded, text) : [];
  // A number needs seven digits, or four before a vanity word, and an 'o' or 'l' reads as a digit only between
  // two digits ("1o1o1-flowers" is enough): text with fewer than three digits has none. The scan starts just
  // before the first digit, where a '+' or '(' may open a number.
  const first = firstDigitOfThree(text);
  if (first < 0) return out;
  let i = Math.max(0, first - 1);
  while (i < text.length) {
    const c = text[i] ?? '';
    const startsNumber = isDigit(c) || ((c === '+' || c === '(') && isDigit(text[i + 1] ?? ''));
    if (!startsNumber || (i > 0 && /[\p{L}\p{N}£$€.,]/u.test(text[i - 1] ?? ''))) {
      i++;
      continue;
    }
    let j = i;
    let digits = '';
    const groups: string[] = [];
    let group = '';
    let lettersAfter = 0;
    while (j < text.length && digits.length <= 15) {
      const ch = text[j] ?? '';
      if (isDigit(ch)) {
        digits += ch;
        group += ch;
      } else if ((ch === 'o' || ch === 'l') && group.length > 0 && isDigit(text[j + 1] ?? '')) {
        digits += ch === 'o' ? '0' : '1';
        group += 'x';
      } else if (ch === ' ' || ch === '-' || ch === '.' || ch === '(' || ch === ')' || ch === '+') {
        if (group) groups.push(group);
        group = '';
        let k = j + 1;
        while (k - j <= 2 && /[ \-.()]/.test(text[k] ?? '')) k++;
        if (!isDigit(text[k] ?? '')) {
          // Vanity numbers: a dash followed by letters ("1-800-flowers").
          const vanity = ch === '-' || (ch === ' ' && TOLL_FREE.test(digits));
          if (vanity && digits.length >= 4 && /^[a-z]{4,7}\b/.test(text.slice(j + 1, j + 9))) {
            const letters = /^[a-z]{4,7}/.exec(text.slice(j + 1))?.[0] ?? '';
            for (const l of letters) digits += KEYPAD[l] ?? '';
            lettersAfter = letters.length;
            j += 1 + letters.length;
          }
          break;
        }
      } else break;
      j++;
    }
    if (group) groups.push(group);
    let end = j;
    while (end > i && !/[0-9a-z)]/.test(text[end - 1] ?? '')) end--;
    const next = text[end] ?? '';
    const tail = /[%,]/.test(next) || (next === '.' && isDigit(text[end + 1] ?? ''));
    if (digits.length >= 7 && digits.length <= 15 && !tail && !groups.every((g) => YEAR.test(g))) {
      const raw = text.slice(i, end);
      const cued = CUES.test(text.slice(Math.max(0, i - 40), i));
      if (!cued && dottedFigure(raw)) {
        i = Math.max(j, i + 1);
        continue;
      }
      const plus = raw.startsWith('+') && digits.length >= 9;
      const shaped = groups.length >= 2 || raw.startsWith('(') || lettersAfter > 0;
      // Validation (libphonenumber-js, the costliest step of the link check) only where it can change the
      // outcome: next to a cue word the number counts, and scores, the same either way.
      // Ten digits or more after a leading 0 are no amount or count: a national number written without spaces.
      const trunk = groups.length === 1 && digits.length >= 10 && raw.startsWith('0');
      const valid = !cued && (shaped || plus || trunk) && isValid(raw, digits);
      if ((cued && (shaped || digits.length >= 10)) || (valid && (shaped || trunk)) || plus) {
        const span = originalSpan(folded, i, end);
        out.push({ number: digits, start: span.start, end: span.end, valid, cued });
      }
    }
    i = Math.max(j, i + 1);
  }
  return out;
}

/**
 * Digits separated by dots only, as versions ("182.10.100.0.1": a group of one digit) and counts with dots for
 * thousands ("2.124.821.694") and IP addresses are written; phone numbers written with dots have groups of two digits or more
 * ("01.23.45.67.89", "020.7946.0958") and are not thousands.
 */
function dottedFigure(raw: string): boolean {
  if (!/^[0-9]+(?:\.[0-9]+)+$/.test(raw)) return false;
  const groups = raw.split('.');
  if (groups.some((g) => g.length < 2)) return true;
  // Four groups of at most three digits: the shape of an IP address or a long version number.
  if (groups.length === 4 && groups.every((g) => g.length <= 3)) return true;
  return (groups[0]?.length ?? 0) <= 3 && groups.slice(1).every((g) => g.length === 3);
}

/** Toll-free prefixes that a vanity word may follow after a space ("1800 FLOWERS"). */
const TOLL_FREE = /^(?:1?8(?:00|33|44|55|66|77|88)|0800|0808)$/;
/** A run of digits with the letters O and l among them, standing alone ("9OO", "O77OO"). */
const DIGITS_WITH_LETTERS = /(?<![\p{L}\p{N}])[0-9ol]*[0-9][0-9ol]*(?![\p{L}\p{N}])/gu;

/**
 * The text with "o" and "l" read as 0 and 1 inside a run of three characters or more with a digit ("07700 9OO 123",
 * "O77OO"), unit for unit. Words ("lol", "oil") have no digit, so they stay.
 */
function lettersAsDigits(text: string): string {
  if (!/[ol]\d|\d[ol]/.test(text)) return text;
  return text.replace(DIGITS_WITH_LETTERS, (run) => {
    let count = 0;
    for (const c of run) if (c >= '0' && c <= '9') count++;
    return count >= 2 || (count === 1 && run.length >= 3) ? run.replaceAll('o', '0').replaceAll('l', '1') : run;
  });
}

/** Decimal digits of other scripts ("٠٧٧٠٠", "०७७००"), which NFKC leaves alone. */
const OTHER_DIGIT = /(?![0-9])\p{Nd}/u;
const OTHER_DIGITS = /(?![0-9])\p{Nd}/gu;
const NON_ASCII = /[^\x00-\x7f]/;

/**
 * The text with every decimal digit of another script in the Basic Multilingual Plane read as its ASCII digit,
 * unit for unit (offsets stay those of the folded text). Unicode keeps each script's digits 0–9 in a row.
 */
function asciiDigits(text: string): string {
  // Most comments are ASCII throughout, where the plain class finds nothing much faster than the Unicode one.
  if (!NON_ASCII.test(text) || !OTHER_DIGIT.test(text)) return text;
  return text.replace(OTHER_DIGITS, (d) => {
    const cp = d.codePointAt(0) ?? 0;
    if (cp > 0xffff) return d;
    let zero = cp;
    while (zero > 0 && OTHER_DIGIT.test(String.fromCharCode(zero - 1))) zero--;
    return String((cp - zero) % 10);
  });
}

const SPOKEN_DIGIT: Readonly<Record<string, string>> = {
  zero: '0',
  oh: '0',
  o: '0',
  nought: '0',
  one: '1',
  two: '2',
  three: '3',
  four: '4',
  five: '5',
  six: '6',
  seven: '7',
  eight: '8',
  nine: '9',
};
/** Zeros a spoken number says in one word after a digit: "oh eight hundred" is 0800, "nine thousand" 9000. */
const SPOKEN_ZEROS: Readonly<Record<string, string>> = { hundred: '00', thousand: '000' };
const SPOKEN_WORD =
  '(?:zero|nought|oh|o|one|two|three|four|five|six|seven|eight|nine|double|triple|treble|hundred|thousand|\\d{1,4})\\b';
/** Six or more digit words or short digit groups in a row ("oh seven seven double oh nine ..."). */
const SPOKEN_RUN = new RegExp(`\\b${SPOKEN_WORD}(?:[ ,-]{1,3}${SPOKEN_WORD}){5,30}`, 'g');
/** What a spoken number needs: a digit word next to another or to a digit ("oh seven", "0 seven 7"). */
const SPOKEN_CUE =
  /\b(?:zero|oh|one|two|three|four|five|six|seven|eight|nine|double|triple|treble)[ ,-]{1,3}(?:zero|oh|o|one|two|three|four|five|six|seven|eight|nine|double|triple|treble|\d)\b|\b\d[ ,-]{1,3}(?:zero|oh|one|two|three|four|five|six|seven|eight|nine|double|triple|treble)\b/;

/**
 * Phone numbers spelt out in words, with "double" and "triple" ("oh seven seven double oh, nine double oh one") and
 * "hundred" or "thousand" for the zeros after a digit ("oh eight hundred, one one one one"):
 * ten digits or more, or seven next to a cue word, with at least one of them spelt out ("0 7 7 zero 0 6 ...": digits
 * alone are the numeric scan's).
 */
function findSpokenPhones(folded: MappedText, text: string): PhoneHit[] {
  const out: PhoneHit[] = [];
  SPOKEN_RUN.lastIndex = 0;
  for (let m = SPOKEN_RUN.exec(text); m !== null; m = SPOKEN_RUN.exec(text)) {
    let digits = '';
    let spelt = 0;
    let repeat = 1;
    for (const w of m[0].split(/[ ,-]+/)) {
      if (w === 'double') repeat = 2;
      else if (w === 'triple' || w === 'treble') repeat = 3;
      else if (SPOKEN_ZEROS[w] !== undefined) {
        // Only after a digit: "hundred" opening the run is a count, not part of a number.
        if (digits) digits += SPOKEN_ZEROS[w];
        repeat = 1;
      } else {
        const d = SPOKEN_DIGIT[w];
        if (d) spelt++;
        digits += (d ?? w).repeat(repeat);
        repeat = 1;
      }
    }
    const cued = CUES.test(text.slice(Math.max(0, m.index - 40), m.index));
    if (spelt < 1 || digits.length > 15 || digits.length < (cued ? 7 : 10)) continue;
    const span = originalSpan(folded, m.index, m.index + m[0].length);
    out.push({ number: digits, start: span.start, end: span.end, valid: false, cued });
  }
  return out;
}

/** Index of the first ASCII digit, or -1 when the text has fewer than three. */
function firstDigitOfThree(text: string): number {
  let first = -1;
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x30 && c <= 0x39) {
      if (first < 0) first = i;
      if (++count === 3) return first;
    }
  }
  return -1;
}

function isDigit(c: string): boolean {
  return c >= '0' && c <= '9';
}

function isValid(raw: string, digits: string): boolean {
  const input = raw.startsWith('+') ? `+${digits}` : digits;
  for (const country of ['GB', 'US'] as const) {
    const p = parsePhoneNumberFromString(input, country);
    if (p?.isValid()) return true;
  }
  return false;
}
