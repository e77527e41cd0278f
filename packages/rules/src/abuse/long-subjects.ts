import { hasForm as has, type Word } from '../normalize/words.js';
import { adjectiveLike } from './directedness.js';
import { SUCK_PARTICLES } from './lexicon/denigration.js';
import { isIntensifier, lookupWord } from './lexicon/index.js';
import { PERSON_WORDS } from './lexicon/targets.js';
import type { Target } from './subject-words.js';
import { negated } from './verdict.js';

/** Pronouns name a subject on their own and take no describing phrase after them ("he in town" is no subject). */
const PRONOUNS: ReadonlySet<string> = new Set(['he', 'she', 'they', 'him', 'her', 'them', 'his']);
const HEADS: ReadonlySet<string> = new Set(PERSON_WORDS.filter((w) => !PRONOUNS.has(w)));
/**
 * Pronouns that only stand as objects: right before the verb of being they end the describing phrase ("women that
 * voted for him are"), never name its subject.
 */
const OBJECTS: ReadonlySet<string> = new Set(['him', 'her', 'them']);
/** Plurals that do not end in "-s". */
const PLURAL_HEADS: ReadonlySet<string> = new Set(['people', 'men', 'women', 'children', 'folk', 'staff']);
const PLURAL_COPULA: ReadonlySet<string> = new Set(['are', 'were']);
const SINGULAR_COPULA: ReadonlySet<string> = new Set(['is', 'was']);
/** Words that open the subject before its head: "most people", "all the voters", "any fan". */
const DETERMINERS: ReadonlySet<string> = new Set(
  'the this that all most many some these those any every a an such certain'.split(' '),
);
/** Words opening the sentence before its subject: "And people who ...", "Honestly, voters here ...". */
const OPENERS: ReadonlySet<string> = new Set(
  'and but so yes well honestly frankly seriously clearly sadly obviously apparently'.split(' '),
);
/** "I think people who ... are": the commenter's own opinion opening the sentence. */
const OPINION: ReadonlySet<string> = new Set(['think', 'guess', 'believe', 'find', 'feel', 'suspect', 'bet']);
/** Words that join a describing phrase to the head: "people in town", "voters who", "anyone that". */
const LINKS: ReadonlySet<string> = new Set(
  'who whose that in on of from at with across around here there today nowadays these like near'.split(' '),
);
/**
 * Words in the subject phrase that start a clause of its own, whose verb of being may then have another subject:
 * "people who think the plan is stupid", "voters who know the mayor is dumb", "people here, because the rule is".
 */
const CLAUSE_STARTS: ReadonlySet<string> = new Set(
  'think thinks thought say says said believe believes believed know knows knew feel feels felt claim claims claimed argue argues argued agree agrees agreed realize realise realizes realises realized realised pretend pretends pretended find finds found call calls called consider considers considered insist insists insisted admit admits admitted complain complains complained suggest suggests suggested assume assumes assumed hope hopes hoped understand understands understood doubt doubts doubted notice notices noticed prove proves proved show shows showed mean means meant tell tells told write writes wrote read reads decide decides decided because if when since although though while whereas unless whether until after before so but i we you'.split(
    ' ',
  ),
);
const TIMES: ReadonlySet<string> = new Set(['after', 'before', 'while', 'since', 'when', 'until']);
/** Words between the verb of being and the adjective: "are too stupid", "is either lying or incompetent". */
const BETWEEN: ReadonlySet<string> = new Set(
  'so too just plain pure simply really even both either all also still always often'.split(' '),
);
const AND: ReadonlySet<string> = new Set(['and', 'or']);

/** Longest subject phrase after its head, and longest run between the verb of being and the adjective. */
const MAX_TAIL = 12;
const MAX_PREDICATE = 5;

/**
 * "People in this town are too stupid to vote", "Fans who keep booing are regressive and ignorant", "Anyone that
 * backs him is just pathetic": the adjective at `i` is said, through a verb of being, of a people-noun opening the
 * sentence and followed by a describing phrase. The verb agrees with the head ("people ... are", "anyone ... is"),
 * so "people who think the plan is stupid" (the plan is) stays with the plan. Returns who is meant, or null.
 */
export function saidOfLongSubject(words: Word[], i: number): Target | null {
  const c = copulaBefore(words, i);
  if (c < 2 || negated(words, i)) return null;
  return subjectOfVerb(words, c, has(PLURAL_COPULA, words[c]) ? 'plural' : 'singular');
}

/** "suck" agrees with a plural head, "sucks" with a singular one. */
const SUCK: ReadonlySet<string> = new Set(['suck']);
const SUCKS: ReadonlySet<string> = new Set(['sucks']);
const SUCK_PARTICLE: ReadonlySet<string> = new Set(SUCK_PARTICLES);
/** Words before the verb that make it no verb of its own subject: "should suck", "to suck", "don't suck". */
const AUXILIARIES: ReadonlySet<string> = new Set(
  'should would could will can may might must to do does did not never t ll d s be been being get gets got'.split(' '),
);

/**
 * "Drivers here suck", "Politicians who lie suck", "Anyone who backs him sucks": the verb "suck" at `i` said of a
 * people-noun opening the sentence with a describing phrase after it, agreeing with the head ("all", "really" may
 * stand between). Returns who is meant, or null ("People who complain should suck it up" is another verb).
 */
export function longSubjectSucks(words: Word[], i: number): Target | null {
  const verb = words[i] as Word;
  const number = has(SUCK, verb) ? 'plural' : has(SUCKS, verb) ? 'singular' : null;
  if (!number || verb.breakBefore || negated(words, i)) return null;
  const next = words[i + 1];
  if (next && !next.breakBefore && has(SUCK_PARTICLE, next)) return null;
  let c = i;
  while (c > 2 && i - c < 2 && !(words[c] as Word).breakBefore && has(BETWEEN, words[c - 1])) c--;
  if (has(AUXILIARIES, words[c - 1])) return null;
  return subjectOfVerb(words, c, number);
}

/**
 * The people-noun with a describing phrase that opens the sentence and is the subject of the verb (or the word
 * before it) at `c`, agreeing with it in number; null when the sentence does not open so.
 */
function subjectOfVerb(words: Word[], c: number, number: 'plural' | 'singular'): Target | null {
  if (c < 2) return null;
  const verb = words[c] as Word;
  // "the mayor is", "he was": a nearer subject stands right before the verb.
  const near = words[c - 1] as Word;
  if (verb.breakBefore || near.capitalized || (has(PRONOUNS, near) && !has(OBJECTS, near)) || has(HEADS, near))
    return null;
  const h = headOfSentence(words, c);
  // "this guy has no plan and is useless": a second verb joined to the head's first.
  const joinedVerb = near.text === 'and';
  if (h < 0 || h + 1 >= c || !(joinedVerb || links(words[h + 1] as Word))) return null;
  for (let k = h + 1; k < c; k++) {
    const w = words[k] as Word;
    // "anybody voting for him after reading it": a time word before a doing opens no clause of its own.
    const doing = has(TIMES, w) && /^[a-z]{3,}ing$/.test(words[k + 1]?.text ?? '');
    if (w.breakBefore || (has(CLAUSE_STARTS, w) && !doing)) return null;
  }
  const head = words[h] as Word;
  const plural = has(PLURAL_HEADS, head) || /[^s]s$/.test(head.text);
  if (plural !== (number === 'plural')) return null;
  return plural ? 'group' : 'someone';
}

/** "people in ...", "voters who ...", "anybody voting ...": a word that joins a describing phrase to the head. */
function links(w: Word): boolean {
  return has(LINKS, w) || (/^[a-z]{3,}ing$/.test(w.text) && lookupWord(w.forms) === null);
}

/** The verb of being the adjective at `i` is said after, over intensifiers and one joined adjective; -1 when none. */
function copulaBefore(words: Word[], i: number): number {
  let joined = false;
  for (let j = i - 1; j >= 0 && i - j <= MAX_PREDICATE; j--) {
    const after = words[j + 1] as Word;
    if (after.breakBefore) return -1;
    const w = words[j] as Word;
    if (has(PLURAL_COPULA, w) || has(SINGULAR_COPULA, w)) return after.pauseBefore ? -1 : j;
    if (after.pauseBefore && !joined) return -1;
    // "too stupid to": "to" written for "too".
    if (w.text === 'to' && words[i + 1]?.text === 'to') continue;
    if (has(BETWEEN, w) || isIntensifier(w.forms) || (w.text.endsWith('ly') && w.text.length > 4)) continue;
    // "regressive and ignorant", "lazy, stupid": one describing word joined before this one.
    if (!joined && (has(AND, w) || after.pauseBefore) && describing(words[has(AND, w) ? j - 1 : j])) {
      joined = true;
      if (has(AND, w)) j--;
      continue;
    }
    return -1;
  }
  return -1;
}

/**
 * The first of the describing words joined to the adjective at `i` ("weak and useless", "lazy, dull and useless"):
 * `i` itself when none is.
 */
export function joinedStart(words: Word[], i: number): number {
  let first = i;
  for (let n = 0; n < 3; n++) {
    const w = words[first] as Word;
    const and = words[first - 1];
    if (w.breakBefore || !and) break;
    if (w.pauseBefore && describing(and) && !and.breakBefore) first--;
    else if (has(AND, and) && !and.breakBefore && !and.pauseBefore && joinable(words[first - 2])) first -= 2;
    else break;
  }
  return first;
}

/** A word "and" may join to a describing word: any plain word ("weak and useless"), not a pronoun. */
function joinable(w: Word | undefined): boolean {
  return describing(w) || (!!w && /^[a-z]{3,}$/.test(w.text) && !has(PRONOUNS, w) && !has(DETERMINERS, w));
}

/** A describing word: listed ("lazy") or shaped like one ("regressive", "hopeless"). */
function describing(w: Word | undefined): boolean {
  if (!w || !/^[a-z]+$/.test(w.text)) return false;
  const k = lookupWord(w.forms)?.kinds;
  return adjectiveLike(w) || (!!k && (k.has('adjective') || k.has('adjective-mild') || k.has('adjective-strong')));
}

/**
 * The head of the subject opening the sentence that holds word `c`: after openers ("And", "I think"), at most two
 * describing words ("most young people", "Trump fans"), a listed people-noun. -1 when the sentence does not open so.
 */
function headOfSentence(words: Word[], c: number): number {
  let s = c;
  while (s > 0 && c - s < MAX_TAIL + 4 && !(words[s] as Word).breakBefore) s--;
  if (s > 0 && !(words[s] as Word).breakBefore) return -1;
  while (has(OPENERS, words[s]) && s < c) s++;
  if (words[s]?.text === 'i' && has(OPINION, words[s + 1])) s += words[s + 2]?.text === 'that' ? 3 : 2;
  for (let h = s; h < c && h - s <= 2; h++) {
    const w = words[h] as Word;
    if (has(HEADS, w) && c - h <= MAX_TAIL + 1) return h;
    if (!has(DETERMINERS, w) && !modifier(w)) return -1;
  }
  return -1;
}

/** A word describing the head before it: "young", "rural", "Trump" (not a verb in "-ing", not a listed word). */
function modifier(w: Word): boolean {
  return /^[a-z]{3,}$/.test(w.text) && !w.text.endsWith('ing') && lookupWord(w.forms) === null;
}
