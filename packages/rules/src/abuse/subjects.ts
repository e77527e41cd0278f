/**
 * The subject of a verb of being, read back from the verb: "the author of this piece is ...", "Republicans who are
 * ...", "the left are ...", "Don't be so ...".
 */
import { hasForm as has, type Word } from '../normalize/words.js';
import { activitySubject, timePhraseStart } from './activity-subjects.js';
import { commonNouns, POINTER, phraseEnd } from './noun-phrases.js';
import { prepositionBeforeCopula, thingsBeforePreposition } from './prepositional-subjects.js';
import { COPULA, describeSubject, doctrine, possessiveS, type Target, YOU } from './subject-words.js';

/**
 * The subject of the nearest verb of being before word `i` in its sentence ("its policy is reckless and frankly
 * idiotic"): a target, 'idea' for a thing, or null when there is no such verb. Looks back at most 10 words.
 */
export function sentenceSubject(words: Word[], i: number): Target | 'idea' | null {
  for (let j = i - 1; j >= 0 && i - j <= 10; j--) {
    if ((words[j + 1] as Word).breakBefore) return null;
    const w = words[j] as Word;
    if (has(YOU, w)) return 'reader';
    if (has(COPULA, w) && !possessiveS(words, j)) {
      // "Was he drunk or just stupid?": a question names the person it is about after the verb.
      const asked = j === 0 || w.breakBefore ? questionSubject(words, j) : null;
      return asked ?? subjectPhrase(words, j);
    }
  }
  return null;
}

/** The subject after a verb of being opening a question at `c`, within three words: "Is the new mayor ...". */
function questionSubject(words: Word[], c: number): Target | 'idea' | null {
  for (let k = c + 1; k < words.length && k - c <= 3; k++) {
    const w = words[k] as Word;
    if (w.breakBefore) return null;
    const d = describeSubject(w);
    if (d) return d;
  }
  // "Is the new levy ...": a thing named by an article and common nouns, no person among them.
  return has(POINTER, words[c + 1]) && commonNouns(words, c + 2, phraseEnd(words, c + 2, 2)) ? 'idea' : null;
}

/** What the words before a copula at `c` (up to 6, within the sentence) are about: the nearest that says. */
function subjectPhrase(words: Word[], c: number): Target | 'idea' | null {
  // A verb of being opening its sentence has no subject before it: the words there are the last sentence's.
  if ((words[c] as Word).breakBefore) return null;
  if (cleftReader(words, c - 1)) return 'reader';
  // "the left are nothing but ...": a political camp is people, though "the" and a common word name a thing.
  if (camp(words, c - 1) || peopleByAdjective(words, c)) return 'group';
  // "Closing the library is ...", "What happened on Monday was ...": a doing or an event, whoever it names.
  if (activitySubject(words, c)) return 'idea';
  // "the decision in June was ...": the time an act is placed in is no part of who did it.
  const t = timePhraseStart(words, c);
  if (t < c) return subjectPhrase(words, t);
  // "the tax cut for landlords is ...": the noun before "for" is the subject.
  const q = prepositionBeforeCopula(words, c, groupWord);
  if (q > 0) return subjectPhrase(words, q);
  if (thingsBeforePreposition(words, c)) return 'idea';
  // "the new levy is ...", "this option was ...": a thing named by a pointing word and common nouns ("the
  // developer's" is not "the developer is").
  for (let p = c - 2; p >= 0 && c - p <= 4 && (words[c] as Word).text !== 's'; p--) {
    if ((words[p + 1] as Word).breakBefore) break;
    if (has(POINTER, words[p]) && commonNouns(words, p + 1, c)) return 'idea';
  }
  for (let j = c - 1; j >= 0 && c - j <= 6; j--) {
    // "Smith's fine was pathetic": what the owner has, named by plain words after the possessive, is the subject; a
    // word for a person there ("Smith's lawyer") is read by its ending.
    if (j < c - 1 && possessive(words, j) && plainPossession(words, j, c)) return 'idea';
    const d = describeSubject(words[j]);
    if (d) return d;
    if ((words[j] as Word).breakBefore) return null;
  }
  return null;
}

/** A plural word: for people ("landlords", "men", "the police"), or any other ("the price of eggs is ..."). */
const groupWord = (w: Word): boolean => {
  const d = describeSubject(w);
  if (d === 'group') return true;
  return d === null && w.text.length > 3 && /[^su]s$/.test(w.text) && !has(NOT_PLURAL, w);
};
/** Words ending in "s" that are no plural: "this", "news", "politics". */
const NOT_PLURAL: ReadonlySet<string> = new Set([
  'this',
  'hers',
  'yours',
  'ours',
  'theirs',
  'does',
  'news',
  'series',
  'species',
  'politics',
  'economics',
  'physics',
  'ethics',
  'always',
  'perhaps',
  'towards',
  'afterwards',
  'sometimes',
]);

/** The subject of a copula at index `c`, skipping "not", "just", "really". */
export function subjectBefore(words: Word[], c: number): Target | 'idea' | null {
  if (toldNotToBe(words, c)) return 'reader';
  if (activitySubject(words, c)) return 'idea';
  if (peopleByAdjective(words, c)) return 'group';
  const t = timePhraseStart(words, c);
  if (t < c) return subjectBefore(words, t);
  const q = prepositionBeforeCopula(words, c, groupWord);
  if (q > 0) return subjectPhrase(words, q);
  if (thingsBeforePreposition(words, c)) return 'idea';
  for (let j = c - 1; j >= 0 && c - j <= 3; j--) {
    const w = words[j] as Word;
    // "Republicans who are ...": the subject stands before "who".
    if (has(SUBJECT_ADVERBS, w)) continue;
    // "you are being silly", "he has been a fool": the verb before "being" or "been" stands before the subject.
    if (j === c - 1 && has(ONGOING, words[c]) && !(words[c] as Word).breakBefore) {
      if (has(AUXILIARIES, w)) continue;
      // "your being silly": the reader's being it, or "your" written for "you're".
      if (w.text === 'your') return 'reader';
    }
    // "these four are a disgrace": a number of people pointed at.
    if (has(NUMBERS, w) && j > 0 && has(PLURAL_POINTERS, words[j - 1]) && !w.breakBefore) return 'group';
    // "people that are so stupid": "that" after people relates the clause to them.
    if (w.text === 'that' && j > 0 && !w.breakBefore && !w.pauseBefore) {
      const who = describeSubject(words[j - 1]);
      if (who && who !== 'idea' && who !== 'reader') return who;
      if (cleftReader(words, j)) return 'reader';
    }
    // "the left is a joke", "the far right are ...": a political camp is people.
    if (camp(words, j)) return 'group';
    if (doctrine(w)) return 'idea';
    const d = describeSubject(w);
    // "the energy of this guy is insane", "the rizz on her is unreal": the person is the object of a preposition
    // after the thing the phrase is about.
    if ((d === 'person' || d === 'group') && thingOfPerson(words, j)) return 'idea';
    // "the author of this piece is ...": the head of the phrase before "of" is the subject.
    if (d === 'idea' || d === null) {
      const head = headOfPhrase(words, j);
      if (head) return head;
    }
    if (d) return d;
    // "the chancellor" is a role we do not list; a capitalised word or a plural after "the" still reads as people.
    return null;
  }
  return null;
}

/** Prepositions that tie a person to a thing of theirs: "the voice of this girl", "the hair on him". */
const OF_PERSON: ReadonlySet<string> = new Set(['of', 'on', 'in', 'from']);
const PERSON_POINTER: ReadonlySet<string> = new Set(['this', 'that', 'the', 'these', 'those', 'my', 'our']);

/**
 * Whether the person-word at `j` is the object of a preposition after a noun phrase of common nouns naming a
 * thing: "[the energy] of this guy", "[the rizz] on him"; not "the mother of this guy", "the author of this piece".
 */
function thingOfPerson(words: Word[], j: number): boolean {
  let k = j - 1;
  if (has(PERSON_POINTER, words[k])) k--;
  if (!has(OF_PERSON, words[k])) return false;
  for (let m = k; m <= j; m++) if ((words[m] as Word).breakBefore || (words[m] as Word).pauseBefore) return false;
  for (let p = k - 2; p >= 0 && k - p <= 3; p--) {
    if ((words[p + 1] as Word).breakBefore) return false;
    if (has(POINTER, words[p]) && commonNouns(words, p + 1, k)) return true;
  }
  return false;
}

const CLEFT_IS: ReadonlySet<string> = new Set(['is', 's', 'was']);

/** "it is you that ...", "it's you who ...": the reader singled out; not "I told you that is ...". */
function cleftReader(words: Word[], that: number): boolean {
  const w = words[that];
  if (!w || (w.text !== 'that' && w.text !== 'who') || w.breakBefore || w.pauseBefore) return false;
  const you = words[that - 1];
  const is = words[that - 2];
  return !!you && !!is && has(YOU, you) && !you.breakBefore && has(CLEFT_IS, is) && words[that - 3]?.text === 'it';
}

/** "the left", "the far right" ending a subject; not "on the left" (a place) or "the left lane". */
function camp(words: Word[], j: number): boolean {
  if (!has(SIDES, words[j])) return false;
  let k = j - 1;
  if (has(FAR, words[k]) && !(words[k + 1] as Word).breakBefore) k--;
  const the = words[k];
  if (the?.text !== 'the' || (words[k + 1] as Word).breakBefore) return false;
  const before = words[k - 1];
  return !before || the.breakBefore || !has(PLACE_PREPOSITIONS, before);
}
/**
 * "The homeless are vermin", "the rich were parasites": an adjective after "the" naming people, before a plural verb
 * of being ("the care for the elderly is ..." is about the care; "the filthy rich should ..." has no verb of being).
 */
function peopleByAdjective(words: Word[], c: number): boolean {
  if (!has(PLURAL_BEING, words[c]) || !has(PEOPLE_ADJECTIVES, words[c - 1]) || words[c - 2]?.text !== 'the')
    return false;
  return !(words[c - 1] as Word).breakBefore && !(words[c] as Word).breakBefore;
}
const PEOPLE_ADJECTIVES: ReadonlySet<string> = new Set(
  'homeless poor rich wealthy elderly unemployed needy destitute privileged disabled young old'.split(' '),
);
const SIDES: ReadonlySet<string> = new Set(['left', 'right']);
const FAR: ReadonlySet<string> = new Set(['far', 'hard', 'radical', 'loony', 'alt']);
const PLACE_PREPOSITIONS: ReadonlySet<string> = new Set(['on', 'to', 'from', 'at', 'of', 'in', 'by', 'with']);

/**
 * Words between a subject and its verb of being: "Republicans who are", "liberals nowadays are", and the modals of a
 * guess about them ("he must be", "they might be").
 */
const SUBJECT_ADVERBS: ReadonlySet<string> = new Set(
  'not just really clearly obviously also still always who nowadays today generally usually truly must might may surely'.split(
    ' ',
  ),
);

/** "Don't be so lazy", "Please do not be that naive": the reader told what not to be, opening a sentence. */
function toldNotToBe(words: Word[], c: number): boolean {
  if ((words[c] as Word).text !== 'be' || (words[c] as Word).breakBefore) return false;
  let k = c - 1;
  if (words[k]?.text === 't' && words[k - 1]?.text === 'don') k--;
  else if (words[k]?.text === 'not' && words[k - 1]?.text === 'do') k--;
  else if (words[k]?.text !== 'dont') return false;
  const opener = words[k] as Word;
  return k === 0 || opener.breakBefore || opener.pauseBefore || has(PLEASE, words[k - 1]);
}
const PLEASE: ReadonlySet<string> = new Set(['please', 'just', 'so', 'and', 'but', 'now']);

const ONGOING: ReadonlySet<string> = new Set(['being', 'been']);
const AUXILIARIES: ReadonlySet<string> = new Set('are re is s was were am m have has had ve'.split(' '));

/** Pronouns that, before "who", make a clause about a person: "anyone who backs this is ...". */
const WHO_HEADS: ReadonlySet<string> = new Set(['anyone', 'anybody', 'someone', 'somebody', 'whoever', 'everyone']);

/**
 * The person a subject phrase ending at word `end` is about when its last word is not: "the author of this piece",
 * "anyone who backs the plan", "whoever wrote this". Looks back at most 8 words, within the sentence.
 */
function headOfPhrase(words: Word[], end: number): Target | null {
  for (let j = end; j >= 0 && end - j <= 8; j--) {
    const w = words[j] as Word;
    if (w.text === 'whoever') return 'someone';
    if (w.text === 'who' && has(WHO_HEADS, words[j - 1]) && !w.breakBefore) return 'someone';
    if (w.text === 'of' && j > 0 && !w.breakBefore) {
      const d = describeSubject(words[j - 1]);
      return d && d !== 'idea' ? d : null;
    }
    if (w.breakBefore || w.pauseBefore) return null;
  }
  return null;
}

export const PLURAL_BEING: ReadonlySet<string> = new Set(['are', 're', 'were']);

const NUMBERS: ReadonlySet<string> = new Set('two three four five six seven eight nine ten dozen'.split(' '));
const PLURAL_POINTERS: ReadonlySet<string> = new Set(['these', 'those', 'all']);

/** The "s" at `j` is a possessive: after a name or a noun, not "he's", "it's", "let's", "that's". */
function possessive(words: Word[], j: number): boolean {
  const s = words[j] as Word;
  const owner = words[j - 1];
  return s.text === 's' && !s.breakBefore && !!owner && !has(NOT_OWNERS, owner);
}
const NOT_OWNERS: ReadonlySet<string> = new Set(
  'he she it let that what there here who where how this one everyone someone nobody everybody somebody'.split(' '),
);

/** Words `s + 1`..`c - 1` after a possessive "s" are plain lower-case words or figures, none shaped like a person's. */
function plainPossession(words: Word[], s: number, c: number): boolean {
  for (let k = s + 1; k < c; k++) {
    const w = words[k] as Word;
    // "UEFA's fine of 75,000 euros": a figure, its comma included, is plain too.
    if (/^[0-9]+$/.test(w.text)) continue;
    if (w.capitalized || w.pauseBefore || !/^[a-z]+$/.test(w.text)) return false;
    if (PERSON_SHAPED.test(w.text) || PERSON_SHAPED.test(w.text.replace(/s$/, ''))) return false;
  }
  return true;
}
const PERSON_SHAPED = /(?:er|or|ist|ian|man|men|woman|women|guy|guys|boy|girl|wife|son|kid|kids)$/;
