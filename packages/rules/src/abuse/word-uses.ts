/**
 * How a listed word is used where it stands: as a noun or a verb, pointed at, inside a set phrase, a name or a plain
 * compound ("a racist term", "can't fool me", "spick and span", "Van Dyke", "idiot-proof").
 */
import type { Analysis } from '../engine/analysis.js';
import { evidence } from '../engine/reason.js';
import { hasForm as has, type Word } from '../normalize/words.js';
import { brandedAs, speaks } from './frames.js';
import { isIntensifier, lookupWord } from './lexicon/index.js';
import { IDIOM_PHRASES } from './lexicon/literal-uses.js';
import { BENIGN_TAILS, VERB_BEFORE, VERB_OBJECTS } from './lexicon/name-calling.js';
import { INNOCENT_PHRASES } from './lexicon/slurs.js';
import { SECOND_PERSON } from './lexicon/targets.js';
import { describingWord } from './noun-after.js';
import { commonNouns, phraseEnd } from './noun-phrases.js';
import { AFTER_NOUN } from './profane-use.js';
import { describeSubject } from './subject-words.js';
import { joined } from './word-runs.js';

const POINTING: ReadonlySet<string> = new Set(['these', 'those', 'such', 'of', 'all', 'you', 'ye', 'yall']);
const BENIGN_TAIL: ReadonlySet<string> = new Set(BENIGN_TAILS);
const VERB_PRE: ReadonlySet<string> = new Set(VERB_BEFORE);
const VERB_OBJ: ReadonlySet<string> = new Set(VERB_OBJECTS);
/**
 * First halves that make a plain word of a listed second half: "knee-jerk", "scope-creep", "guinea-pig"; "anti-" and
 * "non-" name the opposite or the absence ("anti-racist organisers", "a lifelong anti-fascist", "non-racist").
 */
const HYPHEN_HEADS: ReadonlySet<string> = new Set([
  'anti',
  'non',
  'knee',
  'scope',
  'feature',
  'mission',
  'guinea',
  'road',
  'gym',
  'lab',
  'party',
]);

/** After an article or as a plural, and not before a noun it describes ("a racist term", "racist jokes"). */
export function usedAsNoun(words: Word[], i: number, plural: boolean): boolean {
  const next = words[i + 1];
  const ends =
    !next ||
    next.breakBefore ||
    next.pauseBefore ||
    has(AFTER_NOUN, next) ||
    has(NOUN_FOLLOWERS, next) ||
    speaks(words, i);
  // After a verb of being ("we must not be racists") the adjective's own reading decides who is meant.
  const article = has(NOUN_ARTICLES, words[articleBefore(words, i)]) || brandedAs(words, i);
  return ends && (article || (plural && !has(BEING, words[i - 1])));
}

/**
 * Where the article of the noun at `i` stands: right before it, or before a participle that describes it with its
 * object ("a gun-loving racist", "a white hating racist", "the lying racist").
 */
function articleBefore(words: Word[], i: number): number {
  const before = words[i - 1];
  if (!before || !PARTICIPLE.test(before.text) || (words[i] as Word).breakBefore || (words[i] as Word).pauseBefore)
    return i - 1;
  const j = i - 2;
  // "white-hating": the hyphen inside the participle's compound is no pause.
  if (has(NOUN_ARTICLES, words[j]) || before.breakBefore) return j;
  return words[j]?.breakBefore || words[j]?.pauseBefore ? j : j - 1;
}
const PARTICIPLE = /^[a-z]{2,}ing$/;
const NOUN_ARTICLES: ReadonlySet<string> = new Set([
  'a',
  'an',
  'the',
  'this',
  'that',
  'these',
  'those',
  'such',
  'another',
]);
const BEING: ReadonlySet<string> = new Set(['be', 'being', 'been', 'are', 're', 'were', 'become']);
const NOUN_FOLLOWERS: ReadonlySet<string> = new Set(['like', 'who', 'whose', 'as', 'are', 'at', 'where']);

/** "these clowns", "these two schmucks", "all the elected parasites": a pointing word up to two words before. */
export function pointedAt(words: Word[], i: number): boolean {
  if (has(POINTING, words[i - 1])) return true;
  const between = words[i - 1];
  return !!between && !(words[i] as Word).breakBefore && !between.breakBefore && has(POINTING, words[i - 2]);
}

/** "can't fool me", "to troll", "fools no one": the noun is a verb here. */
export function usedAsVerb(words: Word[], i: number): boolean {
  const prev = words[i - 1];
  const next = words[i + 1];
  // "selling junk to fools", "can't stand trolls": after "to" or a modal a verb takes its bare form, never a plural's
  // "-s" ("who fools a town", "never fools anyone" are a subject's verb).
  if (prev && !(words[i] as Word).breakBefore && has(VERB_PRE, prev))
    return !(words[i] as Word).text.endsWith('s') || has(THIRD_PERSON_VERB_PRE, prev);
  // "what a fool you are", "the clown you are": after an article it is the noun, whatever follows.
  if (prev && !(words[i] as Word).breakBefore && ['a', 'an', 'the'].includes(prev.text)) return false;
  if (!next || next.breakBefore || next.pauseBefore || !has(VERB_OBJ, next)) return false;
  // "the lib troll you are", "what a miserable troll you are": "you are" after it says what the reader is.
  const after = words[i + 2];
  return !(has(BEING_YOU, after) && !after?.breakBefore && has(YOU_SUBJECT, next) && !joined(words, i + 3));
}
const BEING_YOU: ReadonlySet<string> = new Set(['are', 're', 'r']);
const THIRD_PERSON_VERB_PRE: ReadonlySet<string> = new Set(['who', 'never']);
const YOU_SUBJECT: ReadonlySet<string> = new Set(['you', 'u']);

/**
 * "spick and span", "a bundle of faggots", "a can of worms": the words around a listed spelling make it part of a set
 * phrase.
 */
export function innocentPhrase(words: Word[], i: number): boolean {
  const phrases = INNOCENT.get((words[i] as Word).text);
  if (!phrases) return false;
  return phrases.some(
    (p) =>
      p.before.every((b, k) => words[i - p.before.length + k]?.text === b) &&
      p.after.every((r, k) => words[i + 1 + k]?.text === r),
  );
}

/** INNOCENT_PHRASES and IDIOM_PHRASES by their listed spelling: the words before and after it. */
const INNOCENT: ReadonlyMap<string, Array<{ before: string[]; after: string[] }>> = (() => {
  const out = new Map<string, Array<{ before: string[]; after: string[] }>>();
  for (const phrase of [...INNOCENT_PHRASES, ...IDIOM_PHRASES]) {
    const parts = phrase.split(' ');
    const at = parts.findIndex((w) => /^[A-Z]+$/.test(w));
    const listed = (parts[at] as string).toLowerCase();
    out.set(listed, [...(out.get(listed) ?? []), { before: parts.slice(0, at), after: parts.slice(at + 1) }]);
  }
  return out;
})();

/**
 * "Van Dyke", "Dyke Road": a word in title case next to another inside a sentence is part of a name; not next to a
 * word no name has, capitalised where it opens the sentence or for emphasis ("You Retard", "Typical Retard take").
 */
export function partOfName(a: Analysis, i: number): boolean {
  const w = a.words[i] as Word;
  if (!titleCase(a, i)) return false;
  const next = a.words[i + 1];
  return (i > 0 && !w.breakBefore && nameWord(a, i - 1)) || (!!next && !next.breakBefore && nameWord(a, i + 1));
}

/**
 * A word in title case that may be part of a name: not "you", an article, an intensifier or a listed word ("You",
 * "Typical", "Stupid").
 */
function nameWord(a: Analysis, i: number): boolean {
  const w = a.words[i] as Word;
  return titleCase(a, i) && !NEVER_NAMES.has(w.text) && !isIntensifier(w.forms) && lookupWord(w.forms) === null;
}
const NEVER_NAMES: ReadonlySet<string> = new Set([...SECOND_PERSON, 'the', 'a', 'an', 'what', 'hey']);

/** Written with a capital and then lower case ("Dyke", not "DYKE", which is shouting). */
function titleCase(a: Analysis, i: number): boolean {
  if (!(a.words[i] as Word).capitalized) return false;
  const w = a.words[i] as Word;
  const text = evidence(a.body, a.folded, w.start, w.end).text;
  return text.length > 1 && text.slice(1) !== text.slice(1).toUpperCase();
}

/**
 * A listed word that is only half of a plain compound: "idiot-proof", "knee-jerk", "scope-creep". The hyphen
 * must be written between the two, with no space.
 */
export function plainCompound(a: Analysis, i: number): boolean {
  const words = a.words;
  const w = words[i] as Word;
  const next = words[i + 1];
  if (next && a.folded.text.slice(w.end, next.start) === '-' && has(BENIGN_TAIL, next)) return true;
  const prev = words[i - 1];
  return !!prev && HYPHEN_HEADS.has(prev.text) && a.folded.text.slice(prev.end, w.start) === '-';
}

/**
 * "a numpty moment", "total idiot moments": the name describes a lapse, said of what someone did (most often the
 * writer), not of anyone.
 */
export function namesMoment(words: Word[], i: number): boolean {
  const next = words[i + 1];
  return !!next && (next.text === 'moment' || next.text === 'moments') && joined(words, i + 1);
}

/** What may follow "failure to" other than a verb: "a failure to his family" still names him. */
const NOT_A_VERB: ReadonlySet<string> = new Set(
  'the a an his her their our my your its this that these those him them me us you everyone anyone'.split(' '),
);

/** "Acme's failure to act", "the mayor's failure to report the spill": the failing to do something, not a person. */
export function failingToDo(words: Word[], i: number, lemma: string): boolean {
  const to = words[i + 1];
  const verb = words[i + 2];
  return (
    lemma === 'failure' &&
    to?.text === 'to' &&
    joined(words, i + 1) &&
    !!verb &&
    joined(words, i + 2) &&
    !verb.capitalized &&
    !has(NOT_A_VERB, verb)
  );
}

const THE_THING: ReadonlySet<string> = new Set(['the', 'this', 'that', 'these', 'those', 'our', 'their', 'its']);

/**
 * "failures of the same system", "a disgrace of this policy": the noun at `i` is "of" a thing named by a pointing
 * word and common nouns, which is what it is said of.
 */
export function ofAThing(words: Word[], i: number): boolean {
  // "a failure of a man", "a disgrace of a human": after "a", the idiom names the person.
  if (words[i + 1]?.text !== 'of' || !joined(words, i + 1) || !has(THE_THING, words[i + 2]) || !joined(words, i + 2))
    return false;
  // "the has-been of the year", "the joke of the century": the one who is most it, in a time or a field.
  if (words[i - 1]?.text === 'the') return false;
  const end = phraseEnd(words, i + 3, 3);
  // "of the same system": the phrase's last word names an idea, or all its words are common nouns.
  return (end > i + 3 && describeSubject(words[end - 1]) === 'idea') || commonNouns(words, i + 3, end);
}

/**
 * "racist, misogynist and homophobic", "sexist and misogynist": a word in "-ist" in a list of describing words (one
 * before it, after a comma or "and"/"or", or "and"/"or" and one after it), where it describes rather than names.
 */
export function listedAmongAdjectives(words: Word[], i: number): boolean {
  if (!(words[i] as Word).text.endsWith('ist')) return false;
  const prev = words[i - 1];
  const joinedBy = !!prev && (prev.text === 'and' || prev.text === 'or') && joined(words, i) && joined(words, i - 1);
  const before =
    (!!prev && (words[i] as Word).pauseBefore && !(words[i] as Word).breakBefore && describingList(prev)) ||
    (joinedBy && describingList(words[i - 2] as Word));
  // "racist, misogynist and homophobic" ends the list; "narcissist and pathological liar" goes on to a noun.
  const next = words[i + 1];
  if (!next || next.breakBefore || next.pauseBefore) return before;
  if ((next.text !== 'and' && next.text !== 'or') || !joined(words, i + 2) || !describingList(words[i + 2] as Word))
    return false;
  const end = words[i + 3];
  return !end || end.breakBefore || end.pauseBefore;
}

/** A describing word ("homophobic", "racist") or another "-ist" beside it in the list ("misogynist"). */
const describingList = (w: Word): boolean => describingWord(w) || w.text.endsWith('ist');
