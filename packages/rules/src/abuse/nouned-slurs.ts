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

/** Whether the plural at `i`, read as `lemma`, is the slur made a noun. */
export function nounedSlur(words: readonly Word[], i: number, lemma: string): boolean {
  const w = words[i] as Word;
  if (!NOUNED.has(lemma) || !w.text.endsWith('s') || w.forms.includes(lemma)) return false;
  return !words.some((v) => has(LAUNDRY, v));
}
