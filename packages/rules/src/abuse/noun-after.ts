import { hasForm as has, type Word } from '../normalize/words.js';
import { adjectiveLike } from './directedness.js';
import { isIntensifier, lookupWord } from './lexicon/index.js';
import { ACT_NOUNS } from './lexicon/literal-uses.js';
import { CLUE_WORDS, HAVE_WORDS, PEOPLE_DEEDS } from './lexicon/person-frames.js';
import { IDEA_WORDS, INSTITUTIONS, SECOND_PERSON } from './lexicon/targets.js';
import { isPersonTarget } from './phrase-matcher.js';
import { describeSubject, type Target } from './subject-words.js';
import { thingsPlural } from './things.js';

const YOU: ReadonlySet<string> = new Set(SECOND_PERSON);
const IDEA: ReadonlySet<string> = new Set([...IDEA_WORDS, ...ACT_NOUNS]);
const INSTITUTION: ReadonlySet<string> = new Set(INSTITUTIONS);
const PRONOUNS: ReadonlySet<string> = new Set(['this', 'that', 'it', 'which', 'what']);
/** Words in "-ly" that describe nothing: "stupid and only then", "a silly and family plan". */
const NOT_DESCRIBING: ReadonlySet<string> = new Set(['only', 'family', 'reply', 'rally', 'ally']);

/** Last words of the titles of laws, bodies, events and places: "the Mental Health Act", "Silly Walks Week". */
const TITLE_HEADS: ReadonlySet<string> = new Set(
  'act acts bill law foundation trust charity society association service services centre center clinic hospital unit ward week day month festival fair museum club league cup award awards prize programme program project campaign fund council commission board institute school college university shop store cafe bar pub restaurant show podcast series'.split(
    ' ',
  ),
);

/**
 * Words from `j` on, in title case and unbroken, that end (within four) in the head of a title: a named thing.
 * "Crooked Hillary Clinton" names a person and stays a nickname.
 */
function titleOfThing(words: Word[], j: number): boolean {
  for (let k = j; k < words.length && k - j < 4; k++) {
    const w = words[k] as Word;
    if (!w.capitalized || w.breakBefore || w.pauseBefore) return false;
    if (has(TITLE_HEADS, w)) return true;
  }
  return false;
}

/** "a stupid and costly plan": the noun at `j` comes after "and"/"or" and a second describing word. */
function pairedWith(words: Word[], i: number, j: number): boolean {
  const and = words[i + 1];
  const second = words[i + 2];
  return (
    j === i + 3 &&
    !!and &&
    !!second &&
    (and.text === 'and' || and.text === 'or') &&
    !and.breakBefore &&
    !second.breakBefore &&
    !second.pauseBefore &&
    !has(NOT_DESCRIBING, second) &&
    describingWord(second)
  );
}

/** A listed rude adjective or a word shaped like an adjective: "costly", "pointless", "rushed", "reckless". */
export function describingWord(w: Word): boolean {
  const k = lookupWord(w.forms)?.kinds;
  if (k) return k.has('adjective') || k.has('adjective-mild') || k.has('adjective-strong');
  return adjectiveLike(w) || /^[a-z]{3,}(?:ly|ed|ent|ant|ible|able|ary)$/.test(w.text);
}

/** Whether an adjective is followed by a people-noun ("brainless voters") or only by an idea ("dumb policy"). */
export function nounAfter(words: Word[], i: number): Target | 'idea' | null {
  for (let j = i + 1; j < words.length && j - i <= 3; j++) {
    const w = words[j] as Word;
    if (w.breakBefore) return null;
    // "a stupid and costly plan", "stupid and lazy people": the noun after a second describing word decides.
    if (j === i + 1 && pairedWith(words, i, i + 3)) {
      j++;
      continue;
    }
    // "a useless piece of work": what the piece is of, and who is said to be it, decide.
    if (w.text === 'piece' && words[j + 1]?.text === 'of') return null;
    if (has(IDEA, w))
      return (j === i + 1 || pairedWith(words, i, j)) && !w.pauseBefore && !has(PRONOUNS, w) ? 'idea' : null;
    // "a despicable human being": a person, where "human rights" is a thing.
    const being = words[j + 1];
    if (w.text === 'human' && being && !being.breakBefore && (being.text === 'being' || being.text === 'beings'))
      return being.text === 'beings' ? 'group' : 'person';
    // "a despicable individual", "a vile specimen": a person, where "individual rights" is a thing.
    if (has(PERSON_ONLY_AFTER, w) && endsPhrase(words, j))
      return likeYou(words, j + 1) ? 'reader' : w.text.endsWith('s') ? 'group' : 'person';
    // "The mask is so creepy, they nailed it": a pronoun after a pause opens a clause of its own, about someone
    // else unless it agrees with the verb before the adjective ("the travellers are deranged, they ...").
    if (w.pauseBefore && has(CLAUSE_PRONOUNS, w) && !agreesWithVerb(words, i, w)) return null;
    // "the Mental Health Act", "Crazy Golf Club": the adjective opens the title of a thing, not a nickname.
    if (j === i + 1 && (words[i] as Word).capitalized && titleOfThing(words, j)) return 'idea';
    if (isPersonTarget(w) && !has(YOU, w)) {
      // "the stupid Chinese government": the word describes a body, which is an idea here.
      const body = words[j + 1];
      if (body && !body.breakBefore && has(INSTITUTION, body)) return 'idea';
      return describeSubject(w) ?? 'person';
    }
    const hit = lookupWord(w.forms);
    // "a disgusting, sick woman": "sick", said only to a reader on its own, describes here too.
    const k = hit?.kinds;
    if (k && (k.has('adjective') || k.has('adjective-mild') || k.has('adjective-reader'))) continue;
    // "stupid liberal voters", "ignorant Canadian politicians": another describing word before the noun.
    if (isIntensifier(w.forms) || adjectiveLike(w)) continue;
    // "useless recycled politicians", "lazy overpaid bureaucrats": a participle describing the people after it.
    if (!hit && w.text.length > 4 && w.text.endsWith('ed') && (!w.pauseBefore || listedBefore(words, i, j))) continue;
    // "the stupid printer driver", "this useless vacuum cleaner": a machine named like a person by what it serves.
    if (has(MACHINE_KINDS, w) && has(MACHINE_HEADS, words[j + 1]) && !(words[j + 1] as Word).breakBefore) return 'idea';
    // "useless rich kids", "our corrupt prime minister": a plain word describing the people-noun right after it.
    if (!hit && !w.pauseBefore && /^[a-z]+$/.test(w.text) && !has(NOT_MODIFIER, w) && peopleNounNext(words, j))
      continue;
    // "these stupid X haven't a clue": a plural pointed at that does what only people do.
    if (!hit && pluralDoer(words, i, j)) return 'group';
    // "useless mouths like you", "lazy tools, like you": whatever the noun, the reader is one.
    return !w.pauseBefore && likeYou(words, j + 1) ? 'reader' : null;
  }
  return null;
}

/**
 * "Lazy, overpaid bureaucrats.", "these silly, uneducated voters": the adjective at `i` and the participle at `j` are
 * a list before the people-noun right after it. Opening a sentence, only as the whole sentence: "Ridiculous, educated
 * people disagree" exclaims, then says something of the people.
 */
function listedBefore(words: Word[], i: number, j: number): boolean {
  const noun = words[j + 1];
  if (!noun || noun.breakBefore || noun.pauseBefore || !isPersonTarget(noun) || has(PERSON_PRONOUNS, noun))
    return false;
  if (i > 0 && !(words[i] as Word).breakBefore) return true;
  const after = words[j + 2];
  return !after || after.breakBefore;
}

/**
 * A people-noun, not a pronoun or a name, right after word `j`, ending the phrase: "rich [kids] are ...", "prime
 * [minister] would ...". Not "a stupid waste people make", where the people start a clause of their own.
 */
function peopleNounNext(words: Word[], j: number): boolean {
  const next = words[j + 1];
  if (!next || next.breakBefore || next.pauseBefore || next.capitalized || next.mention) return false;
  if (!isPersonTarget(next) || has(PERSON_PRONOUNS, next)) return false;
  const after = words[j + 2];
  return !after || after.breakBefore || after.pauseBefore || has(PHRASE_ENDERS, after);
}
/** Nouns for a person that also name a machine: "driver", "player", "reader", "cleaner". */
const MACHINE_HEADS: ReadonlySet<string> = new Set(
  'driver drivers player players reader readers cleaner cleaners recorder recorders washer washers dryer dryers'.split(
    ' ',
  ),
);
/** What such a machine serves or works on: "printer driver", "DVD player", "card reader", "vacuum cleaner". */
const MACHINE_KINDS: ReadonlySet<string> = new Set(
  'printer device graphics video audio usb disk disc dvd cd mp3 media record tape card e ebook vacuum dish window screw pile golf pressure carpet hair'.split(
    ' ',
  ),
);
/** Nouns for a person that also describe ("individual rights") or name things ("a rare specimen of moss"): a person only ending the phrase. */
const PERSON_ONLY_AFTER: ReadonlySet<string> = new Set('individual individuals specimen specimens'.split(' '));

/** Nothing, a pause or a word that ends a noun phrase follows word `j`. */
function endsPhrase(words: Word[], j: number): boolean {
  const after = words[j + 1];
  return !after || after.breakBefore || after.pauseBefore || has(PHRASE_ENDERS, after);
}
/** Pronouns that open a clause as its subject. */
const CLAUSE_PRONOUNS: ReadonlySet<string> = new Set(['he', 'she', 'they', 'we', 'i']);
const PLURAL_PRONOUNS: ReadonlySet<string> = new Set(['they', 'we']);
const SINGULAR_PRONOUNS: ReadonlySet<string> = new Set(['he', 'she']);
const IS_SINGULAR: ReadonlySet<string> = new Set(['is', 's', 'was']);
const IS_PLURAL: ReadonlySet<string> = new Set(['are', 're', 'were']);

/**
 * Whether the pronoun `p` agrees in number with the verb of being before the adjective at `i` (at most five words
 * back, in its sentence): "they" with "are", "he" with "is".
 */
function agreesWithVerb(words: Word[], i: number, p: Word): boolean {
  for (let j = i - 1; j >= 0 && i - j <= 5; j--) {
    const w = words[j] as Word;
    if (has(IS_PLURAL, w)) return has(PLURAL_PRONOUNS, p);
    if (has(IS_SINGULAR, w)) return has(SINGULAR_PRONOUNS, p);
    if ((words[j + 1] as Word).breakBefore) return false;
  }
  return false;
}
const PERSON_PRONOUNS: ReadonlySet<string> = new Set([...SECOND_PERSON, 'him', 'her', 'them', 'he', 'she', 'they']);
/** Words that cannot describe a noun after them: "crazy [for] people", "stupid [to] voters". */
const NOT_MODIFIER: ReadonlySet<string> = new Set(
  'for to of in on at with by from about into over under and or but nor than as the a an that this these those some all many most few no every any its their our my his her your like when if because so too very how why what who which whose where'.split(
    ' ',
  ),
);
/** Words after a noun phrase that end it: a verb of being, a modal, a relative or a preposition. */
const PHRASE_ENDERS: ReadonlySet<string> = new Set(
  'is are was were be been would will should could can may might must who that in at on of from to for with and or again too like have has had do does did keep never always just still'.split(
    ' ',
  ),
);

/**
 * "these stupid X think ...", "those lazy so-and-sos haven't a clue": after "these" or "those" and the
 * adjective at `i`, the word at `j` (or the hyphenated compound it starts) is a plural no lexicon knows, followed by
 * what only people do.
 */
function pluralDoer(words: Word[], i: number, j: number): boolean {
  if (!has(PLURAL_POINTER, words[i - 1]) || (words[i] as Word).breakBefore) return false;
  let k = j;
  for (let next = words[k + 1]; next?.pauseBefore && next.start === (words[k] as Word).end + 1; next = words[k + 1])
    k++;
  const noun = words[k] as Word;
  if (!/[^s']s$/.test(noun.text) || (k > j && lookupWord(noun.forms)) || thingsPlural(noun.text)) return false;
  const verb = words[k + 1];
  if (!verb || verb.breakBefore || verb.pauseBefore) return false;
  if (has(DEEDS, verb)) return true;
  // "haven't", "don't have", "have no": having no idea, not "have the idea backwards".
  const no = words[k + 2];
  if (!has(HAVE, verb) || !(has(NOT_HAVE, verb) || (!!no && !no.breakBefore && has(NO, no)))) return false;
  for (let m = k + 2; m < words.length && m - k <= 5; m++) {
    if ((words[m] as Word).breakBefore) return false;
    if (has(CLUE, words[m])) return true;
  }
  return false;
}
const PLURAL_POINTER: ReadonlySet<string> = new Set(['these', 'those']);
const DEEDS: ReadonlySet<string> = new Set(PEOPLE_DEEDS);
const HAVE: ReadonlySet<string> = new Set(HAVE_WORDS);
const CLUE: ReadonlySet<string> = new Set(CLUE_WORDS);
const NOT_HAVE: ReadonlySet<string> = new Set(['haven', 'havent', 'hadn', 'hadnt', 'don', 'dont', 'didn', 'didnt']);
const NO: ReadonlySet<string> = new Set(['no', 'not', 'nary']);

/** "like you" or "like yourself" at `k`, a comma allowed before "like". */
function likeYou(words: Word[], k: number): boolean {
  const like = words[k];
  const you = words[k + 1];
  if (like?.text !== 'like' || like.breakBefore || !you || you.breakBefore || !has(LIKE_YOU, you)) return false;
  // "a stupid car like you have": a thing like the reader's.
  const verb = words[k + 2];
  return !verb || verb.breakBefore || !has(YOU_DID, verb);
}
const LIKE_YOU: ReadonlySet<string> = new Set(['you', 'u', 'yourself', 'yourselves']);
const YOU_DID: ReadonlySet<string> = new Set(
  'have has had do did does said say own owned bought buy use used got get drive drove mentioned described suggested suggest wrote write posted post want wanted'.split(
    ' ',
  ),
);
