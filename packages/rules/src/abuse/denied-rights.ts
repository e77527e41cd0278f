/**
 * A right every member of a group is to be denied: "Muslims should not be allowed to vote", "Women shouldn't be
 * permitted to work", "Jews must never be allowed to hold office", "Xs should not be allowed in this country". Groups named by a legal status are left out:
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
  // "No Xs should be allowed to vote": the group denied as a whole by its "no".
  let negated = words[i - 1]?.text === 'no' && !(words[i] as Word).breakBefore;
  for (let j = g + 1; j < words.length && j - g <= 6; j++) {
    const w = words[j] as Word;
    if (w.breakBefore) return null;
    if (has(DENYING, w)) negated = true;
    else if (has(ALLOWED, w)) {
      if (!negated) return null;
      const place = entryDenied(words, j + 1);
      if (place !== null) return hit([i, g], [j, place]);
      const to = words[j + 1];
      const right = words[j + 2];
      if (to?.text !== 'to' || to.breakBefore || !right || right.breakBefore || !has(RIGHTS, right)) return null;
      return hit([i, g], [j, j + 2]);
    } else if (!has(ON_THE_WAY, w)) return null;
  }
  return null;
}

/** Whose land a group is kept out of: "in this country", "into our country", "here". */
const OURS = set(['this', 'our', 'the', 'my']);
const LANDS = set(['country', 'nation', 'land', 'countries', 'neighborhood', 'neighbourhood', 'town', 'city']);

/**
 * "(not allowed) in this country", "into our nation", "here": the last word of a group's entry denied after
 * "allowed" at `k - 1`, or null ("not allowed in the building after six" is a rule of a place, not a land).
 */
function entryDenied(words: Word[], k: number): number | null {
  const a = words[k];
  if (!a || a.breakBefore) return null;
  if (a.text === 'here') {
    const next = words[k + 1];
    return !next || next.breakBefore || next.pauseBefore ? k : null;
  }
  const b = words[k + 1];
  if (!b || b.breakBefore) return null;
  // "near children", "near our kids": the old smear that a group is a danger to children.
  if (a.text === 'near' || a.text === 'around')
    return has(CHILDREN, b) ? k + 1 : has(OURS, b) && has(CHILDREN, words[k + 2]) ? k + 2 : null;
  if (a.text !== 'in' && a.text !== 'into') return null;
  // "in Congress", "in public office", "in the military": a group kept out of office or service.
  if (has(OFFICES, b)) return k + 1;
  const c = words[k + 2];
  if (!c || c.breakBefore) return null;
  if ((b.text === 'public' || b.text === 'the') && has(OFFICES, c)) return k + 2;
  return has(OURS, b) && has(LANDS, c) ? k + 2 : null;
}
/** Offices and services a group is kept out of: "in Congress", "in the military". */
const OFFICES = set(['congress', 'parliament', 'government', 'office', 'politics', 'senate', 'military', 'army']);
const CHILDREN = set(['children', 'kids', 'schools', 'playgrounds']);
