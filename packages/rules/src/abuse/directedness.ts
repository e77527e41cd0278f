import { hasForm as has, type Word } from '../normalize/words.js';
import { activitySubject, timePhraseStart } from './activity-subjects.js';
import { TIME_ADVERBS } from './lexicon/activities.js';
import { HARDSHIPS, ILLNESSES } from './lexicon/afflictions.js';
import { CREATURES } from './lexicon/animals.js';
import { FAITHS } from './lexicon/identity-attacks.js';
import { isIntensifier, lookupWord } from './lexicon/index.js';
import { ACT_NOUNS } from './lexicon/literal-uses.js';
import { OPENERS } from './lexicon/openers.js';
import { CAMPS, PEOPLE } from './lexicon/people.js';
import { BODIES, FIELDS, SPORTS } from './lexicon/pursuits.js';
import { ARTICLES, COPULAS, IDEA_WORDS, PERSON_WORDS, SECOND_PERSON } from './lexicon/targets.js';
import { prepositionBeforeCopula } from './prepositional-subjects.js';

/** Who an insult is aimed at, as far as the words around it tell. */
export type Target = 'reader' | 'author' | 'group' | 'person' | 'someone';

const YOU: ReadonlySet<string> = new Set(SECOND_PERSON);
const COPULA: ReadonlySet<string> = new Set(COPULAS);
const ARTICLE: ReadonlySet<string> = new Set(ARTICLES);
/** Ideas, acts, hardships and illnesses, these in the plural too ("Migraines are a killer"). */
const IDEA: ReadonlySet<string> = new Set([
  ...IDEA_WORDS,
  ...ACT_NOUNS,
  ...ILLNESSES.flatMap((x) => (x.endsWith('s') ? [x] : [x, `${x}s`])),
  ...HARDSHIPS,
]);
/** Sports, fields and bodies: a thing when they open a sentence, whose capital then makes no name. */
const PURSUIT: ReadonlySet<string> = new Set([...SPORTS, ...FIELDS, ...BODIES.flatMap((b) => [b, `${b}s`])]);
/** Creatures, singular and plural ("Pigeons are a pest"): no person. */
const CREATURE: ReadonlySet<string> = new Set(CREATURES.flatMap((c) => [c, `${c}s`, `${c}es`]));
const PERSON: ReadonlySet<string> = new Set(PERSON_WORDS);
/** "Ngl", "Honestly", "Wow": a word opening what is said, whose capital makes no name. */
const OPENER: ReadonlySet<string> = new Set(OPENERS);
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
const AUTHOR: ReadonlySet<string> = new Set([
  'author',
  'writer',
  'columnist',
  'journalist',
  'reporter',
  'editor',
  'hack',
]);
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

/** What a word names as the subject of a judgement: the reader, the author, a person, a group or an idea. */
export function describeSubject(w: Word | undefined): Target | 'idea' | null {
  if (!w) return null;
  if (has(YOU, w)) return 'reader';
  if (has(AUTHOR, w)) return 'author';
  if (has(IDEA, w)) return 'idea';
  if (has(PERSON, w)) return w.text.endsWith('s') || w.text === 'they' || w.text === 'people' ? 'group' : 'person';
  // "Squirrels are vermin": a creature, whose capital opening a sentence makes no name ("Laurence Fox" inside one does).
  if (has(CREATURE, w) && (!w.capitalized || w.breakBefore)) return 'idea';
  // "Football is cruel sometimes", "Banks are greedy", "Prices are insane": a sport, a field, a body or everyday things
  // opening a sentence.
  if (w.capitalized && w.breakBefore && (has(PURSUIT, w) || everydayThings(w.text))) return 'idea';
  if (w.mention || (w.capitalized && w.text.length > 1 && !has(NOT_A_SUBJECT, w) && !has(OPENER, w))) return 'person';
  const hit = lookupWord(w.forms);
  if (hit && (hit.kinds.has('insult-strong') || hit.kinds.has('insult-targeted'))) {
    return w.text.endsWith('s') ? 'group' : 'person';
  }
  return null;
}

/** Endings of the names of doctrines, systems and fields, never of a person's name: "-ism", "-cracy", "-ology". */
function doctrine(w: Word): boolean {
  return w.capitalized && DOCTRINE_ENDING.test(w.text) && !has(FAITH, w);
}
const DOCTRINE_ENDING = /^[a-z]{2,}(?:ism|cracy|ology)$/;
/** Faiths, which an attack often names for their believers ("Judaism is evil" is about Jews). */
const FAITH: ReadonlySet<string> = new Set(FAITHS);

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
    if (has(COPULA, w) || has(SEEM, w)) {
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
    // "he is a mass-murdering swine", "they are silver spoon parasites": two describing words are allowed right after
    // "is a" or "are"; any other two unknown words end the search.
    if (++unknown > 1 && !(nounLike && unknown === 2 && afterIsA(words, j, i))) break;
  }
  return { target: null, explicit: false };
}

const BETTER_OR_WORSE: ReadonlySet<string> = new Set(['better', 'worse']);
const NO_OR_EVEN: ReadonlySet<string> = new Set(['no', 'even', 'much', 'far', 'way', 'any']);

/**
 * "they are no better than rats", "he is worse than a common crook", "they are nothing but animals": the noun at `i`
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

const NUMBERS: ReadonlySet<string> = new Set('two three four five six seven eight nine ten dozen'.split(' '));
const PLURAL_POINTERS: ReadonlySet<string> = new Set(['these', 'those', 'all']);
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
/** Words before a verb of being that are not a person: "there is a", "what is a", "one is a". */
const NOT_A_SUBJECT: ReadonlySet<string> = new Set(
  'there here it this that what which who where how why when one something nothing everything anything all each it s the a an my your our his her their its'.split(
    ' ',
  ),
);

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

/**
 * The subject of the nearest verb of being before word `i` in its sentence ("its policy is reckless and frankly
 * idiotic"): a target, 'idea' for a thing, or null when there is no such verb. Looks back at most 10 words.
 */
export function sentenceSubject(words: Word[], i: number): Target | 'idea' | null {
  for (let j = i - 1; j >= 0 && i - j <= 10; j--) {
    if ((words[j + 1] as Word).breakBefore) return null;
    const w = words[j] as Word;
    if (has(YOU, w)) return 'reader';
    if (has(COPULA, w)) {
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

/** Pointing words that open a noun phrase: "the levy", "this option", "our plan". */
export const POINTER: ReadonlySet<string> = new Set([
  ...ARTICLES,
  'this',
  'my',
  'that',
  'these',
  'those',
  'our',
  'its',
  'their',
]);

/** Words of a noun phrase that may stand for people: "the one who", "the majority", "an ignorant bunch". */
const MAY_BE_PEOPLE: ReadonlySet<string> = new Set(
  'one who whom whose which that what all most many some rest majority minority population public crowd mob bunch lot group camp gang crew clan tribe soul kind sort type'.split(
    ' ',
  ),
);

/** Kinds of people and camps, and the endings of words for what people do ("developer", "lobbyist", "secretary"). */
const ROLES: ReadonlySet<string> = new Set([...PEOPLE, ...CAMPS]);
const AGENT = /(?:er|or|ist|ian)$/;
/**
 * People named by endings that name things more often ("-ant", "-ent", "-ary", "-ee", "-ive": "the stupid
 * tenant" but "the stupid comment", "this stupid amendment", "the stupid incentive").
 */
export const ROLE_WORDS: ReadonlySet<string> = new Set(
  'agent client delinquent tyrant dissident insurgent vagrant peasant servant tenant migrant immigrant emigrant secretary missionary refugee detective executive relative representative native attendant assistant accountant consultant applicant defendant claimant occupant participant correspondent opponent proponent dependent adolescent regent incumbent sergeant lieutenant merchant dignitary adversary emissary visionary reactionary revolutionary mercenary notary functionary beneficiary appointee nominee detainee retiree draftee licensee employee trustee operative captive fugitive president resident student parent patient inhabitant informant protestant deviant militant combatant descendant'.split(
    ' ',
  ),
);
/** Everyday things whose names end like a role's: "the stupid printer", "these stupid meters". */
export const NOT_ROLES: ReadonlySet<string> = new Set(
  'weather water paper number letter matter order border power answer offer tower computer river summer winter corner dinner charter register library salary summary budget printer meter router charger scanner heater blender timer controller browser container freezer dryer washer toaster sticker counter filter folder chapter monitor elevator escalator calculator generator refrigerator radiator motor sensor processor detector tractor indicator error mirror factor sector color colour flavor flavour floor door trailer laptop headphone speaker layer cluster disaster deer center centre theatre theater shelter'.split(
    ' ',
  ),
);
/** Endings of nouns for things and ideas: "these stupid requirements", "the stupid incentives". */
const THING_ENDING = /(?:ment|tion|sion|ness|ity|ance|ence|ism|ant|ent|ary|ive|um)$/;

/**
 * Animals that are no insult and everyday things, seen in the plural with a rude word and a verb of wanting or
 * knowing: "these stupid pigeons have no idea", "those idiotic scooters want the whole sidewalk".
 */
export const PLAIN_THINGS: ReadonlySet<string> = new Set(
  'pigeon cat kitten bird duck squirrel raccoon seagull gull crow mosquito fly ant bee wasp horse goose geese mice phone app bike car truck bus train machine camera light signal alarm siren email text call ad advert robocall popup scooter website site game show movie film song book article column headline poll survey form rule law tax fee lyric mistake decision question ending plot script season trade penalty move choice sign logo design menu recipe price ticket bill proposal video clip channel stream upload beat track album chorus verse commercial trailer sequel remake episode mask shoe boot sock shirt jean hat coat jacket glove chair table sofa bed window wall roof road street lane pavement sidewalk pothole bridge tunnel bin lamp screen keyboard button setting update graphic visual effect sound control level map mission quest server bug glitch cable battery plug charger tyre tire wheel seat lid cup plate fork spoon knife pan pot oven fridge tap toilet sink shower towel curtain carpet tile brick fence gate hedge tree flower plant weed leaf cloud wave note slide chart graph spreadsheet password login notification'.split(
    ' ',
  ),
);

/** The plural of an everyday thing listed by name ("printers", "prices"), which no surname is. */
function everydayThings(text: string): boolean {
  if (!text.endsWith('s')) return false;
  const one = text.slice(0, -1);
  return NOT_ROLES.has(one) || PLAIN_THINGS.has(one);
}

/** A plural naming things: an everyday thing's, or one whose singular ends as things' names do and names no role. */
export function thingsPlural(text: string): boolean {
  if (PLAIN_THINGS.has(text)) return true;
  // "movies", "buses", "libraries": the singular is one of these.
  const ones = text.endsWith('ies')
    ? [`${text.slice(0, -3)}y`, text.slice(0, -1)]
    : [text.slice(0, -1), text.slice(0, -2)];
  return ones.some(
    (one) =>
      NOT_ROLES.has(one) ||
      PLAIN_THINGS.has(one) ||
      (THING_ENDING.test(one) && !ROLE_WORDS.has(one) && !ROLES.has(one)),
  );
}

/** Verbs that end a noun phrase: "the new levy will ...", "the stupid will die" (no noun at all). */
const ENDS_PHRASE: ReadonlySet<string> = new Set([
  ...COPULAS,
  ...'will would can could should must shall may might did does do has have had'.split(' '),
]);

/**
 * The end (exclusive) of the run of lower-case words from `from`, at most `max` long, that may make up a noun phrase:
 * it stops at a pause, a verb that ends a phrase, a listed word or anything but plain lower-case letters.
 */
export function phraseEnd(words: Word[], from: number, max: number): number {
  let end = from;
  while (end < words.length && end - from < max) {
    const w = words[end] as Word;
    if ((end > from && (w.breakBefore || w.pauseBefore)) || !/^[a-z]{3,}$/.test(w.text)) break;
    if (has(ENDS_PHRASE, w) || lookupWord(w.forms)) break;
    // "Dumb luck saved them": a verb in the past ends the phrase before it.
    if (end > from && w.text.endsWith('ed')) break;
    end++;
  }
  return end;
}

/**
 * Whether words `from`..`to` (exclusive; at least one) are lower-case common words in the singular, none naming or
 * pointing at a person, none capitalized (a name), none an insult: a noun phrase about a thing. A plural is left
 * alone ("the dems", "traffic wardens" are people more often than a people-noun list knows) unless it names things
 * by its ending or is an everyday thing's ("these stupid requirements", "the parking meters").
 */
export function commonNouns(words: Word[], from: number, to: number): boolean {
  if (from >= to || to > words.length) return false;
  for (let k = from; k < to; k++) {
    const w = words[k] as Word;
    if (/[^s]s$/.test(w.text) && !thingsPlural(w.text)) return false;
    if (w.breakBefore || w.capitalized || w.mention || !/^[a-z]{3,}$/.test(w.text)) return false;
    if ((describeSubject(w) && !has(CREATURE, w)) || has(COPULA, w) || has(MAY_BE_PEOPLE, w) || lookupWord(w.forms))
      return false;
    // "the developer", "the press secretary", "the trustee": a role, or a word shaped like one.
    if (has(ROLES, w) || has(ROLE_WORDS, w) || (AGENT.test(w.text) && !has(NOT_ROLES, w))) return false;
  }
  return true;
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
  // "the new levy is ...", "this option was ...": a thing named by a pointing word and common nouns ("the
  // developer's" is not "the developer is").
  for (let p = c - 2; p >= 0 && c - p <= 4 && (words[c] as Word).text !== 's'; p--) {
    if ((words[p + 1] as Word).breakBefore) break;
    if (has(POINTER, words[p]) && commonNouns(words, p + 1, c)) return 'idea';
  }
  for (let j = c - 1; j >= 0 && c - j <= 6; j--) {
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
const PLURAL_BEING: ReadonlySet<string> = new Set(['are', 're', 'were']);
const SUCH: ReadonlySet<string> = new Set(['such', 'total', 'complete', 'utter', 'real', 'absolute', 'right']);
