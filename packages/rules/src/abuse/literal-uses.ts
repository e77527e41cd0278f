import { hasForm as has, type Word } from '../normalize/words.js';
import { describeSubject } from './directedness.js';
import { type LexHit, lookupWord } from './lexicon/index.js';
import {
  CRIMES,
  LITERAL_AFTER,
  LITERAL_BEFORE,
  PERFORMER_SETTINGS,
  PETS,
  PORTIONS,
  TITLED_WORKS,
  WHELPING_WORDS,
  WORKS,
} from './lexicon/literal-uses.js';
import { FUNCTION_WORDS } from './lexicon/targets.js';

/**
 * Listed words that name no one here: a compound or idiom ("April Fools' Day", "crash test dummy", "killer app",
 * "a killer on free kicks", "fraud of this size"), a performer ("the clown at the party"), a dog ("our bitch had a
 * litter"), a pet ("my stupid cat", "my dog is a total idiot"), or a harsh adjective whose noun is a thing
 * ("Stupidest traffic layout", "a brainless bit of legislation").
 */

const BEFORE = toSets(LITERAL_BEFORE);
const AFTER = toSets(LITERAL_AFTER);
const SETTING: ReadonlySet<string> = new Set(PERFORMER_SETTINGS);
const WHELPING: ReadonlySet<string> = new Set(WHELPING_WORDS);
const WORK: ReadonlySet<string> = new Set(WORKS);
const CRIME: ReadonlySet<string> = new Set(CRIMES);
const OF_ON: ReadonlySet<string> = new Set(['of', 'on']);
const COUNTED: ReadonlySet<string> = new Set(['a', 'an', 'one', 'such', 'total', 'complete', 'utter', 'absolute']);
const PORTION: ReadonlySet<string> = new Set(PORTIONS);
const PET: ReadonlySet<string> = new Set(PETS);
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
  if (joinedBefore && (titled(words, i) || namedWork(words, i) || playedPart(words, i, hit))) return true;
  if (CRIME.has(hit.lemma) && joinedAfter && has(OF_ON, next) && !has(COUNTED, prev)) return true;
  if (hit.lemma === 'clown' && joinedAfter && next?.text === 'at') return settingAfter(words, i + 1, SETTING);
  if (hit.lemma === 'bitch' && joinedAfter) return settingAfter(words, i, WHELPING);
  const k = hit.kinds;
  // "dumbass" is a noun as well: only a word that is nothing but an adjective describes what follows.
  const noun = k.has('insult-strong') || k.has('insult-person') || k.has('insult-targeted');
  const adjective = !noun && (k.has('adjective') || k.has('adjective-strong') || k.has('adjective-mild'));
  if ((noun || adjective) && saidOfPet(words, i)) return true;
  return adjective && (thingAfter(words, i) || (joinedAfter && has(PET, next) && joinedBefore && has(KEEPERS, prev)));
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
  return has(PET_COPULAS, be) && has(PET, pet);
}
const EMPTY: ReadonlySet<string> = new Set();

/**
 * "The Idiot by Dostoevsky", "The Fool is my favourite character": a capitalised name after a capitalised "The",
 * followed by its author or by a word for a work or a part in one.
 */
function titled(words: readonly Word[], i: number): boolean {
  const the = words[i - 1] as Word;
  if (the.text !== 'the' || !the.capitalized || !(words[i] as Word).capitalized) return false;
  const next = words[i + 1];
  if (next?.text === 'by' && words[i + 2]?.capitalized) return true;
  return settingAfter(words, i, WORK);
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
