/**
 * Words for refuse used for refuse: "Your garbage was collected late", "They never picked up your trash", "Put your
 * rubbish in the green bin". A sentence about collecting, binning or recycling it names no one's words, whoever owns
 * the rubbish. "Stop dumping your garbage on this site" stays name-calling: dumping is no collection.
 */
import { hasForm as has, type Word } from '../normalize/words.js';

const set = (list: readonly string[]): ReadonlySet<string> => new Set(list);
const REFUSE = set(['garbage', 'trash', 'rubbish', 'refuse', 'litter']);
const COLLECTION = set(
  'collected collect collects collecting collection collector collectors pickup pickups emptied bin bins wheelie dumpster dumpsters skip landfill recycling recycled recyclables curb kerb curbside kerbside truck trucks lorry binmen compost'.split(
    ' ',
  ),
);
const PICK = set(['pick', 'picks', 'picked', 'picking']);
/** How far either side of the word its sentence is searched. */
const REACH = 8;

/**
 * What is said or written: a sentence about it calls it rubbish whatever bin it names ("The garbage you post belongs in
 * the recycling bin", "Your post is garbage, like the bins on my street").
 */
const WRITING = set(
  'post posts posted write writes wrote written comment comments commented say says said opinion opinions article column take spew spout think'.split(
    ' ',
  ),
);

/** Whether the refuse word at `i` (of lemma `lemma`) stands in a sentence about collecting refuse. */
export function refuseCollected(words: readonly Word[], i: number, lemma: string): boolean {
  if (!REFUSE.has(lemma)) return false;
  let collected = false;
  for (let j = i - 1; j >= 0 && i - j <= REACH && !(words[j + 1] as Word).breakBefore; j--) {
    if (has(WRITING, words[j])) return false;
    collected ||= collecting(words, j);
  }
  for (let j = i + 1; j < words.length && j - i <= REACH && !(words[j] as Word).breakBefore; j++) {
    if (has(WRITING, words[j])) return false;
    collected ||= collecting(words, j);
  }
  return collected;
}

function collecting(words: readonly Word[], j: number): boolean {
  if (has(COLLECTION, words[j])) return true;
  // "picked up your garbage", "pick your trash up".
  if (!has(PICK, words[j])) return false;
  for (let k = j + 1; k < words.length && k - j <= 4 && !(words[k] as Word).breakBefore; k++)
    if (words[k]?.text === 'up') return true;
  return false;
}
