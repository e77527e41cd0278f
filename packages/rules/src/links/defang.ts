import { foldText } from '../normalize/fold.js';
import { type MappedText, MappedTextBuilder, mappedReplace } from '../normalize/mapped-text.js';
import { DOT_WORD_TLDS, DOT_WORDS, FOREIGN_DOT_TLDS, SPOKEN_TLDS } from './lists.js';
import { rewriteStandIns, unLeetTlds } from './stand-ins.js';

const HXXP = /\bh(?:xx|\*\*|xt|tx)p(s?)(?:\[:\]|\(:\))?(?=:|\/\/)/g;
/** The word for the dot, "d0t" as l33t writes it, and the other languages' words, folded as the text is. */
const FOLDED_DOT_WORDS = DOT_WORDS.map((w) => foldText(w).text);
const DOT_WORD = `(?:dot|d0t|${FOLDED_DOT_WORDS.join('|')})`;
const BRACKET_DOT = new RegExp(
  String.raw` ?(?:\[\.\]|\(\.\)|\{\.\}|<\.>|\[${DOT_WORD}\]|\(${DOT_WORD}\)|\{${DOT_WORD}\}|<${DOT_WORD}>|\[d\]|\(d\)) ?`,
  'g',
);
const BRACKET_AT = / ?(?:\[@\]|\(@\)|\{@\}|\[at\]|\(at\)|\{at\}|<at>) ?/g;
/** What BRACKET_DOT and BRACKET_AT cannot match without. */
const BRACKETS = /[[({<]/;
const SPOKEN_DOT = new RegExp(String.raw` (${DOT_WORD}|\.) (?=([a-z]{2,10})\b)| \.(?=([a-z]{2,10})\b)`, 'g');
/** What SPOKEN_DOT cannot match without: a space before a dot, or a word for "dot" between spaces. */
const SPOKEN_DOT_CUE = new RegExp(String.raw` \.| ${DOT_WORD} `);
const LABEL_END = /[a-z0-9-]$/;
/** A YouTube video's address without its host ("watch?v=" and an eleven-character id): the host is YouTube's. */
const BARE_WATCH = /(?<![a-z0-9./-])watch\?v=(?=[a-z0-9_-]{11}(?![a-z0-9_-]))/g;
const SPOKEN_AT = / at (?=[a-z0-9-]{2,63}\.[a-z]{2,10}\b)/g;
const LOCAL_PART = /[a-z0-9._%+-]{2,64}$/;
/** "name at example.com" is an address only after a word that asks to write ("email bob at ..."). */
const MAIL_CUE = /\b(?:e-?mail|mail|contact|write|message|reach|dm|ping|address|inbox)\b[^.!?\n]{0,40}$/;
const PROVIDERS = /gmail|yahoo|hotmail|outlook|protonmail|icloud|aol|yandex|gmx/;
/** Webmail providers that an address names without its TLD: "dealsking at gmail", "dealsking@yahoo". */
const PROVIDER_MAIL =
  /\b([a-z0-9._%+-]{2,64})(?: at |@| ?\(at\) ?| ?\[at\] ?)(gmail|googlemail|yahoo|hotmail|outlook|protonmail|icloud|aol|yandex|gmx)(?![a-z0-9.@-])/g;
/** "name @ example.com": an at-sign set apart by spaces, before a domain. */
const SPACED_AT = /(?<=[a-z0-9._%+-]{2}) @ (?=[a-z0-9-]{2,63}\.[a-z]{2,})/g;
const NOT_LOCAL = new Set([
  'me',
  'us',
  'him',
  'her',
  'them',
  'look',
  'looking',
  'arrive',
  'arrived',
  'it',
  'this',
  'that',
  'is',
  'are',
]);
const STOP_LABELS = new Set([
  'the',
  'a',
  'an',
  'this',
  'that',
  'of',
  'in',
  'on',
  'big',
  'old',
  'early',
  'late',
  'first',
  'whole',
  'entire',
]);

/**
 * Undoes the usual ways of disguising links: hxxp, [.] (dot) {dot}, "example dot com" (and "punto", "punkt",
 * "nokta"... the word for "dot" in other languages), spaced dots, "s o l a r . c o m" spelled out, the stand-ins
 * of `rewriteStandIns` (commas, emoji, "www example com"...), and (at) / "name at example.com" for e-mail.
 * `body` is the original text the folded one maps to, for what only its case tells. Works on folded text, so
 * fullwidth dots and invisible separators are already gone. Linear: fixed regexes without nested quantifiers
 * and one scan for spelled-out letters.
 */
export function defang(folded: MappedText, body: string): MappedText {
  // Each rewrite runs only when the text has the characters its regex cannot match without (a native search
  // is much cheaper than a regex scan, and most comments have none of them).
  const text = folded.text;
  let t = folded;
  // First, so that no later rewrite reads a stand-in for a dot inside the video's id ("watch?v=AAAA-A_IO-_").
  if (text.includes('watch?v=')) t = mappedReplace(t, BARE_WATCH, () => 'youtube.com/watch?v=');
  if (text.includes(':') || text.includes('//')) t = mappedReplace(t, HXXP, (m) => `http${m[1] ?? ''}`);
  if (BRACKETS.test(text)) {
    t = mappedReplace(t, BRACKET_DOT, () => '.');
    t = mappedReplace(t, BRACKET_AT, () => '@');
  }
  t = unLeetTlds(t);
  const text0 = t.text;
  if (SPOKEN_DOT_CUE.test(text0))
    t = mappedReplace(t, SPOKEN_DOT, (m) => {
      const word = m[1] ?? '.';
      const tld = m[2] ?? m[3] ?? '';
      const before = text0.slice(Math.max(0, m.index - 64), m.index);
      if (!LABEL_END.test(before)) return null;
      const label = /[a-z0-9-]+$/.exec(before)?.[0] ?? '';
      if (label.length < 2 || STOP_LABELS.has(label)) return null;
      // "dot" and a dot take every TLD people write out; the other languages' words only the unambiguous ones.
      const english = word === 'dot' || word === 'd0t' || word === '.';
      if (english ? SPOKEN_TLDS.has(tld) || wordyTldAfterName(word, label, tld) : foreignTld(word, tld)) return '.';
      return null;
    });
  // A spelled-out run is joined only when it has a dot standing alone.
  if (t.text.includes(' .') || t.text.startsWith('.')) t = joinSpelledOut(t);
  t = rewriteStandIns(t, body);
  if (t.text.includes(' @ ')) t = mappedReplace(t, SPACED_AT, () => '@');
  const text2 = t.text;
  if (PROVIDERS.test(text2))
    t = mappedReplace(t, PROVIDER_MAIL, (m) => {
      const local = m[1] ?? '';
      // "@" says it is an address; " at " only after a word that asks to write, as for other domains.
      const at = m[0].slice(local.length);
      if (at[0] !== '@' && (NOT_LOCAL.has(local) || !MAIL_CUE.test(text2.slice(Math.max(0, m.index - 64), m.index))))
        return null;
      return `${local}@${m[2]}.com`;
    });
  const text1 = t.text;
  if (text1.includes(' at '))
    t = mappedReplace(t, SPOKEN_AT, (m) => {
      const before = text1.slice(Math.max(0, m.index - 64), m.index);
      const local = LOCAL_PART.exec(before)?.[0];
      if (!local || NOT_LOCAL.has(local) || !MAIL_CUE.test(before.slice(0, before.length - local.length))) return null;
      return '@';
    });
  return t;
}

/** TLDs that are English words ("me", "us", "in"), read after the word "dot" only behind a name that is no word. */
const WORDY_SPOKEN_TLDS: ReadonlySet<string> = new Set(['me', 'us', 'in', 'to', 'it', 'at', 'be', 'is', 'so']);

/**
 * "deals24 dot me", "my-shop dot in": a TLD that is also a word follows "dot" in prose ("a dot in the sky"), but
 * not after a name with a digit or hyphen, or one too long to be an everyday word before "dot".
 */
function wordyTldAfterName(word: string, label: string, tld: string): boolean {
  return word !== '.' && WORDY_SPOKEN_TLDS.has(tld) && (/[0-9-]/.test(label) || label.length >= 8);
}

/** Whether a TLD is read after a foreign word for "dot": an unambiguous one, or its own country's. */
function foreignTld(word: string, tld: string): boolean {
  return FOREIGN_DOT_TLDS.has(tld) || (DOT_WORD_TLDS[word]?.includes(tld) ?? false);
}

/**
 * Joins letters spelled out one at a time around a dot ("s o l a r g r a n t s . c o . u k"), so the domain
 * becomes visible. Runs without a dot are left alone: the abuse check handles spaced-out words itself.
 */
function single(text: string, p: number): boolean {
  // A letter, digit, '.', '-' or '/' standing alone between spaces (or the ends of the text). A module
  // function rather than a closure: tsx names every closure it creates, which costs on this hot path.
  const n = text.length;
  if (p >= n) return false;
  const c = text.charCodeAt(p);
  const ok = (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39) || c === 0x2e || c === 0x2d || c === 0x2f;
  return ok && (p === 0 || text.charCodeAt(p - 1) === 0x20) && (p + 1 === n || text.charCodeAt(p + 1) === 0x20);
}

function joinSpelledOut(src: MappedText): MappedText {
  const text = src.text;
  const n = text.length;
  let out: MappedTextBuilder | null = null;
  let last = 0;
  let p = 0;
  while (p < n) {
    if (!single(text, p)) {
      // A spelled-out character starts the text or follows a space: go to the next space (a native scan).
      const space = text.indexOf(' ', p);
      if (space < 0) break;
      p = space + 1;
      continue;
    }
    let q = p;
    let count = 0;
    let dots = 0;
    let letters = 0;
    while (q < n && single(text, q)) {
      count++;
      if (text[q] === '.') dots++;
      else letters++;
      if (q + 2 < n && single(text, q + 2)) q += 2;
      else break;
    }
    if (count >= 5 && dots >= 1 && letters >= 4) {
      out ??= new MappedTextBuilder();
      out.copy(src, last, p);
      for (let k = p; k <= q; k += 2) out.copy(src, k, k + 1);
      last = q + 1;
    }
    p = q + 1;
  }
  if (!out) return src;
  out.copy(src, last, n);
  return out.build();
}
