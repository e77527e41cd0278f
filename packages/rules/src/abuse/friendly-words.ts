import { hasForm as has, type Word } from '../normalize/words.js';
import { longestAt } from './word-runs.js';

/**
 * Words friends say that look like name-calling: a name after a word of envy ("You lucky sod, enjoy the view",
 * "jammy git", "lucky old bugger") and a gentle "Don't be silly" or "Don't be daft" that waves away thanks or worry
 * ("Don't be daft, it was no trouble"). "You stupid sod", "you lucky idiot", "Don't be stupid" stay name-calling.
 */

/** Words of envy that make a mild name a friend's: "lucky sod". */
export const ENVY_WORDS: readonly string[] = ['lucky', 'jammy', 'spawny', 'fortunate'];
/** Mild names that a word of envy makes fond: "lucky devil", "jammy git". */
export const ENVIED_NAMES: readonly string[] = [
  'sod',
  'sods',
  'git',
  'gits',
  'bugger',
  'buggers',
  'swine',
  'bastard',
  'bastards',
];
/** A word of fond mischief, and the mildest names it makes fond: "cheeky sod", "cheeky bugger" (not "cheeky git"). */
export const MISCHIEF_WORDS: readonly string[] = ['cheeky'];
export const MISCHIEF_NAMES: readonly string[] = ['sod', 'sods', 'bugger', 'buggers'];
/** Adjectives that scold gently in "Don't be ...": "Don't be silly", "don't be daft". */
export const GENTLE_ADJECTIVES: readonly string[] = ['silly', 'daft'];

const ENVY: ReadonlySet<string> = new Set(ENVY_WORDS);
const ENVIED: ReadonlySet<string> = new Set(ENVIED_NAMES);
const GENTLE: ReadonlySet<string> = new Set(GENTLE_ADJECTIVES);
/** Words between the envy and the name: "lucky old git", "lucky little sod". */
const FOND: ReadonlySet<string> = new Set(['old', 'little']);
const MISCHIEF: ReadonlySet<string> = new Set(MISCHIEF_WORDS);
const MISCHIEF_NAME: ReadonlySet<string> = new Set(MISCHIEF_NAMES);

/** Whether the listed word at `i` is said as a friend says it. */
export function friendlyWord(words: readonly Word[], i: number): boolean {
  return envied(words, i) || gentleOrder(words, i);
}

/** "lucky sod", "jammy old git", "cheeky bugger": a mild name right after a word of envy or of mischief. */
function envied(words: readonly Word[], i: number): boolean {
  if (!has(ENVIED, words[i])) return false;
  let j = i - 1;
  if (has(FOND, words[j]) && !(words[j + 1] as Word).breakBefore) j--;
  const envy = words[j];
  if (!envy || (words[j + 1] as Word).breakBefore || (words[j + 1] as Word).pauseBefore) return false;
  return has(ENVY, envy) || (has(MISCHIEF, envy) && has(MISCHIEF_NAME, words[i]));
}

/**
 * "Don't be silly, it was no trouble", "Oh don't be so daft. Any time.": a gentle adjective in an order not to be it,
 * waving away thanks or worry in the same or the next sentence. Said in an argument ("Bigotry? Don't be daft.") it
 * is a put-down.
 */
function gentleOrder(words: readonly Word[], i: number): boolean {
  if (!has(GENTLE, words[i])) return false;
  let b = i - 1;
  if (words[b]?.text === 'so') b--;
  if (words[b]?.text !== 'be') return false;
  const not = words[b - 1]?.text;
  const dont =
    not === 'dont' || (not === 't' && words[b - 2]?.text === 'don') || (not === 'not' && words[b - 2]?.text === 'do');
  if (!dont) return false;
  const start = not === 'dont' ? b - 1 : b - 2;
  for (let k = start + 1; k <= i; k++)
    if ((words[k] as Word).breakBefore || (words[k] as Word).pauseBefore) return false;
  return reassuringAfter(words, i);
}

/** Words that wave away thanks or worry: "no trouble", "any time", "you're welcome", "of course". */
export const REASSURANCES: readonly string[] = [
  'no trouble',
  'no problem',
  'no bother',
  'no worries',
  'no need',
  'not at all',
  'any time',
  'anytime',
  'my pleasure',
  'of course',
  'you re welcome',
  'happy to',
  'glad to',
  'it was nothing',
  'it s fine',
  'it s nothing',
  'don t mention it',
];
const REASSURING = REASSURANCES.map((r) => r.split(' '));
/** How far after the order the reassurance may start, in its sentence or the next. */
const REASSURE_REACH = 8;

/** A reassurance within a few words after `i`, in its sentence or the next one. */
function reassuringAfter(words: readonly Word[], i: number): boolean {
  let sentences = 0;
  for (let k = i + 1; k < words.length && k - i <= REASSURE_REACH; k++) {
    if ((words[k] as Word).breakBefore && ++sentences > 1) return false;
    if (longestAt(words, k, REASSURING) >= 0) return true;
  }
  return false;
}
