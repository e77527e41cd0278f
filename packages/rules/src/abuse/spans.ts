/**
 * Which words of a hit are its evidence: the toxic words themselves, as a moderator would mark them. "fuck" of
 * "fuck off", "shit" of "piece of shit"; a listed insulting or profane word with the insult it describes ("dumb ass",
 * "racist pig", "fucking moron"), but not "you" of "you idiot".
 */
import type { Word } from '../normalize/words.js';
import { lookupWord } from './lexicon/index.js';

const YOU: ReadonlySet<string> = new Set(['you', 'u', 'ya', 'yall']);
/** Words that lead into a phrase without being its insult: "you [really suck]", "they [all suck]". */
const LEAD: ReadonlySet<string> = new Set([
  'you',
  'u',
  'ya',
  'yall',
  'he',
  'she',
  'they',
  'really',
  'just',
  'all',
  'both',
  // "they are [awful people]", "such [horrible people]", "you must be [brain damaged]": the verb or pointing word that
  // leads into a phrase.
  'are',
  'were',
  'such',
  'these',
  'those',
  're',
  'must',
  'be',
]);

/**
 * Word ranges `[first, last]` of a matched phrase to show as evidence: its listed words, or, if none, all of it
 * but the pronouns and adverbs leading into it ("screw you", "they all [suck]"). With `withYou`, "you" stays with
 * the curse it follows or precedes ("fuck you"), as readers mark it.
 */
export function phraseEvidenceRanges(
  words: Word[],
  first: number,
  last: number,
  withYou = false,
): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let listed = false;
  for (let k = first; k <= last; k++) {
    const w = words[k] as Word;
    // A word that insults only said to the reader's face counts beside a listed word ("[Sick fucks]"); alone it is
    // part of the phrase ("you must be [brain damaged]").
    const beside = (k > first && core(words[k - 1])) || (k < last && core(words[k + 1]));
    const hit = core(w) || (readerOnly(w) && beside);
    listed ||= hit;
    if (!hit && !(withYou && w.forms.some((f) => YOU.has(f)))) continue;
    const prev = out[out.length - 1];
    if (prev && prev[1] === k - 1) prev[1] = k;
    else out.push([k, k]);
  }
  if (listed) return out;
  let from = first;
  while (from < last && words[from]?.forms.some((f) => LEAD.has(f))) from++;
  return [[from, last]];
}

/** A listed word that is not one of those insulting only to the reader's face. */
function core(w: Word | undefined): boolean {
  return !!w && lookupWord(w.forms) !== null && !readerOnly(w);
}

function readerOnly(w: Word): boolean {
  const kinds = lookupWord(w.forms)?.kinds;
  return !!kinds && kinds.size === 1 && kinds.has('adjective-reader');
}

/**
 * The first word of a noun insult's evidence: the word before it when that is a listed adjective or profanity
 * describing it ("ignorant idiot", "fucking moron"), in the same phrase; otherwise the noun itself.
 */
export function insultStart(words: Word[], i: number): number {
  const w = words[i] as Word;
  const prev = words[i - 1];
  if (!prev || w.breakBefore || w.pauseBefore) return i;
  const k = lookupWord(prev.forms)?.kinds;
  const describes =
    !!k && (k.has('adjective') || k.has('adjective-mild') || k.has('profanity') || k.has('profanity-mild'));
  return describes ? i - 1 : i;
}
