import { hasForm as has, type Word } from '../normalize/words.js';
import { isIntensifier, lookupWord } from './lexicon/index.js';
import { LITERAL_NOUNS } from './lexicon/insults.js';
import { INSULTING_TAILS, PERSON_MAKING_TAILS } from './lexicon/name-calling.js';
import { CAMPS } from './lexicon/people.js';
import {
  BEHAVING_VERBS,
  CROWD_WORDS,
  OFFICE_SEATS,
  ORDER_PARTICLES,
  ORDER_VERBS,
  PARTY_PUN_HEADS,
  PERSON_OBJECT_VERBS,
  RUN_PLACES,
  RUNNING_VERBS,
  SEAT_QUALIFIERS,
  SIDES,
  TRASH_BRANDS,
  WING_WORDS,
} from './lexicon/person-frames.js';
import { nounAfter } from './noun-after.js';
import { describeSubject, type Target } from './subject-words.js';
import { joined } from './word-runs.js';

const ORDER: ReadonlySet<string> = new Set(ORDER_VERBS);
const PARTICLE: ReadonlySet<string> = new Set(ORDER_PARTICLES);
const BEHAVE: ReadonlySet<string> = new Set(BEHAVING_VERBS);
const SEAT: ReadonlySet<string> = new Set(OFFICE_SEATS);
const QUALIFIER: ReadonlySet<string> = new Set(SEAT_QUALIFIERS);
const RUNNING: ReadonlySet<string> = new Set(RUNNING_VERBS);
const RUN_PLACE: ReadonlySet<string> = new Set(RUN_PLACES);
const OBJECT_VERB: ReadonlySet<string> = new Set(PERSON_OBJECT_VERBS);
const CROWD: ReadonlySet<string> = new Set(CROWD_WORDS);
const WING: ReadonlySet<string> = new Set(WING_WORDS);
const SIDE: ReadonlySet<string> = new Set(SIDES);
const PUN_HEAD: ReadonlySet<string> = new Set(PARTY_PUN_HEADS);
const CAMP: ReadonlySet<string> = new Set(CAMPS);
const TRASH_BRAND: ReadonlySet<string> = new Set(TRASH_BRANDS);
const TAIL: ReadonlySet<string> = new Set(PERSON_MAKING_TAILS);
const LITERAL: ReadonlySet<string> = new Set(LITERAL_NOUNS);
/** Words before a name that pity or exclaim rather than insult: "Holy cow!", "Poor pig", "cute little rat". */
const NOT_INSULTING: ReadonlySet<string> = new Set(['holy', 'cute', 'sweet', 'baby', 'lovely', 'beautiful', 'good']);
/** Refuse, which is a thing wherever it stands alone: "Trash." is a verdict on something, "Pig." a name. */
const REFUSE: ReadonlySet<string> = new Set(['trash', 'garbage', 'rubbish', 'filth']);
const A: ReadonlySet<string> = new Set(['a', 'an', 'the', 'true', 'real', 'some', 'bunch', 'of', 'pack', 'herd']);
const FIRST_PERSON: ReadonlySet<string> = new Set(['i', 'we', 'me', 'us']);
const POINTERS: ReadonlySet<string> = new Set(['the', 'this', 'that', 'these', 'those', 'all', 'such']);
const DETERMINERS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'these', 'those', 'our', 'this', 'that']);
/** Verbs opening a taunt to readers: "Keep crying, snowflakes", "Enjoy your loss, trolls". */
const REPROACH: ReadonlySet<string> = new Set([...ORDER_VERBS, 'keep', 'stop', 'quit', 'cry', 'enjoy', 'try']);
const YOU: ReadonlySet<string> = new Set(['you', 'your', 'u', 'ur', 'yall']);
const CALLS: ReadonlySet<string> = new Set(['hey', 'oi', 'yo']);
/** Names that are also insults: "Karen, thanks" and "Hey Dick" greet someone. */
const GIVEN_NAMES: ReadonlySet<string> = new Set(['karen', 'dick']);
const AND_OR: ReadonlySet<string> = new Set(['and', 'or', 'nor', 'with', 'plus']);

/**
 * A noun that may name an animal or a thing ("pig", "clown", "trash"), in a frame only a person fits: addressed
 * ("Go away pig.", "Listen up nut jobs, ...", "Psycho.", "Donkey, you lost.", "Keep crying, snowflakes!"), behaving
 * as one ("acting like a total swine", "they eat like pigs"), compared ("as charming as a pig gets", "parasites like
 * your self"), holding an office ("the pig in the White House", "the fool running the city"), stacked on a political
 * camp or branded a kind ("hillbilly Republicans", "Demo rats", "trailer trash"), what only people are ("re-electing
 * this donkey", "the trash we elected", "a garbage human being"), "this scary freak", or a crowd ("the usual kooks").
 * Returns who is meant, or null.
 */
export function calledPerson(words: Word[], i: number, lemma: string, plural: boolean): Target | null {
  const described = describingCompound(words, i);
  if (described) return described;
  // "nut job", "nut cases": the tail is part of the name.
  const last = has(TAIL, words[i + 1]) && !(words[i + 1] as Word).pauseBefore ? i + 1 : i;
  const many = plural || (last > i && endsInS(words, last));
  const said = addressed(words, i, last, lemma);
  if (said) return said;
  if (stackedOnCamp(words, i, lemma) || brandedRefuse(words, i, lemma)) return 'group';
  if (behavesLike(words, i) || objectOfPersonVerb(words, i) || electedAfter(words, last) || beingAfter(words, last))
    return many ? 'group' : 'someone';
  if (inOffice(words, last)) return many ? 'group' : 'person';
  if (likeYourSelf(words, last)) return 'reader';
  const compared = comparedAs(words, i);
  if (compared) return compared;
  if (!many && !LITERAL.has(lemma) && pointedWithDescription(words, i, last)) return 'someone';
  return many && crowd(words, i) ? 'group' : null;
}

/**
 * Second halves that make a describing word of an animal's name: "pig-eyed", "rat-faced", "weasel-mouthed". Kept out
 * of the lexicon's compound tails, which every lookup that misses tries.
 */
const DESCRIBING_TAILS: ReadonlySet<string> = new Set([
  ...INSULTING_TAILS.filter((t) => t.endsWith('ed')),
  'eyed',
  'nosed',
  'mouthed',
]);

/** "that pig-eyed guy", "a rat-faced senator": the name joined by a hyphen to a tail describes the person after. */
function describingCompound(words: Word[], i: number): Target | null {
  const w = words[i] as Word;
  const tail = words[i + 1];
  if (!tail?.pauseBefore || tail.start !== w.end + 1 || !has(DESCRIBING_TAILS, tail)) return null;
  const who = nounAfter(words, i + 1);
  return who && who !== 'idea' ? who : null;
}

/** A listed insulting adjective, an intensifier or a plain word that may describe: "common thief", "total clown". */
function describing(w: Word): boolean {
  if (isIntensifier(w.forms)) return true;
  const k = lookupWord(w.forms)?.kinds;
  if (k && (k.has('adjective') || k.has('adjective-mild'))) return true;
  return !k && /^[a-z]+$/.test(w.text) && !has(DETERMINERS, w) && !has(AND_OR, w) && !has(FIRST_PERSON, w);
}

/**
 * The name, ending its clause, is said to the reader: after an order ("Go away pig", "Listen up, nut jobs,"), alone
 * as a sentence ("Psycho.", "Total clown!"), opening a sentence before a comma ("Donkey, you lost"), or set off after a
 * comma with a describing word ("..., common thief.").
 */
function addressed(words: Word[], i: number, last: number, lemma: string): Target | null {
  // The first word of the name: up to two describing words may stand before the noun ("Poor little snowflake!").
  let start = i;
  while (start > i - 2 && !(words[start] as Word).breakBefore && !(words[start] as Word).pauseBefore) {
    const prev = words[start - 1];
    if (!prev || !describing(prev) || has(ORDER, prev) || has(CALLS, prev)) break;
    start--;
  }
  const s = words[start] as Word;
  const next = words[last + 1];
  if (GIVEN_NAMES.has(lemma) && (words[i] as Word).capitalized) return null;
  const endsSentence = !next || next.breakBefore;
  if (start > 0 && !s.breakBefore && afterOrder(words, start)) return !joined(words, last + 1) ? 'reader' : null;
  // "Hey pig, ...", "Oi clowns": a call opening the sentence.
  const call = words[start - 1];
  if (call && !s.breakBefore && has(CALLS, call) && (start === 1 || call.breakBefore)) return 'reader';
  if (REFUSE.has(lemma)) return null;
  if (start === 0 || s.breakBefore) {
    // "Holy cow!", "Poor pig!": before an animal's name, only a listed insult makes the name an insult.
    for (let k = start; k < i; k++) {
      const d = words[k] as Word;
      if (has(NOT_INSULTING, d) || (LITERAL.has(lemma) && lookupWord(d.forms) === null && !isIntensifier(d.forms)))
        return null;
    }
    // "Psycho.", "Poor little snowflake!": the whole sentence is the name.
    if (endsSentence) return 'someone';
    // "Donkey, you lost it": a name opening a sentence before a comma, not the head of a list ("Pigs, cows and ...").
    if (next.pauseBefore && !endsInS(words, i) && !listFollows(words, last + 1) && !aboutWriter(words, last + 1, lemma))
      return 'reader';
    return null;
  }
  // "You lost, snowflakes.", "Keep crying, snowflakes!": a plural set off at the end of a sentence said to readers.
  if (
    start === i &&
    (words[i] as Word).pauseBefore &&
    endsSentence &&
    endsInS(words, i) &&
    !has(AND_OR, words[i - 1])
  ) {
    const first = sentenceStart(words, i);
    if (first >= 0 && (has(REPROACH, words[first]) || (!LITERAL.has(lemma) && youIn(words, first, i)))) return 'reader';
  }
  // ", common thief.": a describing word after the comma (the bare ", pig." is a frame of its own).
  if (start < i && s.pauseBefore && endsSentence && !endsInS(words, i) && !has(AND_OR, words[start - 1]))
    return LITERAL.has(lemma) && lookupWord(s.forms) === null ? null : 'reader';
  return null;
}

/**
 * The first word of the sentence of `i`, or -1 when a comma stands between them before `i`'s own (a list: "eggs,
 * cheese, pigs").
 */
function sentenceStart(words: Word[], i: number): number {
  for (let k = i - 1; k >= 0 && i - k <= 12; k--) {
    const w = words[k] as Word;
    if (k === 0 || w.breakBefore) return k;
    if (w.pauseBefore) return -1;
  }
  return -1;
}

/** "you" or "your" among the words `from`..`to` (exclusive). */
function youIn(words: Word[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (has(YOU, words[k])) return true;
  return false;
}

/**
 * "Bugger, I missed the deadline", "Idiot, I left my keys at home": after the comma the writer speaks of themselves
 * (or the name is also a curse: "Arse, missed it again"), and no "you" follows in the sentence; the name is an
 * exclamation ("Idiot, I told you so" addresses the reader).
 */
function aboutWriter(words: Word[], from: number, lemma: string): boolean {
  if (!has(WRITER_SUBJECT, words[from]) && !EXPLETIVES.has(lemma)) return false;
  for (let k = from; k < words.length && !(words[k] as Word).breakBefore; k++) if (has(YOU, words[k])) return false;
  return true;
}
const WRITER_SUBJECT: ReadonlySet<string> = new Set(['i', 'im', 'ive', 'id', 'ill', 'my', 'we', 'weve']);
/** Names that are also curses at one's luck: "Arse, missed the deadline", "Bugger, the train's late". */
const EXPLETIVES: ReadonlySet<string> = new Set(['arse', 'bugger', 'sod', 'bollocks', 'balls']);

/** A plural by its spelling: "pigs", not "ass" or "boss". */
const endsInS = (words: Word[], i: number): boolean => /[^s]s$/.test((words[i] as Word).text);

/** The words from `from` on are a list ("cows and sheep", "cows, sheep"), not a clause after a name. */
function listFollows(words: Word[], from: number): boolean {
  for (let k = from; k < words.length && k - from <= 4; k++) {
    const w = words[k] as Word;
    if (k > from && (w.breakBefore || w.pauseBefore)) return true;
    if (w.breakBefore) return false;
    if (has(AND_OR, w)) return true;
  }
  return false;
}

/** The words before `start` in its sentence are an order: "Go away", "Suck it up,", "Get lost", "Listen up". */
function afterOrder(words: Word[], start: number): boolean {
  for (let j = start - 1; j >= 0 && start - j <= 4; j--) {
    const w = words[j] as Word;
    if (has(ORDER, w)) return j === 0 || w.breakBefore;
    if (!has(PARTICLE, w) || w.breakBefore) return false;
  }
  return false;
}

/** "acting like a total swine", "they eat like pigs", "spoken like a true fascist"; not "I eat like a pig". */
function behavesLike(words: Word[], i: number): boolean {
  for (let j = i - 1; j >= 1 && i - j <= 4; j--) {
    if ((words[j + 1] as Word).breakBefore) return false;
    const w = words[j] as Word;
    if (w.text === 'like') {
      const verb = words[j - 1] as Word;
      if (w.breakBefore || !has(BEHAVE, verb)) return false;
      // "I eat like a pig", "we lived like pigs back then": the writer's own manners.
      const subject = words[j - 2];
      return !(subject && !verb.breakBefore && has(FIRST_PERSON, subject));
    }
    if (!has(A, w) && !describing(w)) return false;
  }
  return false;
}

/**
 * "the pig in the White House", "the clown in the mayor's office", "the rats in Congress", "garbage in the highest
 * office", "the fools in power", "the fool running the city".
 */
function inOffice(words: Word[], last: number): boolean {
  const at = words[last + 1];
  if (!at || at.breakBefore || at.pauseBefore) return false;
  if (has(RUNNING, at)) {
    const place = has(POINTERS, words[last + 2]) ? words[last + 3] : words[last + 2];
    return has(RUN_PLACE, place);
  }
  if (at.text !== 'in' && at.text !== 'at') return false;
  let qualified = false;
  for (let k = last + 2; k < words.length && k - last <= 6; k++) {
    const w = words[k] as Word;
    if (w.breakBefore || w.pauseBefore) return false;
    if (has(SEAT, w)) return true;
    // "in office" (holding it), "the highest office", "the White House"; not "rats in the office".
    if (w.text === 'office' || w.text === 'offices') return qualified || k === last + 2;
    if (w.text === 'house') return qualified && words[k - 1]?.text === 'white';
    if (has(QUALIFIER, w)) qualified = true;
    else if (!has(DETERMINERS, w)) return false;
  }
  return false;
}

/** "hillbilly Republicans", "clown politicians", "Demo rats": the name describes a political camp or puns on one. */
function stackedOnCamp(words: Word[], i: number, lemma: string): boolean {
  const next = words[i + 1];
  if (next && !next.breakBefore && !next.pauseBefore && has(CAMP, next)) return true;
  const prev = words[i - 1];
  return lemma === 'rat' && !!prev && !(words[i] as Word).breakBefore && has(PUN_HEAD, prev);
}

/** "re-electing this donkey", "deport all that trash", "impeach the rat": only people are elected or deported. */
function objectOfPersonVerb(words: Word[], i: number): boolean {
  for (let j = i - 1; j >= 0 && i - j <= 3; j--) {
    if ((words[j + 1] as Word).breakBefore) return false;
    const w = words[j] as Word;
    if (has(OBJECT_VERB, w)) return true;
    if (!has(POINTERS, w) && !describing(w)) return false;
  }
  return false;
}

/**
 * "the usual kooks", "most of the elected parasites", "fellow cranks": a crowd of people. A side in politics makes
 * one too: "liberal loonies", "left-wing kooks", "the right wing nut jobs".
 */
function crowd(words: Word[], i: number): boolean {
  const prev = words[i - 1];
  if (!prev || (words[i] as Word).breakBefore) return false;
  if (has(CROWD, prev) || (has(CAMP, prev) && !prev.pauseBefore)) return true;
  const side = words[i - 2];
  return has(WING, prev) && !!side && !prev.breakBefore && has(SIDE, side);
}

/** "parasites like your self", "a pig such as your self": the reader's self, written in two words. */
function likeYourSelf(words: Word[], last: number): boolean {
  let k = last + 1;
  if (words[k]?.text === 'such' && words[k + 1]?.text === 'as') k++;
  else if (words[k]?.text !== 'like') return false;
  const [your, self] = [words[k + 1], words[k + 2]];
  if (!your || !self || your.breakBefore || self.breakBefore || (words[k] as Word).breakBefore) return false;
  return (your.text === 'your' || your.text === 'ur') && self.text === 'self';
}

/** "admires this scary freak?", "that pathetic loser again": "this" or "that", one describing word, the name. */
function pointedWithDescription(words: Word[], i: number, last: number): boolean {
  const d = words[i - 1];
  const that = words[i - 2];
  if (!d || !that || (words[i] as Word).breakBefore || d.breakBefore || !describing(d)) return false;
  return (that.text === 'this' || that.text === 'that') && !joined(words, last + 1);
}

/** "the trash we elected", "the garbage they voted in": only people are elected. */
function electedAfter(words: Word[], last: number): boolean {
  const [who, verb] = [words[last + 1], words[last + 2]];
  if (!who || !verb || who.breakBefore || who.pauseBefore || verb.breakBefore) return false;
  return has(VOTERS, who) && has(OBJECT_VERB, verb);
}
const VOTERS: ReadonlySet<string> = new Set(['we', 'they', 'you', 'voters', 'people', 'americans', 'canadians']);

/** "garbage human being", "a trash person": the name said of a human being. */
function beingAfter(words: Word[], last: number): boolean {
  const next = words[last + 1];
  if (!next || next.breakBefore || next.pauseBefore) return false;
  if (next.text === 'person') return true;
  // "garbage people like him"; not "the garbage people put out", where people are the ones doing something.
  if (next.text === 'people') {
    const after = words[last + 2];
    return !after || after.breakBefore || after.pauseBefore || after.text === 'like' || after.text === 'who';
  }
  const being = words[last + 2];
  return next.text === 'human' && !!being && !being.breakBefore && /^beings?$/.test(being.text);
}

/** "trailer trash", "multi-generational trash": trash branded as a kind of people ("trailer garbage" is refuse). */
function brandedRefuse(words: Word[], i: number, lemma: string): boolean {
  const prev = words[i - 1];
  return (
    lemma === 'trash' &&
    !!prev &&
    !(words[i] as Word).breakBefore &&
    !(words[i] as Word).pauseBefore &&
    has(TRASH_BRAND, prev)
  );
}

/** "you are about as charming as a pig", "he is as stubborn as a mule": a person said to be as the animal is. */
function comparedAs(words: Word[], i: number): Target | null {
  let k = i - 1;
  if (words[k]?.text === 'a' || words[k]?.text === 'an') k--;
  if (k < 3 || words[k]?.text !== 'as' || words[k - 2]?.text !== 'as') return null;
  // "as happy as a pig in mud": an idiom goes on after the animal; the comparison ends with it ("... gets").
  const next = words[i + 1];
  if (next && !next.breakBefore && !next.pauseBefore && !has(GETS, next)) return null;
  for (let j = k; j > k - 3; j--) if ((words[j] as Word).breakBefore) return null;
  // Back over "about", "just" or an intensifier to the verb of being and its subject.
  for (let j = k - 3; j >= 1 && k - 3 - j <= 2; j--) {
    const w = words[j] as Word;
    if (w.breakBefore) return null;
    if (has(BEING, w)) {
      const who = describeSubject(words[j - 1]);
      return who && who !== 'idea' && !(words[j] as Word).breakBefore ? who : null;
    }
    if (!has(ABOUT, w) && !isIntensifier(w.forms)) return null;
  }
  return null;
}
const BEING: ReadonlySet<string> = new Set(['is', 'are', 're', 'was', 'were', 's']);
const GETS: ReadonlySet<string> = new Set(['gets', 'get', 'can', 'comes', 'come']);
const ABOUT: ReadonlySet<string> = new Set(['about', 'just', 'nearly', 'almost', 'roughly']);
