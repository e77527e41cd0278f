import { hasForm as has, type Word } from '../normalize/words.js';
import { VERDICT_ADJECTIVES } from './lexicon/denigration.js';
import { isIntensifier } from './lexicon/index.js';
import { describeSubject, type Target } from './subject-words.js';
import { negated } from './verdict.js';

/** Words that may stand between a verb of being and its adjective: "being so stupid", "is he really that dumb". */
const BETWEEN: ReadonlySet<string> = new Set(['so', 'too', 'this', 'that', 'just', 'plain', 'really', 'even']);
const FIRST_PERSON: ReadonlySet<string> = new Set(['i', 'we']);
const DETERMINER: ReadonlySet<string> = new Set(['the', 'these', 'those', 'this', 'that']);
/** "so stupid you can't", "too dumb they": a result clause, not a description of them. */
const RESULT: ReadonlySet<string> = new Set(['so', 'too']);
const PRONOUN: ReadonlySet<string> = new Set(['you', 'u', 'he', 'she', 'they', 'them', 'him', 'her']);
const YOU: ReadonlySet<string> = new Set(['you', 'u']);
const SAYS_IS: ReadonlySet<string> = new Set(['are', 'is', 're', 's', 'were', 'was']);
const THIRD_SUBJECT: ReadonlySet<string> = new Set(['he', 'she', 'they']);
/** What a plan does: "crazy enough to work". */
const WORKS: ReadonlySet<string> = new Set(['work', 'succeed', 'matter', 'pass']);
const OPENING_COPULA: ReadonlySet<string> = new Set(['is', 'are', 'was', 'were']);
const HOW_WHY: ReadonlySet<string> = new Set(['how', 'why']);

/** The word before `i`, skipping intensifiers and "-ly" adverbs in the same sentence; -1 when none. */
function before(words: Word[], i: number): number {
  for (let j = i - 1; j >= 0 && i - j <= 3; j--) {
    if ((words[j + 1] as Word).breakBefore) return -1;
    const w = words[j] as Word;
    if (has(BETWEEN, w) || isIntensifier(w.forms) || (w.text.endsWith('ly') && w.text.length > 4)) continue;
    return j;
  }
  return -1;
}

/**
 * A strong adjective ("stupid", "idiotic") said of a person by the shape of the clause, where the words before it
 * name no idea: "by being stupid and lazy" (only someone is being anything), "are they stupid or crazy?" (a question
 * about people), "at least I wasn't stupid enough to back him" (the commenter's denial calls those who did
 * stupid). Any insulting adjective (`strong` or not) said before the person it describes: "how ignorant you are",
 * "demented you are", "as dumb as you", "lazier than they are". Returns who is meant, or null.
 */
export function saidOfPeople(words: Word[], i: number, strong: boolean): Target | null {
  const after = describedAfter(words, i);
  if (after) return after;
  if (strong && peopleOfTheKind(words, i)) return 'group';
  const j = before(words, i);
  const prev = words[j];
  // "She dumb!", "he so stupid": the verb of being dropped, the adjective ending the sentence.
  if (prev && has(THIRD_SUBJECT, prev) && j === i - 1 && endsSentence(words, i))
    return prev.text === 'they' ? 'group' : 'person';
  // "Dumb enough to believe him.": the subject and its verb of being dropped before "enough to" (a plan is "crazy
  // enough to work").
  const w = words[i] as Word;
  const enough = words[i + 1]?.text === 'enough' && words[i + 2]?.text === 'to' && !has(WORKS, words[i + 3]);
  if ((i === 0 || w.breakBefore) && enough) return 'someone';
  if (!prev || !strong) return null;
  const asked = askedAbout(words, i);
  if (asked) return asked;
  if (prev.text === 'being' && !negated(words, i)) {
    // "the plan being stupid" is about the plan; "you being stupid", "your being stupid" about the reader.
    const who = describeSubject(words[j - 1]);
    return who === 'idea' ? null : who === 'reader' || words[j - 1]?.text === 'your' ? 'reader' : 'someone';
  }
  const next = words[i + 1];
  if (next?.text === 'enough' && words[i + 2]?.text === 'to' && negated(words, i)) {
    for (let k = i - 1; k >= 0 && i - k <= 5; k--) {
      if (has(FIRST_PERSON, words[k])) return 'someone';
      if ((words[k] as Word).breakBefore) break;
    }
  }
  return null;
}

/**
 * "are they stupid", "is the mayor that dumb", "Is this guy crazy?", "Why is he so vile?": the verb of being opens the
 * sentence (after "how" or "why" too), the person follows it and the adjective follows the person. Returns who is
 * asked about, or null.
 */
export function askedAbout(words: Word[], i: number): Target | null {
  const j = before(words, i);
  const subject = describeSubject(words[j]);
  if (!subject || subject === 'idea' || subject === 'reader') return null;
  // "are these senators that dumb": a determiner may stand between them.
  const c = has(DETERMINER, words[j - 1]) && !(words[j] as Word).breakBefore ? j - 2 : j - 1;
  const copula = words[c];
  // "Why is he so vile?", "How are they this lazy?": the question word may stand before the verb of being.
  const asking = has(HOW_WHY, words[c - 1]) && !copula?.breakBefore && (c === 1 || (words[c - 1] as Word).breakBefore);
  const opens = c === 0 || copula?.breakBefore || asking;
  return opens && has(OPENING_COPULA, copula) && !(words[c + 1] as Word).breakBefore ? subject : null;
}

/**
 * "how ignorant you are", "as dumb as you", "dumber than they are", "how crazy are you": the person named after the
 * adjective.
 */
export function describedAfter(words: Word[], i: number): Target | null {
  const next = words[i + 1];
  if (!next || next.breakBefore || next.pauseBefore || has(RESULT, words[i - 1])) return null;
  // "How crazy are you?": the question puts the verb of being first.
  if (words[i - 1]?.text === 'how' && !(words[i] as Word).breakBefore && has(SAYS_IS, next)) {
    const asked = words[i + 2];
    if (asked && !asked.breakBefore && has(PRONOUN, asked))
      return has(YOU, asked) ? 'reader' : asked.text === 'they' ? 'group' : 'person';
  }
  // "stupid of you", "how silly of the councillors", "foolish of Smith": the one who did it.
  if (next.text === 'of') return actedOf(words, i + 2);
  const compared = next.text === 'as' || next.text === 'than';
  const k = compared ? i + 2 : i + 1;
  const who = words[k];
  if (!who || who.breakBefore || !has(PRONOUN, who)) return null;
  // "as dumb as you", "than them", or "you are" ending the clause ("how ignorant you are in ...").
  const copula = words[k + 1];
  const said = compared || (!!copula && !copula.breakBefore && has(SAYS_IS, copula));
  if (!said) return null;
  return has(YOU, who) ? 'reader' : who.text === 'they' || who.text === 'them' ? 'group' : 'person';
}

/**
 * The person after "of" at `k` ("of you", "of the mayor", "of the new North Korean leader"), perhaps after "the"
 * and up to two describing words, ending the clause; not the writer ("how silly of me").
 */
function actedOf(words: Word[], k: number): Target | null {
  let j = has(OF_DETERMINER, words[k]) ? k + 1 : k;
  for (let n = 0; n < 3; n++) {
    const w = words[j];
    if (!w || w.breakBefore || (j > k && w.pauseBefore)) return null;
    const next = words[j + 1];
    const ends = !next || next.breakBefore || next.pauseBefore;
    const who = describeSubject(w);
    if (who === 'idea') return null;
    if (who && ends) return who;
    if (!w.capitalized && !/^[a-z]+$/.test(w.text)) return null;
    j++;
  }
  return null;
}
const OF_DETERMINER: ReadonlySet<string> = new Set(['the', 'this', 'that', 'these', 'those', 'our', 'your']);

const VERDICT: ReadonlySet<string> = new Set(VERDICT_ADJECTIVES);
/** What is done or said, judged with the doer named: "people do stupid things". */
const DEEDS: ReadonlySet<string> = new Set(['things', 'thing', 'stuff']);
const DO_OR_SAY: ReadonlySet<string> = new Set(
  'do does did doing say says said saying write writes wrote post posts posted'.split(' '),
);
/** Quantities and intensifiers between the verb and the adjective: "does a lot of", "says so many", "did some". */
const QUANTITY: ReadonlySet<string> = new Set('a lot lots of so many such some very really'.split(' '));
/** Adverbs between the doer and the verb: "people always do", "he just keeps saying". */
const HABIT: ReadonlySet<string> = new Set('always often just keep keeps kept constantly still also all'.split(' '));

/**
 * "people do very stupid things", "the senator says so many ridiculous things": a verdict adjective on things done
 * or said, with the doer named as the subject of the verb, judges the doer. Null for "I did stupid things" (the
 * commenter), "we all do silly things", "the stupid things the rules allow" and denials.
 */
export function doerOf(words: Word[], i: number, lemma: string): Target | null {
  const deeds = words[i + 1];
  if (!VERDICT.has(lemma) || !deeds || deeds.breakBefore || !has(DEEDS, deeds) || negated(words, i)) return null;
  let v = i - 1;
  while (v >= 0 && i - v <= 4 && !(words[v + 1] as Word).breakBefore && has(QUANTITY, words[v])) v--;
  if (v < 0 || (words[v + 1] as Word).breakBefore || !has(DO_OR_SAY, words[v])) return null;
  let s = v - 1;
  while (s >= 0 && v - s <= 2 && !(words[s + 1] as Word).breakBefore && has(HABIT, words[s])) s--;
  if (s < 0 || (words[s + 1] as Word).breakBefore || has(FIRST_PERSON, words[s])) return null;
  const who = describeSubject(words[s]);
  return who && who !== 'idea' ? who : null;
}

/** "to mock the stupid and ignorant", "pity the stupid.": "the" and the adjective, as a noun, name such people. */
function peopleOfTheKind(words: Word[], i: number): boolean {
  const the = words[i - 1];
  if (the?.text !== 'the' || (words[i] as Word).breakBefore || (words[i] as Word).pauseBefore) return false;
  let end = i;
  const and = words[i + 1];
  if (and && !and.breakBefore && (and.text === 'and' || and.text === 'or') && /^[a-z]+$/.test(words[i + 2]?.text ?? ''))
    end = i + 2;
  const next = words[end + 1];
  return !next || next.breakBefore || next.pauseBefore;
}

/** Nothing or a new sentence follows word `i`. */
function endsSentence(words: Word[], i: number): boolean {
  const next = words[i + 1];
  return !next || next.breakBefore;
}
