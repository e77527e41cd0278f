/** Sentences about games, where violent words are the talk of a match ("kill the Canadians in the third period"). */
import { hasForm as has, type Word } from '../normalize/words.js';
import { SPORTS_WORDS } from './lexicon/harm.js';

/** Words of games and sport: an order or a beating in their sentence is about a match. */
const SPORTS: ReadonlySet<string> = new Set(SPORTS_WORDS);

/**
 * Whether the sentence around word `i` talks of a game: "in the third period", "tonight's game", "the playoffs".
 * Read only once an order is found, up to twelve words either side.
 */
export function aboutSport(words: Word[], i: number): boolean {
  for (let j = i; j >= 0 && i - j <= 12; j--) {
    if (has(SPORTS, words[j])) return true;
    if ((words[j] as Word).breakBefore) break;
  }
  for (let j = i + 1; j < words.length && j - i <= 12; j++) {
    const w = words[j] as Word;
    if (w.breakBefore) break;
    if (has(SPORTS, w)) return true;
  }
  return false;
}
