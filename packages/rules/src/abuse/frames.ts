import { hasForm as has, type Word } from '../normalize/words.js';
import { isIntensifier } from './lexicon/index.js';
import { LITERAL_NOUNS } from './lexicon/insults.js';
import { PERSON_MAKING_TAILS } from './lexicon/name-calling.js';
import { BRANDING_QUALIFIERS, SPEAKING_VERBS } from './lexicon/person-frames.js';
import { SECOND_PERSON } from './lexicon/targets.js';
import { AFTER_NOUN } from './profane-use.js';
import type { Target } from './subject-words.js';

const YOU: ReadonlySet<string> = new Set(SECOND_PERSON);
const SPEAKING: ReadonlySet<string> = new Set(SPEAKING_VERBS);
const BRANDING: ReadonlySet<string> = new Set(BRANDING_QUALIFIERS);
const BRAND_ARTICLE: ReadonlySet<string> = new Set(['a', 'an', 'the', 'this', 'that']);
const LITERAL: ReadonlySet<string> = new Set(LITERAL_NOUNS);
const A: ReadonlySet<string> = new Set(['a', 'an']);
/** "what a ...", "such a ...": an exclamation about whoever is meant. */
const EXCLAIM: ReadonlySet<string> = new Set(['what', 'such']);
/** "only a ... would write this": only a person does what such a verb says. */
const MODAL: ReadonlySet<string> = new Set(['would', 'could']);
/** "typical ... take": the noun describes what someone said. */
const SAID: ReadonlySet<string> = new Set([
  'take',
  'takes',
  'comment',
  'comments',
  'post',
  'posts',
  'reply',
  'response',
  'remark',
  'opinion',
  'logic',
  'thinking',
  'mentality',
  'argument',
  'nonsense',
]);
/** "the word for you", "describes you": a word offered as a description of the reader. */
const OFFERED: ReadonlySet<string> = new Set(['for', 'describes', 'fits', 'suits', 'sums', 'defines']);

const BEING: ReadonlySet<string> = new Set(['are', 'is', 're', 'were', 'was']);
const THIRD: ReadonlySet<string> = new Set(['he', 'she', 'they']);
const AND_OR: ReadonlySet<string> = new Set(['and', 'or']);
const NAMING: ReadonlySet<string> = new Set(['word', 'name', 'term', 'description', 'label']);
const PERSON_MAKING: ReadonlySet<string> = new Set(PERSON_MAKING_TAILS);
/** "the world's biggest pig", "America's worst clown": the greatest of a kind of person somewhere. */
const SUPERLATIVE: ReadonlySet<string> = new Set(['biggest', 'greatest', 'worst']);
const EVER: ReadonlySet<string> = new Set(['ever', 'alive']);
/** "throw the bum out", "vote the crooks out": a person put out of office or a room. */
const EJECT: ReadonlySet<string> = new Set(['throw', 'kick', 'vote', 'boot', 'toss', 'run', 'chase', 'turf']);
const POINT: ReadonlySet<string> = new Set(['the', 'that', 'this', 'these', 'those']);
/** "the clown you're backing", "the crooks you voted for": the one the reader supports. */
const SUPPORT: ReadonlySet<string> = new Set(
  'back backing backed support supporting supported defend defending defended vote voting voted elect elected worship worshipping follow following'.split(
    ' ',
  ),
);
const YOU_HAVE: ReadonlySet<string> = new Set(['re', 've', 'are', 'have', 'keep', 'still', 'all', 'just']);
/** "defending him makes one an ass": what doing something makes of a person. */
const MAKES: ReadonlySet<string> = new Set(['makes', 'made', 'make', 'making']);
const MADE_ONE: ReadonlySet<string> = new Set([
  'one',
  'you',
  'u',
  'him',
  'her',
  'them',
  'people',
  'anyone',
  'everyone',
]);
/** "Being a dick must be ...": after "being ..." opening a sentence, a verb with the act as its subject. */
const ACT_AS_SUBJECT: ReadonlySet<string> = new Set(['must', 'seems', 'comes']);

/** The article before word `i`, skipping up to two describing words ("what a total ..."). */
function articleBefore(words: Word[], i: number): number {
  for (let j = i - 1; j >= 0 && i - j <= 3; j--) {
    const w = words[j] as Word;
    if ((words[j + 1] as Word).breakBefore) return -1;
    if (has(A, w)) return j;
    if (!isIntensifier(w.forms) && !/^[a-z]+$/.test(w.text)) return -1;
  }
  return -1;
}

/** Word `i` ends a list: "cans, and trash", "cans, trash". */
function listed(words: Word[], i: number): boolean {
  const prev = words[i - 1];
  return !prev || has(AND_OR, prev) || prev.pauseBefore;
}

/**
 * "Nice try, clown.", "Go away, pig.": a bare noun set off at the end of its sentence addresses the reader; the last of
 * a list ("bottles, cans, trash") names a thing.
 */
export function addressedAtEnd(words: Word[], i: number): boolean {
  return (words[i] as Word).pauseBefore && endsPhrase(words, i) && !listed(words, i);
}

/** Where the noun's phrase ends: nothing, a new sentence or a pause follows. */
function endsPhrase(words: Word[], i: number): boolean {
  const next = words[i + 1];
  return !next || next.breakBefore || next.pauseBefore;
}

/** The noun ends its phrase, alone or with a tail that makes it a person: "what a nut!", "what a nut case!". */
function endsPersonPhrase(words: Word[], i: number): boolean {
  const next = words[i + 1];
  if (next && !next.breakBefore && !next.pauseBefore && has(PERSON_MAKING, next)) return endsPhrase(words, i + 1);
  return endsPhrase(words, i);
}

/**
 * A noun that may name a thing ("parasite", "prick", "degenerate") said in a frame only a person fits: an
 * exclamation ("what a ...!", "such a ..."), one who does something ("only a ... would write this"), the kind of
 * person a comment comes from ("typical ... take"), a word offered for the reader ("'...' is the word for you"),
 * or, singular or plural, what someone is said to be ("like the pigs they are") or the reader compared to it
 * ("vermin like you", "a pig such as yourself").
 * Returns who is meant, or null when the frame says nothing.
 */
export function personFrame(words: Word[], i: number, plural: boolean): Target | null {
  const next = words[i + 1];
  // "grunt like the pigs they are", "show us the clown you are": the noun said to be what they are.
  const being = words[i + 2];
  if (next && being && !next.breakBefore && !being.breakBefore && has(BEING, being) && endsPhrase(words, i + 2)) {
    if (has(YOU, next)) return 'reader';
    if (has(THIRD, next)) return next.text === 'they' ? 'group' : 'person';
  }
  // "nationalist vermin like you", "a bigoted pig such as you": the reader compared to it.
  if (comparedToReader(words, i)) return 'reader';
  // "Throw the bum out!", "vote these crooks out".
  const eject = has(POINT, words[i - 1]) && has(EJECT, words[i - 2]) && !literal(words[i] as Word);
  if (eject && next?.text === 'out' && !next.breakBefore) return plural ? 'group' : 'someone';
  if (backedByReader(words, i)) return plural ? 'group' : 'someone';
  if (plural) return null;
  if (addressedAtEnd(words, i)) return 'reader';
  const a = articleBefore(words, i);
  if (a > 0 && has(EXCLAIM, words[a - 1])) {
    const after = has(PERSON_MAKING, next) && !next?.breakBefore ? words[i + 2] : next;
    if (has(YOU, after) && !after?.breakBefore) return 'reader';
    if (endsPersonPhrase(words, i)) return 'someone';
  }
  // "stop being an ass", "to be a total dick about it": what someone acts as, the noun ending its phrase.
  if (a > 0 && actsAs(words, a - 1) && (endsPhrase(words, i) || has(ABOUT, next)) && !has(REFUSE, words[i]))
    return 'someone';
  if (a > 0 && beingOpens(words, a - 1) && has(ACT_AS_SUBJECT, next) && !next?.breakBefore && !has(REFUSE, words[i]))
    return 'someone';
  if (greatestOfKind(words, i)) return 'someone';
  // "defending him makes one an ass", "that makes you a hypocrite".
  if (a > 1 && has(MADE_ONE, words[a - 1]) && has(MAKES, words[a - 2]) && endsPhrase(words, i))
    return words[a - 1]?.text === 'you' || words[a - 1]?.text === 'u' ? 'reader' : 'someone';
  // "Robert Redford a perv??": a name and the noun, the verb of being dropped, ending the sentence.
  if (
    a === i - 1 &&
    a > 0 &&
    (words[a - 1] as Word).capitalized &&
    !(words[a] as Word).breakBefore &&
    endsSentence(words, i)
  )
    return 'person';
  if (a > 0 && words[a - 1]?.text === 'only' && has(MODAL, next) && !next?.breakBefore && !next?.pauseBefore)
    return 'someone';
  if (words[i - 1]?.text === 'typical' && !(words[i] as Word).breakBefore && has(SAID, next) && !next?.breakBefore)
    return 'someone';
  let named = false;
  for (let j = i + 1; j < words.length && j - i <= 8; j++) {
    const w = words[j] as Word;
    if (w.breakBefore) break;
    if (has(NAMING, w)) named = true;
    else if (named && has(YOU, w) && has(OFFERED, words[j - 1])) return 'reader';
  }
  return null;
}

/** "the sleaze you're backing", "the crooks you voted for": the reader supports whoever the noun names. */
function backedByReader(words: Word[], i: number): boolean {
  let k = i + 1;
  if (!has(YOU, words[k]) || (words[k] as Word).breakBefore) return false;
  k++;
  while (k <= i + 3 && has(YOU_HAVE, words[k]) && !(words[k] as Word).breakBefore) k++;
  return has(SUPPORT, words[k]) && !(words[k] as Word).breakBefore;
}

/** Nothing or a new sentence follows word `i`. */
function endsSentence(words: Word[], i: number): boolean {
  const next = words[i + 1];
  return !next || next.breakBefore;
}

/** An animal or a thing as well as a name ("rats", "trash"), singular or plural. */
function literal(w: Word): boolean {
  return LITERAL.has(w.text) || (w.text.endsWith('s') && LITERAL.has(w.text.slice(0, -1)));
}

/** "being" opening a sentence: "Being a dick must be fun." */
function beingOpens(words: Word[], b: number): boolean {
  return words[b]?.text === 'being' && (b === 0 || (words[b] as Word).breakBefore);
}

/** "the world's biggest pig", "the country's worst clown ever": a superlative after a possessive ("the biggest pig at the fair" is an animal). */
function greatestOfKind(words: Word[], i: number): boolean {
  const sup = words[i - 1];
  if (!sup || (words[i] as Word).breakBefore || sup.breakBefore || !has(SUPERLATIVE, sup)) return false;
  if (words[i - 2]?.text !== 's' || words[i - 3]?.text === 'it') return false;
  const next = words[i + 1];
  return endsPhrase(words, i) || (has(EVER, next) && !next?.breakBefore);
}

/** "... like you", "... such as yourself" right after word `i`, in the same sentence. */
function comparedToReader(words: Word[], i: number): boolean {
  const [a, b, c] = [words[i + 1], words[i + 2], words[i + 3]];
  if (!a || a.breakBefore || !b || b.breakBefore) return false;
  if (a.text === 'like') return has(YOU, b);
  return a.text === 'such' && b.text === 'as' && !!c && !c.breakBefore && has(YOU, c);
}

/** "being" opening a clause or after "stop", "be" after "to" or "don't": the words before say what someone acts as. */
function actsAs(words: Word[], b: number): boolean {
  const w = words[b] as Word;
  const prev = words[b - 1];
  const opens = !prev || w.breakBefore || w.pauseBefore;
  if (w.text === 'being') return opens || has(BEING_AFTER, prev);
  return w.text === 'be' && !opens && has(BE_AFTER, prev);
}
const BEING_AFTER: ReadonlySet<string> = new Set([
  'stop',
  'quit',
  'keep',
  'by',
  'for',
  'from',
  'about',
  'is',
  'are',
  'was',
  'were',
  's',
  're',
]);
const BE_AFTER: ReadonlySet<string> = new Set(['to', 'dont', 'don', 't', 'never', 'not', 'just']);
const ABOUT: ReadonlySet<string> = new Set(['about', 'like']);
/** Refuse, which things are as well as people: "it used to be a garbage". */
const REFUSE: ReadonlySet<string> = new Set(['trash', 'garbage', 'rubbish', 'filth']);

/**
 * "this schmuck", "that clown again": "this" or "that" right before a noun that ends its phrase, or that a verb
 * only a person does follows ("Nothing this traitor says is true").
 */
export function demonstrated(words: Word[], i: number, lemma: string): boolean {
  const prev = words[i - 1];
  const next = words[i + 1];
  const ends = !next || next.breakBefore || next.pauseBefore || has(AFTER_NOUN, next) || speaks(words, i);
  if (!ends || (words[i] as Word).breakBefore || LITERAL.has(lemma)) return false;
  return prev?.text === 'this' || prev?.text === 'that';
}

/** A verb of saying or thinking right after word `i`, in its clause: "this traitor tweets", "that racist said". */
export function speaks(words: Word[], i: number): boolean {
  const next = words[i + 1];
  return !!next && !next.breakBefore && !next.pauseBefore && has(SPEAKING, next);
}

/**
 * "an avowed racist", "a known sexist": an article and a word that brands right before an adjective used as a
 * noun.
 */
export function brandedAs(words: Word[], i: number): boolean {
  const q = words[i - 1];
  const a = words[i - 2];
  if (!q || !a || (words[i] as Word).breakBefore || q.breakBefore) return false;
  return has(BRANDING, q) && has(BRAND_ARTICLE, a);
}
