/**
 * Gay and trans people's lives named as something foul or a plot: "this transgender nonsense", "gay propaganda is
 * poisoning our kids", "the homosexual agenda", "propaganda of homosexuality". Clean: the words naming something
 * else ("the gay propaganda law", "a gay garbage collector", "the LGBT agenda for Pride month"), the smear denied
 * or kept at a distance ("there is no gay agenda", "the so-called gay agenda", the words in quotes, "anti-gay
 * propaganda"), and the contempt aimed elsewhere ("gay rights groups called the bill nonsense").
 */
import { hasForm as has, type Word } from '../normalize/words.js';
import { type IdentityHit, identityHit } from './identity.js';
import { DISTANCING, LGBT_WORDS, SCHEDULE_WORDS, SMEAR_NOUNS, THING_HEADS } from './lexicon/identity-smears.js';
import { joined } from './word-runs.js';

const set = (list: readonly string[]): ReadonlySet<string> => new Set(list);
const LGBT = set(LGBT_WORDS);
const CONTEMPT = set(SMEAR_NOUNS);
const DISTANCE = set(DISTANCING);
const THING_AFTER = set(THING_HEADS);
const SCHEDULE_AFTER = set(SCHEDULE_WORDS);
/** Where quotation marks keep the words at a distance ("the 'gay agenda' myth"). */
const QUOTES = new Set(['"', "'", '“', '‘', '«']);

/** The smears of the words, each as the identity word and the word of contempt. */
export function findIdentitySmears(words: Word[], text: string): IdentityHit[] {
  const out: IdentityHit[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i] as Word;
    if (!has(CONTEMPT, w)) continue;
    // "this transgender nonsense": the identity word just before the contempt word.
    const before = words[i - 1];
    if (before && joined(words, i) && has(LGBT, before)) {
      if (!distanced(words, i - 1, text) && !thingAfter(words, i)) out.push(identityHit([i - 1, i]));
      continue;
    }
    // "propaganda of homosexuality", "the agenda of the transgender lobby".
    const of = words[i + 1];
    const after = words[i + 2];
    if (of?.text === 'of' && after && !of.breakBefore && !after.breakBefore && has(LGBT, after)) {
      if (!distanced(words, i, text)) out.push(identityHit([i, i + 2]));
    }
  }
  return out;
}

/** Whether the words from `first` on are denied, called so by others, or quoted. */
function distanced(words: Word[], first: number, text: string): boolean {
  const w = words[first] as Word;
  if (QUOTES.has(text[w.start - 1] ?? '')) return true;
  for (let k = first - 1; k >= 0 && first - k <= 2; k--) {
    if ((words[k + 1] as Word).breakBefore) return false;
    if (has(DISTANCE, words[k])) return true;
  }
  return false;
}

/** Whether the contempt word at `i` begins the name of a thing ("propaganda law") rather than ending the smear. */
function thingAfter(words: Word[], i: number): boolean {
  if (!joined(words, i + 1)) return false;
  const next = words[i + 1];
  return has(THING_AFTER, next) || ((words[i] as Word).text === 'agenda' && has(SCHEDULE_AFTER, next));
}
