import { hasForm as has, type Word } from '../normalize/words.js';
import { deniedClaim } from './denied-claims.js';
import { reportedOrMentioned } from './reported.js';
import { aimedAtSelf } from './self-reference.js';

/**
 * An insult phrase starting at word `first` that names no one else: the writer's own ("I was a horrible person"),
 * inside a denied claim ("nobody is calling you a waste of space"), reported or mentioned ("he called them pieces
 * of trash"), literal ("we picked up pieces of trash", "declared brain dead"), about no one in particular ("there are awful people
 * everywhere", "not all of them are awful people"), the reader under a condition ("if you're embarrassing yourself"), or denied right before it ("he is not a horrible person"; "no shit, dumb ass" denies nothing).
 */
export function insultNotAimed(words: Word[], first: number): boolean {
  // "picked up pieces of garbage": the plural alone names people only opening its sentence.
  const w = words[first] as Word;
  if (w.text === 'pieces' && first > 0 && !w.breakBefore && !w.pauseBefore) return true;
  // "declared brain dead", "left brain damaged": an injury.
  if (w.text === 'brain' && has(INJURED, words[first - 1])) return true;
  // "There are horrible people everywhere", "not all of them are awful people": no one in particular.
  const be = has(BEING, w) ? first : first - 1;
  if (has(BEING, words[be]) && words[be - 1]?.text === 'there') return true;
  if (notAll(words, first)) return true;
  // "if you're embarrassing yourself, sing louder": what the reader is supposed to be, not called.
  if (has(YOU, w) && has(CONDITION, words[first - 1]) && !w.breakBefore && has(BE, words[first + 1])) return true;
  if (medicineReminder(words, first)) return true;
  return aimedAtSelf(words, first) || deniedClaim(words, first) || reportedOrMentioned(words, first);
}

/** Medicine named in a jibe ("take your meds"), and what makes the same words a reminder. */
const MEDICINE: ReadonlySet<string> = new Set(['meds', 'medication', 'medications', 'pills', 'medicine']);
const REMINDING: readonly (readonly string[])[] = [
  ['remember', 'to'],
  ['forget', 'to'],
  ['sure', 'to'],
  ['sure', 'you'],
  ['reminder', 'to'],
];
/** After the medicine, when it is taken: "with food", "every day", "before bed", "on time". */
const SCHEDULE: ReadonlySet<string> = new Set(['with', 'every', 'daily', 'twice', 'tonight', 'on', 'at', 'in']);
const SCHEDULED_BEFORE: ReadonlySet<string> = new Set(['bed', 'breakfast', 'dinner', 'lunch', 'meals', 'sleeping']);

/**
 * "Remember to take your meds before bed", "don't forget to take your pills with food": care, not the jibe. "Did you
 * forget to take your meds?" asks after the reader's madness; "take your meds before you post" is the jibe again.
 */
function medicineReminder(words: Word[], first: number): boolean {
  let m = first;
  while (m < first + 4 && words[m] && !has(MEDICINE, words[m])) m++;
  if (!has(MEDICINE, words[m])) return false;
  const after = words[m + 1];
  if (after && !after.breakBefore) {
    if (has(SCHEDULE, after)) return true;
    if (after.text === 'before' && has(SCHEDULED_BEFORE, words[m + 2])) return true;
  }
  // "Don't forget to take your meds", "never forget your pills".
  const prev = words[first - 1]?.text;
  if (words[first]?.text === 'forget' && (prev === 't' || prev === 'dont' || prev === 'never')) return true;
  const asked = words[first - 3]?.text === 'did' || words[first - 3]?.text === 'you';
  return !asked && REMINDING.some(([a, b]) => words[first - 2]?.text === a && words[first - 1]?.text === b);
}

/** Words before "brain dead" that make it an injury. */
const INJURED: ReadonlySet<string> = new Set(['declared', 'pronounced', 'clinically', 'rendered', 'left']);
const BEING: ReadonlySet<string> = new Set(['are', 'were', 'is', 'was']);
const YOU: ReadonlySet<string> = new Set(['you', 'u', 'youre', 'ur']);
const CONDITION: ReadonlySet<string> = new Set(['if', 'when', 'whenever', 'unless', 'once']);
const BE: ReadonlySet<string> = new Set(['re', 'are', 'were']);

/** "not all", "not every" up to six words before `first`, in its sentence. */
function notAll(words: Word[], first: number): boolean {
  for (let j = first - 1; j >= 1 && first - j <= 6; j--) {
    if ((words[j + 1] as Word).breakBefore) return false;
    const w = (words[j] as Word).text;
    if ((w === 'all' || w === 'every') && words[j - 1]?.text === 'not') return true;
  }
  return false;
}
