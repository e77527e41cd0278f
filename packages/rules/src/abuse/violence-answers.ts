/**
 * Killing people offered as the answer to a problem: "Killing their supporters would fix it", "Shooting these looters
 * is not a problem but the solution"; and "Cull the herd." said as a whole sentence. A denial ("Executing criminals
 * is no solution", "bombing civilians never solves anything"), a killing that is no call ("is killing them the
 * answer", "stop shooting protesters") and a thing killed ("killing the bill would fix the budget") stay clean.
 */
import { hasForm as has, type Word } from '../normalize/words.js';
import { ORDER_PEOPLE } from './lexicon/harm.js';
import { IDENTITY_GROUPS, PEOPLE_NOUNS } from './lexicon/identity.js';
import { MORE_IDENTITY_GROUPS } from './lexicon/identity-attacks.js';
import { NEGATION, type Span } from './wishes.js';

const set = (list: readonly string[]): ReadonlySet<string> => new Set(list);

/** Killings named as a deed, the subject of "would fix it", "is the answer". */
export const KILLING_GERUNDS: readonly string[] = [
  'killing',
  'shooting',
  'hanging',
  'executing',
  'lynching',
  'gassing',
  'nuking',
  'bombing',
  'exterminating',
  'slaughtering',
  'murdering',
  'massacring',
  'culling',
  'beheading',
];
/** What the killing is said to be: "the answer", "a solution", "would fix it", "problem solved". */
const ANSWER_WORDS: readonly string[] = [
  'solution',
  'solutions',
  'answer',
  'fix',
  'fixes',
  'solve',
  'solves',
  'solved',
  'cure',
  'remedy',
];
/** People named by whom they follow or back: "killing their supporters". */
const FOLLOWERS = ['supporters', 'followers', 'voters', 'thugs', 'savages', 'animals', 'scum'];

const GERUNDS = set(KILLING_GERUNDS);
const ANSWERS = set(ANSWER_WORDS);
const PEOPLE = set([
  ...PEOPLE_NOUNS,
  ...ORDER_PEOPLE,
  ...FOLLOWERS,
  ...MORE_IDENTITY_GROUPS,
  ...IDENTITY_GROUPS.map((g) => `${g}s`),
  'them',
  'em',
  'him',
]);
/** Words that may lead the killing and keep it the writer's own proposal: "Frankly, killing ...", "and killing ...". */
const LEADS = set(['just', 'simply', 'and', 'but', 'so', 'honestly', 'frankly', 'think', 'believe', 'maybe', 'that']);
/** Words that lead "but" back to a claim after a denial: "not a problem but the answer". */
const BUT = set(['but']);

/** "Killing their supporters would fix it": the killing's words [first, last] (the verb to the people), or null. */
export function violenceAsAnswer(words: Word[], i: number): Span | null {
  if (!has(GERUNDS, words[i])) return null;
  const w = words[i] as Word;
  if (!(i === 0 || w.breakBefore || w.pauseBefore || has(LEADS, words[i - 1]))) return null;
  // "I don't think killing them would solve anything": a denial before the killing.
  for (let j = i - 1; j >= 0 && !(words[j + 1] as Word).breakBefore; j--) if (has(NEGATION, words[j])) return null;
  let who = -1;
  for (let k = i + 1; k < words.length && k - i <= 4; k++) {
    const v = words[k] as Word;
    if (v.breakBefore) return null;
    if (has(PEOPLE, v)) {
      who = k;
      break;
    }
  }
  if (who < 0) return null;
  let denied = false;
  for (let j = who + 1; j < words.length && j - who <= 10; j++) {
    const v = words[j] as Word;
    if (v.breakBefore) return null;
    if (has(NEGATION, v)) denied = true;
    else if (has(BUT, v)) denied = false;
    else if (has(ANSWERS, v)) return denied ? null : { first: i, last: who };
  }
  return null;
}

/** "Cull the herd.": people to be culled, said as a whole sentence (not "cull the deer herd this fall"). */
export function herdCulled(words: Word[], i: number): Span | null {
  const w = words[i] as Word;
  if (w.text !== 'cull' || !(i === 0 || w.breakBefore)) return null;
  const the = words[i + 1];
  const herd = words[i + 2];
  const after = words[i + 3];
  if (the?.text !== 'the' || the.breakBefore || herd?.text !== 'herd' || herd.breakBefore) return null;
  return !after || after.breakBefore ? { first: i, last: i + 2 } : null;
}
