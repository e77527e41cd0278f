/**
 * "a swarm of migrants", "hordes of Muslims", "an infestation of Roma": a people counted as vermin or a plague. The
 * word after "of" must name an identity group ("a swarm of bees", "hordes of tourists" stay clean). Asked of each
 * group `findGroupStereotypes` finds.
 */
import { hasForm as has, type Word } from '../normalize/words.js';
import { identityHit as hit, type IdentityHit } from './identity.js';
import { joined } from './word-runs.js';

/** Words that count people as a mass of vermin or a disease. */
const MASSES: ReadonlySet<string> = new Set(
  'swarm swarms horde hordes infestation infestations plague plagues'.split(' '),
);
/** Words that may stand between "of" and the people: "swarms of these migrants", "a horde of illegal Xs". */
const BETWEEN: ReadonlySet<string> = new Set(['these', 'those', 'the', 'more', 'illegal', 'foreign']);

/** The mass word and the group at [i, g] it counts, or null. */
export function countedAsSwarm(words: readonly Word[], i: number, g: number): IdentityHit | null {
  let k = i - 1;
  while (k > i - 4 && has(BETWEEN, words[k]) && joined(words, k + 1)) k--;
  if (words[k]?.text !== 'of' || !joined(words, k + 1) || !joined(words, k) || !has(MASSES, words[k - 1])) return null;
  return hit([k - 1, g]);
}
