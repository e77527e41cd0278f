import { hasForm as has, type Word } from '../normalize/words.js';

/**
 * Banter: a name taken back with fondness in the same sentence ("My brother is a goofball but he's the best uncle
 * ever", "This trainer is a sadist and I love her", "so dumb sometimes but I'd die for her"). "He is an idiot and I
 * hate him" stays name-calling.
 */

/** Whom a fond clause is about: "I love [him]", "I'd die for [her]". */
const LOVED: ReadonlySet<string> = new Set(['him', 'her', 'them', 'you', 'u', 'ya']);
const LOVE: ReadonlySet<string> = new Set(['love', 'adore', 'luv']);
/** Between "I" and the verb of love: "I [still] [really] love him". */
const LOVE_ADVERBS: ReadonlySet<string> = new Set(['still', 'really', 'just', 'absolutely', 'do', 'so', 'also']);
/** "he's the best", "she's the sweetest": a superlative of praise said of the same person. */
const PRAISE: ReadonlySet<string> = new Set(['best', 'sweetest', 'kindest', 'funniest', 'greatest', 'loveliest']);
const THIRD: ReadonlySet<string> = new Set(['he', 'she', 'they', 'you']);
const BE: ReadonlySet<string> = new Set(['s', 'is', 'are', 're', 'was']);
const JOINS: ReadonlySet<string> = new Set(['but', 'and', 'yet', 'though']);
/** How far after the name its fond clause may begin. */
const REACH = 8;

/** Whether the name at `i` is taken back by a fond clause later in its sentence. */
export function fondlyTakenBack(words: readonly Word[], i: number): boolean {
  const daring = has(DARING, words[i]);
  for (let j = i + 1; j < words.length && j - i <= REACH; j++) {
    const w = words[j] as Word;
    if (w.breakBefore) return daring && wellWished(words, j);
    const opens = has(JOINS, w) || w.pauseBefore;
    if (opens && fondClause(words, has(JOINS, w) ? j + 1 : j)) return true;
    // "Dude you're crazy, I could never jump off that cliff": the daring admired.
    if (opens && daring && admired(words, has(JOINS, w) ? j + 1 : j)) return true;
  }
  return false;
}

/**
 * Names for daring or zany people, said with admiration or on a happy day ("you're crazy, I could never", "You
 * crazy kids, 25 years married! Happy anniversary"); other names stay names whatever follows them.
 */
const DARING: ReadonlySet<string> = new Set([
  'crazy',
  'nuts',
  'mad',
  'insane',
  'bonkers',
  'nutter',
  'nutters',
  'loony',
]);
/** "I could never", "I couldn't": the writer would not dare what the named did ("I would never" refuses). */
function admired(words: readonly Word[], k: number): boolean {
  const at = (n: number) => words[k + n];
  if (at(0)?.text !== 'i' || !at(1) || (at(1) as Word).breakBefore) return false;
  const modal = at(1)?.text;
  if (modal === 'couldn') return at(2)?.text === 't';
  return modal === 'could' && at(2)?.text === 'never';
}
/** Wishes for a happy day in the next two sentences: "Happy anniversary!", "Congrats!". */
const WISHES: ReadonlySet<string> = new Set(['congrats', 'congratulations', 'cheers']);
const HAPPY_DAYS: ReadonlySet<string> = new Set(['anniversary', 'birthday', 'retirement', 'wedding']);
function wellWished(words: readonly Word[], from: number): boolean {
  let sentences = 0;
  for (let k = from; k < words.length && sentences <= 2; k++) {
    const w = words[k] as Word;
    if (w.breakBefore) sentences++;
    if (has(WISHES, w) || (w.text === 'happy' && has(HAPPY_DAYS, words[k + 1]))) return true;
  }
  return false;
}

/** "I love him", "I'd die for her", "he's the best uncle ever" starting at `k`. */
function fondClause(words: readonly Word[], k: number): boolean {
  const at = (n: number) => words[k + n];
  const inside = (n: number) => !!at(n) && !(at(n) as Word).breakBefore;
  if (at(0)?.text === 'i') {
    let v = 1;
    while (inside(v) && has(LOVE_ADVERBS, at(v))) v++;
    if (inside(v) && has(LOVE, at(v))) return inside(v + 1) && has(LOVED, at(v + 1));
    // "I'd die for her", "I would die for him".
    if (inside(v) && (at(v)?.text === 'd' || at(v)?.text === 'would')) v++;
    return inside(v + 2) && at(v)?.text === 'die' && at(v + 1)?.text === 'for' && has(LOVED, at(v + 2));
  }
  // "he's the best uncle ever", "she is the sweetest".
  if (!has(THIRD, at(0)) || !inside(1) || !has(BE, at(1))) return false;
  let p = 2;
  if (inside(p) && (at(p)?.text === 'the' || at(p)?.text === 'my')) p++;
  return inside(p) && has(PRAISE, at(p));
}
