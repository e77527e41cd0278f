import { letterOf, tokenForms, wordForms } from './forms.js';
import type { MappedText } from './mapped-text.js';
import { initialsMeant, type Token } from './tokens.js';
import { inClass, NO_CLASSES } from './word-classes.js';

/**
 * A word ready for matching: a token whose `forms` are filled in (the spellings to look up: literal, l33t read as
 * letters, stretched letters collapsed, masks resolved).
 */
export type Word = Token;

/** Whether any lookup spelling of `w` (as written, l33t read, stretching collapsed) is in `set`. */
export function hasForm(set: ReadonlySet<string>, w: Word | undefined): boolean {
  return w !== undefined && inClass(set, w);
}

/** What the word builder needs from the lexicons, so that normalization does not depend on the checks. */
export interface Vocabulary {
  /** Whether a spelling is a known word (a fragment that is one is not glued to its neighbour). */
  has(word: string): boolean;
  /**
   * Whether a letter-by-letter run may split into this spelling: the known words and every word a phrase reads
   * ("w i l l k i l l y o u" is "will kill you").
   */
  splits(word: string): boolean;
  /** Whether a phrase reads `b` right after `a`: how a run that splits two ways picks its words. */
  together(a: string, b: string): boolean;
  /** Known words that a masked spelling ("c*nt", "f***") could stand for. */
  unmask(masked: string): string[];
  /** Whether a spelling is one of the words the checks look for (worth gluing fragments back into). */
  flagged(word: string): boolean;
  /** Whether two words written apart are one listed compound ("dick head", "jungle bunnies"), glued back. */
  apart(a: string, b: string): boolean;
}

/** Between letters spread out: spaces, light punctuation, or symbols and emoji ("i🙂d🙂i🙂o🙂t"). */
const SEPARATOR_GAP = /^(?:[\s.\-_/*,·+|'"~:#%]|\p{S}|\p{Extended_Pictographic}|\uFE0F|\u200D){1,3}$/u;
/**
 * Inside a word, with no space: a symbol or emoji wedged in to split it ("id🤡iot", "id.iot", "mo_ron"). Not an
 * apostrophe: "don't" and "you're" are everywhere, and are words.
 */
const GLUE_GAP = /^(?:[.\-_/·+|~:#%]|\p{S}|\p{Extended_Pictographic}|\uFE0F|\u200D){1,2}$/u;
const SENTENCE_END = /[.!?:]/;
const PICTOGRAPH_GAP = /^(?:\p{So}|\p{Extended_Pictographic}|\uFE0F|\u200D)+$/u;
const NOT_LETTERS = /[^a-z]/;

/** A space, line break, comma or quote: what separates words rather than splits one. */
function apart(c: number): boolean {
  return c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09 || c === 0x2c || c === 0x27 || c === 0x22;
}
const MAX_RUN = 48;
/** The most fragments one wedged word is glued back from. */
const MAX_FRAGMENTS = 3;

/** Turns tokens into words: joins letters spread out with separators, then computes lookup spellings. */
export function buildWords(tokens: Token[], folded: MappedText, vocabulary: Vocabulary): Word[] {
  const words: Word[] = [];
  // Most texts have no symbol standing alone between spaces: the spaced-out masks below are not looked for there.
  const starredText = STANDALONE_SYMBOL.test(folded.text);
  // The spaced-out mask read from token `i` when the turn before looked there already (null: not looked).
  let ahead: Glued | undefined | null = null;
  let i = 0;
  while (i < tokens.length) {
    // "a l * s e r", "a p * r a s i t e": a word of its own ("a", "you") may stand before the spaced-out one, which
    // then reads longer from the next piece ("parasite") than from the word ("ape").
    let starred = ahead !== null ? ahead : starredText ? spacedMask(tokens, i, folded.text, vocabulary) : undefined;
    const next = starredText ? spacedMask(tokens, i + 1, folded.text, vocabulary) : undefined;
    ahead = null;
    let after = next;
    if (starred && after) {
      if (after.next > starred.next) starred = undefined;
      else after = undefined;
    }
    if (starred || after) {
      if (after) words.push(withForms(tokens[i] as Token, vocabulary, folded.text));
      const found = (starred ?? after) as Glued;
      words.push(found.word);
      i = found.next;
      continue;
    }
    const runEnd = spacedRunEnd(tokens, i, folded.text);
    if (runEnd - i >= 3) {
      for (const w of segmentRun(tokens.slice(i, runEnd), vocabulary, folded.text)) words.push(w);
      spelledToTheEnd(tokens, i, runEnd, folded.text);
      i = runEnd;
      continue;
    }
    const pair = runEnd - i === 2 ? spelledPair(tokens, i, folded.text) : null;
    if (pair) {
      words.push(pair);
      i += 2;
      continue;
    }
    const split = splitWord(tokens, i, folded.text, vocabulary) ?? writtenApart(tokens, i, folded.text, vocabulary);
    if (split) {
      words.push(split);
      i += 2;
      continue;
    }
    // A mask first: "murd##er" hides letters of "murderer" rather than wedging symbols into "murder".
    const glued = maskedWord(tokens, i, folded.text, vocabulary) ?? gluedWord(tokens, i, folded.text, vocabulary);
    if (glued) {
      words.push(glued.word);
      i = glued.next;
      continue;
    }
    const t = tokens[i] as Token;
    words.push(withForms(t, vocabulary, folded.text));
    i++;
    ahead = next;
  }
  return words;
}

/**
 * A word split by a symbol wedged into it ("id🤡iot", "mo_ron"), glued back when the whole is a word the checks
 * look for and the fragments are not words of their own ("as.s" stays, since "as" is). A gap that ends a sentence
 * before a capital ("pen.Is") is a missing space, not a wedge.
 */
function gluedWord(
  tokens: Token[],
  i: number,
  text: string,
  vocabulary: Vocabulary,
): { word: Word; next: number } | undefined {
  const first = tokens[i] as Token;
  let joined = first.text;
  let allKnown: boolean | undefined;
  for (let j = i + 1; j < tokens.length && j - i < MAX_FRAGMENTS; j++) {
    const prev = tokens[j - 1] as Token;
    const t = tokens[j] as Token;
    // This runs for every word, and most gaps start or end with a space, or are an apostrophe: those are settled
    // by two character codes, without slicing the gap or building spellings.
    if (t.start - prev.end > 4 || apart(text.charCodeAt(prev.end)) || apart(text.charCodeAt(t.start - 1))) {
      return undefined;
    }
    const gap = text.slice(prev.end, t.start);
    if (!GLUE_GAP.test(gap) || (SENTENCE_END.test(gap) && t.capitalized && !prev.capitalized)) return undefined;
    joined += t.text;
    // Spellings (l33t, masks) are built only for a whole that is listed as it is or holds more than letters.
    const forms = vocabulary.flagged(joined) || NOT_LETTERS.test(joined) ? wordForms(joined) : undefined;
    if (!forms?.some((f) => vocabulary.flagged(f))) {
      // An emoji wedged next to a stray letter or two ("k🙂ill", "shoo⭐t") splits a word, whatever the word.
      if (j === i + 1 && PICTOGRAPH_GAP.test(gap) && strayLetter(first, t, vocabulary)) {
        return { word: gluedFrom(first, t, joined, wordForms(joined)), next: j + 1 };
      }
      continue;
    }
    allKnown ??= vocabulary.has(first.text);
    for (let k = i + 1; k <= j && allKnown; k++) allKnown = vocabulary.has((tokens[k] as Token).text);
    // Words joined by punctuation can be two words ("as.s"); an emoji or symbol wedged inside one ("r🤡at") is not.
    if (allKnown && !PICTOGRAPH_GAP.test(gap)) continue;
    return { word: gluedFrom(first, t, joined, forms), next: j + 1 };
  }
  return undefined;
}

/**
 * Symbols written in place of letters, as '*' is ("f##k", "a^^hole", "b---h", "sh_t", "f..k"), and the l33t letters
 * that are symbols ("id|ot", "c|own", "bi+ch"): # ^ % _ - . = ~ | +.
 */
function isMaskUnit(c: number): boolean {
  return MASK_UNITS.has(c);
}
const MASK_UNITS: ReadonlySet<number> = new Set([...'#^%_-.=~|+'].map((ch) => ch.charCodeAt(0)));
/**
 * At the end of a word these hide its last letters too ("f###", "sh__", "di%"): # ^ % _; dots and dashes end
 * sentences.
 */
function isTrailingMaskUnit(c: number): boolean {
  return c === 0x23 || c === 0x5e || c === 0x25 || c === 0x5f;
}
/** A character that carries a word on past a mask. */
const WORD_GOES_ON = /[\p{L}\p{N}*@$]/u;
/** The most letters one run of mask symbols hides. */
const MAX_MASK = 4;

/**
 * A word with some letters hidden behind mask symbols other than '*' ("f##k", "a^^hole", "b---h", "f###"), read
 * as '*' is: the listed words it fits (same length and first letter, the letters it shows in place). Nothing is
 * glued where the mask fits no listed word ("co-op", "t-shirt", "50%"), or fits too many to say which.
 */
function maskedWord(
  tokens: Token[],
  i: number,
  text: string,
  vocabulary: Vocabulary,
): { word: Word; next: number } | undefined {
  const a = tokens[i] as Token;
  const c = text.charCodeAt(a.end);
  if (!isMaskUnit(c)) return undefined;
  let k = a.end + 1;
  while (k < text.length && isMaskUnit(text.charCodeAt(k))) k++;
  const hidden = k - a.end;
  if (hidden > MAX_MASK) return undefined;
  const b = tokens[i + 1];
  if (b?.start === k) {
    const masked = a.text + '*'.repeat(hidden) + b.text;
    const readings = vocabulary.unmask(masked);
    if (readings.length === 0) return undefined;
    return { word: gluedFrom(a, b, masked, spellingsOf(masked, readings)), next: i + 2 };
  }
  // At the end of the word, a full stop after the mask ends the sentence ("lowlif#.").
  let end = a.end;
  while (end < k && isTrailingMaskUnit(text.charCodeAt(end))) end++;
  if (end === a.end || (end < text.length && WORD_GOES_ON.test(text[end] as string))) {
    return undefined;
  }
  const masked = a.text + '*'.repeat(end - a.end);
  const readings = vocabulary.unmask(masked);
  if (readings.length === 0) return undefined;
  return {
    word: { ...a, text: masked, end, joined: true, forms: spellingsOf(masked, readings) },
    next: i + 1,
  };
}

/**
 * Between spaced-out pieces of a word: spaces, and stars or other mask symbols standing alone for the letters hidden
 * ("f * * k", "c l # w n").
 */
const STARRED_GAP = /^ [ *#^%_.=~-]{0,8}$/;
const MASK_SYMBOLS = /[*#^%_.=~-]/g;
/** A mask symbol after a space, standing alone: " * ", " ## ", " *" at the end or before a quote. */
const STANDALONE_SYMBOL = / [*#^%_.=~-]{1,8}(?![\p{L}\p{N}])/u;
/** The longest piece of a spaced-out word with stars between: a letter, or a few ("f * * * ing"). */
const MAX_PIECE = 3;
/** The most pieces one starred word is read from ("s h * t", "f * * k"). */
const MAX_PIECES = 16;

/**
 * A word spaced out with stars (or other mask symbols) standing alone for hidden letters ("F * * K", "s h * t",
 * "f * * * ing", "c l # w n"), read as the mask it spells ("f**k", "sh*t", "f***ing") when that fits a listed word;
 * the longest such reading from `i`. Stars between letters that are all there ("i * d * i * o * t") spell no mask of
 * the right length and are left to the spaced-out run.
 */
type Glued = { word: Word; next: number };

function spacedMask(tokens: Token[], i: number, text: string, vocabulary: Vocabulary): Glued | undefined {
  const first = tokens[i];
  // Most tokens are words of four letters or more, or are followed by no space: one look settles them.
  if (!first || first.text.length > MAX_PIECE || text.charCodeAt(first.end) !== 0x20) return undefined;
  if (separatedEvenly(tokens, i, text)) return undefined;
  let masked = first.text;
  let stars = 0;
  let found: Glued | undefined;
  const read = (spelling: string, last: Token, end: number, next: number): void => {
    const readings = vocabulary.unmask(spelling);
    if (readings.length > 0)
      found = { word: { ...gluedFrom(first, last, spelling, spellingsOf(spelling, readings)), end }, next };
  };
  for (let j = i; j < tokens.length && j - i < MAX_PIECES; j++) {
    const t = tokens[j] as Token;
    if (j > i) {
      const gap = text.slice((tokens[j - 1] as Token).end, t.start);
      if (t.text.length > MAX_PIECE || !STARRED_GAP.test(gap)) break;
      const hidden = gap.length - gap.replace(MASK_SYMBOLS, '').length;
      if (hidden > 0 && !gap.endsWith(' ')) break;
      stars += hidden;
      masked += '*'.repeat(hidden) + t.text;
      if (stars > 0) read(masked, t, t.end, j + 1);
    }
    // "a s s h o l *": the last letters hidden after a space, the word ending there.
    const trailing = TRAILING_STARS.exec(text.slice(t.end, t.end + 8))?.[1];
    if (trailing && j > i) read(masked + '*'.repeat(trailing.length), t, t.end + 1 + trailing.length, j + 1);
  }
  return found;
}
/**
 * "d . e . m . o": the same symbol between every piece is a separator, not letters hidden (two gaps or more, all
 * alike); "i d . o t", "f * * k" hide letters.
 */
function separatedEvenly(tokens: Token[], i: number, text: string): boolean {
  let gap: string | undefined;
  let gaps = 0;
  for (let j = i + 1; j < tokens.length && j - i < MAX_PIECES; j++) {
    const t = tokens[j] as Token;
    const g = text.slice((tokens[j - 1] as Token).end, t.start);
    if (t.text.length > MAX_PIECE || !STARRED_GAP.test(g)) break;
    // Plain spaces between the pieces: nothing is hidden or separated by a symbol.
    if ((gap !== undefined && g !== gap) || g.trim() === '') return false;
    gap = g;
    gaps++;
  }
  return gaps >= 2;
}

/**
 * Symbols after a space that hide a spaced-out word's last letters, ending it: " *", " ##" (not before another
 * letter standing alone, which goes on spelling the word: "p * r a s i t e").
 */
const TRAILING_STARS = /^ ([*#^%_]{1,4})(?![\p{L}\p{N}*@$#^%_]| [\p{L}\p{N}](?![\p{L}\p{N}]))/u;

/**
 * A listed word split in two by a space next to a stray letter pair ("id iot", "idi ot", "mo ron"): one fragment
 * of two letters, the other longer, neither a word the vocabulary knows, not a pair of names ("Mo Ron"), glued back
 * when the whole is a listed word. Two words of three letters or more stay apart, even when they make a compound
 * insult ("con man", "gas bag"): they read as the words they are.
 */
/** English words of two letters: after a known word they are the next word ("dumb as rocks"), not its ending. */
export const TWO_LETTER_WORDS: ReadonlySet<string> = new Set(
  'am an as at ax be by do go ha he hi if in is it lo ma me my no of oh ok on or ox pa so to uh um up us we ya ye yo'.split(
    ' ',
  ),
);

function splitWord(tokens: Token[], i: number, text: string, vocabulary: Vocabulary): Word | undefined {
  const a = tokens[i] as Token;
  const b = tokens[i + 1];
  if (!b || b.start !== a.end + 1 || text.charCodeAt(a.end) !== 0x20) return undefined;
  const short = Math.min(a.text.length, b.text.length);
  if (short !== 2 || a.text.length + b.text.length < 5 || (a.capitalized && b.capitalized)) return undefined;
  const joined = a.text + b.text;
  if (NOT_LETTERS.test(joined) || !vocabulary.flagged(joined)) return undefined;
  // The longer fragment, when a known word, reads as that word ("idiot as", "as bastards"), unless it comes first and
  // the two letters after it are no word ("wank er": a word cut before its ending); a two-letter fragment that is a
  // word does not stop the gluing ("dimw it", "cret in"). A longer fragment that is itself a listed word, beside two
  // letters that are no English word, reads as the listed word the two make ("re tard"; "dumb as" stays two words).
  const [longer, shorter] = a.text.length > b.text.length ? [a.text, b.text] : [b.text, a.text];
  const cutEnding = a.text.length > b.text.length && !vocabulary.has(b.text) && !TWO_LETTER_WORDS.has(b.text);
  const listedPiece = vocabulary.flagged(longer) && !TWO_LETTER_WORDS.has(shorter);
  if (vocabulary.has(longer) && !cutEnding && !listedPiece) return undefined;
  return gluedFrom(a, b, joined, wordForms(joined));
}

/**
 * A listed compound written as two words with one space ("dick head", "jungle bunnies"), glued back into the word it
 * is; which pairs are such compounds, and no phrase of their own, the vocabulary knows. Two words in title case are
 * a name.
 */
function writtenApart(tokens: Token[], i: number, text: string, vocabulary: Vocabulary): Word | undefined {
  const a = tokens[i] as Token;
  const b = tokens[i + 1];
  if (!b || b.start !== a.end + 1 || text.charCodeAt(a.end) !== 0x20 || (a.capitalized && b.capitalized))
    return undefined;
  // "@ss hat": the '@' the tokenizer read as a mention is the first letter (as `leadingLetter` reads it).
  const lead = text.charCodeAt(a.start - 1);
  const symbol = (lead === 0x40 || lead === 0x21) && (a.start === 1 || apart(text.charCodeAt(a.start - 2)));
  const first = symbol ? text.slice(a.start - 1, a.end) : a.text;
  if (!vocabulary.apart(first, b.text)) return undefined;
  const joined = first + b.text;
  const word = gluedFrom(a, b, joined, wordForms(joined));
  if (symbol) {
    word.start = a.start - 1;
    word.mention = false;
  }
  return word;
}

/**
 * One of two fragments is one or two letters that are no word ("k", "ng"; not "a", "i" or "go"), the other is
 * longer: a word was cut, not two words written together.
 */
function strayLetter(a: Token, b: Token, vocabulary: Vocabulary): boolean {
  const stray = (x: Token, y: Token) =>
    x.text.length <= 2 && !NOT_LETTERS.test(x.text) && !vocabulary.has(x.text) && y.text.length >= 2;
  return stray(a, b) || stray(b, a);
}

/** The word glued from the fragments `first` … `last`. */
function gluedFrom(first: Token, last: Token, text: string, forms: string[]): Word {
  return {
    text,
    start: first.start,
    end: last.end,
    breakBefore: first.breakBefore,
    pauseBefore: first.pauseBefore,
    capitalized: first.capitalized,
    mention: first.mention,
    joined: true,
    forms,
    classes: NO_CLASSES,
    classesOf: null,
    classesAt: 0,
  };
}

/**
 * "u_p", "g-o", "m|e": a two-letter word spelled out with one separator other than a space, read as the word where
 * it is one ("beat you u_p"); with a dot (or "·", "•", which fold to one) or a comma only in lower case and standing
 * alone ("u.p", "u,p"; not the initials "U.S." or "a.m.p.").
 */
function spelledPair(tokens: Token[], i: number, text: string): Word | null {
  const a = tokens[i] as Token;
  const b = tokens[i + 1] as Token;
  const sep = text[a.end] as string;
  if (b.start !== a.end + 1) return null;
  if (sep === '.' || sep === ',') {
    if (a.capitalized || b.capitalized || text[a.start - 1] === '.' || /^\.\p{L}/u.test(text.slice(b.end, b.end + 2)))
      return null;
  } else if (!PAIR_SEPARATOR.test(sep)) return null;
  const joined = (letterOf(a.text) ?? '') + (letterOf(b.text) ?? '');
  return TWO_LETTER_WORDS.has(joined) ? gluedFrom(a, b, joined, [joined]) : null;
}
const PAIR_SEPARATOR = /[_\-|/~+:]/;

/** The lookup spellings of a word as written, and the listed words it may stand for (`readings`) where masked. */
function spellingsOf(text: string, readings: readonly string[]): string[] {
  const forms = wordForms(text);
  for (let i = 0; i < readings.length; i++) {
    const f = readings[i] as string;
    if (!forms.includes(f)) forms.push(f);
  }
  return forms;
}

function withForms(t: Token, vocabulary: Vocabulary, text: string): Word {
  const forms = t.text.includes('*') ? spellingsOf(t.text, vocabulary.unmask(t.text)) : tokenForms(t.text);
  // Tokens are fresh objects owned by this analysis: fill in place rather than copy.
  t.forms = forms;
  if (t.start > 0) leadingLetter(t, vocabulary, text);
  return t;
}

/** The most times a leading symbol is repeated as a stretched letter. */
const MAX_LEADING = 12;

/**
 * "@sshole", "!diot": the tokenizer reads a leading '@' as a mention and a leading '!' as punctuation, but a
 * word that is listed only with that symbol read as its letter was disguised from its first letter: the
 * symbol joins the word again (and an '@' then marks no mention). A word listed as it stands keeps its reading.
 */
function leadingLetter(t: Token, vocabulary: Vocabulary, text: string): void {
  // "@*s*s*h*0*1*e": the symbol opens a word spelled out with stars, which the tokenizer trimmed with it.
  const starred = text.charCodeAt(t.start - 1) === 0x2a && t.text.includes('*');
  const first = starred ? t.start - 2 : t.start - 1;
  const lead = text.charCodeAt(first);
  if (lead !== 0x40 && lead !== 0x21) return;
  // The symbol stretched as letters are ("@@$$hhooole").
  let start = first;
  while (start > 0 && first - start < MAX_LEADING - 1 && text.charCodeAt(start - 1) === lead) start--;
  if (start > 0 && !apart(text.charCodeAt(start - 1)) && text.charCodeAt(start - 1) !== 0x28) return;
  if (t.forms.some((f) => vocabulary.flagged(f))) return;
  // Read stretched as written, and with the symbol once ("!!diot": a doubled letter is no stretch).
  const spelled = [...wordForms(text.slice(start, t.start) + t.text)];
  if (start < first) spelled.push(...wordForms(text.slice(first, t.start) + t.text));
  if (!spelled.some((f) => vocabulary.flagged(f))) return;
  t.start = start;
  t.text = text.slice(t.start, t.end);
  t.forms = spelled;
  t.mention = false;
}

/**
 * "go h.a.n.g. yourself": letters spelled out with dots often end with one, which is the spelling's and no full
 * stop when the next word is in lower case; the sentence goes on.
 */
function spelledToTheEnd(tokens: Token[], from: number, end: number, text: string): void {
  const last = tokens[end - 1] as Token;
  const next = tokens[end];
  if (!next || next.capitalized || end - from < 2 || text.charCodeAt(last.start - 1) !== 0x2e) return;
  if (/^\. +$/.test(text.slice(last.end, next.start))) next.breakBefore = false;
}

/** End (exclusive) of a run of one-character tokens separated by short separators, starting at `i`. */
function spacedRunEnd(tokens: Token[], i: number, text: string): number {
  let j = i;
  let lastGap = '';
  while (j < tokens.length && j - i < MAX_RUN) {
    const t = tokens[j] as Token;
    if (t.text.length !== 1 || letterOf(t.text) === null) break;
    if (j > i) {
      const prev = tokens[j - 1] as Token;
      const gap = text.slice(prev.end, t.start);
      if (!SEPARATOR_GAP.test(gap)) break;
      // "a b^^^h": symbols that hide letters, after another gap, end the run; the masked word is read as a mask.
      if (j > i + 1 && gap !== lastGap && gap.length > 1 && [...gap].every((g) => isMaskUnit(g.charCodeAt(0)))) {
        return j - 1;
      }
      lastGap = gap;
    }
    j++;
  }
  return j;
}

/** What a known word and an unknown single letter cost a split of spaced-out letters. */
const WORD_COST = 4;
const LETTER_COST = 40;
/**
 * Half a word's cost: a split takes an extra word only where that makes two more pairs a phrase reads ("would slit
 * her ears", not "would slither ears"), never for one.
 */
const PAIR_BONUS = 2;

/**
 * Splits a run of single letters ("u r a p a t h e t i c l o s e r") into known words by dynamic programming:
 * the split that leaves the fewest letters unexplained, then the fewest words, then the most pairs of words a
 * phrase reads together. The run is bounded (MAX_RUN), so this stays linear in the body.
 */
function segmentRun(run: Token[], vocabulary: Vocabulary, text: string): Word[] {
  const letters = run.map((t) => letterOf(t.text) ?? '?');
  const n = letters.length;
  const joined = letters.join('');
  // The whole run, or all of it after a leading "a", spelling one listed word under any reading of its l33t
  // ("a.5.5.h.0.1.3", where a "1" is an "l" that reading it as "i" would miss).
  const lead = n > 3 && leadingWord(run, joined, text) ? 1 : 0;
  // Insults spelled as initials with dots or spaces ("you p.o.s", "that s.o.b"), read as the words they stand for.
  // A lone "a" may lead them in ("you're a p.o.s").
  for (const from of lead > 0 || letterOf((run[0] as Token).text) === 'a' ? [0, 1] : [0]) {
    if (n - from > 4) continue;
    const at = (run[from] as Token).start;
    const initials = initialsMeant(text, at, (run[n - 1] as Token).end, joined.slice(from));
    if (initials) return wordsOf(run, joined, spelledFrom(from, n), from, [initials]);
  }
  if (/[^a-z]/.test(joined) || run.some((t) => t.text === '1')) {
    for (let from = lead; from >= 0; from--) {
      const forms = wordForms(spelled(run, from, n));
      if (forms.some((f) => vocabulary.flagged(f))) return wordsOf(run, joined, spelledFrom(from, n), from, forms);
    }
  }
  let pieces = bestSplit(joined, vocabulary);
  // Letters the vocabulary cannot split into anything it looks for ("s h o o t", "h.a.n.g") are one word, after
  // a leading "a" or "i" that the run took in. A listed word or a word only the phrases read ("fuckyou") is
  // something looked for.
  let whole = -1;
  const unexplained = pieces.some(([s, e]) => e - s === 1 && !vocabulary.has(joined.slice(s, e)));
  const lookedFor = (piece: string) =>
    vocabulary.flagged(piece) || (vocabulary.splits(piece) && !vocabulary.has(piece));
  if (unexplained && !pieces.some(([s, e]) => lookedFor(joined.slice(s, e)))) {
    whole = lead;
    pieces = spelledFrom(whole, n);
  }
  return wordsOf(run, joined, pieces, whole, undefined);
}

/**
 * The cheapest split of `joined` into known words (each costs WORD_COST) and single letters (LETTER_COST unless a
 * known word), where two neighbouring words a phrase reads together earn PAIR_BONUS back. Dynamic programming over
 * (end of the last word, its start): only the words found ending at each letter are tried, so a run of unknown
 * letters costs what it did with one state per letter. Of equal splits the one with the longest last word wins.
 */
function bestSplit(joined: string, vocabulary: Vocabulary): Array<[number, number]> {
  const n = joined.length;
  // The words ending at each letter: their starts, costs, texts, and the best cost and the word before for each.
  const starts: number[][] = [[]];
  const texts: string[][] = [[]];
  const costs: number[][] = [[]];
  const before: number[][] = [[]];
  for (let end = 1; end <= n; end++) {
    const s: number[] = [];
    const t: string[] = [];
    const c: number[] = [];
    const b: number[] = [];
    for (let start = Math.max(0, end - 24); start < end; start++) {
      const piece = joined.slice(start, end);
      let own: number;
      if (end - start === 1) own = vocabulary.has(piece) ? WORD_COST : LETTER_COST;
      else if (vocabulary.splits(piece)) own = WORD_COST;
      else continue;
      let best = start === 0 ? own : Number.POSITIVE_INFINITY;
      let from = -1;
      const prevStarts = starts[start] as number[];
      const prevCosts = costs[start] as number[];
      const prevTexts = texts[start] as string[];
      for (let k = 0; k < prevStarts.length; k++) {
        const base = prevCosts[k] as number;
        if (base === Number.POSITIVE_INFINITY) continue;
        const v = base + own - (vocabulary.together(prevTexts[k] as string, piece) ? PAIR_BONUS : 0);
        if (v < best) {
          best = v;
          from = k;
        }
      }
      s.push(start);
      t.push(piece);
      c.push(best);
      b.push(from);
    }
    starts.push(s);
    texts.push(t);
    costs.push(c);
    before.push(b);
  }
  // The last word: the cheapest; of equal ones the longest (the first tried).
  let k = -1;
  const lastCosts = costs[n] as number[];
  for (let i = 0; i < lastCosts.length; i++) if (k < 0 || (lastCosts[i] as number) < (lastCosts[k] as number)) k = i;
  const pieces: Array<[number, number]> = [];
  let end = n;
  while (end > 0 && k >= 0) {
    const start = (starts[end] as number[])[k] as number;
    pieces.push([start, end]);
    k = (before[end] as number[])[k] as number;
    end = start;
  }
  return pieces.reverse();
}

/** A run of `n` letters as one spelled word from letter `from` (0, or 1 after a leading "a" or "i"). */
function spelledFrom(from: number, n: number): Array<[number, number]> {
  return from > 0
    ? [
        [0, from],
        [from, n],
      ]
    : [[0, n]];
}

/** The characters of run[from, end) as written (l33t kept). */
function spelled(run: Token[], from: number, end: number): string {
  let out = '';
  for (let k = from; k < end; k++) out += (run[k] as Token).text;
  return out;
}

/**
 * The words of a run cut into `pieces`; the piece starting at `whole` is one word spelled out, which keeps its l33t
 * characters so that a "1" may read as "l" too ("f/0/o/1"), with `forms` when they are known already.
 */
function wordsOf(
  run: Token[],
  joined: string,
  pieces: ReadonlyArray<readonly [number, number]>,
  whole: number,
  forms: string[] | undefined,
): Word[] {
  const first = run[0] as Token;
  return pieces.map(([s, e], k) => {
    const a = run[s] as Token;
    const b = run[e - 1] as Token;
    const text = s === whole ? spelled(run, s, e) : joined.slice(s, e);
    return {
      text,
      start: a.start,
      end: b.end,
      breakBefore: k === 0 ? first.breakBefore : false,
      pauseBefore: k === 0 ? first.pauseBefore : false,
      // Spelled out in capitals after the first letter ("R.E.T.a.R.d", "I.D.I.O.T") is a disguise or shouting, no name.
      capitalized: k === 0 && first.capitalized && !run.slice(s + 1, e).some((t) => t.capitalized),
      mention: k === 0 ? first.mention : false,
      joined: true,
      forms: s === whole && forms ? forms : wordForms(text),
      classes: NO_CLASSES,
      classesOf: null,
      classesAt: 0,
    };
  });
}

/**
 * The run's first letter is a word of its own: set apart by another gap than the letters after it ("a i.d.i.o.t"),
 * or an "a" or "i" before letters spaced out ("a s h o o t").
 */
function leadingWord(run: Token[], joined: string, text: string): boolean {
  const [a, b, c] = run as [Token, Token, Token];
  const first = text.slice(a.end, b.start);
  const second = text.slice(b.end, c.start);
  if (first !== second) return first.trim() === '';
  return (joined[0] === 'a' || joined[0] === 'i') && first.trim() === '';
}
