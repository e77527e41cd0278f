import { hasForm as has, type Word } from '../normalize/words.js';
import { directionOf, isCompoundHead } from './directedness.js';
import { COPULAS } from './lexicon/targets.js';
import type { Target } from './subject-words.js';
import { negated } from './verdict.js';

const COPULA: ReadonlySet<string> = new Set(COPULAS);
const PLURAL_BEING: ReadonlySet<string> = new Set(['are', 're', 'were']);
/** Armed groups whose one-word names end in "-s" as plurals do. */
const NAMES_IN_S: ReadonlySet<string> = new Set(['hamas', 'isis']);
/**
 * Armed groups known by one word (or whose name ends in it: "Boko Haram", "al-Qaeda"), recognised however they are
 * written ("HAMAS", "isis") and wherever the clause starts ("I think Hamas are terrorists").
 */
export const ARMED_GROUP_NAMES: ReadonlySet<string> = new Set(
  'hamas isis isil daesh hezbollah hizbollah hizballah taliban qaeda qaida haram shabaab houthi pkk farc'.split(' '),
);
/**
 * Words that make the name before the verb part of a longer subject whose people the label is pinned on: "supporters
 * of Hamas are ...", "those who back Hezbollah are ...".
 */
const GOVERNING: ReadonlySet<string> = new Set(
  'of for with behind like to from support supports supported supporting back backs backed fund funds funded defend defends join joined'.split(
    ' ',
  ),
);
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
  return d.target !== 'reader' && d.target !== 'author' && namedBody(words, i, d.target) ? null : d.target;
}

/**
 * "The Taliban are ...", "the Kremlin is ...": the subject is a name after "the", a body rather than a person; "HAMAS
 * are ..." (read as someone or a group in capitals) an armed group known by name.
 */
function namedBody(words: Word[], i: number, target: Target): boolean {
  for (let c = i - 1; c > 0 && i - c <= 4; c--) {
    if ((words[c + 1] as Word).breakBefore) return false;
    if (!has(COPULA, words[c])) continue;
    const name = words[c - 1] as Word;
    if (has(PLURAL_BEING, words[c]) && has(ARMED_GROUP_LABELS, words[i])) {
      if (knownArmedGroup(words, c - 1) || (target === 'person' && armedGroupNamed(words, c - 1))) return true;
    }
    if (target !== 'person') return false;
    // "the Clintons are criminals": a family name in the plural names people; "the Houthis are terrorists" still
    // designates an armed group.
    const family = name.text.endsWith('s') && !name.text.endsWith('ss') && !has(ARMED_GROUP_LABELS, words[i]);
    return name.capitalized && !name.breakBefore && words[c - 2]?.text === 'the' && !family;
  }
  return false;
}

/**
 * "Hamas are terrorists", "Boko Haram were militants": a name opening its clause, without a plural "-s", that takes a
 * plural verb is a body's, as a person's takes "is" ("Republicans are terrorists" names people), when the label
 * designates an armed group.
 */
function armedGroupNamed(words: Word[], last: number): boolean {
  const end = words[last] as Word;
  if (!end.capitalized) return false;
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

/**
 * A known armed group's name before the verb, in any case and after an opener ("I think HAMAS are terrorists"),
 * unless it ends a longer subject.
 */
function knownArmedGroup(words: Word[], last: number): boolean {
  return has(ARMED_GROUP_NAMES, words[last]) && !governed(words, last);
}

/**
 * Whether the name at `at` ends a longer subject: after a governing word, or joined by "and"/"or" to something other
 * than another armed group ("Hamas and Hezbollah are ..." names two; "Muslims and Hamas are ..." pins it on people).
 */
function governed(words: Word[], at: number): boolean {
  const name = words[at] as Word;
  const before = words[at - 1];
  if (!before || name.breakBefore) return false;
  if (has(GOVERNING, before)) return true;
  if (before.text !== 'and' && before.text !== 'or') return false;
  const other = words[at - 2];
  return !other || before.breakBefore || !has(ARMED_GROUP_NAMES, other);
}
