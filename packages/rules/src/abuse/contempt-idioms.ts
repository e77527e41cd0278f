/**
 * Idioms of contempt for a person that name no insult word: the person as the cause of the writer's disgust ("you
 * make me sick", "people like you make me want to vomit", "you disgust me"), as past saving ("you are beyond help",
 * "he's a lost cause", "there's no hope for you") and as blind to the obvious ("you wouldn't know a fact if it hit
 * you in the face"). Only a person said so counts: "this heat makes me sick", "eggs make you sick", "the bridge is
 * beyond repair", "you're not a lost cause", "the patient is beyond help, the doctor said" and "I wouldn't know"
 * stay clean.
 */
import { hasForm as has, type Word } from '../normalize/words.js';
import { type Named, personAt, personBefore } from './contempt-subjects.js';
import { findDrinkNames } from './drink-names.js';
import { ILLNESSES } from './lexicon/afflictions.js';
import {
  CARE_WORDS,
  CAUSE_VERBS,
  DISGUST_BRIDGES,
  DISGUST_PHRASES,
  DISGUST_STATES,
  DISGUST_VERBS,
  EXPERIENCERS,
  HIT_LEADS,
  HIT_VERBS,
  KNOW_VERBS,
  NO_HOPE_FOR,
  PAST_SAVING,
} from './lexicon/contempt-idioms.js';
import { isIntensifier } from './lexicon/index.js';
import { findPersonVerdicts } from './person-verdicts.js';
import { findSharedVerdicts } from './shared-verdicts.js';
import type { Target } from './subject-words.js';
import { NEGATION } from './wishes.js';
import { longestAt, runAt } from './word-runs.js';

/** One idiom found: whom it is said of and the word ranges that show it. */
export interface Contempt {
  target: Target;
  spans: Array<[number, number]>;
}

const set = (list: readonly string[]): ReadonlySet<string> => new Set(list);
const CAUSE = set(CAUSE_VERBS);
const EXPERIENCER = set(EXPERIENCERS);
const STATES = set(DISGUST_STATES);
const DISGUST = set(DISGUST_VERBS);
const CARE = set([...CARE_WORDS, ...ILLNESSES]);
const KNOW = set(KNOW_VERBS);
const HIT = set(HIT_VERBS);
const LEADS = set(HIT_LEADS);
/** Verbs of being that say what a person is now: "you are", "he's", "you seem". */
const BEING_NOW = set(['is', 'are', 're', 's', 'am', 'seem', 'seems', 'be']);
/** Verbs of being in the past: said to the reader only ("you were always beyond help"); of others, a report. */
const BEING_THEN = set(['was', 'were']);
/** Before "be": "you must be beyond help", "you seem to be a lost cause". */
const BEFORE_BE = set(['must', 'to', 'will', 'may', 'might', 'gotta']);
const SEEM = set(['seem', 'seems', 'seemed', 'appear', 'appears']);
/** Adverbs between a verb of being and its predicate: "you are clearly beyond help". */
const DEGREE = set([
  'clearly',
  'simply',
  'just',
  'truly',
  'really',
  'totally',
  'completely',
  'utterly',
  'officially',
  'obviously',
  'so',
  'such',
  'now',
  'always',
  'probably',
  'definitely',
  'honestly',
]);
const THERE = set(['there', 'theres']);
/** Whom the obvious strikes in "... if it hit you": the one the idiom is said of. */
const STRUCK = set(['you', 'u', 'ya', 'him', 'her', 'them', 'em', 'yall', 'your', 'his', 'their']);
const ONTO = set(['on', 'over', 'into', 'at']);
/** What the obvious is called after "if": "if it hit you", "if one bit him", "if that slapped you". */
const AGENTS = set(['it', 'one', 'they', 'that', 'this', 'she', 'he']);
/** "you wouldn't know", "he would never recognise": the verb that opens the idiom and its negation. */
const WOULD = set(['would', 'wouldn', 'wouldnt', 'could', 'couldn', 'couldnt']);
const THEY = set(['they']);

/** How far either side of an idiom a word of care or report is looked for, so a long run-on body stays linear. */
const CARE_REACH = 40;

/**
 * The sentence around word `i` has a word of care, medicine or report ("the doctor said"); said of someone other than
 * the reader, so may the sentence after it ("He's beyond help now, sadly; the cancer spread").
 */
function inCareOrReport(words: Word[], i: number, target: Target): boolean {
  let from = i;
  while (from > 0 && i - from < CARE_REACH && !(words[from] as Word).breakBefore) from--;
  let sentences = target === 'reader' ? 1 : 2;
  for (let k = from; k < words.length && k - i <= CARE_REACH; k++) {
    if (k > from && (words[k] as Word).breakBefore && k > i && --sentences === 0) break;
    if (has(CARE, words[k])) return true;
  }
  return false;
}

const found = (who: Named, last: number): Contempt => ({ target: who.target, spans: [[who.first, last]] });

/** Every idiom of contempt in the text, with the person it is said of. */
export function findContempt(words: Word[]): Contempt[] {
  const out: Contempt[] = [];
  for (let i = 0; i < words.length; i++) {
    const hit = madeSick(words, i) ?? pastSaving(words, i) ?? noHopeFor(words, i) ?? blindToIt(words, i);
    if (hit) out.push(hit);
  }
  return [...out, ...findSharedVerdicts(words), ...findDrinkNames(words), ...findPersonVerdicts(words)];
}

/** "you make me sick", "people like you make me want to vomit", "you disgust me", "he sickens us". */
function madeSick(words: Word[], i: number): Contempt | null {
  const w = words[i] as Word;
  const cause = has(CAUSE, w);
  if (!cause && !has(DISGUST, w)) return null;
  const me = words[i + 1];
  if (!me || me.breakBefore || me.pauseBefore) return null;
  // "you make my skin crawl": the writer's body is made to feel it.
  const body = cause ? longestAt(words, i + 1, DISGUST_PHRASES) : -1;
  if (body < 0 && !has(EXPERIENCER, me)) return null;
  const who = personBefore(words, i);
  if (!who) return null;
  if (body >= 0) return found(who, body);
  if (!cause) return found(who, i + 1);
  let k = i + 2;
  const bridge = longestAt(words, k, DISGUST_BRIDGES);
  if (bridge >= 0) k = bridge + 1;
  while (words[k] && isIntensifier((words[k] as Word).forms) && !(words[k] as Word).breakBefore) k++;
  const feel = words[k];
  if (!feel || feel.breakBefore || feel.pauseBefore) return null;
  const phrase = longestAt(words, k, DISGUST_PHRASES);
  if (phrase >= 0) return found(who, phrase);
  // "you make me sick with worry": a parent's fear, not disgust.
  if (!has(STATES, feel) || runAt(words, k + 1, ['with', 'worry']) >= 0) return null;
  return found(who, k);
}

/** "you are beyond help", "you people are a lost cause", "he's past saving", "you must be beyond hope". */
function pastSaving(words: Word[], i: number): Contempt | null {
  const end = longestAt(words, i, PAST_SAVING);
  if (end < 0) return null;
  let c = i - 1;
  while (c >= 0 && !(words[c + 1] as Word).breakBefore && has(DEGREE, words[c])) c--;
  const verb = words[c];
  if (!verb || (words[c + 1] as Word).breakBefore || (words[c + 1] as Word).pauseBefore) return null;
  const now = has(BEING_NOW, verb);
  if (!now && !has(BEING_THEN, verb)) return null;
  // "you must be beyond help", "you seem to be a lost cause": the subject stands before "must", "seem".
  let v = c;
  if (verb.text === 'be') {
    while (v > 0 && has(BEFORE_BE, words[v - 1]) && !(words[v] as Word).breakBefore) v--;
    if (v > 0 && has(SEEM, words[v - 1]) && !(words[v] as Word).breakBefore) v--;
  }
  for (let k = v; k < i; k++) if (has(NEGATION, words[k])) return null;
  // "Arsenal are beyond help": a name may be a team or a firm, so only people pointed at count here.
  const who = personBefore(words, v, false);
  if (!who || inCareOrReport(words, i, who.target)) return null;
  if (!now && who.target !== 'reader') return null;
  return found(who, end);
}

/** "there's no hope for you", "there is no helping people like you", "there's just no saving him". */
function noHopeFor(words: Word[], i: number): Contempt | null {
  const end = longestAt(words, i, NO_HOPE_FOR);
  if (end < 0) return null;
  let c = i - 1;
  while (c >= 0 && !(words[c + 1] as Word).breakBefore && has(DEGREE, words[c])) c--;
  const is = words[c];
  const there = is && (is.text === 'theres' ? is : is.text === 'is' || is.text === 's' ? words[c - 1] : undefined);
  const opens = (words[i] as Word).breakBefore || c < 0;
  if (!opens && (!there || !has(THERE, there) || (words[c + 1] as Word).breakBefore)) return null;
  const who = personAt(words, end + 1, false);
  if (!who || inCareOrReport(words, i, who.target)) return null;
  const from = opens ? i : c - (is?.text === 'theres' ? 0 : 1);
  for (let k = from - 1; k >= 0 && from - k <= 3 && !(words[k + 1] as Word).breakBefore; k--)
    if (has(NEGATION, words[k])) return null;
  return { target: who.target, spans: [[from, who.last]] };
}

/** "you wouldn't know a fact if it hit you in the face", "he wouldn't recognise the truth if it bit him". */
function blindToIt(words: Word[], i: number): Contempt | null {
  if (!has(WOULD, words[i])) return null;
  let k = i + 1;
  if (words[i]?.text === 'would' || words[i]?.text === 'could') {
    if (words[k]?.text !== 'not' && words[k]?.text !== 'never') return null;
    k++;
  } else if (words[k]?.text === 't') k++;
  else if (words[i]?.text === 'wouldn' || words[i]?.text === 'couldn') return null;
  if (!has(KNOW, words[k]) || (words[k] as Word).breakBefore) return null;
  // "They wouldn't know ...": only people know, so "they" here are people.
  const they = has(THEY, words[i - 1]) && !(words[i] as Word).breakBefore;
  const who: Named | null = they ? { target: 'group', first: i - 1, last: i - 1 } : personBefore(words, i);
  if (!who) return null;
  for (let j = k + 1; j <= k + 8 && words[j] && !(words[j] as Word).breakBefore; j++) {
    if (words[j]?.text !== 'if' || !has(AGENTS, words[j + 1])) continue;
    let h = j + 2;
    while (h <= j + 6 && words[h] && !(words[h] as Word).breakBefore && has(LEADS, words[h]) && !has(HIT, words[h]))
      h++;
    if (!has(HIT, words[h]) || (words[h] as Word).breakBefore) return null;
    // "if it landed on you", "if it ran over him".
    const o = has(ONTO, words[h + 1]) ? h + 2 : h + 1;
    const struck = words[o];
    if (!struck || struck.breakBefore || !has(STRUCK, struck)) return null;
    return { target: who.target, spans: [[who.first, o]] };
  }
  return null;
}
