import { hasForm as has, type Word } from '../normalize/words.js';
import {
  CASTING,
  DONE_BY,
  DONE_TO,
  IRREGULAR_WRONGDOERS,
  PARTS,
  PLAYING,
  POLITICAL_WORDS,
  REPORT_DETERMINERS,
  REPORT_LINKS,
  STAGE_WORDS,
  WRONGDOERS,
} from './lexicon/crime-reports.js';
import { type LexHit, lookupWord, namesPerson } from './lexicon/index.js';
import { TITLED_WORKS, WORKS } from './lexicon/literal-uses.js';
import { PREDICATE_OPENERS, SECOND_PERSON } from './lexicon/targets.js';
import { partInStory } from './story-parts.js';

/**
 * Wrongdoer nouns in crime and court reports, and names that are a part played. News readers discuss what a
 * wrongdoer did or what happened to one ("Police arrested a con man in Leeds", "The thug who attacked the driver has
 * been caught", "Crooks stole copper cable", "The troll was banned by the admins"): the noun names the person in the
 * story, as "the burglar" does, and calls no one a name. Said of someone ("Trump is a con man", "the mayor is a
 * crook"), of the reader ("You thugs ..."), next to a name ("Dave the troll was banned"), pointed at ("that crook"),
 * in a call ("should be banned") or in a sentence about politics ("the crooks stole the election") it stays
 * name-calling. A name played on stage or screen ("he played the village idiot", "cast as the fool") is a part.
 */

const WRONGDOER: ReadonlySet<string> = new Set([
  ...WRONGDOERS,
  ...WRONGDOERS.map((w) => `${w}s`),
  ...IRREGULAR_WRONGDOERS,
]);
const DID: ReadonlySet<string> = new Set(DONE_BY);
const TO_THEM: ReadonlySet<string> = new Set(DONE_TO);
const REPORTED: ReadonlySet<string> = new Set([...DONE_TO, ...DONE_BY]);
const LINK: ReadonlySet<string> = new Set(REPORT_LINKS);
/** Links that make the verb after them a passive: "was jailed", "has been caught", "got banned". */
const PASSIVE: ReadonlySet<string> = new Set([
  'was',
  'were',
  'is',
  'are',
  's',
  'been',
  'being',
  'be',
  'got',
  'gets',
  'get',
]);
const DETERMINER: ReadonlySet<string> = new Set(REPORT_DETERMINERS);
const POLITICAL: ReadonlySet<string> = new Set(POLITICAL_WORDS);
const YOU: ReadonlySet<string> = new Set(SECOND_PERSON);
/** Words before a noun phrase that make it what someone is said to be: "is a crook", "like a thug", "called a con man". */
const PREDICATING: ReadonlySet<string> = new Set([
  ...PREDICATE_OPENERS,
  'calls',
  'calling',
  'what',
  'such',
  'only',
  'become',
  'became',
  'becoming',
]);
const PLAY: ReadonlySet<string> = new Set(PLAYING);
const CAST: ReadonlySet<string> = new Set(CASTING);
const PART: ReadonlySet<string> = new Set(PARTS);
const ARTICLE: ReadonlySet<string> = new Set(['the', 'a', 'an']);
const STAGE: ReadonlySet<string> = new Set([...STAGE_WORDS, ...WORKS, ...TITLED_WORKS]);
/** How many links may stand between a wrongdoer and the verb: "who [has] [since] [been] jailed". */
const LINK_REACH = 4;
/** How many describing words may stand between the determiner and the noun: "a [convicted] [serial] fraudster". */
const DESCRIBING_REACH = 3;
/** How far either side of a word its sentence is searched for politics or the stage. */
const SENTENCE_REACH = 40;

/** The lemma of the words [first, last] as a wrongdoer noun is listed: "thugs", "con man". */
function wrongdoerAt(words: readonly Word[], first: number, last: number): boolean {
  const text = words
    .slice(first, last + 1)
    .map((w) => w.text)
    .join(' ');
  if (WRONGDOER.has(text)) return true;
  return first === last && has(WRONGDOER, words[first]);
}

/**
 * Whether the name at words [first, last] (a lexicon word looked up as `hit`, or a phrase such as "con man" without
 * one) is a wrongdoer in a report of a crime or its punishment, or a part played.
 */
export function reportedWrongdoer(words: readonly Word[], first: number, last: number, hit: LexHit | null): boolean {
  // A part is a noun: "he plays dumb" and "plays a good 'dumb'" pretend, they act no part.
  if ((!hit || namesPerson(hit)) && (playedPart(words, first) || partInStory(words, first, last))) return true;
  // The lemma lets plurals the lexicon reads ("crooks") count.
  if (!(hit && WRONGDOER.has(hit.lemma)) && !wrongdoerAt(words, first, last)) return false;
  const start = phraseStart(words, first);
  if (start < 0 || politicalSentence(words, first)) return false;
  return doneBy(words, start, last) || doneTo(words, start);
}

/**
 * The first word of the noun phrase ending at `first`: its determiner ("the", "two"), or the noun itself when a plural
 * opens its clause ("Crooks stole ..."); -1 when the phrase is not one a report opens with ("that crook", "your thug",
 * "Mayor Smith the crook"). Describing words between must be plain: not names, not insults, not "you".
 */
function phraseStart(words: readonly Word[], first: number): number {
  let j = first - 1;
  while (j >= 0 && first - j <= DESCRIBING_REACH && plainDescribing(words, j)) j--;
  const d = words[j];
  if (d && has(DETERMINER, d) && !(words[j + 1] as Word).breakBefore && !(words[j + 1] as Word).pauseBefore) return j;
  // A bare noun (or a bare plain word before it) opening its sentence or clause: "Crooks stole ...".
  const opened = j + 1;
  const o = words[opened] as Word;
  return opened === 0 || o.breakBefore || o.pauseBefore ? opened : -1;
}

/** A describing word in a report's noun phrase: lower case, not listed, not "you" nor a word of politics. */
function plainDescribing(words: readonly Word[], j: number): boolean {
  const w = words[j] as Word;
  if (w.breakBefore || w.pauseBefore || (words[j + 1] as Word).breakBefore || (words[j + 1] as Word).pauseBefore)
    return false;
  if (w.capitalized || has(DETERMINER, w) || has(YOU, w) || has(POLITICAL, w) || has(PREDICATING, w)) return false;
  return /^[a-z0-9]+$/.test(w.text) && !lookupWord(w.forms) && !REPORTED.has(w.text);
}

/**
 * The wrongdoer is the subject: "the con man was jailed", "the thug who attacked the driver", "crooks stole cable",
 * "scammers are targeting ...". What was done to them needs a passive link before it ("the troll found" is no report).
 * Nothing before the phrase may make it a predicate or a name's apposition ("he is a thug who was jailed", "Dave
 * the troll was banned").
 */
function doneBy(words: readonly Word[], start: number, last: number): boolean {
  const before = words[start - 1];
  const opens = !before || (words[start] as Word).breakBefore;
  // "Dave the troll ...": a name in apposition (and "In Leeds a thug ...", a place, is left alone with it);
  // "Yesterday a con man ..." opens with a word of reporting.
  const named = !!before?.capitalized && !has(LINK, before);
  if (!opens && has(PREDICATING, before)) return false;
  if (named) return false;
  let passive = false;
  for (let j = last + 1; j < words.length && j - last <= LINK_REACH + 1; j++) {
    const w = words[j] as Word;
    if (w.breakBefore || w.pauseBefore) return false;
    if (has(DID, w) || (passive && has(TO_THEM, w))) return true;
    if (!has(LINK, w)) return false;
    if (has(PASSIVE, w)) passive = true;
  }
  return false;
}

/**
 * The wrongdoer is the object or the agent: "police arrested a con man", "a dog chased off the burglar" is not read
 * (a particle between), "pensioners were conned by a fraudster".
 */
function doneTo(words: readonly Word[], start: number): boolean {
  let v = start - 1;
  if (words[v]?.text === 'by' && !(words[start] as Word).breakBefore) v--;
  const verb = words[v];
  const joined = !(words[v + 1] as Word | undefined)?.breakBefore && !(words[v + 1] as Word | undefined)?.pauseBefore;
  return !!verb && joined && has(REPORTED, verb);
}

/** A word of politics in the sentence holding word `i`, within `SENTENCE_REACH` words of it. */
function politicalSentence(words: readonly Word[], i: number): boolean {
  return inSentence(words, i, POLITICAL);
}

/**
 * A word of `set` in the sentence holding word `i`, other than `i` itself, up to `SENTENCE_REACH` words either side
 * (bounded, so a body that is one endless sentence of wrongdoers stays linear).
 */
function inSentence(words: readonly Word[], i: number, set: ReadonlySet<string>): boolean {
  for (let j = i - 1; j >= 0 && i - j <= SENTENCE_REACH && !(words[j + 1] as Word).breakBefore; j--)
    if (has(set, words[j])) return true;
  for (let j = i + 1; j < words.length && j - i <= SENTENCE_REACH && !(words[j] as Word).breakBefore; j++)
    if (has(set, words[j])) return true;
  return false;
}

/**
 * A part acted: "he played the village idiot in the school play", "she plays a thug in the new series", "cast as the
 * fool in the panto", "the role of the villain in the film". The name may have up to three plain words before it after
 * the article, and a word of the stage or screen stands elsewhere in the sentence ("Trump played the con man for
 * years" is no part).
 */
function playedPart(words: readonly Word[], first: number): boolean {
  let j = first - 1;
  while (j >= 0 && first - j <= DESCRIBING_REACH && plainDescribing(words, j)) j--;
  if (j + 1 < first && !has(ARTICLE, words[j])) return false;
  const joined = (k: number) => !(words[k] as Word).breakBefore && !(words[k] as Word).pauseBefore;
  let k = has(ARTICLE, words[j]) && joined(j + 1) ? j - 1 : j;
  const verb = words[k];
  if (!verb || !joined(k + 1)) return false;
  if (has(PLAY, verb)) return onStage(words, k);
  if (verb.text === 'as' && has(CAST, words[k - 1]) && joined(k)) return onStage(words, k - 1);
  k--;
  return verb.text === 'of' && has(PART, words[k]) && joined(k + 1) && onStage(words, k);
}

/** A word of the stage or screen in the sentence holding the verb at `verb`, other than the verb itself. */
function onStage(words: readonly Word[], verb: number): boolean {
  return inSentence(words, verb, STAGE);
}
