import { hasForm as has, type Word } from '../normalize/words.js';
import { lookupWord } from './lexicon/index.js';
import { CAMPS, PEOPLE } from './lexicon/people.js';
import { PERSON_WORDS } from './lexicon/targets.js';

/**
 * A plain failing said of some of a kind of people, not of anyone named: "Some teachers are lazy", "a few fans were
 * selfish about the seats". Not a strong insult ("Some teachers are stupid"), not a noun ("some teachers are
 * idiots"), and not about a group people are born into, which the identity checks judge on their own.
 */

/** Words that take part of a kind, not all of it or anyone in it. */
const PART: ReadonlySet<string> = new Set(['some', 'certain', 'few']);
const KINDS: ReadonlySet<string> = new Set([...PEOPLE, ...CAMPS, ...PERSON_WORDS]);
const BEING: ReadonlySet<string> = new Set(['are', 'were', 'can', 'be', 'get', 'seem']);
/** Words between the verb and the adjective: "are a bit lazy", "can be so selfish". */
const SOFTENERS: ReadonlySet<string> = new Set([
  'a',
  'bit',
  'little',
  'so',
  'too',
  'rather',
  'quite',
  'pretty',
  'just',
]);

/** Whether the adjective at `i` is said of some people of a kind. */
export function saidOfSome(words: readonly Word[], i: number): boolean {
  const kinds = lookupWord((words[i] as Word).forms)?.kinds;
  if (!kinds?.has('adjective') || kinds.has('adjective-strong')) return false;
  let j = i - 1;
  while (j >= 0 && i - j <= 3 && has(SOFTENERS, words[j])) j--;
  while (j >= 0 && i - j <= 5 && has(BEING, words[j])) j--;
  if (j === i - 1) return false;
  const kind = words[j];
  if (!kind?.text.endsWith('s') || !has(KINDS, kind) || kind.capitalized) return false;
  const part = words[j - 1];
  if (!part || !has(PART, part)) return false;
  // "a few": the part, with its article, opens its clause.
  const at = part.text === 'few' && words[j - 2]?.text === 'a' ? j - 2 : j - 1;
  const opener = words[at] as Word;
  for (let k = j; k <= i; k++) if ((words[k] as Word).breakBefore || (words[k] as Word).pauseBefore) return false;
  return at === 0 || opener.breakBefore || opener.pauseBefore;
}
