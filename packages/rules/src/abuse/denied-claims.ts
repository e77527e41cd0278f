import { hasForm as has, type Word } from '../normalize/words.js';
import { SECOND_PERSON } from './lexicon/targets.js';

/**
 * Names said inside a claim the writer denies: "I don't think you are stupid", "Nobody thinks the voters are
 * idiots", "No one here is calling you a liar", "I never said the mayor was a fool". The name is the predicate of
 * a verb of thinking or saying that is negated. Still an insult when the sentence goes on to take the denial
 * back ("I'm not saying you're an idiot, but ..."), compares ("I don't think there's a bigger fool than you"), or
 * when the name stands apart from the claim ("I don't think, you idiot", "Nobody said that, moron").
 */

/** Verbs whose clause is a claim: "think [that] X is", "said X was", "calling X a". */
const CLAIM: ReadonlySet<string> = new Set(
  'think thinks thought believe believes believed say says said saying suggest suggests suggested suggesting claim claims claimed claiming imply implies implied implying mean meant'.split(
    ' ',
  ),
);
/** Verbs whose object is named directly: "calling you an idiot", "consider him a fool". */
const NAMING: ReadonlySet<string> = new Set(
  'call calls called calling consider considers considered considering find finds found'.split(' '),
);
/** Words that deny the verb after them: "don't think", "never said", "nobody is calling", "no one thinks". */
const DENIAL: ReadonlySet<string> = new Set(
  'not never no nobody noone none nt don doesn didn isn aren wasn weren couldn wouldn'.split(' '),
);
/** Verbs of being that join the claim's subject to the name: "you are", "the mayor was", "he's". */
const BEING: ReadonlySet<string> = new Set(['is', 'are', 'was', 'were', 'be', 'been', 're', 's', 'm', 'am']);
/**
 * Words that make the name an insult after all: "anything but a fool", "a bigger idiot than", "not ..., but", "as
 * big a hypocrite as you", and surprise at how much: "I never thought he could be this incompetent", "I didn't think
 * he was such a fool".
 */
const TAKEN_BACK: ReadonlySet<string> = new Set('but except than anything nothing other as such so this'.split(' '));
/** Words that open another clause: the name belongs to it, not to the claim ("not call them X when they are Y"). */
const CLAUSE: ReadonlySet<string> = new Set(
  'when while because since if unless although though whereas who which where and or then until'.split(' '),
);
/** How far the name may stand from its claim verb: "think [that] [the] [new] [mayor] [is] [a] [complete] idiot". */
const CLAIM_REACH = 8;
/** How far before the claim verb its denial may stand: "no [one] [here] [is] calling". */
const DENIAL_REACH = 4;

/** Whether the name at `i` is the predicate of a denied claim, or of a verb of being that is denied. */
export function deniedClaim(words: readonly Word[], i: number): boolean {
  return deniedPredicate(words, i) || deniedSeeming(words, i) || deniedThought(words, i);
}

/** Verbs of seeming that say what someone is, as "is" does: "seem", "look like", "sound like". */
const SEEMING: ReadonlySet<string> = new Set(
  'seem seems seemed look looks looked sound sounds sounded appear appears appeared'.split(' '),
);
/** Auxiliaries glued to "n't" before a verb of seeming: "don't seem", "doesn't look", "didn't sound". */
const DO_NT: ReadonlySet<string> = new Set(['don', 'doesn', 'didn']);

/**
 * "You don't seem stupid", "he doesn't look like a fool", "she never seemed to be a liar": a verb of seeming denied
 * right before the name. Not "you don't seem stupid enough to", nor a supposition ("if you didn't sound like a fool").
 */
function deniedSeeming(words: readonly Word[], i: number): boolean {
  let j = i - 1;
  while (j >= 0 && i - j <= 2 && has(BEFORE_NAME, words[j])) j--;
  if (words[j]?.text === 'like') j--;
  else if (words[j]?.text === 'be' && words[j - 1]?.text === 'to') j -= 2;
  if (j < 1 || !has(SEEMING, words[j])) return false;
  for (let k = j - 1; k <= i; k++) if ((words[k] as Word).breakBefore || (words[k] as Word).pauseBefore) return false;
  const neg = words[j - 1] as Word;
  const denied = neg.text === 't' ? has(DO_NT, words[j - 2]) : has(NOT, neg) && neg.text !== 'no';
  // "to me" says whom to, not "stupid to vote".
  const implying = has(IMPLYING, words[i + 1]) && !(words[i + 1]?.text === 'to' && has(TO_WHOM, words[i + 2]));
  return denied && !implying && !supposed(words, j - 1) && !turnedOnReader(words, i);
}
const TO_WHOM: ReadonlySet<string> = new Set(['me', 'us', 'anyone', 'everyone', 'anybody']);

/** Words between a denied verb of being and the name: "not [a] [total] fool", "isn't [that] stupid". */
const BEFORE_NAME: ReadonlySet<string> = new Set([
  'a',
  'an',
  'the',
  'that',
  'so',
  'such',
  'really',
  'actually',
  'some',
  // "they are not all bigots", "he is not a total idiot"
  'all',
  'total',
  'complete',
  'utter',
]);
/** Verbs of being glued to their denial: "isn't", "aren't", "wasn't", "weren't", "ain't". */
const BEING_NT: ReadonlySet<string> = new Set(['isn', 'aren', 'wasn', 'weren', 'ain']);
const NOT: ReadonlySet<string> = new Set(['not', 'never', 'no']);
const NO_ONE: ReadonlySet<string> = new Set(['nobody', 'noone']);
const DEGREE: ReadonlySet<string> = new Set(['that', 'so', 'such', 'this', 'really']);
/** Words after the name that compare someone with no one: "nobody is as dumb as", "no one is stupider than". */
const COMPARED: ReadonlySet<string> = new Set(['as', 'than', 'like', 'enough', 'to', 'but', 'except']);
/** Words after the name that say someone else is it: "isn't a racist like Trump", "not stupid enough to vote". */
const IMPLYING: ReadonlySet<string> = new Set(['like', 'enough', 'to']);
/** Words that make the denial a supposition: "you'd see it if you weren't an idiot", "I wish he wasn't a liar". */
const SUPPOSING: ReadonlySet<string> = new Set(['if', 'unless', 'wish', 'pretend', 'pretending']);

const YOU: ReadonlySet<string> = new Set(SECOND_PERSON);
/** How far after the name the reader may be named: "not the idiot [here], [you] are". */
const READER_REACH = 12;

/** "I'm not the idiot here, you are": the reader named later in the sentence ("you know" is a filler). */
function turnedOnReader(words: readonly Word[], i: number): boolean {
  for (let k = i + 1; k < words.length && k - i <= READER_REACH && !(words[k] as Word).breakBefore; k++) {
    if (has(YOU, words[k]) && words[k + 1]?.text !== 'know') return true;
  }
  return false;
}

/** Whether a supposition opens the clause of the denial at `j`, within four words before it. */
function supposed(words: readonly Word[], j: number): boolean {
  for (let m = j - 1; m >= 0 && j - m <= 4; m--) {
    if (has(SUPPOSING, words[m])) return true;
    if ((words[m] as Word).breakBefore || (words[m] as Word).pauseBefore) return false;
  }
  return false;
}

/**
 * "He is not an idiot", "voters aren't idiots", "the premier is no fool", "she's not stupid": a verb of being denied
 * right before the name. Not "not only a liar", "no bigger fool than", "Is he not an idiot?" (the subject between),
 * and not a name later in the sentence ("you're not stupid, just lazy" still holds "lazy").
 */
function deniedPredicate(words: readonly Word[], i: number): boolean {
  let j = i - 1;
  while (j >= 0 && i - j <= 2 && has(BEFORE_NAME, words[j])) j--;
  if (j < 1) return false;
  for (let k = j; k <= i; k++) if ((words[k] as Word).breakBefore || (words[k] as Word).pauseBefore) return false;
  const neg = words[j];
  const before = words[j - 1];
  if (!neg || !before) return false;
  // "ain't no fool": a double negative denies too.
  // "Nobody is stupid for asking", "no one is a fool here": no one at all is said to be it.
  // "No one is that stupid" says someone is.
  if (has(BEING, neg) && (has(NO_ONE, before) || (before.text === 'one' && words[j - 2]?.text === 'no')))
    return !has(COMPARED, words[i + 1]) && !has(DEGREE, words[i - 1]) && !turnedOnReader(words, i);
  const denied =
    (neg.text === 'no' && before.text === 't' && words[j - 2]?.text === 'ain') ||
    (neg.text === 't' ? has(BEING_NT, before) : has(NOT, neg) && has(BEING, before));
  return denied && !has(IMPLYING, words[i + 1]) && !supposed(words, j) && !turnedOnReader(words, i);
}

function deniedThought(words: readonly Word[], i: number): boolean {
  let being = false;
  for (let k = i - 1; k >= 0 && i - k <= CLAIM_REACH; k--) {
    const after = words[k + 1] as Word;
    if (after.breakBefore || after.pauseBefore) return false;
    const w = words[k] as Word;
    if (has(TAKEN_BACK, w) || has(CLAUSE, w)) return false;
    if (has(BEING, w)) being = true;
    const naming = has(NAMING, w);
    if (!naming && !has(CLAIM, w)) continue;
    // "think you realise what an idiot you are": the name must be said of the claim's subject.
    if (!naming && !being) return false;
    return deniedVerb(words, k) && !takenBackAfter(words, i);
  }
  return false;
}

/** A denial up to DENIAL_REACH words before the verb at `k`, in its sentence and clause. */
function deniedVerb(words: readonly Word[], k: number): boolean {
  for (let j = k - 1; j >= 0 && k - j <= DENIAL_REACH; j--) {
    const after = words[j + 1] as Word;
    if (after.breakBefore || after.pauseBefore) return false;
    if (has(DENIAL, words[j])) return true;
  }
  return false;
}

/** "..., but", "than you" after the name, in its sentence: the denial was a way of saying it. */
function takenBackAfter(words: readonly Word[], i: number): boolean {
  for (let k = i + 1; k < words.length; k++) {
    const w = words[k] as Word;
    if (w.breakBefore) return false;
    if (has(TAKEN_BACK, w)) return true;
  }
  return false;
}
