/**
 * "Mexicans don't belong in this country", "Muslims do not belong here": a whole people said to have no place in a
 * land. A part of the group ("some", counted), a denied or reported claim, and a place that is no land ("they don't
 * belong in the top league") stay clean. Asked of each whole group `findGroupStereotypes` finds.
 */
import { hasForm as has, type Word } from '../normalize/words.js';
import { identityHit as hit, type IdentityHit } from './identity.js';
import { joined } from './word-runs.js';

/** Denials complete in one word: "dont", "never", "cannot". */
const NOT: ReadonlySet<string> = new Set(['dont', 'never', 'cannot', 'shouldnt']);
/** Words a denial needs "t" or "not" after: "don't", "do not", "shouldn't", "should not". */
const NOT_AFTER: ReadonlySet<string> = new Set(['don', 'do', 'shouldn', 'should']);
/** Words between the group and the denial: "Xs simply don't", "Xs just do not". */
const ON_THE_WAY: ReadonlySet<string> = new Set(['just', 'simply', 'really', 'still', 'all', 'clearly']);
const POSSESSIVE: ReadonlySet<string> = new Set(['this', 'our', 'my', 'the', 'a', 'any', 'western']);
/** What a people is kept out of: a land, its society. */
const LANDS: ReadonlySet<string> = new Set(
  'country countries land nation society continent town city state province west europe america canada britain england australia here'.split(
    ' ',
  ),
);

/** The group at [i, g] said not to belong in a land, or null. */
export function notBelonging(words: readonly Word[], i: number, g: number): IdentityHit | null {
  const end = belongsNowhere(words, g);
  return end === null ? null : hit([i, g], [g + 1, end]);
}

/** After the group ending at `g`: "don't belong here", "do not belong in this country". The last word, or null. */
function belongsNowhere(words: readonly Word[], g: number): number | null {
  let k = g + 1;
  while (joined(words, k) && has(ON_THE_WAY, words[k])) k++;
  if (!joined(words, k)) return null;
  if (has(NOT_AFTER, words[k])) {
    // "don't" is "don" "t"; "do not"; "do belong" is no denial.
    k++;
    if ((words[k]?.text !== 't' && words[k]?.text !== 'not') || !joined(words, k)) return null;
  } else if (!has(NOT, words[k])) return null;
  k++;
  if (words[k]?.text !== 'belong' || !joined(words, k)) return null;
  k++;
  if (words[k]?.text === 'here' && joined(words, k)) return k;
  if (words[k]?.text !== 'in' || !joined(words, k)) return null;
  k++;
  if (has(POSSESSIVE, words[k]) && joined(words, k)) k++;
  return joined(words, k) && has(LANDS, words[k]) ? k : null;
}
