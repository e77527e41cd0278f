/**
 * Whether an insult is aimed at someone, read back from the insult: "you ...", a verb of being and its subject,
 * an insulting adjective right before a noun, or a comparison ("no better than rats").
 */
import { hasForm as has, type Word } from '../normalize/words.js';
import { TIME_ADVERBS } from './lexicon/activities.js';
import { isIntensifier, lookupWord } from './lexicon/index.js';
import { ARTICLE, COPULA, NOT_A_SUBJECT, possessiveS, type Target, YOU } from './subject-words.js';
import { PLURAL_BEING, subjectBefore } from './subjects.js';
import { everydayThings, NOT_ROLES, PLAIN_THINGS } from './things.js';

const SUBJECT_INTRO: ReadonlySet<string> = new Set([
  'what',
  'that',
  'which',
  'if',
  'when',
  'as',
  'how',
  'where',
  'do',
  'did',
  'can',
  'will',
  'would',
  'should',
  'could',
  'may',
  'might',
  'must',
  'unless',
  'until',
  'before',
  'after',
  'because',
  'whether',
  'once',
  'why',
]);
/** Words after "your" that show it written for "you're": "your a", "your so", "your being". */
const YOURE_NEXT: ReadonlySet<string> = new Set(
  'a an so too to just really such being not always clearly obviously truly'.split(' '),
);
const SEEM: ReadonlySet<string> = new Set(
  'look looks looked sound sounds sounded seem seems seemed act acts acted behave behaves behaved appear appears appeared'.split(
    ' ',
  ),
);
const POSSESSIVES: ReadonlySet<string> = new Set(['my', 'your', 'his', 'her', 'their', 'our', 'its']);

const CONNECTORS: ReadonlySet<string> = new Set([
  // A reflexive or a verb after the noun ends its phrase: "a traitor himself", "this traitor says ...".
  'himself',
  'herself',
  'themselves',
  'says',
  'said',
  'thinks',
  'wants',
  'has',
  'had',
  'will',
  'would',
  'should',
  'could',
  'does',
  'did',
  'about',
  'and',
  'or',
  'but',
  'who',
  'whose',
  'that',
  'like',
  'with',
  'of',
  'for',
  'to',
  'in',
  'on',
  'at',
  'is',
  'are',
  'was',
  'were',
  'if',
  'as',
  'than',
  'so',
  'then',
  'there',
  'lol',
  'mate',
  'haha',
  'here',
  'ever',
  'too',
  'again',
  'now',
  'yourself',
  'all',
  'around',
  'out',
  'over',
  'by',
  'from',
  'just',
  'every',
  'ignore',
  'go',
  'get',
  'do',
  'does',
  'did',
  'can',
  'cant',
  'will',
  'should',
  'would',
  'has',
  'have',
  'had',
  'it',
  'this',
  ...TIME_ADVERBS,
]);

/** Words that may stand between "you" (or "is a") and the insult: articles, intensifiers, other insults. */
function isBridge(w: Word): boolean {
  if (has(ARTICLE, w) || has(COPULA, w) || isIntensifier(w.forms)) return true;
  if (w.text.endsWith('ly') && w.text.length > 4) return true;
  const hit = lookupWord(w.forms);
  return hit !== null;
}

export interface Direction {
  target: Target | 'idea' | null;
  /** The link was explicit: "you ...", a copula with a person subject, or an insulting adjective before. */
  explicit: boolean;
}

/**
 * Looks back from word `i` (an insult) over bridge words for what makes it aimed at someone: "you", a verb of
 * being and its subject ("the author is a ..."), or an insulting adjective ("lying pig").
 */
export function directionOf(words: Word[], i: number, nounLike: boolean): Direction {
  const compared = nounLike ? comparedWith(words, i) : -1;
  if (compared >= 0) {
    const subject = subjectBefore(words, compared);
    if (subject && subject !== 'idea') return { target: subject, explicit: true };
  }
  let unknown = 0;
  for (let j = i - 1; j >= 0 && i - j <= 7; j--) {
    const w = words[j] as Word;
    if ((words[j + 1] as Word).breakBefore) break;
    // "your a disgrace": "your" for "you're" before an article.
    // "your so lazy", "your being silly": "your" for "you're" before a word that never follows a possessive.
    if (w.text === 'your' && j + 1 < i && has(YOURE_NEXT, words[j + 1]) && !(words[j + 1] as Word).breakBefore)
      return { target: 'reader', explicit: true };
    // "your one sick puppy.": "your" for "you're" before "one" and a name that ends the phrase ("your one idiot
    // brother" is the reader's brother).
    if (w.text === 'your' && words[j + 1]?.text === 'one' && i - j <= 3 && !(words[j + 1] as Word).breakBefore) {
      // A name ends the phrase; a describing word may have its noun after it ("your one sick puppy").
      const end = nounLike ? i : i + 1;
      const next = words[end + 1];
      if (end - j <= 3 && (!next || next.breakBefore || next.pauseBefore)) return { target: 'reader', explicit: true };
    }
    // "your insane, violent ...", "your clueless.": an adjective after "your" that describes no noun after it.
    if (w.text === 'your' && j === i - 1 && !nounLike && !(words[i] as Word).breakBefore && endsDescription(words, i))
      return { target: 'reader', explicit: true };
    if (has(YOU, w)) {
      // "what you sow", "if you rat on them": "you" is the subject of a verb, not the one being called names.
      if (has(SUBJECT_INTRO, words[j - 1]) && !(words[j] as Word).breakBefore) return { target: null, explicit: false };
      // "you and a snake in the garden": what stands beside the reader is not the reader.
      if (has(ALONGSIDE, words[j + 1]) && j + 1 < i) return { target: null, explicit: false };
      return { target: 'reader', explicit: true };
    }
    // "you sound like an ass", "he looks like a fool": a verb of seeming says what someone is, as "is" does.
    if (w.text === 'like' && has(SEEM, words[j - 1])) continue;
    // "you seem to be racist", "he appears to be a fraud": "to be" after a verb of seeming is that verb's.
    if (w.text === 'be' && words[j - 1]?.text === 'to' && has(SEEM, words[j - 2]) && !w.breakBefore) {
      j--;
      continue;
    }
    if ((has(COPULA, w) && !possessiveS(words, j)) || has(SEEM, w)) {
      // "she is feeding the pig": a verb in "-ing" after the verb of being says what someone does, not is.
      const after = words[j + 1] as Word;
      if (j + 1 < i && after.text.endsWith('ing') && lookupWord(after.forms) === null && !isIntensifier(after.forms))
        return { target: null, explicit: false };
      const subject = subjectBefore(words, j);
      if (subject === 'idea') return { target: 'idea', explicit: false };
      if (subject) return { target: subject, explicit: true };
      // "trump is a pig", "the new coach was a fraud": a subject we do not list, said to be a kind of person.
      if (nounLike && unlistedSubject(words, j)) return { target: 'someone', explicit: true };
      return { target: null, explicit: false };
    }
    if (nounLike && j === i - 1 && !(words[i] as Word).pauseBefore) {
      // "lying pig", "a lying, gutless weasel", "fucking maggots": an insulting adjective or a curse right before a
      // noun aims it at a person.
      const k = lookupWord(w.forms)?.kinds;
      // "my fucking ass off", "his damn pig farm": a curse after a possessive is about a thing someone has.
      const cursed = !!k?.has('profanity') && !has(POSSESSIVES, words[j - 1]);
      if (k && (k.has('adjective') || k.has('adjective-mild') || k.has('insult-strong') || cursed))
        return { target: 'someone', explicit: true };
    }
    if (nounLike && w.mention) return { target: 'reader', explicit: true };
    if (isBridge(w) || (nounLike && adjectiveLike(w))) continue;
    // "a weak and insecure ass": "and" between two describing words joins them.
    if (nounLike && has(ALONGSIDE, w) && j + 1 < i && !has(ARTICLE, words[j + 1]) && !has(YOU, words[j - 1])) continue;
    // "he is a money-grabbing swine", "they are silver spoon parasites": two describing words are allowed right after
    // "is a" or "are"; any other two unknown words end the search.
    if (++unknown > 1 && !(nounLike && unknown === 2 && afterIsA(words, j, i))) break;
  }
  return { target: null, explicit: false };
}

const BETTER_OR_WORSE: ReadonlySet<string> = new Set(['better', 'worse']);
const NO_OR_EVEN: ReadonlySet<string> = new Set(['no', 'even', 'much', 'far', 'way', 'any']);

/**
 * "they are no better than cockroaches", "he is worse than a common crook", "they are nothing but animals": the noun at `i`
 * is what someone is likened to or said to be and no more.
 * Returns the index of the verb of being, or -1.
 */
export function comparedWith(words: Word[], i: number): number {
  let j = i - 1;
  if (has(ARTICLE, words[j])) j--;
  else if (has(ARTICLE, words[j - 1]) && /^[a-z]+$/.test(words[j]?.text ?? '')) j -= 2;
  let c = nothingBut(words, j);
  if (c < 0) {
    if (words[j]?.text !== 'than' || !has(BETTER_OR_WORSE, words[j - 1])) return -1;
    c = j - 2;
    if (has(NO_OR_EVEN, words[c])) c--;
  }
  for (let k = c + 1; k <= i; k++) if ((words[k] as Word).breakBefore || (words[k] as Word).pauseBefore) return -1;
  return has(SAYS_IS, words[c]) ? c : -1;
}

const NOTHING_OR_LITTLE: ReadonlySet<string> = new Set(['nothing', 'little', 'no']);

/**
 * "they are nothing but thugs", "he is nothing more than a thief", "little more than a puppet": the words at `j`
 * end "nothing but" or "nothing/little/no more than", which say what someone is and no more. Returns the index
 * before them, or -1.
 */
function nothingBut(words: Word[], j: number): number {
  if (words[j]?.text === 'but' && words[j - 1]?.text === 'nothing') return j - 2;
  const more = words[j]?.text === 'than' && words[j - 1]?.text === 'more';
  return more && has(NOTHING_OR_LITTLE, words[j - 2]) ? j - 3 : -1;
}

/** Nothing, a new sentence, a pause or "and" follows word `i`: it describes no noun after it. */
function endsDescription(words: Word[], i: number): boolean {
  const next = words[i + 1];
  return !next || next.breakBefore || next.pauseBefore || next.text === 'and' || has(TIME_ADVERB, next);
}
const TIME_ADVERB: ReadonlySet<string> = new Set(TIME_ADVERBS);

const ALONGSIDE: ReadonlySet<string> = new Set(['and', 'or']);

/** "is a", "are such", "are": the words before `j` are an article after a verb of being, or a verb of being. */
function afterIsA(words: Word[], j: number, i: number): boolean {
  const before = words[j - 1];
  if (!before || (words[j] as Word).breakBefore) return false;
  if (has(ARTICLE, before) && has(COPULA, words[j - 2])) return true;
  // Without the article, a comma ends the description: "prices are sky high, total parasites".
  for (let k = j + 1; k <= i; k++) if ((words[k] as Word).pauseBefore) return false;
  return has(SAYS_IS, before);
}

/** Verbs of being that say what someone is ("X is a ..."), not "be" or "being" whose subject stands elsewhere. */
const SAYS_IS: ReadonlySet<string> = new Set(['is', 'are', 'was', 'were', 's']);

/** The word before the verb of being at `c` is a subject we do not list: a name in lower case, a role. */
function unlistedSubject(words: Word[], c: number): boolean {
  const w = words[c - 1];
  const copula = words[c] as Word;
  if (!w || copula.breakBefore || copula.pauseBefore || !has(SAYS_IS, copula)) return false;
  if (has(NOT_A_SUBJECT, w) || has(ARTICLE, w) || has(COPULA, w) || lookupWord(w.forms) !== null) return false;
  if (w.text.length < 2 || !/^[a-z]+$/.test(w.text)) return false;
  // "This charger is garbage", "the heater was a joke": an everyday thing whose name ends like a role's.
  if (NOT_ROLES.has(w.text) || PLAIN_THINGS.has(w.text) || everydayThings(w.text)) return false;
  // A bare name opening the sentence ("trump is a ..."), after a title ("Mr jones is a ..."), or a word with a
  // person's ending ("the senator").
  if (has(TITLES, words[c - 2]) && !w.breakBefore) return true;
  return c === 1 || copula.breakBefore || (words[c - 1] as Word).breakBefore || PERSON_ENDING.test(w.text);
}

const TITLES: ReadonlySet<string> = new Set(['mr', 'mrs', 'ms', 'miss', 'dr', 'sir', 'madam', 'sen', 'rep', 'gov']);
const PERSON_ENDING = /(?:er|or|ist|ian|ant|ent|man|men|guy|guys)$/;

/** A describing word by its ending ("Russian", "shameless", "notorious"), not a verb form ("-ing", "-ed"). */
export function adjectiveLike(w: Word): boolean {
  return w.text.length > 4 && /(?:less|ous|ful|ive|ic|al|ish|ian|ese)$/.test(w.text);
}

/** Whether a noun is the first half of a compound ("witch hunt", "pig farm", "clown show"). */
export function isCompoundHead(words: Word[], i: number): boolean {
  const next = words[i + 1];
  if (!next || next.breakBefore || next.pauseBefore) return false;
  if (has(CONNECTORS, next) || has(YOU, next) || next.capitalized) return false;
  // "you're an ass copying others", "he is a pig pretending ...": after "is a", an "-ing" word says what the person does.
  if (next.text.endsWith('ing') && predicateNoun(words, i)) return false;
  return lookupWord(next.forms) === null;
}

/**
 * "are an X", "is such a total X", "are all Xs": the noun at `i` is said of the subject, after an article and
 * intensifiers, or a plural right after its verb of being ("politicians are parasites feeding on us").
 */
function predicateNoun(words: Word[], i: number): boolean {
  for (let j = i - 1; j >= 0 && i - j <= 3; j--) {
    if ((words[j + 1] as Word).breakBefore) return false;
    const w = words[j] as Word;
    if (j >= 1 && (w.text === 'a' || w.text === 'an')) return has(COPULA, words[j - 1]) || has(SUCH, words[j - 1]);
    if (has(PLURAL_BEING, w)) return (words[i] as Word).text.endsWith('s');
    if (!isIntensifier(w.forms) && !has(SUCH, w) && w.text !== 'all') return false;
  }
  return false;
}

const SUCH: ReadonlySet<string> = new Set(['such', 'total', 'complete', 'utter', 'real', 'absolute', 'right']);
