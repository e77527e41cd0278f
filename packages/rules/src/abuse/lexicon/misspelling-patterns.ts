/**
 * Spellings readers give insults by ear or in haste, derived from the listed word by the patterns they follow: a
 * doubled letter written once ("dumbas", "buthole", "jackas"), "ck" written "k" ("fuker", "dikhead"), a closing
 * "-er" written "-r" or "-a" ("fukr", "wanka"), "ss" written "zz" ("azzhole", "dumbazz"), and these together
 * ("fukr" for "fucker"), "sch-" written "sh-" or "s-" ("shmuck", "smucks"), and endings written as said
 * ("dikhed", "twatwaffel", "dumbarse"). A spelling that is a word of its own stays out (see `NOT_MISSPELLINGS`; a listed one, "sniveling", is read as
 * itself), and so does one that is also two words
 * written apart ("tospot" of "tosspot").
 */

/** Each pattern rewrites every place it applies; null when it applies nowhere. */
const PATTERNS: ReadonlyArray<(w: string) => string | null> = [
  (w) => (/([a-z])\1/.test(w) ? w.replace(/([a-z])\1/g, '$1') : null),
  (w) => (w.includes('ck') ? w.replaceAll('ck', 'k') : null),
  (w) => (w.endsWith('er') && w.length > 4 ? `${w.slice(0, -2)}r` : null),
  (w) => (w.endsWith('er') && w.length > 5 ? `${w.slice(0, -2)}a` : null),
  (w) => (w.includes('ss') ? w.replaceAll('ss', 'zz') : null),
  // Written as said: "-head" as "-hed" ("dikhed"), "-le" as "-el" ("twatwaffel"), "ass" as "arse" ("dumbarse").
  (w) => (w.endsWith('head') ? `${w.slice(0, -4)}hed` : null),
  (w) => (/[^aeiou]le$/.test(w) && w.length > 5 ? `${w.slice(0, -2)}el` : null),
  (w) => (w.includes('ass') && !w.includes('arse') ? w.replace('ass', 'arse') : null),
  // Yiddish "sch-" written as heard: "shmuck", "smuck".
  (w) => (w.startsWith('sch') ? `sh${w.slice(3)}` : null),
  (w) => (w.startsWith('sch') ? `s${w.slice(3)}` : null),
];

/**
 * Spellings the patterns make that are words of their own or names ("fiber", "mocha", "Buffon", "Moana"), or
 * words and places of other languages seen in the news ("minga", "Tossa", "Wanka", "rotta").
 */
const NOT_MISSPELLINGS: ReadonlySet<string> = new Set(
  'fiber mocha hooka buffon moana whina lakey minga tossa wanka rotta roter lecha shep crep yaho loney'.split(' '),
);

/**
 * Two-letter words: a spelling that opens or closes with one ("tospot", "wiseas") is also two words written apart
 * ("easy to spot", "wise as an owl"), which the normalizer glues when the longer part is no listed word.
 */
const TWO_LETTER_WORDS: ReadonlySet<string> = new Set(
  'as at be by do go he if in is it me my no of on or so to up us we am an'.split(' '),
);

/** The shortest derived spelling kept: shorter ones are too often another word. */
const MIN_LENGTH = 4;

/**
 * Every spelling the patterns make of each word (each pattern alone and in every combination, in order), with the
 * word it stands for. A doubled letter is also undone one at a time ("jackas" as well as "jakas"), since a reader
 * drops one and keeps the other ("buthole" for "butthole").
 */
export function patternMisspellings(words: readonly string[], listed: (w: string) => boolean): Record<string, string> {
  const out: Record<string, string> = {};
  for (const word of words) {
    if (!/^[a-z]+$/.test(word)) continue;
    // Each pattern in turn, applied to every spelling made so far or not: every combination, in order.
    const spellings = new Set<string>([word]);
    for (const pattern of PATTERNS)
      for (const w of [...spellings]) {
        const rewritten = pattern(w);
        if (rewritten !== null) spellings.add(rewritten);
      }
    for (let i = 1; i < word.length; i++)
      if (word[i] === word[i - 1]) spellings.add(word.slice(0, i) + word.slice(i + 1));
    for (const s of spellings)
      if (
        s !== word &&
        s.length >= MIN_LENGTH &&
        !NOT_MISSPELLINGS.has(s) &&
        !listed(s) &&
        !twoWords(s, listed) &&
        !(s in out)
      )
        out[s] = word;
  }
  return out;
}

/** "tospot" is "to spot"; "dumbas" stays one word, as "dumb" is listed and "dumb as" is never glued. */
function twoWords(s: string, listed: (w: string) => boolean): boolean {
  return (
    (TWO_LETTER_WORDS.has(s.slice(0, 2)) && !listed(s.slice(2))) ||
    (TWO_LETTER_WORDS.has(s.slice(-2)) && !listed(s.slice(0, -2)))
  );
}
