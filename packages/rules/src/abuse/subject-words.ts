/**
 * What a single word names when it is the subject of a judgement: the reader ("you"), the author, a person, a group
 * or an idea, and the word sets the other direction checks share.
 */
import { hasForm as has, type Word } from '../normalize/words.js';
import { HARDSHIPS, ILLNESSES } from './lexicon/afflictions.js';
import { CREATURES } from './lexicon/animals.js';
import { FAITHS } from './lexicon/identity-attacks.js';
import { lookupWord } from './lexicon/index.js';
import { ACT_NOUNS } from './lexicon/literal-uses.js';
import { OPENERS } from './lexicon/openers.js';
import { BODIES, FIELDS, SPORTS } from './lexicon/pursuits.js';
import { ARTICLES, AUTHOR_TITLES, COPULAS, IDEA_WORDS, PERSON_WORDS, SECOND_PERSON } from './lexicon/targets.js';
import { everydayThings } from './things.js';

/** Who an insult is aimed at, as far as the words around it tell. */
export type Target = 'reader' | 'author' | 'group' | 'person' | 'someone';

export const YOU: ReadonlySet<string> = new Set(SECOND_PERSON);
export const COPULA: ReadonlySet<string> = new Set(COPULAS);
export const ARTICLE: ReadonlySet<string> = new Set(ARTICLES);
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
export const CREATURE: ReadonlySet<string> = new Set(CREATURES.flatMap((c) => [c, `${c}s`, `${c}es`]));
const PERSON: ReadonlySet<string> = new Set(PERSON_WORDS);
/** "Ngl", "Honestly", "Wow": a word opening what is said, whose capital makes no name. */
const OPENER: ReadonlySet<string> = new Set(OPENERS);

/** The author by trade, or by the trade's insult ("this hack"). */
const AUTHOR: ReadonlySet<string> = new Set([...AUTHOR_TITLES, 'hack']);

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

/**
 * Whether `w` names someone: a person, a group, the reader or the author. A capital that only opens the sentence
 * ("If", "Worse") names no one unless the word itself is a person's.
 */
export function namesSomeone(w: Word): boolean {
  if (w.breakBefore && w.capitalized && !has(PERSON, w)) return false;
  const who = describeSubject(w);
  return who !== null && who !== 'idea';
}

/** Endings of the names of doctrines, systems and fields, never of a person's name: "-ism", "-cracy", "-ology". */
export function doctrine(w: Word): boolean {
  return w.capitalized && DOCTRINE_ENDING.test(w.text) && !has(FAITH, w);
}
const DOCTRINE_ENDING = /^[a-z]{2,}(?:ism|cracy|ology)$/;
/** Faiths, which an attack often names for their believers ("Judaism is evil" is about Jews). */
const FAITH: ReadonlySet<string> = new Set(FAITHS);

/** Words before a verb of being that are not a person: "there is a", "what is a", "one is a". */
export const NOT_A_SUBJECT: ReadonlySet<string> = new Set(
  'there here it this that what which who where how why when one something nothing everything anything all each it s the a an my your our his her their its'.split(
    ' ',
  ),
);

/** Plurals without an "s", whose "'s" is always a possessive: "men's health", "the children's ward". */
const PLURAL_NO_S: ReadonlySet<string> = new Set(['men', 'women', 'children', 'people', 'folk', 'police', 'gentlemen']);

/** The "s" at `j` is a possessive after a plural ("Men's mental health"), never "is" ("he's mental"). */
export function possessiveS(words: readonly Word[], j: number): boolean {
  const w = words[j];
  return !!w && w.text === 's' && !w.breakBefore && has(PLURAL_NO_S, words[j - 1]);
}
