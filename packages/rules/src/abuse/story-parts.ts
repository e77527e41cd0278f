import { hasForm as has, type Word } from '../normalize/words.js';
import { isIntensifier, lookupWord } from './lexicon/index.js';
import { STORY_PARTS, TITLED_WORKS, WORKS } from './lexicon/literal-uses.js';
import { PREDICATE_OPENERS } from './lexicon/targets.js';

/**
 * Names given to a part in a story, which name no one: the name heads a phrase that ends in the part ("the idiot
 * brother character"), is placed in a work ("the con artist in the series", "the thug from the film"), or is said of a
 * part pointed at or a work's ("The book's narrator is a psychopath", "The main character is a selfish jerk"). The
 * villain of a real story stays named: "He is the biggest crook in the show", "You are the villain".
 */

const PART: ReadonlySet<string> = new Set(STORY_PARTS);
/** Works a part is in, besides the listed kinds: "in the series", "from the trilogy"; not "story" (news has them too). */
const WORK: ReadonlySet<string> = new Set(
  [
    ...WORKS,
    ...TITLED_WORKS,
    ...'books novels films movies shows season trilogy franchise sequel prequel comic cartoon anime manga drama thriller'.split(
      ' ',
    ),
  ].flatMap((w) => [w, `${w}s`]),
);
const IN_OR_FROM: ReadonlySet<string> = new Set(['in', 'from']);
const DETERMINER: ReadonlySet<string> = new Set(['the', 'a', 'an', 'this', 'that', 'his', 'her', 'their', 'its']);
/** Words that point at a part: "the villain", "this character", "the main character". */
const PART_POINTERS: ReadonlySet<string> = new Set(['the', 'this', 'that', 'every', 'each', 'main']);
const COPULA: ReadonlySet<string> = new Set(['is', 'was', 's', 'are', 'were', 'be', 'being']);
/** Words before a phrase that make it what someone is said to be: "is the biggest crook in the show", "you thug". */
const PREDICATING: ReadonlySet<string> = new Set(PREDICATE_OPENERS);
const CLAUSE_JOINS: ReadonlySet<string> = new Set(['and', 'but', 'or', 'while', 'whereas']);
/** Words between a verb of being and the name: "a", "such a", "complete and utter", "so". */
const FILLERS: ReadonlySet<string> = new Set(
  'a an such total complete absolute utter real proper so very and'.split(' '),
);
/** How many describing words may stand in a phrase: "the [idiot] [brother] character", "a [selfish] jerk". */
const DESCRIBING_REACH = 3;

/** Whether the name at words [first, last] is given to a part in a story. */
export function partInStory(words: readonly Word[], first: number, last: number): boolean {
  return partAfter(words, last) || placedInWork(words, first, last) || saidOfPart(words, first);
}

/** A plain describing word in a noun phrase: lower case, no verb of being, no "you". */
function plain(w: Word | undefined): boolean {
  return !!w && !w.breakBefore && !w.pauseBefore && !w.capitalized && /^[a-z]+$/.test(w.text) && !has(COPULA, w);
}

/** "the idiot brother character", "sociopath villains": the phrase after the name ends in a part. */
function partAfter(words: readonly Word[], last: number): boolean {
  for (let j = last + 1; j < words.length && j - last <= DESCRIBING_REACH; j++) {
    const w = words[j] as Word;
    if (!plain(w)) return false;
    if (has(PART, w)) return true;
  }
  return false;
}

/**
 * "The con artist in the series", "the thug from the new film": the phrase opens with a determiner (or its plural
 * noun opens a clause) and is placed in a work; not said of someone ("He is the biggest crook in the show").
 */
function placedInWork(words: readonly Word[], first: number, last: number): boolean {
  let d = first - 1;
  while (d >= 0 && first - d <= DESCRIBING_REACH && !has(DETERMINER, words[d])) {
    const w = words[d] as Word;
    if (!plain(w) || lookupWord(w.forms)) return false;
    d--;
  }
  const det = words[d];
  if (!det || !has(DETERMINER, det) || (words[d + 1] as Word).breakBefore || (words[d + 1] as Word).pauseBefore)
    return false;
  const before = words[d - 1];
  if (before && !det.breakBefore && !det.pauseBefore && has(PREDICATING, before)) return false;
  const at = words[last + 1];
  if (!at || !has(IN_OR_FROM, at) || at.breakBefore || at.pauseBefore) return false;
  for (let j = last + 2; j < words.length && j - last <= 2 + DESCRIBING_REACH; j++) {
    const w = words[j] as Word;
    if (w.breakBefore || w.pauseBefore) return false;
    if (has(WORK, w)) return true;
    if (!has(DETERMINER, w) && !plain(w)) return false;
  }
  return false;
}

/**
 * "The book's narrator is a psychopath", "the main character is a selfish jerk": the subject of the verb of being
 * before the name is a part pointed at or a work's, up to five words before it.
 */
function saidOfPart(words: readonly Word[], i: number): boolean {
  let j = i - 1;
  let describing = 0;
  while (j >= 0 && i - j <= 6 && !has(COPULA, words[j])) {
    const w = words[j] as Word;
    const after = words[j + 1] as Word;
    // "The villain here is the mayor, a psychopath": a pause or another noun phrase between names someone else.
    if (after.breakBefore || after.pauseBefore || (has(DETERMINER, w) && !has(FILLERS, w))) return false;
    if (!has(FILLERS, w) && !isIntensifier(w.forms) && !(plain(w) && ++describing <= DESCRIBING_REACH)) return false;
    j--;
  }
  if (!has(COPULA, words[j]) || (words[j + 1] as Word).breakBefore) return false;
  for (let k = j - 1; k >= 0 && j - k <= 5; k--) {
    const w = words[k] as Word;
    if ((words[k + 1] as Word).breakBefore || has(COPULA, w) || has(CLAUSE_JOINS, w)) return false;
    if (!has(PART, w)) continue;
    if (w.breakBefore) return false;
    // "the film's villain": a part of the work named before it.
    const pointer = words[k - 1];
    return has(PART_POINTERS, pointer) || (pointer?.text === 's' && has(WORK, words[k - 2]));
  }
  return false;
}
