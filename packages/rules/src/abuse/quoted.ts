import type { Analysis } from '../engine/analysis.js';
import { hasForm as has, type Word } from '../normalize/words.js';

/**
 * Words inside quotation marks that a comment reports as someone else's: "the text read 'I'll kill you'", "the MP
 * was told to 'die in a fire'", "his tweet called immigrants 'vermin'". The quote must follow a reporting verb whose
 * subject is neither the commenter nor the reader, and nothing may endorse it ("As my dad says, '...' and he's
 * right", "You were told to '...' and you deserved it"). A quote with no reporting verb ("Here's my message: '...'")
 * is the commenter's own.
 */

const REPORTING: ReadonlySet<string> = new Set(
  'read reads reading heard hears received said says say saying wrote writes write texted texts messaged emailed call called calls calling quoted quoting told tells shouted shouts yelled screamed chanted posted posts tweeted tweets sent replied warned threatened labelled labeled branded described added'.split(
    ' ',
  ),
);
/** Verbs that end a sentence to say whose words it was: "..., the mayor admitted." */
const ATTRIBUTING: ReadonlySet<string> = new Set(
  'said says added admitted admits conceded concedes insisted insists claimed claims explained explains replied wrote writes told tweeted posted argued argues joked jokes quipped warn warns warned cautioned'.split(
    ' ',
  ),
);
/** Subjects whose words are the commenter's own, or the reader's. */
const OWN: ReadonlySet<string> = new Set('i im ive id ill we weve wed you u ya yall youre youve youd'.split(' '));
/** Words between a subject and its reporting verb: "was told", "had repeatedly said". */
const AUXILIARY: ReadonlySet<string> = new Set(
  'was were is are been be being has have had d ll s would will can could may might must shall just also repeatedly allegedly reportedly publicly once then even'.split(
    ' ',
  ),
);
/** Words before a reporting verb that make it a wish: "should be told", "needs to say". */
const WISH: ReadonlySet<string> = new Set(
  'should must ought need needs deserve deserves deserved gotta let lets hope wish'.split(' '),
);
/** Words after a quote that take it up as true or deserved: "... and he's right", "and you deserved it". */
const ENDORSE: ReadonlySet<string> = new Set(
  'right true correct agree agreed deserved deserve deserves exactly amen spot'.split(' '),
);
/** How many words a quotation or the clause before it may span. */
const REACH = 12;

/**
 * Whether the words [first, last] end inside a quotation the comment reports rather than makes its own, or in a
 * sentence it gives to someone else after a comma ("That was a silly thing to say, the mayor admitted.").
 */
export function reportedQuote(a: Analysis, first: number, last: number): boolean {
  if (attributedAfter(a, last)) return true;
  const open = openingQuote(a, last);
  // "called immigrants 'vermin'": the quotation may hold only the end of what was found.
  if (open < 0 || open < first - REACH) return false;
  const close = closingQuote(a, last);
  return (
    close >= 0 &&
    (reportingVerbBefore(a.words, open) || namedAfter(a.words, open, close) || wordsWere(a.words, open)) &&
    !endorsedAfter(a.words, close)
  );
}

/** Words that name a quotation as a thing: "'...' was the headline", "'...' is a line from the film". */
const QUOTATION_NAMES: ReadonlySet<string> = new Set(
  'slogan slogans headline headlines line lines title chant chants phrase quote lyric lyrics motto caption sign banner meme joke tweet catchphrase refrain policy'.split(
    ' ',
  ),
);
const BE: ReadonlySet<string> = new Set(['is', 'was', 'are', 'were', 's', 'isnt', 'wasnt']);

/**
 * A quotation that opens its sentence and is then named as a slogan, a headline, a line ("'Bomb them all' was a
 * slogan of the sixties"): mentioned, not said; unless it is the commenter's ("'...' is my motto").
 */
function namedAfter(words: readonly Word[], open: number, close: number): boolean {
  if (open > 0 && !(words[open] as Word).breakBefore) return false;
  if (!has(BE, words[close + 1]) || (words[close + 1] as Word).breakBefore) return false;
  for (let j = close + 2; j < words.length && j - close <= 6; j++) {
    const w = words[j] as Word;
    // "'...' is my motto": the commenter's own words after all.
    if (w.breakBefore || w.text === 'my' || w.text === 'our') return false;
    if (has(QUOTATION_NAMES, w)) return true;
  }
  return false;
}

/** Nouns for what someone wrote or said: "his exact words were '...'", "the message was '...'". */
const UTTERANCES: ReadonlySet<string> = new Set(
  'words word message messages text texts reply response answer statement note letter tweet post email comment remark'.split(
    ' ',
  ),
);
/** Possessives that make the words the commenter's or the reader's own: "my words were '...'". */
const OWN_POSSESSIVE: ReadonlySet<string> = new Set(['my', 'our', 'your']);

/**
 * "The chairman's exact words were '...'", "the text message was '...'": a quotation given as what someone else's
 * words were; not the commenter's or the reader's ("my reply was '...'").
 */
function wordsWere(words: readonly Word[], open: number): boolean {
  const be = words[open - 1];
  if (!be || !has(BE, be) || (words[open] as Word).breakBefore || be.breakBefore) return false;
  if (!has(UTTERANCES, words[open - 2])) return false;
  for (let j = open - 3; j >= 0 && open - j <= 6; j--) {
    if (has(OWN_POSSESSIVE, words[j])) return false;
    if ((words[j + 1] as Word).breakBefore) break;
  }
  return true;
}

/** The first word of the quotation the word at `k` stands in, or -1. */
function openingQuote(a: Analysis, k: number): number {
  const { words } = a;
  const text = a.folded.text;
  for (let j = k; j >= 0 && k - j <= REACH; j--) {
    const start = (words[j] as Word).start;
    const gapStart = j > 0 ? (words[j - 1] as Word).end : 0;
    const mark = text[start - 1];
    // A closing mark before the word: it stands after a quotation, not in one (also after a one-word quotation,
    // 'the "homeland" and the idiot').
    if (j < k && closes(text, (words[j] as Word).end)) return -1;
    // A single mark opens a quotation only after a space, not inside "I'll".
    if (start > gapStart && (mark === '"' || (mark === "'" && (start === 1 || space(text[start - 2]))))) return j;
  }
  return -1;
}

/** The last word of the quotation the word at `k` stands in, or -1. */
function closingQuote(a: Analysis, k: number): number {
  const words = a.words;
  for (let j = k; j < words.length && j - k <= REACH; j++) {
    if (closes(a.folded.text, (words[j] as Word).end)) return j;
  }
  return -1;
}

/** A closing mark right after a word, perhaps after its punctuation: `live"`, `police."`, `vermin'.` */
function closes(text: string, end: number): boolean {
  let p = end;
  while (p < text.length && p - end < 2 && '.,!?;:'.includes(text[p] as string)) p++;
  const c = text[p];
  if (c === '"') return true;
  const after = text[p + 1];
  return c === "'" && (after === undefined || space(after) || '.,!?;:)'.includes(after));
}

const space = (c: string | undefined): boolean => c === ' ' || c === '\n' || c === '\t' || c === '\r';

/** A reporting verb in the clause before the quotation, said by someone other than the commenter or reader. */
function reportingVerbBefore(words: readonly Word[], open: number): boolean {
  for (let j = open - 1; j >= 0 && open - j <= REACH; j--) {
    if (j < open - 1 && (words[j + 1] as Word).breakBefore) return false;
    if (!has(REPORTING, words[j])) continue;
    // "these so-called 'experts'": the commenter's own sneer.
    if (words[j - 1]?.text === 'so') return false;
    let s = j - 1;
    while (s >= 0 && has(AUXILIARY, words[s]) && !(words[s + 1] as Word).breakBefore) s--;
    // "They should be told '...'", "someone needs to say '...'": a wish of the commenter's, not a report.
    for (let q = j - 1; q >= 0 && j - q <= 3; q--) if (has(WISH, words[q])) return false;
    const subject = words[s];
    // An order ("Say it: ...") or the commenter's own words ("I'll say it again: ...").
    if (!subject || (words[s + 1] as Word).breakBefore || has(OWN, subject)) return false;
    // "As my dad says, ...": quoted to agree.
    for (let q = s; q >= 0 && s - q <= 3; q--) {
      if (words[q]?.text === 'as') return false;
      if ((words[q] as Word).breakBefore) break;
    }
    return true;
  }
  return false;
}

/** Whether the rest of the sentence after the quotation takes it up: "... and he's right". */
function endorsedAfter(words: readonly Word[], close: number): boolean {
  for (let j = close + 1; j < words.length && j - close <= 8; j++) {
    const w = words[j] as Word;
    if (w.breakBefore) return false;
    if (has(ENDORSE, w)) return true;
  }
  return false;
}

/**
 * A comma after the word at `k`, then up to four words naming someone other than the commenter or the reader and an
 * attributing verb that ends the sentence: "..., the mayor admitted.", "..., her spokesman said later" is not (the
 * sentence must end on the verb).
 */
function attributedAfter(a: Analysis, k: number): boolean {
  const { words } = a;
  for (let j = k + 1; j < words.length && j - k <= REACH; j++) {
    const w = words[j] as Word;
    if (w.breakBefore) return false;
    if (!a.folded.text.slice((words[j - 1] as Word).end, w.start).includes(',')) continue;
    if (has(OWN, w)) return false;
    for (let v = j + 1; v < words.length && v - j <= 4; v++) {
      const verb = words[v] as Word;
      if (verb.breakBefore) return false;
      // "..., Dave, as I said.": the commenter's own words again.
      if (has(OWN, verb) || verb.text === 'as') return false;
      if (!has(ATTRIBUTING, verb)) continue;
      const next = words[v + 1];
      return next === undefined || next.breakBefore;
    }
    return false;
  }
  return false;
}
