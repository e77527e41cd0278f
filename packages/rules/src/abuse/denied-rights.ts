/**
 * A right every member of a group is to be denied: "Muslims should not be allowed to vote", "Women shouldn't be
 * permitted to work", "Jews must never be allowed to hold office". Groups named by a legal status are left out:
 * whether refugees may work or immigrants vote is policy ("refugees should not be allowed to work until their claim is
 * heard"). A right granted ("Muslims should be allowed to pray at work"), a history ("women were not allowed to vote
 * until 1918") and something other than a right ("... allowed to go unchecked") stay clean.
 */
import { hasForm as has, type Word } from '../normalize/words.js';
import { identityHit as hit, type IdentityHit } from './identity.js';

const set = (list: readonly string[]): ReadonlySet<string> => new Set(list);
/** What a group may be denied the right to do. */
const RIGHTS = set(
  'vote work live enter immigrate own marry adopt teach hold run serve worship pray speak exist breed reproduce drive study'.split(
    ' ',
  ),
);
const DENYING = set(['not', 'never', 't', 'nt']);
const ALLOWED = set(['allowed', 'permitted']);
/** What may stand between the group and "allowed": "should not be", "must never be", "shouldn't all be". */
const ON_THE_WAY = set(['should', 'shouldn', 'must', 'mustn', 'can', 'cannot', 'be', 'all', 'ever', 'simply']);
/** Group words for a legal status. */
const STATUS = set([
  'immigrant',
  'immigrants',
  'migrant',
  'migrants',
  'refugee',
  'refugees',
  'foreigner',
  'foreigners',
]);

/** The right denied to the group at `i`..`g`, or null. */
export function rightDenied(words: Word[], i: number, g: number): IdentityHit | null {
  if (has(STATUS, words[g]) || words[i - 1]?.text === 'some') return null;
  let negated = false;
  for (let j = g + 1; j < words.length && j - g <= 6; j++) {
    const w = words[j] as Word;
    if (w.breakBefore) return null;
    if (has(DENYING, w)) negated = true;
    else if (has(ALLOWED, w)) {
      const to = words[j + 1];
      const right = words[j + 2];
      if (!negated || to?.text !== 'to' || to.breakBefore || !right || right.breakBefore || !has(RIGHTS, right))
        return null;
      return hit([i, g], [j, j + 2]);
    } else if (!has(ON_THE_WAY, w)) return null;
  }
  return null;
}
