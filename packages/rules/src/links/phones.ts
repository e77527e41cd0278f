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
  const text = folded.text;
  const out: PhoneHit[] = [];
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
          if (ch === '-' && digits.length >= 4 && /^[a-z]{4,7}\b/.test(text.slice(j + 1, j + 9))) {
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
      const plus = raw.startsWith('+') && digits.length >= 9;
      const shaped = groups.length >= 2 || raw.startsWith('(') || lettersAfter > 0;
      // Validation (libphonenumber-js, the costliest step of the link check) only where it can change the
      // outcome: next to a cue word the number counts, and scores, the same either way.
      const valid = !cued && (shaped || plus) && isValid(raw, digits);
      if ((cued && (shaped || digits.length >= 10)) || (valid && shaped) || plus) {
        const span = originalSpan(folded, i, end);
        out.push({ number: digits, start: span.start, end: span.end, valid, cued });
      }
    }
    i = Math.max(j, i + 1);
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
