import { hasForm as has, type Word } from '../normalize/words.js';
import { directionOf, isCompoundHead } from './directedness.js';
import { COPULAS } from './lexicon/targets.js';
import type { Target } from './subject-words.js';
import { negated } from './verdict.js';

const COPULA: ReadonlySet<string> = new Set(COPULAS);
/** Labels that designate armed groups, said of a body or of a movement named in the plural. */
const ARMED_GROUP_LABELS: ReadonlySet<string> = new Set(
  'terrorist terrorists militant militants extremist extremists jihadist jihadists insurgent insurgents'.split(' '),
);

/**
 * Who a label noun ("murderer", "terrorist") is pinned on, or null when it is reported or names a thing: "he is a
 * murderer", "you criminals", "that corrupt, lying murderer" pin it on someone; "the murderer was sentenced" reports;
 * "a criminal case", "killer whales" are compounds; "they are not terrorists" denies it; "the Taliban are terrorists" describes an armed group, which is
 * political speech ("the Clintons are criminals" names a family).
 */
export function labelledTarget(words: Word[], i: number): Target | null {
  if (isCompoundHead(words, i) || negated(words, i)) return null;
  const d = directionOf(words, i, true);
  if (!d.explicit || !d.target || d.target === 'idea') return null;
  return d.target === 'person' && namedBody(words, i) ? null : d.target;
}

/** "The Taliban are ...", "the Kremlin is ...": the subject is a name after "the", a body rather than a person. */
function namedBody(words: Word[], i: number): boolean {
  for (let c = i - 1; c > 1 && i - c <= 4; c--) {
    if ((words[c + 1] as Word).breakBefore) return false;
    if (!has(COPULA, words[c])) continue;
    const name = words[c - 1] as Word;
    // "the Clintons are criminals": a family name in the plural names people; "the Houthis are terrorists" still
    // designates an armed group.
    const family = name.text.endsWith('s') && !name.text.endsWith('ss') && !has(ARMED_GROUP_LABELS, words[i]);
    return name.capitalized && !name.breakBefore && words[c - 2]?.text === 'the' && !family;
  }
  return false;
}
