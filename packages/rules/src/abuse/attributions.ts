import { hasForm as has, type Word } from '../normalize/words.js';
import { lookupWord } from './lexicon/index.js';

/**
 * A sentence given to someone else with "according to": "The man who attacked the nurse was a drunk thug, according to
 * witnesses", "According to police, the driver was a reckless idiot". The name is theirs, as in `reported.ts`, unless
 * the source is the writer, the reader or everyone ("according to me", "according to anyone with eyes").
 */

/** Sources whose word is the writer's own: "according to me", "according to anyone with a brain". */
const OWN: ReadonlySet<string> = new Set(
  'i me my we us our you your yours u everyone everybody anyone anybody all common'.split(' '),
);
/** How far the attribution may stand from the name, in its sentence. */
const REACH = 15;
/** How many words the source may have: "according to [two] [of] [his] [neighbours]". */
const SOURCE_REACH = 5;

/** Whether the name at `i` stands in a sentence given to a source other than the writer. */
export function attributedTo(words: readonly Word[], i: number): boolean {
  return attributedAfter(words, i) || attributedBefore(words, i);
}

/** "..., according to witnesses": after a pause later in the sentence. */
function attributedAfter(words: readonly Word[], i: number): boolean {
  for (let k = i + 1; k < words.length - 1 && k - i <= REACH; k++) {
    const w = words[k] as Word;
    if (w.breakBefore) return false;
    if (w.text === 'according' && w.pauseBefore && words[k + 1]?.text === 'to') return otherSource(words, k + 2);
  }
  return false;
}

/** "According to police, ...": the sentence opens with the attribution, and the name stands after its pause. */
function attributedBefore(words: readonly Word[], i: number): boolean {
  let s = i;
  while (s > 0 && i - s < REACH && !(words[s] as Word).breakBefore) s--;
  if (words[s]?.text !== 'according' || words[s + 1]?.text !== 'to' || !(s === 0 || (words[s] as Word).breakBefore))
    return false;
  for (let k = s + 2; k <= i; k++) if ((words[k] as Word).pauseBefore) return k > s + 2 && otherSource(words, s + 2);
  return false;
}

/** The source from `k` on is someone other than the writer, the reader or everyone, and is called no name. */
function otherSource(words: readonly Word[], k: number): boolean {
  for (let j = k; j < words.length && j - k < SOURCE_REACH; j++) {
    const w = words[j] as Word;
    if (j > k && (w.breakBefore || w.pauseBefore)) break;
    if (has(OWN, w) || lookupWord(w.forms)) return false;
  }
  return !!words[k] && !(words[k] as Word).breakBefore;
}
