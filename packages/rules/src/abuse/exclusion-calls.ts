/**
 * Calls to expel people by origin, said to the reader or of a group: "go back to Mexico", "why don't you go back to
 * India where you came from?", "Go home, immigrant.", "Deport them all.", "send these savages back where they came
 * from". Each needs a call (an order, "should", "why don't you") and a land, a whole lot or people named as vermin
 * sent to a land, so trips ("I want to go back to Mexico for a holiday"), reports ("he went back to India"), other
 * places ("go back to the start"), things sent back ("ship the waste back to Canada") and lawful single cases
 * ("deport him if the court says so") stay clean. Linear: each "go" and each verb that expels looks a few words
 * either side, within its sentence.
 */
import { hasForm as has, type Word } from '../normalize/words.js';
import { identityHit as hit, type IdentityHit } from './identity.js';
import {
  CONTINENTS,
  COUNTRIES,
  DEPORTING_VERBS,
  EXPELLED_AS_VERMIN,
  EXPELLING_VERBS,
  GO_CALLS,
  LAND_OWNERS,
  LANDS_OWNED,
  OUR_LANDS,
  OWN_SUBJECTS,
  SEX_WORDS,
  TOLD_SUBJECTS,
  TOURING_WORDS,
  WHOLE_LOTS,
} from './lexicon/exclusion.js';
import { IDENTITY_GROUPS } from './lexicon/identity.js';
import { MORE_IDENTITY_GROUPS } from './lexicon/identity-attacks.js';
import { joined, longestAt, orderOpens, sentenceEnds } from './word-runs.js';

const set = (list: readonly string[]): ReadonlySet<string> => new Set(list);
const phrases = (list: readonly string[]): string[][] => list.map((p) => p.split(' '));
const LANDS = phrases([...CONTINENTS, ...COUNTRIES]);
const WHOLE = phrases(WHOLE_LOTS);
const OWNERS = set(LAND_OWNERS);
const OWNED = set(LANDS_OWNED);
const CALLS = set(GO_CALLS);
const OWN = set(OWN_SUBJECTS);
const TOLD = set(TOLD_SUBJECTS);
const DEPORT = set(DEPORTING_VERBS);
const TOURING = set(TOURING_WORDS);
const EXPELLING = set(EXPELLING_VERBS);
const VERMIN = set(EXPELLED_AS_VERMIN);
const OURS = set(OUR_LANDS);
/** What sends the ones named away, between them and the land: "send them back to", "keep them out of". */
const AWAY = set(['back', 'out', 'away', 'home']);
/** How far either side of "go home" its sentence is searched for sightseeing. */
const TOUR_REACH = 20;
/** Peoples told to go home, in the singular and the plural; a sex is not ("go home, men" is said to a squad). */
const SEXES = set(SEX_WORDS);
const PEOPLES = set(
  [...IDENTITY_GROUPS, ...MORE_IDENTITY_GROUPS]
    .filter((g) => !SEXES.has(g))
    .flatMap((g) => [g, `${g}s`, `${g}es`, g.replace(/s$/, '')]),
);
/** Words between the one told and the verb: "they should all just go back", "you can simply go back". */
const BETWEEN = set(['all', 'just', 'simply', 'really', 'probably', 'honestly', 'definitely']);
/** Words before "to" that make the verb a call: "need to deport", "time to go back", "ought to go back". */
const NEEDING = set(['need', 'needs', 'ought', 'time', 'have', 'has', 'got']);
/** Words that put a condition or a limit on a deportation: "if the court says so", "who overstay". */
const CONDITIONS = set([
  'if',
  'unless',
  'when',
  'once',
  'until',
  'after',
  'who',
  'that',
  'which',
  'convicted',
  'found',
  'guilty',
  'legally',
  'lawfully',
]);

const text = (w: Word | undefined): string => w?.text ?? '';
/** Whether the clause ends at word `k`: the text ends, or a new sentence or clause starts. */
const clauseEnds = (words: Word[], k: number): boolean => !joined(words, k);

/**
 * Calls to expel people by origin: "go back to <a land>", "go home, <a people>", "<people> go home!", "deport them
 * all". Word ranges for the call and the land or the people.
 */
export function findExclusionCalls(words: Word[]): IdentityHit[] {
  const out: IdentityHit[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i] as Word;
    if (w.text === 'go') {
      const home = goneHome(words, i);
      const end = goneBack(words, i) ?? (home !== null && touring(words, i) ? null : home);
      if (end !== null && calledToGo(words, i)) out.push(hit([i, end]));
      else {
        const start = peopleSentHome(words, i);
        if (start !== null && !touring(words, i)) out.push(hit([start, homeEnd(words, i)]));
      }
    } else if (has(EXPELLING, w) && calledAt(words, i)) {
      const end = (has(DEPORT, w) ? deportedWhole(words, i) : null) ?? expelledAsVermin(words, i);
      if (end !== null) out.push(hit([i, end]));
    }
  }
  return out;
}

/**
 * "send these savages back where they came from", "keep the invaders out of our country", "ship the cockroaches back
 * to Africa": people named as vermin or invaders (within three words of the verb at `i`), sent back or kept out of a
 * land. The last word of the land, or null: "get the rats out of the kitchen" names no land, and no vermin.
 */
function expelledAsVermin(words: Word[], i: number): number | null {
  let n = i + 1;
  while (n - i <= 3 && joined(words, n) && !has(VERMIN, words[n])) n++;
  if (n - i > 3 || !joined(words, n)) return null;
  let k = n + 1;
  if (joined(words, k) && has(AWAY, words[k])) k++;
  // "send the savages home.": no land named, but their own.
  if (!joined(words, k)) return text(words[k - 1]) === 'home' ? k - 1 : null;
  const origin = originFrom(words, k);
  if (origin !== null) return origin;
  const t = text(words[k]);
  if (t === 'home') return k;
  if (t === 'to') return nonNegative(landAt(words, k + 1));
  if (t !== 'of' && t !== 'from') return null;
  const land = landAt(words, k + 1);
  if (land >= 0) return land;
  // "out of our country", "out of this nation"
  const ours = ['our', 'this', 'the'].includes(text(words[k + 1])) && joined(words, k + 2) && has(OURS, words[k + 2]);
  return ours ? k + 2 : null;
}

const nonNegative = (k: number): number | null => (k >= 0 ? k : null);

/**
 * "go back to Mexico.", "go back to your own country", "go back where you came from": the last word of the land a
 * "go" at `i` sends someone back to, or null. A land followed by a purpose or a time ("to Mexico for a holiday",
 * "to India next year") is a trip.
 */
function goneBack(words: Word[], i: number): number | null {
  if (text(words[i + 1]) !== 'back' || !joined(words, i + 1)) return null;
  let k = i + 2;
  // "go back home to Pakistan": home on the way to the land.
  if (text(words[k]) === 'home' && joined(words, k)) k++;
  // "go back to where you came from", "go back where you came from"
  if (text(words[k]) === 'to' && joined(words, k) && text(words[k + 1]) === 'where') k++;
  const origin = originFrom(words, k);
  if (origin !== null) return origin;
  if (text(words[k]) !== 'to' || !joined(words, k)) return null;
  const land = landAt(words, k + 1);
  if (land < 0) return null;
  // "go back to India where you came from": the origin named after the land belongs to the call.
  return originFrom(words, land + 1) ?? (landEnds(words, land + 1) ? land : null);
}

/** "where you came from", "where they belong": the last word of a clause that names someone's origin, or null. */
function originFrom(words: Word[], k: number): number | null {
  if (text(words[k]) !== 'where' || (words[k] as Word).breakBefore) return null;
  for (let n = k + 1; n < words.length && n - k <= 4; n++) {
    if (!joined(words, n)) return null;
    const t = text(words[n]);
    if (t === 'from' || t === 'belong' || t === 'belongs') return n;
  }
  return null;
}

/** A land at `k` ("Mexico", "the Middle East", "your own country"): its last word, or -1. */
export function landAt(words: Word[], k: number): number {
  if (!joined(words, k)) return -1;
  const named = longestAt(words, k, LANDS);
  if (named >= 0) return named;
  if (!has(OWNERS, words[k])) return -1;
  const n = text(words[k + 1]) === 'own' ? k + 2 : k + 1;
  return joined(words, n) && has(OWNED, words[n]) ? n : -1;
}

/**
 * Whether what follows a land at `k` leaves it the whole of the call: the sentence ends, or the call goes on
 * ("and stay there", "if you don't like it", ", you ..."). "to Mexico for a holiday" or "to India, the food is great"
 * is a trip.
 */
function landEnds(words: Word[], k: number): boolean {
  if (sentenceEnds(words, k)) return true;
  const w = words[k] as Word;
  if (w.pauseBefore) return text(w) === 'you' || has(PEOPLES, w);
  if (text(w) === 'and') return text(words[k + 1]) === 'stay';
  if (text(w) === 'if') return ['you', 'they', 'u'].includes(text(words[k + 1])) && dislike(words, k + 2);
  return false;
}

/** "don't like it", "do not like it here": dislike of the place in the four words from `k`. */
function dislike(words: Word[], k: number): boolean {
  for (let n = k; n < words.length && n - k < 4; n++) {
    if (!joined(words, n)) return false;
    if (['like', 'love', 'want'].includes(text(words[n])))
      return ['don', 'dont', 'not', 't'].includes(text(words[n - 1]));
  }
  return false;
}

/** "go home, immigrant.", "go back home, you refugees!": the people named after "go home" at `i`, or null. */
function goneHome(words: Word[], i: number): number | null {
  const home = text(words[i + 1]) === 'back' && joined(words, i + 1) ? i + 2 : i + 1;
  if (text(words[home]) !== 'home' || !joined(words, home)) return null;
  let k = home + 1;
  if (sentenceEnds(words, k)) return null;
  // "go home, you refugees": the people named after "you" in the same clause.
  if (['you', 'u'].includes(text(words[k])) && joined(words, k + 1)) k++;
  return has(PEOPLES, words[k]) && clauseEnds(words, k + 1) ? k : null;
}

/** Whether the sentence of word `i` speaks of sightseeing: "Go home, Americans, the tour bus is leaving." */
function touring(words: Word[], i: number): boolean {
  for (let k = i; k >= 0 && i - k <= TOUR_REACH; k--) {
    if (has(TOURING, words[k])) return true;
    if ((words[k] as Word).breakBefore) break;
  }
  for (let k = i + 1; k < words.length && k - i <= TOUR_REACH && !sentenceEnds(words, k); k++)
    if (has(TOURING, words[k])) return true;
  return false;
}

/** "Immigrants go home!", "Refugees, go home.": the first word of a people opening a clause that ends in "go home". */
function peopleSentHome(words: Word[], i: number): number | null {
  const end = homeEnd(words, i);
  if (end === i || !clauseEnds(words, end + 1)) return null;
  const people = words[i - 1];
  if (!has(PEOPLES, people) || (words[i] as Word).breakBefore) return null;
  const opens = i - 1 === 0 || (people as Word).breakBefore || (people as Word).pauseBefore;
  return opens ? i - 1 : null;
}

/** The last word of "go home" / "go back home" at `i`, or `i` when "go" is not followed by them. */
function homeEnd(words: Word[], i: number): number {
  const home = text(words[i + 1]) === 'back' && joined(words, i + 1) ? i + 2 : i + 1;
  return text(words[home]) === 'home' && joined(words, home) ? home : i;
}

/**
 * Whether the "go" at `i` is said as a call: an order opening its clause ("Go back to ...", "Just go home"), "why
 * don't you go", or a modal after someone other than the writer ("they should all go back", "you need to go back";
 * not "I should go back", "we can go back").
 */
function calledToGo(words: Word[], i: number): boolean {
  if (orderOpens(words, i)) return true;
  // "why don't you go back", "why not go back"
  if (text(words[i - 1]) === 'you' && text(words[i - 2]) === 't' && text(words[i - 4]) === 'why') return true;
  if (text(words[i - 1]) === 'not' && text(words[i - 2]) === 'why') return true;
  for (let k = i - 1; k >= 0 && i - k <= 4; k--) {
    if (!joined(words, k + 1)) return false;
    const w = words[k] as Word;
    if (has(CALLS, w)) return toldAt(words, k);
    if (w.text === 'to' && has(NEEDING, words[k - 1])) return toldAt(words, k - 1);
    if (!has(BETWEEN, w)) return false;
  }
  return false;
}

/**
 * Whether the one before a modal at `k`, past "all" and "just", may be told to go: the reader, "they", a people
 * ("Mexicans", "these people"), or no one named ("Should go back to ..."). Not the writer, a place or a thing.
 */
function toldAt(words: Word[], k: number): boolean {
  let n = k - 1;
  while (n >= 0 && ['all', 'just', 'really', 'd'].includes(text(words[n])) && joined(words, n + 1)) n--;
  return !joined(words, n + 1) || has(TOLD, words[n]) || has(PEOPLES, words[n]);
}

/**
 * Whether the deporting or expelling verb at `i` is called for: an order ("Deport them all."), after "should", "must",
 * "let's", "need to", "time to", or what the writer would do ("I'd deport them all"); not a report ("they will
 * deport").
 */
function calledAt(words: Word[], i: number): boolean {
  if (orderOpens(words, i)) return true;
  for (let k = i - 1; k >= 0 && i - k <= 3; k--) {
    if (!joined(words, k + 1)) return false;
    const t = text(words[k]);
    if (t === 'should' || t === 'must' || t === 'gotta') return true;
    if (t === 's' && text(words[k - 1]) === 'let') return true;
    if (t === 'to') return has(NEEDING, words[k - 1]);
    if ((t === 'would' || t === 'd') && has(OWN, words[k - 1])) return true;
    if (!has(BETWEEN, words[k])) return false;
  }
  return false;
}

/** "them all", "every last one of them": the last word of a whole lot deported at `i`, unless a condition follows. */
function deportedWhole(words: Word[], i: number): number | null {
  if (!joined(words, i + 1)) return null;
  const end = longestAt(words, i + 1, WHOLE);
  if (end < 0) return null;
  // "expel them all from the party": put out of a body, not a country.
  if (text(words[end + 1]) === 'from' && joined(words, end + 1) && !countryAt(words, end + 2)) return null;
  // "deport them all if they break the law": a condition makes it a policy.
  for (let n = end + 1; n < words.length && n - end <= 8; n++) {
    if (sentenceEnds(words, n)) break;
    if (has(CONDITIONS, words[n])) return null;
  }
  return end;
}

/** Whether a country stands at `k`: "Canada", "the country", "our country", "this nation". */
function countryAt(words: Word[], k: number): boolean {
  const w = words[k];
  if (!w || !joined(words, k)) return false;
  if (w.capitalized && !['the', 'our', 'this', 'my'].includes(w.text)) return true;
  return ['the', 'our', 'this', 'my'].includes(w.text) && ['country', 'nation', 'land'].includes(text(words[k + 1]));
}
