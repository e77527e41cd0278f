/**
 * "Xs rape women", "Xs kill gays", "Xs have been killing each other for ages": crimes said of a whole people as
 * what it does, in the present of habit. A report of an event ("Xs killed 24 Christians", "Xs kill 24 in Egypt"),
 * a part of the group, a place or a time after the group ("Xs in Egypt kill ..."), a denial ("Xs don't kill",
 * "Xs kill nobody"), a statistic ("Xs kill more people than ..."), harm to themselves ("Xs kill themselves"), a
 * contest ("Xs beat us at chess"), jobs taken ("Xs steal our jobs", an argument about work) and a question ("Do Xs
 * kill ...?") stay clean. Asked of each whole group `findGroupStereotypes` finds.
 */
import { hasForm as has, type Word } from '../normalize/words.js';
import { identityHit as hit, type IdentityHit } from './identity.js';
import { joined } from './word-runs.js';

/** Crimes against people, as their present plural form: what a people is said to do. */
export const CRIME_VERBS: readonly string[] = [
  'kill',
  'murder',
  'rape',
  'rob',
  'steal',
  'stab',
  'behead',
  'slaughter',
  'torture',
  'molest',
  'stone',
  'butcher',
  'massacre',
  'enslave',
  'kidnap',
  'mutilate',
  'lynch',
  'terrorize',
  'terrorise',
];
const CRIMES: ReadonlySet<string> = new Set(CRIME_VERBS);
/** The same crimes in "-ing", after "have been": "Xs have been robbing each other for generations". */
const CRIMES_ING: ReadonlySet<string> = new Set(CRIME_VERBS.map(ing));
/** Words between the group and the verb: "Xs always kill", "Xs just rape". */
const HABITUALLY: ReadonlySet<string> = new Set(
  'all always just only often routinely still really simply literally constantly regularly'.split(' '),
);
/** Before the group, a question or a condition: "Do Xs kill ...?", "if Xs rob a bank". */
const ASKING: ReadonlySet<string> = new Set('do does did why whether if unless when whenever'.split(' '));
/** A count after the verb makes it the report of an event: "kill 24", "kill at least", "kill dozens of". */
const COUNTED: ReadonlySet<string> = new Set(
  'at one two three four five six seven eight nine ten eleven twelve dozens dozen scores several'.split(' '),
);

/** A comparison or a rate in the sentence makes it a statistic: "Xs kill more people than ...", "far less often". */
const COMPARED: ReadonlySet<string> = new Set('more fewer less than most least rate rates percent per'.split(' '));

/** What follows a crime that makes it none against others: "kill nobody", "kill themselves", "steal our jobs". */
const NO_VICTIM: ReadonlySet<string> = new Set('nobody noone none no never themselves jobs job work'.split(' '));
/** "beat" is a crime only done to people: "Xs beat their wives"; "Xs beat us at chess" is a contest. */
const BEATEN: ReadonlySet<string> = new Set('wives women children kids daughters girls gays'.split(' '));

/** The group at [i, g] said to commit a crime by habit, or null. */
export function crimesByNature(words: readonly Word[], i: number, g: number): IdentityHit | null {
  if (has(ASKING, words[i - 1]) || has(ASKING, words[i - 2])) return null;
  let k = g + 1;
  while (joined(words, k) && has(HABITUALLY, words[k])) k++;
  if (!joined(words, k)) return null;
  let verb: number;
  if (has(CRIMES, words[k]) || beatenPeople(words, k)) verb = k;
  else if (
    (words[k]?.text === 'have' || words[k]?.text === 've') &&
    words[k + 1]?.text === 'been' &&
    joined(words, k + 1) &&
    has(CRIMES_ING, words[k + 2]) &&
    joined(words, k + 2)
  )
    verb = k + 2;
  else return null;
  return reported(words, verb + 1) ? null : hit([i, g], [k, verb]);
}

/** "beat their wives", "beat up women": "beat" before the people beaten. */
function beatenPeople(words: readonly Word[], k: number): boolean {
  if (words[k]?.text !== 'beat') return false;
  let n = k + 1;
  if ((words[n]?.text === 'their' || words[n]?.text === 'up') && joined(words, n)) n++;
  return joined(words, n) && has(BEATEN, words[n]);
}

/**
 * Whether what follows the verb (from `k`) makes it no habitual crime: a comparison or a rate anywhere in the
 * sentence (a statistic), victims counted right after it (an event: "kill 24", "kill at least"), none, the doers
 * themselves, jobs taken ("steal our jobs").
 */
function reported(words: readonly Word[], k: number): boolean {
  for (let n = k; n < words.length && !(words[n] as Word).breakBefore; n++) if (has(COMPARED, words[n])) return true;
  const w = words[k];
  if (!w || !joined(words, k)) return false;
  if (has(COUNTED, w) || /^[0-9]/.test(w.text) || has(NO_VICTIM, w)) return true;
  return (
    has(NO_VICTIM, words[k + 1]) && joined(words, k + 1) && (w.text === 'our' || w.text === 'the' || w.text === 'their')
  );
}

/** "kill" → "killing", "rape" → "raping", "rob" → "robbing", "stab" → "stabbing". */
export function ing(verb: string): string {
  if (verb.endsWith('e')) return `${verb.slice(0, -1)}ing`;
  if (/(?:^|[^aeiou])[aeiou][bgmnpt]$/.test(verb)) return `${verb}${verb.at(-1)}ing`;
  return `${verb}ing`;
}
