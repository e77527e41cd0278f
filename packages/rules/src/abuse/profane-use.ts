/**
 * How denigrating nouns and profanity are used: said of something ("this is crap", "the racist garbage"), cursing
 * people ("damn cyclists"), as an adjective ("the damn council"), or exclaimed ("holy shit", "damn good").
 */
import { hasForm as has, type Word } from '../normalize/words.js';
import { isCompoundHead } from './directedness.js';
import { PHRASE_END_ADVERBS } from './lexicon/activities.js';
import {
  DENIGRATING_BEFORE,
  DENIGRATING_NOUNS,
  DENIGRATING_POINTERS,
  DETERMINERS,
  DISMISSIVE_NOUNS,
  POINTED_NOUNS,
  POSITIVE_WORDS,
  PROFANE_MODIFIERS,
  SUCK_PARTICLES,
} from './lexicon/denigration.js';
import { isIntensifier, lookupWord } from './lexicon/index.js';
import { PERSON_WORDS, SECOND_PERSON } from './lexicon/targets.js';
import { isPersonTarget } from './phrase-matcher.js';
import { describeSubject, type Target } from './subject-words.js';

const DENIGRATING: ReadonlySet<string> = new Set(DENIGRATING_NOUNS);
const DENIGRATING_PRE: ReadonlySet<string> = new Set(DENIGRATING_BEFORE);
const POINTERS: ReadonlySet<string> = new Set(DENIGRATING_POINTERS);
const POINTED: ReadonlySet<string> = new Set(POINTED_NOUNS);
const DISMISSIVE: ReadonlySet<string> = new Set(DISMISSIVE_NOUNS);
const MODIFIERS: ReadonlySet<string> = new Set(PROFANE_MODIFIERS);
const POSITIVE: ReadonlySet<string> = new Set(POSITIVE_WORDS);
const SUCK_PARTICLE: ReadonlySet<string> = new Set(SUCK_PARTICLES);
const YOU_WORDS: ReadonlySet<string> = new Set(SECOND_PERSON);
const PERSON_WORD: ReadonlySet<string> = new Set(PERSON_WORDS);
/** Pointing words before a profane modifier: "the damn ...", "your bloody ...". */
export const DETERMINER: ReadonlySet<string> = new Set(DETERMINERS);
/** Words between the pointing word and a denigrating noun: "a load of", "a pile of", "his own". */
const BRIDGE_TO_NOUN: ReadonlySet<string> = new Set(['a', 'load', 'pile', 'heap', 'own']);
/** Words that may follow a noun that ends its phrase ("this crap about ..."), unlike a compound's tail ("bin"). */
export const AFTER_NOUN: ReadonlySet<string> = new Set([
  ...'about after against all and any before but by for from he in instead into is it of on onto or over please she that the they to under was were when which while with you'.split(
    ' ',
  ),
  ...PHRASE_END_ADVERBS,
]);

/**
 * "this is crap", "what a load of bullshit", "pure garbage", "spouting rubbish": a denigrating noun said of
 * something, up to two intensifiers or articles after the word that points it ("holy shit", "give a damn" are not).
 */
export function denigratingNoun(words: Word[], i: number, lemma: string): boolean {
  if (!DENIGRATING.has(lemma)) return false;
  const next = words[i + 1];
  // "Bullshit." on its own: what was said before is dismissed.
  if (DISMISSIVE.has(lemma) && (i === 0 || (words[i] as Word).breakBefore) && (!next || next.breakBefore)) return true;
  let intensified = false;
  for (let j = i - 1; j >= -1 && i - j <= 3; j--) {
    // "Utter rubbish.", "Absolute bloody garbage": intensifiers that open the sentence make it a verdict.
    if (j < 0 || (words[j + 1] as Word).breakBefore) return intensified;
    const w = words[j] as Word;
    if (has(DENIGRATING_PRE, w)) return true;
    // "liberal crap!", "your partisan garbage you spew": a judging adjective right before, the noun ending its phrase.
    if (j === i - 1 && judging(w, lemma) && !isCompoundHead(words, i)) return true;
    // "this crap", not "that rubbish bin".
    if (POINTED.has(lemma) && has(POINTERS, w)) return endsNoun(next);
    if (isIntensifier(w.forms) || harshDescriber(w, lemma)) intensified = true;
    // "the racist crap", "your pretentious garbage": a describing word between a pointing word and the noun.
    else if (intensified && (has(DETERMINER, w) || has(POINTERS, w))) return endsNoun(next);
    else if (!BRIDGE_TO_NOUN.has(w.text)) return false;
  }
  return false;
}

/** A listed rude adjective, or one naming a camp or a creed ("racist", "partisan", "left-wing", "Jonesian"). */
function judging(w: Word, lemma: string): boolean {
  if (has(POSITIVE, w)) return false;
  const k = lookupWord(w.forms)?.kinds;
  if (k) return k.has('adjective') || k.has('adjective-mild');
  return POINTED.has(lemma) && w.text.length > 4 && /(?:ist|ian|wing|ous|isan)$/.test(w.text);
}

/** "Hard worker my ass!": a claim just quoted, dismissed. */
export function myArse(words: Word[], i: number, lemma: string): boolean {
  const next = words[i + 1];
  return (
    (lemma === 'ass' || lemma === 'arse') &&
    words[i - 1]?.text === 'my' &&
    (!next || next.breakBefore || next.pauseBefore)
  );
}

/** The word after a noun ends its phrase ("this crap about ..."), unlike a compound's tail ("rubbish bin"). */
const endsNoun = (next: Word | undefined): boolean =>
  !next || next.breakBefore || next.pauseBefore || has(AFTER_NOUN, next);

/**
 * A describing word before a denigrating noun ("racist crap", "sanctimonious garbage"): any adjective for the milder
 * nouns, only a listed insulting one for "shit" ("good shit" is praise).
 */
function harshDescriber(w: Word, lemma: string): boolean {
  if (has(POSITIVE, w)) return false;
  const hit = lookupWord(w.forms);
  if (hit) return hit.kinds.has('adjective') || hit.kinds.has('adjective-mild');
  return POINTED.has(lemma) && describing(w);
}

/** "the damn council", "this fucking government": profanity as an adjective, not "damn good" or "holy shit". */
export function profaneModifier(words: Word[], i: number, lemma: string): boolean {
  if (!MODIFIERS.has(lemma)) return false;
  const prev = words[i - 1];
  const next = words[i + 1];
  if (!prev || !next || (words[i] as Word).breakBefore || next.breakBefore || next.pauseBefore) return false;
  return has(DETERMINER, prev) && !has(POSITIVE, next) && !isIntensifier(next.forms);
}

/**
 * "damn cyclists", "bloody tourists", "fucking Tories": a profane modifier cursing the people named right after it,
 * whatever stands before ("give a damn about voters" is not: nothing follows "damn" directly).
 */
export function cursedPeople(words: Word[], i: number, lemma: string): Target | null {
  if (!MODIFIERS.has(lemma)) return null;
  // "those damn tourists", "these bloody business owners": a crowd pointed at and cursed.
  if (has(PLURAL_POINTER, words[i - 1]) && !(words[i] as Word).breakBefore && cursedCrowd(words, i)) return 'group';
  // "the damn referee" is profanity as an adjective (see profaneModifier).
  if (has(DETERMINER, words[i - 1])) return null;
  const next = words[i + 1];
  if (!next || next.breakBefore || next.pauseBefore || has(POSITIVE, next) || has(SUBJECT_PRONOUNS, next)) return null;
  if (has(YOU_WORDS, next)) return 'reader';
  // "Damn that Obama!", "Damn those bankers": the curse opening its sentence, aimed through a pointing word.
  const opens = i === 0 || (words[i] as Word).breakBefore;
  const named = words[i + 2];
  if (opens && has(DETERMINER, next) && named && !named.breakBefore && !named.pauseBefore) {
    if (isPersonTarget(named) || PEOPLE_PLURAL.test(named.text)) return named.text.endsWith('s') ? 'group' : 'person';
  }
  // "Fucking Ass": another listed word is judged on its own; a Title Cased run is a title, not a name.
  if (lookupWord(next.forms) || (next.capitalized && (words[i] as Word).capitalized && !(words[i] as Word).breakBefore))
    return null;
  if (!isPersonTarget(next) && !PEOPLE_PLURAL.test(next.text)) return null;
  if (next.capitalized && !has(PERSON_WORD, next)) {
    // "Damn Grover!": a name on its own after the curse; "Dang Dat little kid" is a sentence going on.
    const after = words[i + 2];
    return !after || after.breakBefore || after.pauseBefore ? 'person' : null;
  }
  return next.text.endsWith('s') || has(THEM, next) ? 'group' : 'person';
}
const PLURAL_POINTER: ReadonlySet<string> = new Set(['these', 'those']);

/** After the curse at `i`, a plural people-noun, perhaps after one plain word: "damn [tourists]", "damn business [owners]". */
function cursedCrowd(words: Word[], i: number): boolean {
  for (let k = i + 1; k <= i + 2; k++) {
    const w = words[k];
    if (!w || w.breakBefore || w.pauseBefore) return false;
    if (/[^s]s$/.test(w.text) && (has(PERSON_WORD, w) || PEOPLE_PLURAL.test(w.text))) return true;
    if (!/^[a-z]+$/.test(w.text) || lookupWord(w.forms) || has(POSITIVE, w)) return false;
  }
  return false;
}

/** Plurals with a person's ending: "cyclists", "commuters", "politicians", "kids". */
const PEOPLE_PLURAL = /(?:ists|ers|ors|ians|ans|ites|kids|folks)$/;
const SUBJECT_PRONOUNS: ReadonlySet<string> = new Set(['he', 'she', 'they', 'we', 'i']);
const THEM: ReadonlySet<string> = new Set(['them', 'people', 'men', 'women']);

/** "you suck", "the referee sucks", "your argument sucks"; not "suck it up", "sucked into", "it sucks". */
export function sucksAt(words: Word[], i: number): boolean {
  const prev = words[i - 1];
  const next = words[i + 1];
  if (!prev || (words[i] as Word).breakBefore) return false;
  if (next && !next.breakBefore && has(SUCK_PARTICLE, next)) return false;
  if (prev.text === 'it' || prev.text === 'that') return false;
  return describeSubject(prev) !== null;
}

/** An adjective or intensifier ("blatant", "utter", "usual", "shameless"), by the lexicon or its ending. */
export function describing(w: Word): boolean {
  if (isIntensifier(w.forms) || lookupWord(w.forms) !== null) return true;
  return /(?:less|ous|ful|ant|ent|ive|ual|ing|ed|ic|al|ish)$/.test(w.text) && w.text.length > 4;
}

/** Capitalised words after an opening curse that make it an exclamation: "Fuck Yeah", "Fuck It", "Fuck Me". */
const EXCLAIMED: ReadonlySet<string> = new Set([
  'yeah',
  'yea',
  'yes',
  'no',
  'it',
  'me',
  'off',
  'sake',
  'yo',
  'ya',
  'ah',
]);

/** "Fuck Smith", "Fuck Brexit Party": a name after an opening curse, which it is aimed at. */
export function cursedName(w: Word | undefined): boolean {
  return !!w && w.capitalized && w.text.length > 1 && !has(EXCLAIMED, w);
}
