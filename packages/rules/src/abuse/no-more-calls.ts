/**
 * "No more Muslims!", "no more Chinese - they don't fit in": a whole people refused as a slogan opening its sentence.
 * The clause must end with the people ("No more immigrants were hurt" is a report, "no more Canadians than last year"
 * a count), and the people must be an identity group, not a job or a side ("No more politicians!").
 */
import type { Word } from '../normalize/words.js';
import { identityHit as hit, type IdentityHit } from './identity.js';
import { groupEnd } from './identity-attacks.js';
import { joined } from './word-runs.js';

/** Word ranges of "no more <people>" slogans. */
export function findNoMoreCalls(words: Word[]): IdentityHit[] {
  const out: IdentityHit[] = [];
  for (let i = 0; i + 2 < words.length; i++) {
    const w = words[i] as Word;
    if (w.text !== 'no' || (i > 0 && !w.breakBefore && !w.pauseBefore)) continue;
    if (words[i + 1]?.text !== 'more' || !joined(words, i + 1) || !joined(words, i + 2)) continue;
    const g = groupEnd(words, i + 2);
    if (g >= 0 && !joined(words, g + 1)) out.push(hit([i, g]));
  }
  return out;
}
