import type { Evidence } from '@cm/contracts';
import type { Analysis } from '../engine/analysis.js';
import { type Finding, finding, quote } from '../engine/reason.js';
import type { Contacts } from '../links/check.js';
import type { Word } from '../normalize/words.js';
import { checkSelfPromotion } from './self-promotion.js';

const ROWS = ['qwertyuiop', 'asdfghjkl', 'zxcvbnm'];
/** Keyboard row and column of each letter a–z, as row * 16 + column, indexed by char code - 97. */
const KEY_AT: readonly number[] = Array.from({ length: 26 }, (_, i) => {
  const ch = String.fromCharCode(97 + i);
  const r = ROWS.findIndex((row) => row.includes(ch));
  return r * 16 + (ROWS[r] as string).indexOf(ch);
});
const VOWEL: readonly boolean[] = Array.from({ length: 26 }, (_, i) => 'aeiouy'.includes(String.fromCharCode(97 + i)));

function span(body: string, start: number, end: number): Evidence {
  return { text: body.slice(start, end), start, end };
}

/** Keyboard mash: five or more keys in a row along one keyboard row, or a long word with no vowel. */
function isMash(word: string): boolean {
  if (word.length < 6) return false;
  let vowel = false;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i) - 97;
    if (c < 0 || c > 25) return false;
    if (VOWEL[c]) vowel = true;
  }
  if (!vowel) return true;
  let run = 1;
  let prev = KEY_AT[word.charCodeAt(0) - 97] as number;
  for (let i = 1; i < word.length; i++) {
    const at = KEY_AT[word.charCodeAt(i) - 97] as number;
    const adjacent = at >> 4 === prev >> 4 && Math.abs((at & 15) - (prev & 15)) === 1;
    run = adjacent ? run + 1 : 1;
    if (run >= 5) return true;
    prev = at;
  }
  return false;
}

/**
 * How often the most frequent word occurs, when that is at least half of the words; otherwise 0. Without a
 * frequency map: a word filling at least half of the list is the majority (Boyer–Moore vote) of the whole list,
 * of the list without its first word, or is the first word itself; each candidate is then counted.
 */
function halfWordCount(words: readonly Word[]): number {
  const n = words.length;
  let top = 0;
  for (const candidate of [majority(words, 0), majority(words, 1), (words[0] as Word).text]) {
    let count = 0;
    for (const w of words) if (w.text === candidate) count++;
    if (count > top) top = count;
  }
  return top * 2 >= n ? top : 0;
}

/** The Boyer–Moore majority vote candidate of `words[from..]` (the majority, if there is one). */
function majority(words: readonly Word[], from: number): string {
  let candidate = '';
  let votes = 0;
  for (let i = from; i < words.length; i++) {
    const t = (words[i] as Word).text;
    if (votes === 0) {
      candidate = t;
      votes = 1;
    } else votes += t === candidate ? 1 : -1;
  }
  return candidate;
}

/** What a site asks of the spam check beyond the defaults. */
export interface SpamOptions {
  /** Hold enthusiasm too: shouting, stretched characters, one word over and over in a row. */
  flagEnthusiasm: boolean;
}

/**
 * Spam signals: self-promotion, very few distinct characters, keyboard mash, one word making up half a long
 * comment, and short comments that are mostly links or contact details; with `flagEnthusiasm`, also shouting,
 * stretched characters and the same word over and over in a row (real readers write "looooove it" and "BEST
 * SONG!!!!!!" in good faith, so these are off unless a site asks).
 */
export function checkSpam(a: Analysis, contacts: Contacts, options: SpamOptions): Finding[] {
  const body = a.body;
  const out: Finding[] = checkSelfPromotion(a);
  if (options.flagEnthusiasm) out.push(...checkEnthusiasm(a));

  // Repeated words: the same word four or more times in a row, or one word making up half a long comment.
  const words = a.words;
  let runStart = 0;
  let bestFrom = 0;
  let bestTo = 0;
  let bestCount = 1;
  for (let i = 1; i < words.length; i++) {
    if ((words[i] as Word).text !== (words[i - 1] as Word).text) runStart = i;
    if (i - runStart + 1 > bestCount) {
      bestFrom = runStart;
      bestTo = i;
      bestCount = i - runStart + 1;
    }
  }
  const top = bestCount >= 4 || words.length < 12 ? 0 : halfWordCount(words);
  if (bestCount >= 4 && options.flagEnthusiasm) {
    const f = words[bestFrom];
    const l = words[bestTo];
    if (f && l) {
      const s = a.folded.starts[f.start] ?? 0;
      const e = a.folded.ends[l.end - 1] ?? s;
      out.push(
        finding(
          'spam',
          'spam.repeated-words',
          'low',
          bestCount >= 6 ? 0.7 : 0.55,
          `The same word ${bestCount} times in a row.`,
          [span(body, s, e)],
        ),
      );
    }
  } else if (top > 0) {
    out.push(
      finding(
        'spam',
        'spam.repeated-words',
        'low',
        0.6,
        `One word makes up ${Math.round((top / words.length) * 100)}% of the comment.`,
        [],
      ),
    );
  }

  // Few distinct characters in a long comment ("hahahahaha..." or "!?!?!?!?"). A character stretched by repeating it
  // counts once: "wowwwwwwww" and "!!!!!!!!" are enthusiasm, which `flagEnthusiasm` decides.
  if (body.length >= 30) {
    const seen: number[] = [];
    let nonSpace = 0;
    let previous = -1;
    for (let i = 0; i < body.length && seen.length <= 4; i++) {
      const c = body.charCodeAt(i);
      if (c === 32 || c === 10 || c === 9 || c === 13) continue;
      if (c !== previous) nonSpace++;
      previous = c;
      if (!seen.includes(c)) seen.push(c);
    }
    if (seen.length <= 4 && nonSpace >= 30) {
      out.push(
        finding(
          'spam',
          'spam.few-characters',
          'low',
          0.65,
          `Only ${seen.length} distinct characters in a long comment.`,
          [span(body, 0, body.length)],
        ),
      );
    }
  }

  // Keyboard mash.
  const mash: Evidence[] = [];
  let mashLetters = 0;
  let allLetters = 0;
  for (const w of words) {
    allLetters += w.text.length;
    if (!w.joined && isMash(w.text)) {
      mashLetters += w.text.length;
      mash.push(span(body, a.folded.starts[w.start] ?? 0, a.folded.ends[w.end - 1] ?? 0));
    }
  }
  if (mash.length > 0) {
    const share = allLetters > 0 ? mashLetters / allLetters : 0;
    out.push(
      finding(
        'spam',
        'spam.keyboard-mash',
        'low',
        share >= 0.5 ? 0.65 : 0.3,
        `Keyboard mash: ${quote(mash)}`,
        mash.slice(0, 5),
      ),
    );
  }

  // Mostly links or contact details.
  const contactCount = contacts.links.length + contacts.phones.length;
  if (contactCount >= 2) {
    let covered = 0;
    for (const h of [...contacts.links, ...contacts.phones]) covered += h.end - h.start;
    const rest = body.length - covered;
    if (contactCount >= 3 || rest < 80) {
      const evs = [...contacts.links, ...contacts.phones].map((h) => span(body, h.start, h.end));
      out.push(
        finding(
          'spam',
          'spam.link-heavy',
          'medium',
          contactCount >= 3 ? 0.75 : 0.6,
          `${contactCount} links or contact details in a short comment.`,
          evs,
        ),
      );
    }
  }
  return out;
}

/** Shouting (most letters in capitals) and stretched characters (one repeated ten times or more). */
function checkEnthusiasm(a: Analysis): Finding[] {
  const body = a.body;
  const out: Finding[] = [];
  // Shouting: most letters upper case, in a comment long enough for that to be a choice.
  let upper = 0;
  let lower = 0;
  let firstLetter = -1;
  let lastLetter = -1;
  for (let i = 0; i < body.length; i++) {
    const c = body.charCodeAt(i);
    if (c >= 65 && c <= 90) upper++;
    else if (c >= 97 && c <= 122) lower++;
    else continue;
    if (firstLetter < 0) firstLetter = i;
    lastLetter = i;
  }
  const letters = upper + lower;
  if (letters >= 30 && upper / letters >= 0.8) {
    const ratio = upper / letters;
    out.push(
      finding(
        'spam',
        'spam.shouting',
        'low',
        0.5 + (ratio - 0.8) * 2,
        `Written in capitals (${Math.round(ratio * 100)}% of letters).`,
        [span(body, firstLetter, lastLetter + 1)],
      ),
    );
  }

  // Stretched characters: one character repeated ten or more times.
  const stretched: Evidence[] = [];
  let longest = 0;
  for (let i = 0; i < body.length; ) {
    const c = body.charCodeAt(i);
    let j = i + 1;
    while (j < body.length && body.charCodeAt(j) === c) j++;
    if (j - i >= 10 && c !== 32 && c !== 10 && c !== 9 && c !== 13) {
      stretched.push(span(body, i, j));
      longest = Math.max(longest, j - i);
    }
    i = j;
  }
  if (stretched.length > 0) {
    out.push(
      finding(
        'spam',
        'spam.repeated-characters',
        'low',
        longest >= 20 ? 0.6 : 0.5,
        `A character repeated ${longest} times.`,
        stretched.slice(0, 5),
      ),
    );
  }

  return out;
}
