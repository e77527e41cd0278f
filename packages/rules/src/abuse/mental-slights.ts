import { hasForm as has, type Word } from '../normalize/words.js';
import type { Target } from './directedness.js';
import { CAMPS } from './lexicon/people.js';
import { SECOND_PERSON } from './lexicon/targets.js';

/**
 * A mental illness pinned on a political camp, an office holder or the reader as a put-down: "liberals are mentally
 * ill", "The president is obviously mentally unstable", "you're mentally deranged". A suspect, a patient or "people
 * who are mentally ill" are described, not called names, and a denial ("you are not mentally ill") names no one.
 */

/** The condition after "mentally": "ill", "unstable", "deranged". */
const CONDITIONS: ReadonlySet<string> = new Set([
  'ill',
  'unstable',
  'deranged',
  'disturbed',
  'defective',
  'unwell',
  'unfit',
  'incompetent',
]);
const BEING: ReadonlySet<string> = new Set(['is', 'are', 'was', 'were', 's', 're', 'm']);
/** Adverbs between the verb of being and "mentally": "is obviously", "are clearly all". */
const BETWEEN: ReadonlySet<string> = new Set(
  'obviously clearly clinically certifiably seriously truly really just all so severely totally completely'.split(' '),
);
const DENIAL: ReadonlySet<string> = new Set(['not', 'never', 'nt', 'isn', 'aren', 'no']);
const YOU: ReadonlySet<string> = new Set(SECOND_PERSON);
const CAMP: ReadonlySet<string> = new Set(CAMPS);
/** Offices whose holders the put-down is aimed at: "the president", "our premier". */
const OFFICES: ReadonlySet<string> = new Set(
  'president premier mayor governor senator minister chancellor councillor councilor congressman congresswoman'.split(
    ' ',
  ),
);
const SIDES: ReadonlySet<string> = new Set(['left', 'right']);

export interface MentalSlight {
  /** The words "mentally ill". */
  first: number;
  last: number;
  target: Target;
}

/** Every "mentally ill" said of a camp, an office holder or the reader in `words`. */
export function findMentalSlights(words: readonly Word[]): MentalSlight[] {
  const found: MentalSlight[] = [];
  for (let i = 0; i + 1 < words.length; i++) {
    const next = words[i + 1] as Word;
    if ((words[i] as Word).text !== 'mentally' || next.breakBefore || !has(CONDITIONS, next)) continue;
    const target = saidOf(words, i);
    if (target) found.push({ first: i, last: i + 1, target });
  }
  return found;
}

/** Who "mentally" at `m` is said of, through a verb of being and perhaps adverbs: null for anyone else. */
function saidOf(words: readonly Word[], m: number): Target | null {
  let j = m - 1;
  while (j >= 0 && m - j <= 4 && has(BETWEEN, words[j]) && !(words[j + 1] as Word).breakBefore) j--;
  const be = words[j];
  const subject = words[j - 1];
  if (!be || !subject || !has(BEING, be) || be.breakBefore || (words[j + 1] as Word).breakBefore) return null;
  for (let k = j; k < m; k++) if (has(DENIAL, words[k])) return null;
  if (has(DENIAL, words[j + 1])) return null;
  if (has(YOU, subject)) return 'reader';
  if (has(CAMP, subject) && subject.text.endsWith('s')) return 'group';
  if (has(SIDES, subject) && words[j - 2]?.text === 'the') return 'group';
  if (has(OFFICES, subject)) return 'person';
  return null;
}
