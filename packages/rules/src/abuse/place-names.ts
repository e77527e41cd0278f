import { hasForm as has, type Word } from '../normalize/words.js';

/**
 * Places whose names are listed words: the capitalised name is said to be a place ("Moron is a city near Buenos
 * Aires", "Twatt was a tiny hamlet") or follows the kind of place it names ("the village of Wank"). "Moron is a
 * disgrace" and "the village idiot" name a person.
 */

/** Kinds of place a name is given to. */
export const PLACE_KINDS: readonly string[] = [
  'city',
  'town',
  'village',
  'hamlet',
  'suburb',
  'district',
  'county',
  'region',
  'province',
  'river',
  'lake',
  'mountain',
  'island',
  'valley',
  'municipality',
  'borough',
  'parish',
  'resort',
  'port',
];

const PLACE: ReadonlySet<string> = new Set(PLACE_KINDS);
const IS: ReadonlySet<string> = new Set(['is', 'was']);
const A: ReadonlySet<string> = new Set(['a', 'an', 'the']);
/** How many describing words may stand before the kind of place: "a [small] [market] town". */
const DESCRIBING_REACH = 2;

/** Whether the capitalised word at `i` is the name of a place. */
export function placeName(words: readonly Word[], i: number): boolean {
  const w = words[i] as Word;
  if (!w.capitalized) return false;
  return saidToBePlace(words, i) || afterKind(words, i);
}

/** "Moron is a city near ...": the name, then "is a", describing words and a kind of place. */
function saidToBePlace(words: readonly Word[], i: number): boolean {
  if (!has(IS, words[i + 1]) || !has(A, words[i + 2])) return false;
  for (let k = i + 1; k <= i + 3 + DESCRIBING_REACH && k < words.length; k++) {
    const w = words[k] as Word;
    if (w.breakBefore || w.pauseBefore) return false;
    if (k > i + 2 && has(PLACE, w)) return true;
    if (k > i + 2 && !/^[a-z]+$/.test(w.text)) return false;
  }
  return false;
}

/** "the village of Wank", "the town of Moron": a kind of place and "of" right before the name. */
function afterKind(words: readonly Word[], i: number): boolean {
  const of = words[i - 1];
  const kind = words[i - 2];
  if (!of || !kind || of.text !== 'of' || !has(PLACE, kind)) return false;
  return !(words[i] as Word).breakBefore && !of.breakBefore && !(words[i] as Word).pauseBefore;
}
