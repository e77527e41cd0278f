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
  for (let j = i + 1; j < words.length && j - i <= REACH; j++) {
    const w = words[j] as Word;
    if (w.breakBefore) return false;
    if ((has(JOINS, w) || w.pauseBefore) && fondClause(words, has(JOINS, w) ? j + 1 : j)) return true;
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
