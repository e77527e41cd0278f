import { hasForm as has, type Word } from '../normalize/words.js';
import { CLAUSE_VERBS, HOLIDAYS, ING_NOUNS, MONTHS, SEASONS, TIME_UNITS, WEEKDAYS } from './lexicon/activities.js';
import { lookupWord } from './lexicon/index.js';
import { COPULAS, PERSON_WORDS } from './lexicon/targets.js';

/**
 * Subjects that are something done or something that happened, never a person: a doing ("Smoking is dumb",
 * "Voting for him was stupid"), a "what" clause ("What happened on Monday was idiotic", "what he did") and the time
 * an act is placed in ("The decision in June was stupid", "the vote last year"). A harsh adjective said of them is
 * criticism of the act, even when the clause names people ("Being rude to waiters is pathetic"). The head of a
 * phrase still decides ("The man smoking outside is dumb", "Voters who chose him are stupid"), and a month said to be
 * a kind of person is a name ("April is a moron").
 */

const ALONE: ReadonlySet<string> = new Set([...WEEKDAYS, ...HOLIDAYS]);
const UNITS: ReadonlySet<string> = new Set(TIME_UNITS);
const TIME_NAMES: ReadonlySet<string> = new Set([...MONTHS, ...SEASONS, ...WEEKDAYS, ...HOLIDAYS, ...TIME_UNITS]);
/** Words that lead into a time: "in June", "on Monday night", "during the summer". */
const TIME_PREPOSITIONS: ReadonlySet<string> = new Set(
  'in on at during over since before after until till by from through throughout around'.split(' '),
);
/** Words that make a time phrase on their own: "last year", "this June", "every Monday". */
const TIME_POINTERS: ReadonlySet<string> = new Set(['last', 'next', 'this', 'that', 'every', 'each', 'past']);
/** Words that may stand inside a time phrase: "in late June", "on the Monday", "two years ago". */
const TIME_FILLERS: ReadonlySet<string> = new Set(
  'the early late mid middle end start of a few two three four five six several couple new'.split(' '),
);
/** Words that end a time phrase: "two years ago", "a week earlier". */
const TIME_ENDS: ReadonlySet<string> = new Set(['ago', 'earlier', 'later', 'back']);
/** How many words back a time phrase may start: "in the middle of last June". */
const TIME_REACH = 6;

/**
 * Whether word `j` names a time by itself: a weekday, a holiday, "yesterday", "night"; a month or a season only after
 * a word that leads into a time ("last June's vote", "in the summer"), since alone it may be a name.
 */
export function timeWord(words: readonly Word[], j: number): boolean {
  const w = words[j];
  if (!w || has(ALONE, w) || has(UNITS, w)) return !!w;
  const before = words[j - 1];
  return timeName(w) && !w.breakBefore && (has(TIME_POINTERS, before) || has(TIME_PREPOSITIONS, before));
}

/** Months that are also common words ("this may be", "they march"): a time only with its capital. */
const MODAL_MONTHS: ReadonlySet<string> = new Set(['may', 'march']);

/** A word naming a time: "June", "Monday", "Christmas", "night"; "May" only with its capital. */
function timeName(w: Word): boolean {
  return has(TIME_NAMES, w) && (w.capitalized || !has(MODAL_MONTHS, w));
}

/** A year ("2019") or a day of the month ("5", "5th", "21st"). */
function dateNumber(w: Word): boolean {
  return /^(?:1[89]\d\d|20\d\d|\d{1,2}(?:st|nd|rd|th)?)$/.test(w.text);
}

/** "7 pm", "10:30 am": the half of the day after a clock time. */
function clockHalf(words: readonly Word[], j: number): boolean {
  const w = words[j] as Word;
  return (w.text === 'pm' || w.text === 'am') && !w.breakBefore && /^\d{1,2}$/.test(words[j - 1]?.text ?? '');
}

/**
 * The first word of the time phrase that ends right before word `c` ("in June", "last year", "on Monday night", "in
 * 2019", "two weeks ago"), or `c` when none does. A bare time word is no phrase: "April is ..." names a person.
 */
export function timePhraseStart(words: readonly Word[], c: number): number {
  // "two years ago", "a week earlier": a span counted back needs no preposition.
  const span = has(TIME_ENDS, words[c - 1]);
  let named = false;
  for (let j = span ? c - 2 : c - 1; j >= 0 && c - j <= TIME_REACH; j--) {
    const w = words[j] as Word;
    if (timeName(w) || dateNumber(w) || clockHalf(words, j)) named = true;
    else if (named && (has(TIME_PREPOSITIONS, w) || has(TIME_POINTERS, w))) {
      // "in the week", "since last year": a pointer may follow a preposition.
      const before = words[j - 1];
      const more = !w.breakBefore && !w.pauseBefore && (has(TIME_PREPOSITIONS, before) || has(TIME_POINTERS, before));
      return more ? j - 1 : j;
    } else if (!named || !has(TIME_FILLERS, w)) return span && named ? j + 1 : c;
    // "in June, he ...": the phrase runs within its clause.
    if (w.breakBefore || w.pauseBefore || j === 0) return span && named ? j : c;
  }
  return c;
}

const COPULA: ReadonlySet<string> = new Set(COPULAS);
/** A gerund clause takes a verb in the singular: "Visiting relatives are" has the relatives as its subject. */
const PLURAL_COPULA: ReadonlySet<string> = new Set(['are', 'were', 'r', 're']);
const SINGULAR_COPULA: ReadonlySet<string> = new Set(['is', 'was', 's']);
/** Possessives before a doing: "His leaving was ...", "their voting for it". */
const POSSESSIVES: ReadonlySet<string> = new Set(['his', 'her', 'their', 'my', 'our', 'your', 'its']);
/** Pronouns for someone else: "Being you is ..." judges the reader. */
const SOMEONE: ReadonlySet<string> = new Set(['you', 'u', 'him', 'her', 'them']);
/** Pronouns that are a subject: "Knowing him, he is" and "Knowing him he is" have "he" as the subject. */
const SUBJECT_PRONOUNS: ReadonlySet<string> = new Set(['he', 'she', 'they', 'you', 'u', 'i', 'we', 'ya', 'ye']);
/** Words that join a clause of its own to a noun before them: "people who are", "voters that were". */
const RELATIVES: ReadonlySet<string> = new Set(['who', 'whom', 'whose', 'that', 'which']);
const PEOPLE: ReadonlySet<string> = new Set(PERSON_WORDS);
/** Words opening a sentence before its subject: "Honestly, voting for him was ...", "I think closing it was ...". */
const OPENERS: ReadonlySet<string> = new Set(
  'and but so yes yeah no well honestly frankly seriously clearly sadly obviously really also again i think thought believe feel guess reckon find found say still that imo imho tbh'.split(
    ' ',
  ),
);
const NOT_DOINGS: ReadonlySet<string> = new Set(ING_NOUNS);
/** Longest subject clause looked at: "Expecting the people who run this town to tell the truth was ...". */
const CLAUSE_REACH = 14;

/** Whether the word is a doing in "-ing" ("smoking", "being", "voting"), not a noun like "king" or "darling". */
export function doing(w: Word | undefined): boolean {
  if (!w || !/^[a-z]*[aeiouy][a-z]*ing$/.test(w.text) || !/[aeiouy]/.test(w.text.slice(0, -3))) return false;
  return !has(NOT_DOINGS, w) && lookupWord(w.forms) === null;
}

/** The first word of the clause ending before `c`: after the last sentence break or comma, past openers. */
function subjectStart(words: readonly Word[], c: number): number {
  let s = c - 1;
  while (s > 0 && c - s < CLAUSE_REACH && !(words[s] as Word).breakBefore && !(words[s] as Word).pauseBefore) s--;
  // "Honestly, voting for him was ...": a comma after an opener leaves the clause after it.
  while (s < c - 1 && has(OPENERS, words[s])) s++;
  return s;
}

/**
 * Whether the words before the verb of being at `c` are a doing or a "what" clause: "Smoking is", "Voting for him
 * was", "Being rude to waiters is", "What happened on Monday was", "What he did was".
 */
export function activitySubject(words: readonly Word[], c: number): boolean {
  const copula = words[c] as Word | undefined;
  if (!copula || copula.breakBefore || copula.pauseBefore || c === 0 || !has(COPULA, copula)) return false;
  const s = subjectStart(words, c);
  if (s >= c || (s > 0 && !(words[s] as Word).breakBefore && !(words[s] as Word).pauseBefore && !opened(words, s)))
    return false;
  const last = words[c - 1] as Word;
  // "Knowing him he is", "what you are": a subject of its own right before the verb; "Trusting you was" has "you"
  // as the object, since "you" as a subject takes "were".
  const objectYou = (last.text === 'you' || last.text === 'u') && has(SINGULAR_COPULA, copula);
  if ((has(SUBJECT_PRONOUNS, last) && !objectYou) || has(COPULA, last)) return false;
  // "Hiring people who are lazy": the verb belongs to a clause about the people.
  if (has(RELATIVES, last) && (last.text === 'who' || has(PEOPLE, words[c - 2]))) return false;
  // "What gets me is they ...", "What he means is that ...": the verb of being opens a statement, not a judgement.
  const next = words[c + 1];
  if (next && !next.breakBefore && (has(SUBJECT_PRONOUNS, next) || next.text === 'that')) return false;
  if (!ownVerbOnly(words, s, c)) return false;
  const first = words[s] as Word;
  // "Monday was a disaster", "Christmas is stupid", "Last year was dumb": a time, alone or as a phrase.
  if ((s === c - 1 && has(ALONE, first)) || timePhraseStart(words, c) <= s) return true;
  if (timedThing(words, s, c)) return true;
  if (first.text === 'what' || first.text === 'whatever') return whatClause(words, s, c);
  // "His leaving was ...": a doing with its doer's possessive ("your being" is "you're being").
  const verb = has(POSSESSIVES, first) && words[s + 1]?.text !== 'being' && s + 1 < c ? words[s + 1] : first;
  // "Being you is ...", "being him": being a person judges the person.
  if (verb?.text === 'being' && has(SOMEONE, words[s + 1])) return false;
  return doing(verb) && !has(PLURAL_COPULA, copula);
}

const CLAUSE_VERB: ReadonlySet<string> = new Set(CLAUSE_VERBS);
const OBJECT_PRONOUNS: ReadonlySet<string> = new Set(['him', 'her', 'them', 'it', 'me', 'us', 'you', 'this']);

/**
 * Whether the clause from `s` to `c` (exclusive) has no verb of being of its own before `c` (but "is doing", "was
 * done") and no verb that opens a clause ("Knowing his sister was ..."): otherwise `c` may belong to that clause,
 * "What bothers me is they paint it like he is ...".
 */
function ownVerbOnly(words: readonly Word[], s: number, c: number): boolean {
  for (let k = s; k < c; k++) {
    const w = words[k] as Word;
    // "Believing him was naive": the verb took its object, and opens no clause.
    if (has(CLAUSE_VERB, w) && !has(OBJECT_PRONOUNS, words[k + 1])) return false;
    if (k > s && has(COPULA, w) && !/(?:ing|ed|en)$/.test(words[k + 1]?.text ?? '')) return false;
  }
  return true;
}

/** Words that point at a thing before a time names its kind: "the Monday meeting", "this Christmas rush". */
const POINTERS: ReadonlySet<string> = new Set(['the', 'this', 'that', 'these', 'those', 'our', 'my', 'every']);
/** Endings of nouns for people: "Christmas shoppers", "the Sunday driver", "Monday commuters". */
const PERSON_ENDING = /(?:er|or|ist|ian|man|men)s?$/;
/** Things named after a time whose names end like a person's: "the Christmas dinner", "the Sunday paper". */
const TIMED_THINGS: ReadonlySet<string> = new Set(
  'dinner dinners supper paper papers newspaper number letter order weather trailer poster sweater jumper cracker crackers flyer special'.split(
    ' ',
  ),
);

/**
 * "Christmas shopping is", "The Monday meeting was", "Halloween costumes are": a weekday or a holiday names the
 * kind of a thing right after it, no people-noun among the words up to the verb.
 */
function timedThing(words: readonly Word[], s: number, c: number): boolean {
  const t = has(POINTERS, words[s]) ? s + 1 : s;
  if (!has(ALONE, words[t]) || c - t < 2 || c - t > 3) return false;
  for (let k = t + 1; k < c; k++) {
    const w = words[k] as Word;
    if (w.capitalized || !/^[a-z]{3,}$/.test(w.text) || has(PEOPLE, w)) return false;
    if (PERSON_ENDING.test(w.text) && !has(TIMED_THINGS, w)) return false;
    if (lookupWord(w.forms) !== null) return false;
  }
  return true;
}

/** Whether the words before `s` are only openers back to the sentence start or a comma. */
function opened(words: readonly Word[], s: number): boolean {
  for (let j = s - 1; j >= 0; j--) {
    if (!has(OPENERS, words[j])) return false;
    if ((words[j] as Word).breakBefore || (words[j] as Word).pauseBefore || j === 0) return true;
  }
  return true;
}

/** "What", "kind", "a": "What a fool he is", "What kind of idiot". */
const NOT_WHAT_CLAUSES: ReadonlySet<string> = new Set(['a', 'an', 'kind', 'sort', 'type', 'the', 'about']);
/** "What happened on Monday", "what he did", "whatever they tried": an event or an act. */
function whatClause(words: readonly Word[], s: number, c: number): boolean {
  return s + 1 < c && !has(NOT_WHAT_CLAUSES, words[s + 1]);
}
