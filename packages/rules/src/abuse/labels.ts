import { hasForm as has, type Word } from '../normalize/words.js';
import { directionOf, isCompoundHead } from './directedness.js';
import { COPULAS } from './lexicon/targets.js';
import type { Target } from './subject-words.js';
import { negated } from './verdict.js';

const COPULA: ReadonlySet<string> = new Set(COPULAS);
const PLURAL_BEING: ReadonlySet<string> = new Set(['are', 're', 'were']);
/** Armed groups whose one-word names end in "-s" as plurals do. */
const NAMES_IN_S: ReadonlySet<string> = new Set(['hamas', 'isis']);
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
  for (let c = i - 1; c > 0 && i - c <= 4; c--) {
    if ((words[c + 1] as Word).breakBefore) return false;
    if (!has(COPULA, words[c])) continue;
    const name = words[c - 1] as Word;
    if (has(PLURAL_BEING, words[c]) && armedGroupNamed(words, c - 1, i)) return true;
    // "the Clintons are criminals": a family name in the plural names people; "the Houthis are terrorists" still
    // designates an armed group.
    const family = name.text.endsWith('s') && !name.text.endsWith('ss') && !has(ARMED_GROUP_LABELS, words[i]);
    return name.capitalized && !name.breakBefore && words[c - 2]?.text === 'the' && !family;
  }
  return false;
}

/**
 * "Hamas are terrorists", "Boko Haram were militants": a name opening its clause, without a plural "-s", that takes a
 * plural verb is a body's, as a person's takes "is" ("Republicans are terrorists" names people), when the label at
 * `label` designates an armed group.
 */
function armedGroupNamed(words: Word[], last: number, label: number): boolean {
  const end = words[last] as Word;
  if (!has(ARMED_GROUP_LABELS, words[label]) || !end.capitalized) return false;
  if (end.text.endsWith('s') && !has(NAMES_IN_S, end)) return false;
  let first = last;
  while (first > 0 && last - first < 2 && !(words[first] as Word).breakBefore && !(words[first] as Word).pauseBefore) {
    const before = words[first - 1] as Word;
    if (!before.capitalized) break;
    first--;
  }
  const start = words[first] as Word;
  return first === 0 || start.breakBefore || start.pauseBefore;
}
