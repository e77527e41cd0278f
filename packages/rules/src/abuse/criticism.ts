import { hasForm as has, type Word } from '../normalize/words.js';
import { directionOf } from './directedness.js';
import { ACT_NOUNS, MIND_NOUNS, REPLY_NOUNS } from './lexicon/denigration.js';
import { lookupWord } from './lexicon/index.js';
import { ABSTRACT_INSULT_NOUNS, PERSON_FAILINGS } from './lexicon/name-calling.js';
import { SECOND_PERSON } from './lexicon/targets.js';
import { longSubjectSucks } from './long-subjects.js';
import { ownerOf, statedFailing } from './owners.js';
import { describing } from './profane-use.js';
import { insultStart } from './spans.js';
import { describeSubject, type Target } from './subject-words.js';
import { sentenceSubject } from './subjects.js';

/**
 * Denigrating words ("garbage", "sucks", "pathetic") judge a thing unless the words around them name a person:
 * the reader or what the reader wrote ("your drivel", "the garbage you post"), or a person said to be or to do
 * it ("the new manager sucks", "Councillor Hale is garbage"). Those are attacks on people whatever a site does
 * with criticism of ideas.
 */

const YOU: ReadonlySet<string> = new Set(SECOND_PERSON);
/** Failings of a person, not of what they said: "hypocrisy", "ignorance", "stupidity". */
const QUALITIES: ReadonlySet<string> = new Set([...PERSON_FAILINGS, ...ABSTRACT_INSULT_NOUNS]);
const YOUR: ReadonlySet<string> = new Set(['your', 'ur', 'yr', 'yer', 'thy']);
const SUCK: ReadonlySet<string> = new Set(['suck', 'sucks', 'sucked']);
/** What a reader is or does with words: "what garbage you are", "the garbage you post". */
const WRITING: ReadonlySet<string> = new Set(
  'are re were have ve post posts posted write writes wrote spew spews spewed spout spouts spouted type typed say says said peddle peddles keep believe push'.split(
    ' ',
  ),
);
/** How far back "your" may stand before the noun: "your [sanctimonious] [partisan] garbage". */
const OWNER_REACH = 3;

/** The person denigrating words at `i` are aimed at, or null when they judge a thing or nobody named. */
export function denigratedPerson(words: readonly Word[], i: number): Target | null {
  if (ownedByReader(words, i) || writtenByReader(words, i) || writtenByReader(words, i + 1) || readerSaid(words, i))
    return 'reader';
  // "typical hypocrisy from the senators", "utter stupidity of the council": a failing of the people who have it.
  const lemma = lookupWord((words[i] as Word).forms)?.lemma;
  if (lemma && statedFailing(words as Word[], i, lemma)) {
    // "his lies", "her ignorance of the bylaw": stated of a third person, a note; "your own lies", an attack.
    return ownerOf(words as Word[], i) === 'reader' ? 'reader' : null;
  }
  if (lemma && QUALITIES.has(lemma)) {
    const owner = ownerOf(words as Word[], i);
    if (owner) return owner;
  }
  const excused = excuseFor(words, i);
  if (excused) return excused;
  // "garbage people", "damn snowflakes": the word describes the people named right after it.
  const next = words[i + 1];
  const described = next && !next.breakBefore && !next.pauseBefore ? describeSubject(next) : null;
  if (described && described !== 'idea' && described !== 'reader') return described;
  // "the referee sucks", "Hale sucks at his job": the word before the verb is who sucks; "your argument sucks".
  if (has(SUCK, words[i])) {
    if (has(YOUR, words[i - 2])) return 'reader';
    // "the men who hired him suck": the head of a longer subject, not the object pronoun before the verb.
    const long = longSubjectSucks(words as Word[], i);
    if (long) return long;
    const who = describeSubject(words[i - 1]);
    return who && who !== 'idea' ? who : null;
  }
  // "whoever wrote this is garbage", "the writer of this column is a joke": a person is said to be it. The words that
  // describe the noun ("the plan is silly nonsense", "stop this useless garbage") aim it at no one by themselves.
  const d = directionOf(words as Word[], describedFrom(words, i), true);
  if (d.explicit && d.target && d.target !== 'idea') return d.target;
  const subject = sentenceSubject(words as Word[], i);
  return subject && subject !== 'idea' && subject !== 'someone' ? subject : null;
}

/**
 * The first of the describing words and curses right before the noun at `i` ("useless", "stupid fucking"), as an
 * insult's evidence starts, or `i`.
 */
function describedFrom(words: readonly Word[], i: number): number {
  let first = i;
  for (let n = 0; n < 2; n++) {
    const before = insultStart(words as Word[], first);
    if (before === first) break;
    first = before;
  }
  return first;
}

/** "a pathetic excuse for a human being", "sorry excuses for reporters": someone said to fall short of being one. */
function excuseFor(words: readonly Word[], i: number): Target | null {
  const excuse = words[i + 1];
  if (!excuse || excuse.breakBefore || (excuse.text !== 'excuse' && excuse.text !== 'excuses')) return null;
  if (words[i + 2]?.text !== 'for') return null;
  const k = words[i + 3]?.text === 'a' || words[i + 3]?.text === 'an' ? i + 4 : i + 3;
  const who = words[k]?.text === 'human' ? 'someone' : describeSubject(words[k]);
  return who && who !== 'idea' ? who : null;
}

/**
 * "your drivel", "your sanctimonious garbage": the reader's own words, with only describing words between; "your
 * council is rubbish" judges a thing the reader has.
 */
function ownedByReader(words: readonly Word[], i: number): boolean {
  for (let j = i - 1; j >= 0 && i - j <= OWNER_REACH; j--) {
    if ((words[j + 1] as Word).breakBefore) return false;
    const w = words[j] as Word;
    if (has(YOUR, w)) return true;
    if (!describing(w)) return false;
  }
  return false;
}

/**
 * "your comment is utter nonsense", "your whole argument was garbage": the reader's words or thought are said to be
 * it. Back over describing words to a verb of being, whose subject is the reader's ("your [own] comment").
 */
function readerSaid(words: readonly Word[], i: number): boolean {
  let c = i - 1;
  while (c >= 0 && i - c <= 3 && !(words[c + 1] as Word).breakBefore && describing(words[c] as Word)) c--;
  if (c < 1 || (words[c + 1] as Word).breakBefore || !has(IS, words[c]) || (words[c] as Word).breakBefore) return false;
  // What the reader wrote or thinks, not what the reader has: "your council is rubbish" judges the council.
  if (!has(READERS_WORDS, words[c - 1])) return false;
  // "this comment is garbage", "that reply was drivel": a reader's comment pointed at in the thread (not "this
  // article", the paper's).
  if (has(REPLIES, words[c - 1]) && has(POINTED, words[c - 2]) && !(words[c - 1] as Word).breakBefore) return true;
  for (let j = c - 2; j >= 0 && c - j <= 3; j--) {
    if ((words[j + 1] as Word).breakBefore) return false;
    if (has(YOUR, words[j])) return true;
    if (!describing(words[j] as Word) && !has(WHOLE, words[j])) return false;
  }
  return false;
}
const WHOLE: ReadonlySet<string> = new Set(['whole', 'entire', 'own', 'latest', 'last', 'usual']);
const IS: ReadonlySet<string> = new Set(['is', 'are', 'was', 'were', 's']);
/** What the reader wrote for others to read, as one addressed: "your reporting is garbage", "your column is crap". */
const WRITTEN: readonly string[] = [
  'reporting',
  'writing',
  'article',
  'articles',
  'column',
  'columns',
  'journalism',
  'statement',
  'statements',
  'diatribe',
  'screed',
  'tirade',
];
const READERS_WORDS: ReadonlySet<string> = new Set([
  ...ACT_NOUNS,
  ...MIND_NOUNS,
  ...REPLY_NOUNS,
  ...WRITTEN,
  'speculation',
  'speculations',
]);
/** A reader's reply pointed at ("this comment"); not "this post", on a blog the article itself. */
const REPLIES: ReadonlySet<string> = new Set(REPLY_NOUNS.filter((n) => n !== 'post' && n !== 'posts'));
const POINTED: ReadonlySet<string> = new Set(['this', 'that']);

/**
 * "the garbage you post", "the drivel you keep writing", "what a garbage you are"; from the word before the
 * noun, "the silly things you have said".
 */
function writtenByReader(words: readonly Word[], i: number): boolean {
  const you = words[i + 1];
  const verb = words[i + 2];
  if (!you || !verb || you.breakBefore || verb.breakBefore || !has(YOU, you)) return false;
  return has(WRITING, verb) || verb.text.endsWith('ing');
}
