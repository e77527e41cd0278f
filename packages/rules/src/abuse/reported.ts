import { hasForm as has, type Word } from '../normalize/words.js';
import { attributedTo } from './attributions.js';
import { framedClaim } from './identity.js';
import { callTalkedAbout } from './talked-about-calls.js';

/**
 * Insults a comment reports or names rather than makes: "Critics called him a liar", "someone called my son an
 * idiot", "stop calling people stupid", "the word 'retard' appears in the statute". The commenter's own labelling
 * stays an insult: "I'd call him a liar", "call them what they are: idiots", "you're an idiot, as I called you",
 * "it's called stupidity".
 */

const CALL: ReadonlySet<string> = new Set(
  'call calls called calling label labels labelled labeled labelling labeling brand brands branded branding dub dubs dubbed'.split(
    ' ',
  ),
);
/** Words between a subject and its verb ("I would call", "they've always called"). */
const AUXILIARY: ReadonlySet<string> = new Set(
  'would will d ll ve s m am is are was were have has had just also even always still only must should can could might may do does did really simply to often repeatedly openly publicly once then been be being get got'.split(
    ' ',
  ),
);
const FIRST_PERSON: ReadonlySet<string> = new Set(['i', 'we', 'im', 'ive', 'id', 'ill', 'lets', 'let', 'us']);
/** A call that is refused or asked to stop: "stop calling people stupid", "don't call her a liar". */
const REFUSED: ReadonlySet<string> = new Set(
  'stop stopped stops quit quits not never dont don didnt doesnt wont cant cannot no refuse refused avoid without'.split(
    ' ',
  ),
);
/** Nouns that name a word rather than use it: "the word", "the slur", "terms like". */
const MENTION: ReadonlySet<string> = new Set(
  'word words term terms slur slurs label labels epithet epithets insult insults expression phrase n-word names'.split(
    ' ',
  ),
);
const DETERMINER: ReadonlySet<string> = new Set(['the', 'a', 'an', 'that', 'this', 'his', 'her', 'their']);
const ADDRESS: ReadonlySet<string> = new Set(['you', 'ya', 'u', 'yall']);
/** How far back from an insult its "called" may stand: "calling [every] [Trump] [voter] [a] racist". */
const CALL_REACH = 5;

/** Whether the word at `i` is reported ("X called him a liar") or mentioned ("the word 'liar'"). */
export function reportedOrMentioned(words: readonly Word[], i: number): boolean {
  return (
    mentioned(words, i) ||
    reported(words, i) ||
    describedAs(words, i) ||
    saidBy(words, i) ||
    deniedOfMany(words, i) ||
    callTalkedAbout(words, i) ||
    attributedTo(words, i)
  );
}

const ARE: ReadonlySet<string> = new Set(['are', 'were']);
const EVERY: ReadonlySet<string> = new Set(['every', 'each']);
const MANY: ReadonlySet<string> = new Set(['people', 'men', 'women', 'folks', 'chinese', 'japanese']);

/** "not all Xs are as dumb as you": the rest of the sentence turns the name on the reader. */
function saidToReader(words: readonly Word[], i: number): boolean {
  for (let k = i + 1; k < words.length && !(words[k] as Word).breakBefore; k++) if (has(ADDRESS, words[k])) return true;
  return false;
}

/**
 * "Not all Muslims are terrorists", "not every immigrant is a criminal", "it is wrong to say that Mexicans are rapists", "the idea that immigrants are
 * lazy": a name said of many people in a claim the sentence denies or gives to someone else.
 */
function deniedOfMany(words: readonly Word[], i: number): boolean {
  for (let k = i - 1; k >= 1 && i - k <= 3; k--) {
    if ((words[k + 1] as Word).breakBefore) return false;
    const subject = words[k - 1] as Word;
    // "not every immigrant is a criminal": one standing for all.
    const every = (words[k]?.text === 'is' || words[k]?.text === 'was') && has(EVERY, words[k - 2]);
    if (!has(ARE, words[k]) && !every) continue;
    const many = every || subject.text.endsWith('s') || has(MANY, subject);
    const joined = !subject.breakBefore && !(words[k] as Word).breakBefore;
    return many && joined && framedClaim(words, k - 1) && !saidToReader(words, i);
  }
  return false;
}

function mentioned(words: readonly Word[], i: number): boolean {
  if (i === 0 || (words[i] as Word).breakBefore) return namedAsWord(words, i);
  // "the word 'idiot'", "that slur": a determiner before the noun, or the noun just before the listed word.
  const noun = words[i - 1];
  if (has(MENTION, noun) && has(DETERMINER, words[i - 2])) return true;
  // "look up the definition of bigot", "the meaning of idiot": what the word means; "he is the very definition of
  // stupid" says what he is.
  if (noun?.text === 'of' && has(DEFINED, words[i - 2]) && !noun.breakBefore) return !definesSubject(words, i - 2);
  // "words like 'idiot'", "terms such as 'moron'"
  if (
    (noun?.text === 'like' && namesWords(words, i - 2)) ||
    (noun?.text === 'as' && words[i - 2]?.text === 'such' && namesWords(words, i - 3))
  ) {
    return true;
  }
  // "words like 'moron' or 'idiot'": the next in a list of mentioned words.
  return has(LIST_JOIN, noun) && !(noun as Word).breakBefore && i >= 2 && mentioned(words, i - 2);
}
const IS_OR_NOT: ReadonlySet<string> = new Set(['is', 'was', 'isn', 'isnt', 'wasn', 'wasnt', 's']);
/** Words between "is" and the noun that makes the subject a word: "is [not] [a] [hate] word", "isn't [an] insult". */
const WORD_FILLERS: ReadonlySet<string> = new Set([
  'not',
  'nt',
  't',
  'a',
  'an',
  'the',
  'just',
  'only',
  'hate',
  'bad',
  'swear',
  'dirty',
  'racial',
  'real',
  'common',
]);

/**
 * "Idiot isn't a slur.", "Moron is not a hate word", "Idiot is a word I never use": the word opening its sentence is
 * said to be a word, not said of anyone (not "the word for him", nor with "you" after it in the sentence).
 */
function namedAsWord(words: readonly Word[], i: number): boolean {
  const is = words[i + 1];
  if (!is || is.breakBefore || !has(IS_OR_NOT, is)) return false;
  let k = i + 2;
  while (k < words.length && k - i <= 6 && !(words[k] as Word).breakBefore && has(WORD_FILLERS, words[k])) k++;
  const noun = words[k];
  if (!noun || noun.breakBefore || !has(MENTION, noun) || noun.text === 'names') return false;
  // "Idiot is the word for him": the word given to someone.
  if (words[k + 1]?.text === 'for') return false;
  for (let j = k + 1; j < words.length && !(words[j] as Word).breakBefore; j++)
    if (has(ADDRESS, words[j])) return false;
  return true;
}
const LIST_JOIN: ReadonlySet<string> = new Set(['or', 'and']);
const DEFINED: ReadonlySet<string> = new Set(['definition', 'definitions', 'meaning', 'meanings', 'etymology']);
/** Words between a verb of being and "definition": "are the very definition of", "is the literal definition of". */
const DEFINITION_FILLERS: ReadonlySet<string> = new Set(['the', 'a', 'very', 'literal', 'dictionary', 'textbook']);
const DEFINING_BEING: ReadonlySet<string> = new Set(['is', 's', 'are', 're', 'was', 'were', 'am', 'm', 'be', 'being']);

/**
 * "You are the very definition of ...": a verb of being before the "definition" at `d`, past "the" and the like, with a
 * subject it defines.
 */
function definesSubject(words: readonly Word[], d: number): boolean {
  let j = d - 1;
  while (j >= 0 && d - j <= 4 && has(DEFINITION_FILLERS, words[j]) && !(words[j + 1] as Word).breakBefore) j--;
  if (j < 0 || (words[j + 1] as Word).breakBefore || !has(DEFINING_BEING, words[j])) return false;
  // "Here is the definition of ...", "what is the meaning of ...": presented or asked, said of no one.
  return !has(PRESENTING, words[j - 1]);
}
const PRESENTING: ReadonlySet<string> = new Set(['here', 'there', 'what', 'whats', 'heres']);
const THESE: ReadonlySet<string> = new Set(['these', 'those']);

/** "words", "slurs", "name-calling": a noun for words, at `j`. */
function namesWords(words: readonly Word[], j: number): boolean {
  return has(MENTION, words[j]) || (words[j]?.text === 'calling' && words[j - 1]?.text === 'name');
}

function reported(words: readonly Word[], i: number): boolean {
  for (let k = i - 1; k >= Math.max(0, i - CALL_REACH); k--) {
    const w = words[k] as Word;
    const after = words[k + 1] as Word;
    // A new sentence, a comma or "you" between them: the insult is said to someone ("It's called news, idiot").
    if (after.breakBefore || after.pauseBefore || has(ADDRESS, after)) return false;
    // "called lazy by a crank": the one after "by" is who called, named by the writer.
    if (w.text === 'by') return false;
    if (!CALL.has(w.text)) continue;
    // "stop calling these idiots activists": pointed at, the name is whom the call is about, not what they are called.
    if (k === i - 2 && has(THESE, words[k + 1])) return false;
    // "so-called experts": the commenter's own sneer.
    return words[k - 1]?.text !== 'so' && !ownCall(words, k);
  }
  return false;
}

/** Verbs that give someone a name through "as": "police described the men as thugs", "dismissed as a crank". */
const DESCRIBE: ReadonlySet<string> = new Set(
  'describe describes described describing portray portrays portrayed portraying depict depicts depicted depicting dismiss dismisses dismissed dismissing denounce denounces denounced denouncing paint paints painted painting cast casts casting'.split(
    ' ',
  ),
);
const ACCUSE: ReadonlySet<string> = new Set(['accuse', 'accuses', 'accused', 'accusing']);
const ARTICLE: ReadonlySet<string> = new Set(['a', 'an', 'the']);
/** How far back from "as" its describing verb may stand: "described [the] [three] [men] as". */
const DESCRIBE_REACH = 5;

/**
 * "The article describes the attacker as a coward", "the protesters were described as thugs", "he was accused of
 * being a liar": a name given through "as" or "of being" by someone else. The commenter's own ("I'd describe him as
 * a coward") stays an insult.
 */
function describedAs(words: readonly Word[], i: number): boolean {
  let j = i - 1;
  if (has(ARTICLE, words[j]) && !(words[j + 1] as Word).breakBefore) j--;
  const link = words[j];
  if (!link || (words[j + 1] as Word).breakBefore || (words[j + 1] as Word).pauseBefore) return false;
  const verbs = link.text === 'as' ? DESCRIBE : link.text === 'being' && words[j - 1]?.text === 'of' ? ACCUSE : null;
  if (!verbs) return false;
  for (let k = j - 1; k >= Math.max(0, j - DESCRIBE_REACH); k--) {
    if ((words[k + 1] as Word).breakBefore || has(ADDRESS, words[k + 1])) return false;
    if (verbs.has((words[k] as Word).text)) return !ownCall(words, k);
  }
  return false;
}

/** Verbs that report what someone said a person is: "the councillor said anyone who opposed it was a fool". */
const SAID: ReadonlySet<string> = new Set(
  'said says say told tells claimed claims claiming tweeted tweets wrote writes posted insisted insists suggested suggests argued argues'.split(
    ' ',
  ),
);
/** How far back from a name its reporting verb may stand, in the same clause. */
const SAID_REACH = 9;

/**
 * "The councillor said anyone who opposed the plan was a fool", "Trump tweeted that the judge is a disgrace": a name
 * in what someone else said, with no comma, "you" or new sentence between. Said by "I" or "we" ("I said he was a
 * fool", "like I said, ...") it is the commenter's own.
 */
function saidBy(words: readonly Word[], i: number): boolean {
  for (let k = i - 1; k >= Math.max(0, i - SAID_REACH); k--) {
    const after = words[k + 1] as Word;
    if (after.breakBefore || after.pauseBefore || has(ADDRESS, after)) return false;
    if (!SAID.has((words[k] as Word).text)) continue;
    let j = k - 1;
    while (j >= 0 && has(AUXILIARY, words[j]) && !(words[j + 1] as Word).breakBefore) j--;
    const speaker = words[j];
    if (!speaker || (words[j + 1] as Word).breakBefore || (words[j + 1] as Word).pauseBefore) return false;
    if (has(FIRST_PERSON, speaker) || has(ADDRESS, speaker) || has(IT, speaker) || has(RELATIVE, speaker)) return false;
    // "As Springsteen said, ...", "like my mother said": the commenter agrees.
    if (agreeing(words, j)) return false;
    return predicateOfClause(words, k, i);
  }
  return false;
}
const RELATIVE: ReadonlySet<string> = new Set(['who', 'whoever', 'which', 'anyone', 'anybody']);
const AGREEING: ReadonlySet<string> = new Set(['as', 'like']);
// Not "s": "wrote Hillary's idiotic emails" is a possessive.
const COPULA: ReadonlySet<string> = new Set(['is', 'was', 'are', 'were', 're', 'be', 'being']);

/** Whether the clause of the speaker at `j` opens with "as" or "like": "As Bruce Springsteen has said, ...". */
function agreeing(words: readonly Word[], j: number): boolean {
  for (let m = j; m >= 0 && j - m <= 3; m--) {
    const w = words[m] as Word;
    if (has(AGREEING, w)) return m === 0 || w.breakBefore || w.pauseBefore;
    if (w.breakBefore || w.pauseBefore) return false;
  }
  return false;
}

/** Whether the name at `i` is what a clause after the verb at `k` says its subject is: "said [the mayor] was a fool". */
function predicateOfClause(words: readonly Word[], k: number, i: number): boolean {
  for (let c = i - 1; c > k + 1 && i - c <= 3; c--) if (has(COPULA, words[c])) return true;
  return false;
}

/** Whether the call at `k` is the commenter's own (said by "I"/"we", or an order to the reader). */
function ownCall(words: readonly Word[], k: number): boolean {
  let j = k - 1;
  while (j >= 0 && has(AUXILIARY, words[j]) && !(words[j + 1] as Word).breakBefore) j--;
  const subject = words[j];
  // At the start of a sentence the call is an order ("Call them idiots"), which the commenter makes; a doing that
  // opens it ("Calling people morons never helped") is talked about, unless the sentence says it fits.
  if (!subject || (words[j + 1] as Word).breakBefore || (words[j + 1] as Word).pauseBefore) {
    return !(words[k] as Word).text.endsWith('ing') || fitting(words, k);
  }
  if (has(REFUSED, subject)) return false;
  // "I was called a racist", "we'll be labelled bigots": the writer named by others, in the passive.
  if (has(FIRST_PERSON, subject) && passive(words, k)) return false;
  return has(FIRST_PERSON, subject) || namesWhatHappens(words, j);
}

/** Participles of a call, and the verbs of being or getting that make them passive ("was called", "get labelled"). */
const CALLED: ReadonlySet<string> = new Set(['called', 'labelled', 'labeled', 'branded', 'dubbed']);
const PASSIVE_BE: ReadonlySet<string> = new Set(
  'is am m are re was were be been being get gets got getting'.split(' '),
);

/** Whether the call at `k` is a participle right after a verb of being or getting: the one named is the subject. */
function passive(words: readonly Word[], k: number): boolean {
  const before = words[k - 1];
  return has(CALLED, words[k]) && !!before && !(words[k] as Word).breakBefore && has(PASSIVE_BE, before);
}

/** Words that say a name fits: "Calling him a liar is fair", "... is an understatement", "... is the truth". */
const FITS: ReadonlySet<string> = new Set(
  'fair accurate apt right correct true truth kind generous charitable understatement deserved earned polite'.split(
    ' ',
  ),
);

/** Whether the sentence of the call at `k` says the name fits. */
export function fitting(words: readonly Word[], k: number): boolean {
  for (let m = k + 1; m < words.length && !(words[m] as Word).breakBefore; m++) if (has(FITS, words[m])) return true;
  return false;
}

/**
 * "It's called stupidity", "that is called hypocrisy", "a thing called ignorance": the commenter naming what
 * someone shows, not reporting another's words ("the bill is called ..." has a subject of its own).
 */
function namesWhatHappens(words: readonly Word[], j: number): boolean {
  const subject = words[j] as Word;
  const opens = j === 0 || subject.breakBefore || subject.pauseBefore;
  if (has(IT, subject)) return opens || subject.text !== 'that';
  return subject.text === 'thing' && words[j - 1]?.text === 'a';
}
const IT: ReadonlySet<string> = new Set(['it', 'its', 'this', 'that', 'thats']);

/** Verbs that report what someone else said or threatened: "police said he would ...", "after telling a clerk". */
const SPEECH: ReadonlySet<string> = new Set(
  'say said says saying told tells posted tweeted bragged boasted telling threatened threatening threatens shouted shouting yelled yelling screamed warned warning claimed claiming heard wrote texted texting messaged vowed vowing admitted allegedly testified'.split(
    ' ',
  ),
);
/** Someone else, the subject of a reported threat: "he would kill her", "they'd burn it". */
const THIRD_PERSON: ReadonlySet<string> = new Set(['he', 'she', 'they']);
const OWN_SPEAKERS: ReadonlySet<string> = new Set(['i', 'we', 'you', 'u', 'ya', 'yall']);
/** How far back from a reported threat its reporting verb may stand: "told [the] [victim] he would". */
const SPEECH_REACH = 8;

/**
 * Whether the threat phrase starting at `first` ("would kill her") is reported speech: someone else's words, with
 * "he", "she" or "they" as the one threatening and a reporting verb before it whose subject is not the commenter
 * or the reader ("Police said the suspect told the victim he would stab him"; not "I told him he would pay").
 */
export function reportedThreat(words: readonly Word[], first: number): boolean {
  const subject = words[first - 1];
  if (!subject || (words[first] as Word).breakBefore || !THIRD_PERSON.has(subject.text)) return false;
  for (let k = first - 2; k >= 0 && first - k <= SPEECH_REACH; k--) {
    if ((words[k + 1] as Word).breakBefore) return false;
    const w = words[k] as Word;
    if (!SPEECH.has(w.text)) continue;
    let j = k - 1;
    while (j >= 0 && has(AUXILIARY, words[j]) && !(words[j + 1] as Word).breakBefore) j--;
    const speaker = words[j];
    // "Just saying, she should ...": no one else speaks, and the words after the pause are the commenter's.
    if (!speaker || (words[k + 1] as Word).pauseBefore) return false;
    return !(!(words[j + 1] as Word).breakBefore && has(OWN_SPEAKERS, speaker));
  }
  return false;
}
