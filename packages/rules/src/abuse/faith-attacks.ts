/**
 * Calls to root out a faith as a whole: "Islam needs to be eradicated", "Christianity should be wiped out", "we must
 * ban Judaism", "Ban Islam!". Criticism of doctrine ("I disagree with Catholic teaching", "Catholicism should be
 * reformed"), a movement ("radical Islam must be defeated") and a call denied or reported ("nobody says Islam should
 * be banned") stay clean.
 */
import { hasForm as has, type Word } from '../normalize/words.js';
import { identityHit as hit, type IdentityHit } from './identity.js';
import {
  CLAIM_FRAMING,
  FAITH_BLIGHTS,
  FAITH_ERADICATED,
  FAITH_ERADICATING,
  FAITH_MOVEMENT_WORDS,
  FAITHS,
} from './lexicon/identity-attacks.js';
import { joined, orderOpens } from './word-runs.js';

const set = (list: readonly string[]): ReadonlySet<string> => new Set(list);
/** The faiths: the word a call to root one out turns on. */
export const FAITH_NAMES: ReadonlySet<string> = set(FAITHS);
const MOVEMENT = set(FAITH_MOVEMENT_WORDS);
const ERADICATED = set(FAITH_ERADICATED);
const ERADICATING = set(FAITH_ERADICATING);
const FRAMING = set(CLAIM_FRAMING);
const BLIGHTS = set(FAITH_BLIGHTS);
/** Words between "is" and the sickness: "is a", "is just a", "is nothing but a", "is a dangerous". */
const BEFORE_BLIGHT = set(['a', 'an', 'just', 'simply', 'nothing', 'but', 'like', 'really', 'truly', 'the']);
/** Words between a faith and its passive: "needs to be", "should just be", "must all be". */
const ON_THE_WAY = set([
  'should',
  'must',
  'need',
  'needs',
  'ought',
  'has',
  'have',
  'to',
  'be',
  'get',
  'just',
  'simply',
]);
const DEMANDS = set(['should', 'must', 'need', 'needs', 'ought', 'has', 'have']);
/** Words before the verb that make it a call: "we must eradicate", "let's wipe out", "time to ban". */
const CALLS = set(['should', 'must', 'lets', 'gotta', 'need', 'needs', 'time', 'ought', 'shall']);

/** The call to root out the faith at `i`, as word ranges, or null. */
export function faithEradicated(words: Word[], i: number): IdentityHit | null {
  if (!has(FAITH_NAMES, words[i]) || has(MOVEMENT, words[i - 1]) || framed(words, i)) return null;
  // "Islam needs to be eradicated", "Christianity should be wiped out"
  let demanded = false;
  for (let j = i + 1; j < words.length && j - i <= 5; j++) {
    const w = words[j] as Word;
    if (w.breakBefore) break;
    // "wiped out", "stamped out": the particle belongs to the call.
    if (demanded && has(ERADICATED, w)) return hit([i, i], [j, words[j + 1]?.text === 'out' ? j + 1 : j]);
    if (!has(ON_THE_WAY, w)) break;
    if (has(DEMANDS, w)) demanded = true;
  }
  // "we must eradicate Islam", "time to wipe out Christianity"
  let k = i - 1;
  if (words[k]?.text === 'out' && !(words[i] as Word).breakBefore) k--;
  const verb = words[k];
  if (!verb || k === i || (words[k + 1] as Word).breakBefore || !has(ERADICATING, verb)) return null;
  // "Ban Islam.", "Just wipe out Christianity now!": an order, the faith as a whole ("Ban Islam from schools" names a
  // place it is kept out of).
  if (orderOpens(words, k) && wholeFaith(words, i + 1)) return hit([k, i]);
  for (let j = k - 1; j >= 0 && k - j <= 3; j--) {
    if ((words[j + 1] as Word).breakBefore) return null;
    if (has(FRAMING, words[j])) return null;
    if (has(CALLS, words[j]) || (words[j]?.text === 's' && words[j - 1]?.text === 'let')) return hit([k, i]);
  }
  return null;
}

/**
 * A faith called a sickness: "Islam is a cancer", "Judaism is nothing but a virus", "Catholicism is a dangerous
 * disease". Its people are what the sickness spreads through. A movement ("radical Islam is a cancer"), a denial
 * ("Islam is not a disease"), a question ("Is Islam a cancer?") and a reported claim stay clean.
 */
export function faithAsBlight(words: Word[], i: number): IdentityHit | null {
  if (!has(FAITH_NAMES, words[i]) || has(MOVEMENT, words[i - 1]) || framed(words, i)) return null;
  const is = words[i + 1];
  if (!is || is.breakBefore || (is.text !== 'is' && is.text !== 's')) return null;
  for (let j = i + 2; j < words.length && j - i <= 6; j++) {
    const w = words[j] as Word;
    if (w.breakBefore || w.pauseBefore) return null;
    if (has(BLIGHTS, w)) return hit([i, i], [j, j]);
    // One describing word may stand before the sickness ("a dangerous disease"); a denial may not.
    if (has(BEFORE_BLIGHT, w)) continue;
    if (j === i + 2 || !/^[a-z]+$/.test(w.text) || !has(BLIGHTS, words[j + 1])) return null;
  }
  return null;
}

/** Words after a faith that leave it whole: "ban Islam now", "ban Judaism completely". */
const WHOLLY = set(['now', 'completely', 'entirely', 'totally', 'forever', 'today', 'outright', 'already']);

/** Whether the clause ends at word `k`, or goes on with a word that keeps the faith whole ("now", "completely"). */
function wholeFaith(words: Word[], k: number): boolean {
  return !joined(words, k) || (has(WHOLLY, words[k]) && !joined(words, k + 1));
}

/** "nobody says Islam should be banned", "the claim that ...": a call denied or reported, in the five words before. */
function framed(words: Word[], i: number): boolean {
  for (let k = i - 1; k >= 0 && i - k <= 5; k--) {
    if (has(FRAMING, words[k]) || words[k]?.text === 'nobody') return true;
    if ((words[k + 1] as Word).breakBefore) return false;
  }
  return false;
}
