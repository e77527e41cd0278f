/**
 * "No more Muslims!", "no more Chinese - they don't fit in": a whole people refused as a slogan opening its sentence.
 * The clause must end with the people ("No more immigrants were hurt" is a report, "no more Canadians than last year"
 * a count), and the people must be an identity group, not a job or a side ("No more politicians!"). Asked of each
 * group `findGroupStereotypes` finds, so that it costs nothing on words that name no group.
 */
import type { Word } from '../normalize/words.js';
import { identityHit as hit, type IdentityHit } from './identity.js';
import { joined } from './word-runs.js';

/** The slogan ending with the group at [i, g], or null. */
export function refusedAsSlogan(words: readonly Word[], i: number, g: number): IdentityHit | null {
  const no = words[i - 2];
  if (no?.text !== 'no' || words[i - 1]?.text !== 'more' || !joined(words, i - 1) || !joined(words, i)) {
    return null;
  }
  if (i - 2 > 0 && !no.breakBefore && !no.pauseBefore) return null;
  return joined(words, g + 1) ? null : hit([i - 2, g]);
}
