/** Sentences about games, where violent words are the talk of a match ("kill the Canadians in the third period"). */
import { hasForm as has, type Word } from '../normalize/words.js';
import { PLAYED_GAMES, SPORTING_SIDES, SPORTS_WORDS } from './lexicon/harm.js';

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

/** The ones who play, subject of a beating foretold: "our bowlers will kill them", "the defence will destroy them". */
const SIDES: ReadonlySet<string> = new Set(SPORTING_SIDES);

/** Words that foretell rather than call for: "will kill them", not "should be shot" ("the players should be shot"). */
const FORETOLD: ReadonlySet<string> = new Set(['will', 'll', 'gonna', 'going', 'would', 'can']);

/** Whether the threat phrase opening at word `first` has a side in a game for its subject: "Our bowlers will ...". */
export function sideInGame(words: readonly Word[], first: number): boolean {
  const w = words[first] as Word;
  if (w.breakBefore || !FORETOLD.has(w.text)) return false;
  // "Our defence is gonna kill them": the verb of being between.
  const before = words[first - 1];
  const be = !!before && ['is', 'are', 's', 're'].includes(before.text) && !before.breakBefore;
  return has(SIDES, words[be ? first - 2 : first - 1]);
}

/** Games played at a table or a board, or alone: "I'll kill you at chess", "he'd destroy them at poker". */
const GAMES: ReadonlySet<string> = new Set(PLAYED_GAMES);

/** Whether the threat phrase ending at word `last` goes on "at" a game: "I'll kill you at chess next time". */
export function atGame(words: readonly Word[], last: number): boolean {
  const at = words[last + 1];
  if (at?.text !== 'at' || at.breakBefore) return false;
  const game = words[last + 2]?.text === 'the' ? words[last + 3] : words[last + 2];
  return !!game && !game.breakBefore && has(GAMES, game);
}
