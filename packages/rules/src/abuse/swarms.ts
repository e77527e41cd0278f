/**
 * "a swarm of migrants", "hordes of Muslims", "an infestation of Roma": a people counted as vermin or a plague. The
 * word after "of" must name an identity group ("a swarm of bees", "hordes of tourists" stay clean).
 */
import { hasForm as has, type Word } from '../normalize/words.js';
import { identityHit as hit, type IdentityHit } from './identity.js';
import { groupEnd } from './identity-attacks.js';
import { joined } from './word-runs.js';

/** Words that count people as a mass of vermin or a disease. */
const MASSES: ReadonlySet<string> = new Set(
  'swarm swarms horde hordes infestation infestations plague plagues'.split(' '),
);
/** Words that may stand between "of" and the people: "swarms of these migrants", "a horde of illegal Xs". */
const BETWEEN: ReadonlySet<string> = new Set(['these', 'those', 'the', 'more', 'illegal', 'foreign']);

/** Word ranges of a people counted as a swarm, a horde or a plague. */
export function findSwarms(words: Word[]): IdentityHit[] {
  const out: IdentityHit[] = [];
  for (let i = 0; i + 2 < words.length; i++) {
    if (!has(MASSES, words[i]) || words[i + 1]?.text !== 'of' || !joined(words, i + 1)) continue;
    let k = i + 2;
    while (k < words.length && k - i < 5 && has(BETWEEN, words[k]) && joined(words, k)) k++;
    if (!joined(words, k)) continue;
    const g = groupEnd(words, k);
    if (g >= 0) out.push(hit([i, g]));
  }
  return out;
}
