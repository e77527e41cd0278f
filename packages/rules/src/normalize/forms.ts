/**
 * The spellings under which a word is looked up in a lexicon: as written, with l33t digits and symbols read
 * as letters, and with stretched letters collapsed. Collapsing is done two ways (runs to one letter and runs
 * to two) so that "moooron" finds "moron" while "assss" still finds "ass" and "loooser" finds "loser".
 */
const LEET: Readonly<Record<string, string>> = {
  '0': 'o',
  '1': 'i',
  '3': 'e',
  '4': 'a',
  '5': 's',
  '7': 't',
  '8': 'b',
  '9': 'g',
  '@': 'a',
  $: 's',
  '!': 'i',
};

const HAS_LEET = /[0-9@$!]/;
const LONG_ONES = /1{5,}/g;
const THREE_ONES = /1{3,}/g;
const HAS_LETTER = /[a-z]/;
/** An amount in thousands, millions or billions ("900k", "20m", "3b"), written as one word: digits, not l33t. */
const AMOUNT = /^[0-9]+[kmb]$/;

/** Maps l33t characters to letters; `one` chooses how '1' reads ('i' or 'l'). */
function unLeet(word: string, one: 'i' | 'l'): string {
  let out = '';
  for (const ch of word) {
    if (ch === '1') out += one;
    else out += LEET[ch] ?? ch;
  }
  return out;
}

/** Collapses runs of a repeated letter longer than `max` to `max` letters. */
export function collapseRuns(word: string, max: number): string {
  let out = '';
  let run = 0;
  let prev = '';
  for (const ch of word) {
    run = ch === prev ? run + 1 : 1;
    prev = ch;
    if (run <= max) out += ch;
  }
  return out;
}

/** `/^[a-z]+$/` without the regex call (most words, on the hot path). */
function onlyAsciiLetters(word: string): boolean {
  if (word.length === 0) return false;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c < 0x61 || c > 0x7a) return false;
  }
  return true;
}

function hasRun(word: string, min: number): boolean {
  let run = 1;
  for (let i = 1; i < word.length; i++) {
    run = word.charCodeAt(i) === word.charCodeAt(i - 1) ? run + 1 : 1;
    if (run >= min) return true;
  }
  return false;
}

/** Letters, or l33t characters read as letters, separated by masking symbols: "f*u*c*k", "m*0*r*0*n". */
const STARRED = /^(?:[a-z0-9@$!]\*)+[a-z0-9@$!]$/;
/**
 * Stars wedged between two runs of three letters or more join words rather than hide letters: "dumb*asses",
 * "idiot**brained". Fewer letters on a side make a mask ("sh*t", "a**hole"), read by the vocabulary instead.
 */
const WEDGED_STARS = /^[a-z0-9@$!]{3,}\*+[a-z0-9@$!]{3,}$/;

/**
 * ASCII lower case letters only, with no letter three times in a row: the word is its only spelling (most words).
 * One pass over the character codes, for `onlyAsciiLetters(word) && !hasRun(word, 3)`.
 */
function plainUnstretched(word: string): boolean {
  const n = word.length;
  if (n === 0) return false;
  let prev = -1;
  let run = 0;
  for (let i = 0; i < n; i++) {
    const c = word.charCodeAt(i);
    if (c < 0x61 || c > 0x7a) return false;
    run = c === prev ? run + 1 : 1;
    if (run >= 3) return false;
    prev = c;
  }
  return true;
}

/**
 * The lookup spellings of a word written as one token: an amount is only itself ("900k" is no "gook"; spelled out
 * letter by letter, "9.0.0.k", it is read as the word it spells).
 */
export function tokenForms(word: string): string[] {
  const c = word.charCodeAt(0);
  return c >= 0x30 && c <= 0x39 && AMOUNT.test(word) ? [word] : wordForms(word);
}

/** All lookup spellings of a folded word, most literal first, without duplicates. */
export function wordForms(word: string): string[] {
  if (plainUnstretched(word)) return [word];
  if (onlyAsciiLetters(word)) {
    if (!hasRun(word, 3)) return [word];
    return unique([word, ...stretchedForms(word)]);
  }
  if (word.includes('*') && (STARRED.test(word) || WEDGED_STARS.test(word))) {
    return unique([word, ...wordForms(word.replaceAll('*', ''))]);
  }
  const forms: string[] = [word];
  if (HAS_LEET.test(word) && HAS_LETTER.test(word)) {
    forms.push(unLeet(word, 'i'));
    if (word.includes('1')) forms.push(...mixedOnes(word));
  }
  // A word stretched as written is read stretched under every reading of its l33t, even where the reading leaves no
  // run of three ("pp1111110ck": "ppillock", with its doubles read as one).
  const stretched = hasRun(word, 3);
  const out: string[] = [];
  for (const f of forms) {
    out.push(f);
    if (stretched || hasRun(f, 3)) out.push(...stretchedForms(f));
  }
  return unique(out);
}

/** The most runs of a doubled letter whose readings are all tried (2^5 = 32 spellings). */
const MAX_READ_RUNS = 5;
/** The most runs of a doubled letter read one at a time as two (a spelling per run). */
const MAX_SINGLE_RUNS = 16;

/**
 * Spellings of a stretched word: every run to one letter, to two, long runs to one; and, when the word has few
 * runs, each run read as one letter or two on its own, since a stretched word may hide a double elsewhere
 * ("asssholeee" is "asshole", "ttooosser" is "tosser").
 */
function stretchedForms(word: string): string[] {
  const out = [collapseRuns(word, 2), collapseRuns(word, 1), collapseLongRuns(word)];
  const runs: Array<[number, number]> = [];
  for (let i = 0; i < word.length; ) {
    let j = i + 1;
    while (j < word.length && word[j] === word[i]) j++;
    if (j - i >= 2) runs.push([i, j]);
    i = j;
  }
  // With more runs, up to MAX_SINGLE_RUNS, each run alone read as two and the rest as one: a word with one double of
  // its own ("jackass" stretched as "jjaacckkaaaaaaaass").
  if (runs.length > MAX_READ_RUNS) {
    if (runs.length <= MAX_SINGLE_RUNS) for (let k = 0; k < runs.length; k++) out.push(readRuns(word, runs, 1 << k));
    return out;
  }
  for (let mask = 0; mask < 1 << runs.length; mask++) out.push(readRuns(word, runs, mask));
  return out;
}

/** The word with each run read as two letters where its bit of `mask` is set, as one where it is not. */
function readRuns(word: string, runs: ReadonlyArray<[number, number]>, mask: number): string {
  let w = '';
  let from = 0;
  runs.forEach(([s, e], k) => {
    w += word.slice(from, s) + (word[s] as string).repeat(mask & (1 << k) ? 2 : 1);
    from = e;
  });
  return w + word.slice(from);
}

/**
 * "1" stands for "i" or "l", and one word may use it for both ("s111y"): every reading, for up to six of them
 * (64 spellings at most; words mixing letters and several 1s are rare). Beyond six, a stretched run of 1s is read
 * as four ("k1111111" as "k1111": "kill"), which cover any mix of "i" and "l" a word has ("illi", "ill").
 */
function mixedOnes(written: string): string[] {
  const count = (w: string) => [...w].filter((c) => c === '1').length;
  let word = count(written) > 6 ? written.replace(LONG_ONES, '1111') : written;
  // Still more than six in several stretched runs ("11110w111ff3"): each run of three or more as two.
  if (count(word) > 6) word = word.replace(THREE_ONES, '11');
  const ones = count(word);
  if (ones === 1 || ones > 6) return [unLeet(word, 'l')];
  const out: string[] = [];
  for (let mask = 1; mask < 1 << ones; mask++) {
    let k = 0;
    let w = '';
    for (const ch of word) {
      if (ch === '1') w += mask & (1 << k++) ? 'l' : 'i';
      else w += LEET[ch] ?? ch;
    }
    out.push(w);
  }
  return out;
}

/** Collapses runs of three or more to one letter and keeps doubles: "nnnigger" → "nigger", "sheeppp" → "sheep". */
function collapseLongRuns(word: string): string {
  let out = '';
  for (let i = 0; i < word.length; ) {
    let j = i;
    while (j < word.length && word[j] === word[i]) j++;
    out += j - i >= 3 ? word[i] : word.slice(i, j);
    i = j;
  }
  return out;
}

/** A single character read as a letter, for words spelled out one character at a time ("k y 5"). */
export function letterOf(ch: string): string | null {
  if (ch >= 'a' && ch <= 'z') return ch;
  return LEET[ch] ?? null;
}

function unique(list: string[]): string[] {
  return list.length < 2 ? list : [...new Set(list)];
}
