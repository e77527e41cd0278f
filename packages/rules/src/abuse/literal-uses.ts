import { hasForm as has, type Word } from '../normalize/words.js';
import { saidOfAnimal } from './animal-subjects.js';
import { type LexHit, lookupWord, namesPerson } from './lexicon/index.js';
import {
  BEASTS_AND_MACHINES,
  CRIMES,
  DEFINING_ANIMALS,
  DOUBTING,
  LITERAL_AFTER,
  LITERAL_AFTER_PAIRS,
  LITERAL_BEFORE,
  LOSING_OUT,
  MACHINES,
  PERFORMER_SETTINGS,
  PETS,
  PORTIONS,
  POSSESSED_IDIOMS,
  STORY_PARTS,
  TITLED_WORKS,
  WHELPING_WORDS,
  WORKS,
  WRONGS,
} from './lexicon/literal-uses.js';
import { VERB_BEFORE } from './lexicon/name-calling.js';
import { FUNCTION_WORDS, SECOND_PERSON } from './lexicon/targets.js';
import { placeName } from './place-names.js';
import { partInStory } from './story-parts.js';
import { describeSubject } from './subject-words.js';

/**
 * Listed words that name no one here: a compound or idiom ("April Fools' Day", "crash test dummy", "killer app",
 * "a killer on free kicks", "fraud of this size"), a performer ("the clown at the party"), a dog ("our bitch had a
 * litter"), a pet ("my stupid cat", "my dog is a total idiot"), or a harsh adjective whose noun is a thing
 * ("Stupidest traffic layout", "a brainless bit of legislation").
 */

const BEFORE = toSets(LITERAL_BEFORE);
const AFTER = toSets(LITERAL_AFTER);
const POSSESSED = toSets(POSSESSED_IDIOMS);
const DEFINING: ReadonlySet<string> = new Set(DEFINING_ANIMALS);
const SETTING: ReadonlySet<string> = new Set(PERFORMER_SETTINGS);
const WHELPING: ReadonlySet<string> = new Set(WHELPING_WORDS);
const CRIME: ReadonlySet<string> = new Set(CRIMES);
const OF_ON: ReadonlySet<string> = new Set(['of', 'on']);
const COUNTED: ReadonlySet<string> = new Set(['a', 'an', 'one', 'such', 'total', 'complete', 'utter', 'absolute']);
const PORTION: ReadonlySet<string> = new Set(PORTIONS);
const PET: ReadonlySet<string> = new Set(PETS);
const BEAST: ReadonlySet<string> = new Set([...PETS, ...BEASTS_AND_MACHINES]);
const MACHINE: ReadonlySet<string> = new Set(MACHINES);
const STORY_PART: ReadonlySet<string> = new Set(STORY_PARTS);
const LOSING: ReadonlySet<string> = new Set(LOSING_OUT);
const LOST_IN: ReadonlySet<string> = new Set(['here', 'in', 'from', 'of', 'are', 'is', 'were', 'was', 'will']);
const WINNERS: ReadonlySet<string> = new Set(['winner', 'winners']);
const DOUBT: ReadonlyMap<string, string> = new Map(Object.entries(DOUBTING));
const KEEPERS: ReadonlySet<string> = new Set(['my', 'our', 'his', 'her', 'their', 'the']);
/** Pronouns, verbs of being and other words that end a noun phrase ("stupid enough that ..."). */
const FUNCTION: ReadonlySet<string> = new Set(FUNCTION_WORDS);
/** How far after "clown at" its setting may stand: "at [my] [son] [s] party"; "bitch [had] [a] litter". */
const SETTING_REACH = 5;
/** How many plain words may stand between an adjective and the thing it describes: "stupidest [traffic] layout". */
const THING_REACH = 3;

function toSets(lists: Readonly<Record<string, readonly string[]>>): ReadonlyMap<string, ReadonlySet<string>> {
  return new Map(Object.entries(lists).map(([lemma, words]) => [lemma, new Set(words)]));
}

/** Listed words that are also verbs of slowing, with the processes they slow: "retard the growth". */
export const SLOWING_VERBS: ReadonlySet<string> = new Set(['retard', 'retarded']);
export const PROCESSES: ReadonlySet<string> = new Set(
  'growth progress development recovery spread ignition combustion rate rates reform expansion healing decay ageing aging corrosion fermentation germination'.split(
    ' ',
  ),
);
const PROCESS_DETERMINERS: ReadonlySet<string> = new Set(
  'the its their his her our this that these those any further economic'.split(' '),
);
/** Words before a noun that make it one ("a retard", "you retard"): then it is no verb. */
const NOUN_MAKERS: ReadonlySet<string> = new Set(['a', 'an', 'the', 'you', 'ya', 'u', 'such', 'total', 'complete']);

/**
 * A listed word used as the verb of slowing it also is ("we need to retard the growth of the deficit", "tariffs
 * retarded progress"): a process follows, at most three words after it in the same clause, and the word before does
 * not make it a noun. Checked for slurs too, which have no other innocent use.
 */
export function verbUse(words: readonly Word[], i: number, hit: LexHit | null): boolean {
  if (!hit || !SLOWING_VERBS.has(hit.lemma)) return false;
  const w = words[i] as Word;
  const prev = words[i - 1];
  if (prev && !w.breakBefore && has(NOUN_MAKERS, prev)) return false;
  for (let j = i + 1; j < words.length && j - i <= 3; j++) {
    const x = words[j] as Word;
    if (x.breakBefore || x.pauseBefore) return false;
    if (has(PROCESSES, x)) return true;
    if (!has(PROCESS_DETERMINERS, x)) return false;
  }
  return false;
}

/**
 * "to dumb down the course", "they dumb it down", "will dumb the whole exam down": the verb of making a thing simpler.
 * "down" right after it or after an object pronoun; further on only where a verb stands ("to", a modal).
 */
function dumbedDown(words: readonly Word[], i: number): boolean {
  const at = (j: number, text: string) => words[j]?.text === text && !(words[j] as Word).breakBefore;
  if (at(i + 1, 'down') || (has(OBJECTS, words[i + 1]) && at(i + 2, 'down'))) return true;
  if (!has(VERB_PRE, words[i - 1]) || (words[i] as Word).breakBefore) return false;
  for (let j = i + 1; j < words.length && j - i <= 4; j++) {
    const x = words[j] as Word;
    if (x.breakBefore || x.pauseBefore) return false;
    if (x.text === 'down') return true;
  }
  return false;
}
const OBJECTS: ReadonlySet<string> = new Set(['it', 'us', 'them', 'him', 'her', 'me', 'you', 'things', 'everything']);
/** Words a verb follows: "to", the modals, a negation ("don't dumb it down"). */
const VERB_PRE: ReadonlySet<string> = new Set(VERB_BEFORE);

/** Whether the listed word at `i` (looked up as `hit`) is used in a literal or idiomatic sense. */
export function literalUse(words: readonly Word[], i: number, hit: LexHit | null): boolean {
  if (!hit) return false;
  const prev = words[i - 1];
  const next = words[i + 1];
  const w = words[i] as Word;
  const joinedBefore = !!prev && !w.breakBefore && !w.pauseBefore;
  const joinedAfter = !!next && !next.breakBefore && !next.pauseBefore;
  if (joinedBefore && has(BEFORE.get(hit.lemma) ?? EMPTY, prev)) return true;
  if (joinedAfter && has(AFTER.get(hit.lemma) ?? EMPTY, next)) return true;
  if (joinedAfter && next.text === 's' && has(POSSESSED.get(hit.lemma) ?? EMPTY, words[i + 2])) return true;
  if (joinedAfter && setPhraseAfter(words, i, LITERAL_AFTER_PAIRS[hit.lemma])) return true;
  if (definition(words, i) || placeName(words, i)) return true;
  if (titled(words, i) || (joinedBefore && (namedWork(words, i) || playedPart(words, i, hit)))) return true;
  if (CRIME.has(hit.lemma) && joinedAfter && has(OF_ON, next) && !has(COUNTED, prev)) return true;
  if (hit.lemma === 'fraud' && (saidOfAnAct(words, i) || amongWrongs(words, i))) return true;
  if (hit.lemma === 'clown' && joinedAfter && next?.text === 'at') return settingAfter(words, i + 1, SETTING);
  if (hit.lemma === 'bitch' && joinedAfter) return settingAfter(words, i, WHELPING);
  if (joinedAfter && (ofABeast(words, i) || doubtedOnlyByOne(words, i))) return true;
  if (hit.lemma === 'loser' && lostOut(words, i)) return true;
  if (hit.lemma === 'dumb' && dumbedDown(words, i)) return true;
  const k = hit.kinds;
  // "dumbass" is a noun as well: only a word that is nothing but an adjective describes what follows.
  const noun = namesPerson(hit);
  const adjective = !noun && (k.has('adjective') || k.has('adjective-strong') || k.has('adjective-mild'));
  if ((noun || adjective) && saidOfPet(words, i)) return true;
  // "Our cockerel attacks anyone who goes near, he's a menace", "Our donkey is stubborn as a mule".
  if (saidOfAnimal(words, i)) return true;
  // "my idiot phone", "this moron printer": a name used as a word describing a machine.
  if (noun && joinedAfter && has(MACHINE, next) && endsNounPhrase(words, i + 1)) return true;
  // "The villain in the film is a psychopath", "sociopath characters": a part in a story.
  if (noun && (storyPart(words, i) || (joinedAfter && has(STORY_PART, next)))) return true;
  // "The book's narrator is a psychopath", "the idiot brother character", "the main character is a selfish jerk".
  if ((noun || adjective) && partInStory(words, i, i)) return true;
  return adjective && (thingAfter(words, i) || (joinedAfter && has(PET, next) && joinedBefore && has(KEEPERS, prev)));
}

/** Pointing words for an act or a state of affairs before a verb of being: "this is fraud", "it was fraud". */
const ACT_POINTERS: ReadonlySet<string> = new Set(['this', 'that', 'it', 'thats', 'its', 'which']);
const ACT_BEING: ReadonlySet<string> = new Set(['is', 's', 'was']);

/**
 * "This is fraud", "that's fraud", "it was fraud, plain and simple": the crime said of what happened, with no
 * article ("this is a fraud" may be said of a person or a scheme, and stays a name).
 */
function saidOfAnAct(words: readonly Word[], i: number): boolean {
  const be = words[i - 1];
  const pointer = words[i - 2];
  if (!be || !pointer || !has(ACT_BEING, be) || (words[i] as Word).breakBefore || be.breakBefore) return false;
  return has(ACT_POINTERS, pointer) || (pointer.text === 'that' && be.text === 's');
}

const WRONG: ReadonlySet<string> = new Set(WRONGS);
const LISTING: ReadonlySet<string> = new Set(['and', 'or']);

/**
 * "graft, fraud and waste", "fraud, bribery, nepotism": the crime listed beside other wrongs is the act, with
 * no article ("corruption and a fraud" is someone).
 */
function amongWrongs(words: readonly Word[], i: number): boolean {
  const w = words[i] as Word;
  const prev = words[i - 1];
  const next = words[i + 1];
  if (prev && !w.breakBefore && (w.pauseBefore ? has(WRONG, prev) : has(LISTING, prev) && has(WRONG, words[i - 2])))
    return true;
  if (!next || next.breakBefore) return false;
  return next.pauseBefore ? has(WRONG, next) : has(LISTING, next) && has(WRONG, words[i + 2]);
}

/** Verbs of being between a pet and what it is called: "my dog is a total idiot", "our cats are morons". */
const PET_COPULAS: ReadonlySet<string> = new Set(['is', 'was', 's', 'are', 'were', 'can', 'be', 'being']);
/** Words between the verb of being and the word: "a", "an", "such a", "total", "little", "so", "complete". */
const PET_FILLERS: ReadonlySet<string> = new Set(
  'a an such total complete absolute little real bit of so very utter'.split(' '),
);

/**
 * A pet called a name or described in its own clause: "My dog is a total idiot around squirrels", "our puppy is
 * a little moron sometimes", "the cat is so stupid". The pet is the subject, right before the verb of being.
 */
function saidOfPet(words: readonly Word[], i: number): boolean {
  let j = i - 1;
  while (j >= 0 && i - j <= 4 && has(PET_FILLERS, words[j]) && !(words[j + 1] as Word).breakBefore) j--;
  const be = words[j];
  const pet = words[j - 1];
  if (!be || !pet || (words[j + 1] as Word).breakBefore || be.breakBefore) return false;
  // "My printer is an idiot", "the car is so stupid in fog": a machine too.
  return has(PET_COPULAS, be) && (has(PET, pet) || has(MACHINE, pet));
}
const EMPTY: ReadonlySet<string> = new Set();

/** "a fool in love": the two words after `i`, in its sentence, are one of `pairs`. */
function setPhraseAfter(
  words: readonly Word[],
  i: number,
  pairs: readonly (readonly [string, string])[] | undefined,
): boolean {
  const a = words[i + 1];
  const b = words[i + 2];
  if (!pairs || !a || !b || b.breakBefore || b.pauseBefore) return false;
  return pairs.some(([x, y]) => a.text === x && b.text === y);
}

/**
 * "A jackass is a male donkey.": a word defined as an animal, opening its sentence with "a" or "an"; both the word and
 * the animal it is defined as name no one.
 */
function definition(words: readonly Word[], i: number): boolean {
  const defined = (d: number) => {
    const article = words[d - 1];
    const is = words[d + 1];
    if (!article || !has(A_OR_AN, article) || !(d - 1 === 0 || article.breakBefore)) return -1;
    if (!is || is.breakBefore || is.text !== 'is' || !has(A_OR_AN, words[d + 2])) return -1;
    for (let k = d + 3; k < words.length && k - d <= 5; k++) {
      const w = words[k] as Word;
      if (w.breakBefore || w.pauseBefore) return -1;
      if (has(DEFINING, w)) return k;
    }
    return -1;
  };
  if (defined(i) >= 0) return true;
  // The animal at the end: look back for the defined word opening the sentence.
  for (let d = i - 3; d >= 1 && i - d <= 5; d--) if (defined(d) === i) return true;
  return false;
}

/** Nothing, a new sentence, a pause, a word that ends a noun phrase or a verb in the past follows word `i`. */
function endsNounPhrase(words: readonly Word[], i: number): boolean {
  const next = words[i + 1];
  if (!next || next.breakBefore || next.pauseBefore || has(FUNCTION, next)) return true;
  return !/^[a-z]+$/.test(next.text) || next.text.endsWith('ed');
}

/**
 * "The villain in the film is a psychopath", "the main character was a total idiot": the subject of the verb of being
 * before the noun is a part in a story, up to four words before it.
 */
export function storyPart(words: readonly Word[], i: number): boolean {
  let j = i - 1;
  while (j >= 0 && i - j <= 3 && has(PET_FILLERS, words[j]) && !(words[j + 1] as Word).breakBefore) j--;
  if (!has(PET_COPULAS, words[j]) || (words[j + 1] as Word).breakBefore) return false;
  for (let k = j - 1; k >= 0 && j - k <= 5; k--) {
    const w = words[k] as Word;
    if ((words[k + 1] as Word).breakBefore || has(PET_COPULAS, w) || has(CLAUSE_JOINS, w)) return false;
    // "the villain", "this character": a part pointed at; "Jones is a saint and Smith is a pig" is no story.
    if (has(STORY_PART, w)) return has(PART_POINTERS, words[k - 1]) && !w.breakBefore;
  }
  return false;
}
const CLAUSE_JOINS: ReadonlySet<string> = new Set(['and', 'but', 'or', 'while', 'whereas']);
const PART_POINTERS: ReadonlySet<string> = new Set(['the', 'this', 'that', 'every', 'each', 'main']);

/** "that fool of a horse", "this idiot of a printer": the name given to the animal or the machine after "of a". */
function ofABeast(words: readonly Word[], i: number): boolean {
  if (words[i + 1]?.text !== 'of' || !has(A_OR_AN, words[i + 2])) return false;
  const beast = words[i + 3];
  return !!beast && has(BEAST, beast) && !joinedGap(words, i + 1, i + 3);
}
const A_OR_AN: ReadonlySet<string> = new Set(['a', 'an']);

/** A sentence boundary or pause falls within words (from, to]. */
function joinedGap(words: readonly Word[], from: number, to: number): boolean {
  for (let k = from; k <= to; k++) if ((words[k] as Word).breakBefore || (words[k] as Word).pauseBefore) return true;
  return false;
}

/**
 * "Only a fool would bet against this team", "only an idiot would underestimate her": praise of whoever is not to be
 * doubted; nobody is called the name. "Only a fool would back this mayor" names the voters.
 */
function doubtedOnlyByOne(words: readonly Word[], i: number): boolean {
  const a = words[i - 1];
  if (!a || !has(A_OR_AN, a) || words[i - 2]?.text !== 'only') return false;
  let v = i + 1;
  if (words[v]?.text !== 'would' && words[v]?.text !== 'could') return false;
  v++;
  if (words[v]?.text === 'ever') v++;
  const verb = words[v];
  const particle = verb ? DOUBT.get(verb.text) : undefined;
  if (particle === undefined || joinedGap(words, i - 1, v)) return false;
  if (particle === '') return true;
  // "bet against", "count them out", "write her off": these verbs doubt only with their particle.
  for (let k = v + 1; k < words.length && k - v <= 3; k++) {
    const w = words[k] as Word;
    if (w.breakBefore || w.pauseBefore) return false;
    if (w.text === particle) return true;
  }
  return false;
}

const BEING_PLURAL: ReadonlySet<string> = new Set(['are', 're', 'were', 'be']);

/**
 * "The losers here are the renters", "Tenants are the losers", "Renters will be the losers in this deal": the plural
 * with "the" alone, opening its clause before where or what they lose, or said of a group after the verb of being
 * and ending its clause. Not said of the reader ("you are the losers").
 */
function losersOfOutcome(words: readonly Word[], i: number): boolean {
  const w = words[i] as Word;
  const the = words[i - 1] as Word;
  const next = words[i + 1];
  if (w.text !== 'losers' || w.breakBefore) return false;
  for (let k = i - 2; k >= 0 && i - k <= 8; k--) {
    if (has(ADDRESSED, words[k])) return false;
    if ((words[k + 1] as Word).breakBefore) break;
  }
  const opens = i === 1 || the.breakBefore || the.pauseBefore;
  if (opens) return !!next && !next.breakBefore && has(LOST_IN, next);
  const be = words[i - 2];
  const ends = !next || next.breakBefore || next.pauseBefore || has(LOST_IN, next);
  return !!be && !the.breakBefore && has(BEING_PLURAL, be) && ends;
}

/**
 * Those who lose out: "The real losers here are the taxpayers", "the big losers in this budget are rural schools",
 * "winners and losers of the trade deal". The phrase opens its clause; "Trump is the biggest loser" is name-calling.
 */
function lostOut(words: readonly Word[], i: number): boolean {
  const prev = words[i - 1];
  const next = words[i + 1];
  if (has(WINNERS, words[i - 2]) && prev?.text === 'and' && !(words[i - 1] as Word).breakBefore) return true;
  if (prev?.text === 'the' && losersOfOutcome(words, i)) return true;
  if (!prev || !has(LOSING, prev) || words[i - 2]?.text !== 'the') return false;
  const the = words[i - 2] as Word;
  const opens = i === 2 || the.breakBefore || the.pauseBefore || words[i - 3]?.text === 'and';
  if (!opens || (words[i] as Word).breakBefore || !next || next.breakBefore || !has(LOST_IN, next)) return false;
  // "The biggest losers are you and your friends": the reader named as them.
  for (let k = i + 1; k < words.length && k - i <= 6 && !(words[k] as Word).breakBefore; k++)
    if (has(ADDRESSED, words[k])) return false;
  return true;
}

/**
 * "The Idiot by Dostoevsky", "The Jerk is still the funniest Steve Martin film", "Dirty Dancing was filmed in
 * Virginia", "The Fool on the Hill is my favourite Beatles song": the word is part of a title, a run of capitalised
 * words (small words like "on the" may join them) opened by a capitalised "The" or two words long, followed by its
 * author or, within a few words, by a word for a work or a part in one.
 */
function titled(words: readonly Word[], i: number): boolean {
  if (!(words[i] as Word).capitalized) return false;
  const first = titleEdge(words, i, -1);
  const last = titleEdge(words, i, 1);
  let capitals = 0;
  for (let k = first; k <= last; k++) {
    // "a 'Thank You for Being Stupid' card": a title that addresses someone still calls them the name.
    if (has(ADDRESSED, words[k])) return false;
    if ((words[k] as Word).capitalized) capitals++;
  }
  if (capitals < 2) return false;
  const by = words[last + 1];
  if (by?.text === 'by' && !by.breakBefore) {
    const name = words[last + 2]?.text === 'the' ? words[last + 3] : words[last + 2];
    if (name?.capitalized && !name.breakBefore) return true;
  }
  // Without a capitalised "The" the run may be a name called a name ("Moron Trump went on his TV show"): the work must
  // follow at once ("Little Idiot was filmed in Ohio").
  const opener = words[first] as Word;
  const reach = opener.text === 'the' && opener.capitalized ? TITLE_REACH : 2;
  for (let j = last + 1; j < words.length && j - last <= reach; j++) {
    const w = words[j] as Word;
    if (reach === 2 && j === last + 2 && !has(TITLE_VERBS, words[last + 1])) return false;
    if (w.breakBefore) return false;
    if (has(TITLE_KINDS, w) || has(MADE_AS_WORK, w) || (w.text.endsWith('s') && TITLE_KINDS.has(w.text.slice(0, -1))))
      return true;
  }
  return false;
}

const ADDRESSED: ReadonlySet<string> = new Set(SECOND_PERSON);
/** Verbs said of a film or a book: "Dirty Dancing was filmed in Virginia". */
const MADE_AS_WORK: ReadonlySet<string> = new Set(['filmed', 'directed', 'starring', 'published', 'screened']);
/** Verbs of being between a title and how the work was made: "Dirty Dancing was filmed". */
const TITLE_VERBS: ReadonlySet<string> = new Set(['is', 'was', 'were', 'are', 'been']);
/** Small words that may join the capitalised words of a title: "The Fool on the Hill", "Dumb and Dumber". */
const TITLE_JOINERS: ReadonlySet<string> = new Set(['on', 'the', 'of', 'and', 'in', 'a', 'for', 'to', 'with', 'at']);
/** How far after a title the kind of work may stand: "The Jerk [is] [still] [the] [funniest] [Steve] [Martin] film". */
const TITLE_REACH = 8;

/** The first (`step` -1) or last (`step` 1) word of the run of capitalised words, within its sentence, holding `i`. */
function titleEdge(words: readonly Word[], i: number, step: 1 | -1): number {
  let edge = i;
  for (let k = i + step, n = 0; k >= 0 && k < words.length && n < 5; k += step, n++) {
    const w = words[k] as Word;
    const boundary = step === 1 ? w : (words[k + 1] as Word);
    if (boundary.breakBefore || boundary.pauseBefore) break;
    if (w.capitalized) edge = k;
    else if (!has(TITLE_JOINERS, w)) break;
  }
  return edge;
}

/** Kinds of work whose title may follow them: "the band Stupid Fresh", "the film Idiocracy". */
const TITLE_KINDS: ReadonlySet<string> = new Set([...WORKS, ...TITLED_WORKS]);

/** A capitalised name right after the kind of work it is the title of: "the band Stupid Fresh", "the song Loser". */
function namedWork(words: readonly Word[], i: number): boolean {
  return (words[i] as Word).capitalized && has(TITLE_KINDS, words[i - 1]);
}

const PLAY: ReadonlySet<string> = new Set(['play', 'plays', 'played', 'playing']);

/** A part played: "he played the fool in the school play", "playing the villain". */
function playedPart(words: readonly Word[], i: number, hit: LexHit): boolean {
  return (
    hit.lemma === 'fool' &&
    words[i - 1]?.text === 'the' &&
    has(PLAY, words[i - 2]) &&
    !(words[i - 1] as Word).breakBefore
  );
}

/** One of `settings` within a few words after `at`, in the same sentence. */
function settingAfter(words: readonly Word[], at: number, settings: ReadonlySet<string>): boolean {
  for (let j = at + 1; j < words.length && j - at <= SETTING_REACH; j++) {
    if ((words[j] as Word).breakBefore) return false;
    if (has(settings, words[j])) return true;
  }
  return false;
}

/**
 * "Stupidest traffic layout", "a brainless bit of legislation": the adjective's noun, past plain singular words and
 * "bit of", is a thing. A person or a plural on the way ("stupid traffic wardens") ends the search.
 */
function thingAfter(words: readonly Word[], i: number): boolean {
  for (let j = i + 1; j < words.length && j - i <= THING_REACH; j++) {
    const w = words[j] as Word;
    if (w.breakBefore || w.pauseBefore) return false;
    // "bit of", "piece of": the noun after them is what is judged.
    if (has(PORTION, w) && words[j + 1]?.text === 'of') {
      j++;
      continue;
    }
    if (has(FUNCTION, w)) return false;
    const about = describeSubject(w);
    // Right after the adjective ("a stupid comment") the noun is judged where the adjective is.
    if (about === 'idea') return j > i + 1;
    if (about || lookupWord(w.forms) || w.text.endsWith('s') || w.capitalized) return false;
  }
  return false;
}
