/**
 * A name offered as what comes to mind: "The word 'idiot' comes to mind.", "Useful idiots springs to mind", "When I
 * see the premier, the following words come to mind: clown, fraud.". The writer calls whoever the comment is
 * about by the name without saying "is". A place, a song or a word that insults no one ("Iran comes to mind", "the
 * word 'dissolve' comes to mind") stays clean, and so does a name denied ("'idiot' is not the word that comes to mind").
 */
import { hasForm as has, type Word } from '../normalize/words.js';
import type { Contempt } from './contempt-idioms.js';
import { type LexHit, lookupWord, namesPerson } from './lexicon/index.js';

const set = (list: readonly string[]): ReadonlySet<string> => new Set(list);
const COME = set(['come', 'comes', 'came', 'coming', 'spring', 'springs', 'sprang', 'springing', 'leap', 'leaps']);
/** Words between the name and the verb: "the word 'idiot' immediately comes", "idiots always spring". */
const BETWEEN = set(['immediately', 'instantly', 'always', 'just', 'readily', 'quickly', 'only', 'also', 'does', 'do']);
/** Words that may open the name's phrase before it: "the word", "the term", "a phrase like". */
const OPENERS = set(['the', 'a', 'word', 'words', 'term', 'terms', 'phrase', 'phrases', 'name', 'names', 'like']);
const NEGATION = set(['not', 'never', 'no', 't', 'nt']);
/** What comes to mind when a list of names follows: "these adjectives spring to mind: ...". */
const WORDS = set(['words', 'adjectives', 'terms', 'names', 'descriptions', 'descriptors', 'labels', 'phrases']);
/** How many names a list after "to mind:" may hold before it ends. */
const LIST_REACH = 6;

/**
 * A listed word that names a person. Adjectives are left out: "the word 'dumb' comes to mind when I read this policy"
 * judges a thing.
 */
function isName(hit: LexHit | null): boolean {
  return hit !== null && namesPerson(hit);
}

/** Every name said to come to mind, with someone as its target. */
export function findNamesToMind(words: Word[]): Contempt[] {
  const out: Contempt[] = [];
  for (let v = 1; v + 2 < words.length; v++) {
    if (!has(COME, words[v]) || words[v + 1]?.text !== 'to' || words[v + 2]?.text !== 'mind') continue;
    if ((words[v + 1] as Word).breakBefore || (words[v + 2] as Word).breakBefore) continue;
    const before = nameBefore(words, v);
    if (before >= 0) {
      out.push({ target: 'someone', spans: [[before, before]] });
      continue;
    }
    // "the following words come to mind: clown, fraud": the names listed after words said to come.
    if (!has(WORDS, words[v - 1])) continue;
    for (let j = v + 3; j < words.length && j - v - 2 <= LIST_REACH; j++) {
      const w = words[j] as Word;
      if (w.breakBefore && j > v + 3) break;
      if (isName(lookupWord(w.forms))) out.push({ target: 'someone', spans: [[j, j]] });
    }
  }
  return out;
}

/** The name right before "comes to mind" in the same sentence, over a few words; -1 when none or denied. */
function nameBefore(words: Word[], v: number): number {
  let j = v - 1;
  while (j >= 0 && has(BETWEEN, words[j]) && !(words[j + 1] as Word).breakBefore) j--;
  if (j < 0 || (words[j + 1] as Word).breakBefore) return -1;
  // "useful idiots springs to mind": one describing word may stand before the name.
  const at = isName(lookupWord((words[j] as Word).forms)) ? j : -1;
  if (at < 0) return -1;
  for (let k = at - 1; k >= 0 && at - k <= 4; k--) {
    if ((words[k + 1] as Word).breakBefore) break;
    if (has(NEGATION, words[k])) return -1;
    if (!has(OPENERS, words[k]) && k < at - 1) break;
  }
  return at;
}
