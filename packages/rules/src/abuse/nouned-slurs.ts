/**
 * "the coloreds": an ambiguous slur that is an adjective in plain use, made a plural noun, names people by the slur.
 * Not laundry: "wash the whites and coloreds separately", "a load of coloreds".
 */
import { hasForm as has, type Word } from '../normalize/words.js';
import { NOUNED_ADJECTIVE_SLURS } from './lexicon/slurs.js';

const NOUNED: ReadonlySet<string> = new Set(NOUNED_ADJECTIVE_SLURS);
/** Words of washing clothes, anywhere in the comment. */
const LAUNDRY: ReadonlySet<string> = new Set(
  'wash washes washed washing laundry load loads darks delicates bleach detergent dryer machine cycle water clothes clothing fabric fabrics towels socks shirts separately'.split(
    ' ',
  ),
);

/** Whether a plural read as `lemma` is the slur made a noun, in a comment about no laundry. */
export function nounedSlur(words: readonly Word[], lemma: string): boolean {
  return NOUNED.has(lemma) && !words.some((v) => has(LAUNDRY, v));
}
