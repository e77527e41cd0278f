import { hasForm as has, type Word } from '../normalize/words.js';
import { doing, timeWord } from './activity-subjects.js';
import { ACCUSATION_NOUNS } from './lexicon/name-calling.js';
import { PEOPLE } from './lexicon/people.js';
import { describing } from './profane-use.js';
import { describeSubject, type Target } from './subject-words.js';
import { joined } from './word-runs.js';

const YOUR: ReadonlySet<string> = new Set(['your', 'ur', 'yr', 'yer', 'thy']);
const THIRD_POSSESSIVE: ReadonlySet<string> = new Set(['his', 'her', 'their']);
/** "your own ignorance", "their very hypocrisy": words between the owner and the quality. */
const OWN: ReadonlySet<string> = new Set(['own', 'very', 'usual', 'typical']);
/** "liberal hypocrisy", "progressive arrogance": a camp of people named by its adjective owns the quality. */
const CAMP: ReadonlySet<string> = new Set(PEOPLE);

/** "your ignorance", "his stupidity", "Trump's hypocrisy", "liberal hypocrisy": whose the quality is. */
export function ownerOf(words: Word[], i: number): Target | null {
  // "your ignorance", "their blatant, shameless hypocrisy": the owner may stand two describing words back.
  for (let j = i - 1; j >= 0 && i - j <= 3; j--) {
    const w = words[j] as Word;
    if ((words[j + 1] as Word).breakBefore) break;
    if (has(YOUR, w)) return 'reader';
    if (has(THIRD_POSSESSIVE, w)) return w.text === 'their' ? 'group' : 'person';
    // "Trump's hypocrisy", "the senators' ignorance".
    if (w.text === 's' && j > 0 && !w.breakBefore) {
      // "Monday's vote", "last night's game": a time owns nothing.
      if (timeWord(words, j - 1)) return null;
      const owner = describeSubject(words[j - 1]);
      return owner && owner !== 'idea' ? owner : null;
    }
    if (j === i - 1 && has(CAMP, w)) return 'group';
    if (!describing(w) && !has(OWN, w)) break;
  }
  // "the ignorance and greed of Smith": another failing joined to it before "of".
  const second = words[i + 1]?.text === 'and' && !(words[i + 1] as Word).breakBefore ? i + 2 : i;
  const owner = namedAfterOf(words, i) ?? (second > i ? namedAfterOf(words, second) : null);
  return owner && owner !== 'idea' ? owner : null;
}

/** "the stupidity of this policy", "the idiocy of the plan": a quality said of an idea, criticism of it. */
export function qualityOfIdea(words: Word[], i: number): boolean {
  return namedAfterOf(words, i) === 'idea';
}

/** What "ignorance" may be of: the thing not known ("his ignorance of the tax code", "their ignorance about grants"). */
const NOT_KNOWN: ReadonlySet<string> = new Set(['of', 'about']);

/**
 * "his ignorance of the tax code", "the minister's ignorance about grants": a lack of knowledge of one thing, which
 * names no one; not "the ignorance of the senator" (whose ignorance it is) or "of these people".
 */
function ignoranceOfThing(words: Word[], i: number, lemma: string): boolean {
  const of = words[i + 1];
  if (lemma !== 'ignorance' || !of || of.breakBefore || !has(NOT_KNOWN, of) || !words[i + 2]) return false;
  const after = namedAfterOf(words, i);
  return after === null || after === 'idea';
}

const ACCUSATIONS: ReadonlySet<string> = new Set(ACCUSATION_NOUNS);

/**
 * A failing stated rather than a name called: an accusation of what someone said ("the senator and his lies") or what
 * they did not know ("his ignorance of the tax code"). A note about a third person; said to the reader ("your
 * lies"), a personal attack.
 */
export function statedFailing(words: Word[], i: number, lemma: string): boolean {
  return ACCUSATIONS.has(lemma) || ignoranceOfThing(words, i, lemma);
}

const SIDES: ReadonlySet<string> = new Set(['left', 'right']);
/** Words after a camp that end its phrase: "the hypocrisy of the right is ..." (not "the right and left lobes"). */
const CAMP_ENDS: ReadonlySet<string> = new Set(['is', 'are', 'was', 'were', 'has', 'have', 'knows', 'never']);

/** "the right" ends its phrase: not "the right way", "the left lane", "the right to vote". */
function campEnds(words: Word[], j: number): boolean {
  const afterThe = words[j - 2]?.text === 'the' || words[j - 1]?.text === 'the';
  return afterThe && (!joined(words, j + 1) || has(CAMP_ENDS, words[j + 1]));
}

const OF_DETERMINER: ReadonlySet<string> = new Set(['the', 'these', 'this', 'that', 'those', 'such', 'a', 'an']);

/**
 * "the hypocrisy of the left", "the ignorance of these people", "the stupidity of this plan", "more ignorance from
 * you": what follows "of" or "from".
 */
function namedAfterOf(words: Word[], i: number): Target | 'idea' | null {
  const of = words[i + 1];
  if ((of?.text !== 'of' && of?.text !== 'from') || of.breakBefore) return null;
  const k = has(OF_DETERMINER, words[i + 2]) ? i + 3 : i + 2;
  // "the idiocy of the parking plan": one word may describe the noun.
  for (let j = k; j <= k + 1; j++) {
    const w = words[j];
    if (!w || w.breakBefore) return null;
    // "the idiocy of closing the pool", "the stupidity of Monday's vote": a doing right after "of" (not "of those
    // catering to ...", people), or a thing of a time ("the stupidity of being a ..." still says what someone is).
    const act = j === i + 2 && doing(w) && w.text !== 'being';
    if (act || (timeWord(words, j) && words[j + 1]?.text === 's')) return 'idea';
    // "the hypocrisy of the left", "the arrogance of the religious right": a camp of people.
    if (has(SIDES, w) && j > i + 2 && campEnds(words, j)) return 'group';
    const named = describeSubject(w);
    if (named) return named;
  }
  return null;
}
