/**
 * Orders that send the reader away, written from general knowledge of English: `dismissals.ts` holds them when
 * they stand as a clause ("Get lost.", "you can take a hike") or are joined by "and" to a rude order before them
 * ("Shut up and go to hell.", "Grow up and get a life."); inside a sentence they are plain ("we got lost", "go away
 * for the weekend", "shut up and dance").
 */

/** Brush-offs that send the reader away on their own: "Get lost.", "Go take a hike, pal." */
export const BRUSH_OFFS: readonly (readonly string[])[] = [
  ['get', 'lost'],
  ['take', 'a', 'hike'],
  ['go', 'jump', 'in', 'a', 'lake'],
  ['go', 'fly', 'a', 'kite'],
  ['get', 'out', 'of', 'here'],
  ['get', 'outta', 'here'],
  // Sexual and vulgar ones: "Go blow yourself.", "Choke on it."
  ['blow', 'yourself'],
  ['f', 'yourself'],
  ['play', 'with', 'yourself'],
  ['sit', 'on', 'it', 'and', 'spin'],
  ['choke', 'on', 'it'],
];

/** Orders that end a rude order before them: "... and go to hell", "... and go away", "... and get a life". */
export const JOINED_BRUSH_OFFS: readonly (readonly string[])[] = [
  ...BRUSH_OFFS,
  ['go', 'to', 'hell'],
  ['go', 'away'],
  ['get', 'out'],
  ['go', 'home'],
  ['leave'],
  ['get', 'a', 'life'],
  ['piss', 'off'],
  ['bugger', 'off'],
  ['sod', 'off'],
  ['buzz', 'off'],
  ['shove', 'off'],
  ['get', 'bent'],
  ['drop', 'dead'],
  ['bite', 'me'],
  ['go', 'back', 'under', 'your', 'rock'],
  ['crawl', 'back', 'under', 'your', 'rock'],
];

/** Rude orders that open such a sentence: "Shut up and ...", "Grow up and ...", "Get a life and ...". */
export const RUDE_ORDERS: readonly (readonly string[])[] = [
  ['shut', 'up'],
  ['shut', 'it'],
  ['shut', 'your', 'mouth'],
  ['shut', 'your', 'trap'],
  ['grow', 'up'],
  ['get', 'a', 'life'],
  ['get', 'over', 'yourself'],
  ['back', 'off'],
  ['butt', 'out'],
  ['sit', 'down'],
  ['pipe', 'down'],
  ['stop', 'whining'],
  ['quit', 'whining'],
  ['stop', 'crying'],
  ['piss', 'off'],
  ['bugger', 'off'],
];
