/**
 * An ambiguous slur whose noun only names people, used as that noun: pointed at or after an article ("that jap
 * should be deported", "some tard stole it", "that dirty yid"), described as the sentence opens ("Typical limey
 * whining"), or in the plural ("Krauts can't cook", "the japs bombed the harbour"). Elsewhere the ambiguous slur
 * acts only when said of someone (see `check.ts`).
 */
import { hasForm as has, type Word } from '../normalize/words.js';
import { HISTORICAL_SLURS, PERSON_NOUN_SLURS, PERSON_PLURAL_SLURS } from './lexicon/slurs.js';
import { describing } from './profane-use.js';
import type { Target } from './subject-words.js';

const SINGULAR: ReadonlySet<string> = new Set(PERSON_NOUN_SLURS);
const PLURAL: ReadonlySet<string> = new Set(PERSON_PLURAL_SLURS);
const HISTORICAL: ReadonlySet<string> = new Set(HISTORICAL_SLURS);
const ARTICLES: ReadonlySet<string> = new Set(['a', 'an', 'the', 'first', 'one', 'every', 'any']);

/** Words that make the next noun (or the one after a describing word) a thing pointed at or counted. */
const DETERMINERS: ReadonlySet<string> = new Set(
  'this that these those the a an some any every another one two three few many more such'.split(' '),
);

/** Describing words neither the lexicon nor an adjective's ending gives, before a person: "that little yid". */
const DESCRIBING: ReadonlySet<string> = new Set(
  'little old young fat lazy drunk filthy dirty damn bloody black'.split(' '),
);

/** The people a slur of the lists names here, or null where it is not used as their noun. */
export function slurNamingPeople(words: readonly Word[], i: number, lemma: string, plural: boolean): Target | null {
  if (plural) return PLURAL.has(lemma) ? 'group' : null;
  if (!SINGULAR.has(lemma)) return null;
  const prev = words[i - 1];
  if (!prev || (words[i] as Word).breakBefore) return null;
  if (HISTORICAL.has(lemma) && has(ARTICLES, prev)) return null;
  if (has(DETERMINERS, prev)) return 'someone';
  if (!describing(prev) && !has(DESCRIBING, prev)) return null;
  // "that dirty jap", "a typical limey": one describing word between ("à plus tard" has none).
  const before = words[i - 2];
  if (before && !prev.breakBefore && has(DETERMINERS, before)) return 'someone';
  // "Dirty yid, go home": a describing word opening the sentence.
  return i === 1 || prev.breakBefore ? 'someone' : null;
}
