import { hasForm as has, type Word } from '../normalize/words.js';

/**
 * A name the writer gives themselves in a phrase opening the sentence, before the clause whose subject they are:
 * "Being a lazy slob, I bought the chopped onions", "As a complete idiot with money, I pay an accountant", "Being the
 * fool I am, I believed it". Not "As an idiot, you ...", "Being a fool, he ..." (someone else), nor "As I said, you're
 * an idiot" (no name in the opening phrase).
 */

const OPENERS: ReadonlySet<string> = new Set(['being', 'as']);
const ARTICLES: ReadonlySet<string> = new Set(['a', 'an', 'the', 'such']);
/** Subjects that are the writer, after the pause: "I", "I'm", "I've", "I'd", "I'll", "myself". */
const WRITER: ReadonlySet<string> = new Set(['i', 'im', 'ive', 'id', 'ill', 'myself']);
/** How long the opening phrase may be: "As [a] [complete] [and] [utter] [idiot] [with] [money], I ...". */
const PHRASE_REACH = 8;

/** Whether the word at `i` stands in an opening phrase that names the writer. */
export function selfAppositive(words: readonly Word[], i: number): boolean {
  if (besideMe(words, i)) return true;
  let s = i;
  while (s > 0 && i - s < PHRASE_REACH && !(words[s] as Word).breakBefore && !(words[s] as Word).pauseBefore) s--;
  const opener = words[s] as Word;
  if (s === i || !has(OPENERS, opener) || !(s === 0 || opener.breakBefore)) return false;
  if (!has(ARTICLES, words[s + 1]) || (words[s + 1] as Word).pauseBefore) return false;
  for (let k = i + 1; k < words.length && k - s <= PHRASE_REACH + 1; k++) {
    const w = words[k] as Word;
    if (w.breakBefore) return false;
    if (w.pauseBefore) return has(WRITER, w);
  }
  return false;
}

/** Words a name set beside "me" may start with: "me, the idiot, ...", "me, a complete fool, ...", "me, total fool". */
const BESIDE: ReadonlySet<string> = new Set(['the', 'a', 'an', 'such', 'total', 'complete', 'utter', 'resident']);

/**
 * A name set off beside "me", "myself" or "yours truly": "Me, the idiot, forgot my keys", "and then me, a complete
 * fool, believed it", "Yours truly, complete dunce, ...". The name's phrase follows the comma after "me" and ends at the next comma or the sentence's end.
 */
function besideMe(words: readonly Word[], i: number): boolean {
  let k = i;
  while (k > 0 && i - k < 4 && !(words[k] as Word).pauseBefore && !(words[k] as Word).breakBefore) {
    if (!has(BESIDE, words[k - 1])) return false;
    k--;
  }
  // An article opens the name's phrase, right after the comma: "Doesn't apply to me, stupid." calls the reader
  // stupid. A word of degree opens one only inside the sentence ("Me, total fool, believed it"), since at its end
  // ("Doesn't apply to me, total idiot.") the name is said to the reader.
  const opens = words[k] as Word;
  const me = words[k - 1];
  if (k === i || !has(BESIDE, opens) || !opens.pauseBefore || opens.breakBefore) return false;
  // "Yours truly, complete dunce, locked the keys in the car": the writer's name for themselves.
  const yoursTruly = me?.text === 'truly' && words[k - 2]?.text === 'yours' && !me.breakBefore;
  if (me?.text !== 'me' && me?.text !== 'myself' && !yoursTruly) return false;
  const next = words[i + 1];
  if (!has(OPENING_ARTICLES, opens)) return !!next && next.pauseBefore && !next.breakBefore;
  return !next || next.pauseBefore || next.breakBefore;
}
const OPENING_ARTICLES: ReadonlySet<string> = new Set(['the', 'a', 'an']);
