import { hasForm as has, type Word } from '../normalize/words.js';
import { describeSubject, directionOf, sentenceSubject, type Target } from './directedness.js';
import { SECOND_PERSON } from './lexicon/targets.js';
import { describing } from './profane-use.js';

/**
 * Denigrating words ("garbage", "sucks", "pathetic") judge a thing unless the words around them name a person:
 * the reader or what the reader wrote ("your drivel", "the garbage you post"), or a person said to be or to do
 * it ("the new manager sucks", "Councillor Hale is garbage"). Those are attacks on people whatever a site does
 * with criticism of ideas.
 */

const YOU: ReadonlySet<string> = new Set(SECOND_PERSON);
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
  if (ownedByReader(words, i) || writtenByReader(words, i) || writtenByReader(words, i + 1)) return 'reader';
  const excused = excuseFor(words, i);
  if (excused) return excused;
  // "garbage people", "damn snowflakes": the word describes the people named right after it.
  const next = words[i + 1];
  const described = next && !next.breakBefore && !next.pauseBefore ? describeSubject(next) : null;
  if (described && described !== 'idea' && described !== 'reader') return described;
  // "the referee sucks", "Hale sucks at his job": the word before the verb is who sucks; "your argument sucks".
  if (has(SUCK, words[i])) {
    if (has(YOUR, words[i - 2])) return 'reader';
    const who = describeSubject(words[i - 1]);
    return who && who !== 'idea' ? who : null;
  }
  // "whoever wrote this is garbage", "the writer of this column is a joke": a person is said to be it.
  const d = directionOf(words as Word[], i, true);
  if (d.explicit && d.target && d.target !== 'idea') return d.target;
  const subject = sentenceSubject(words as Word[], i);
  return subject && subject !== 'idea' && subject !== 'someone' ? subject : null;
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
 * "the garbage you post", "the drivel you keep writing", "what a garbage you are"; from the word before the
 * noun, "the silly things you have said".
 */
function writtenByReader(words: readonly Word[], i: number): boolean {
  const you = words[i + 1];
  const verb = words[i + 2];
  if (!you || !verb || you.breakBefore || verb.breakBefore || !has(YOU, you)) return false;
  return has(WRITING, verb) || verb.text.endsWith('ing');
}
