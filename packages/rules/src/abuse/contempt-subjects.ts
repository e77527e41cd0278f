/**
 * Who an idiom of contempt is said of, read from the few words before its verb ("people like you make me sick",
 * "he is beyond help") or after it ("... and so is the writer", "no hope for you"). Only people count: the reader,
 * the author, a person named or pointed at by a pronoun, a group pointed at ("these people"); "they" and a word
 * opening the sentence with a capital are left alone, since things and brands make people sick too ("They make me
 * sick", "Oysters make me sick").
 */
import { hasForm as has, type Word } from '../normalize/words.js';
import { isIntensifier } from './lexicon/index.js';
import { AUTHOR_TITLES, PERSON_WORDS, SECOND_PERSON } from './lexicon/targets.js';
import type { Target } from './subject-words.js';
import { NEGATION } from './wishes.js';
import { joined } from './word-runs.js';

/** The person an idiom is said of and the words that name them. */
export interface Named {
  target: Target;
  first: number;
  last: number;
}

const set = (list: readonly string[]): ReadonlySet<string> => new Set(list);
const YOU = set(SECOND_PERSON.filter((w) => w !== 'yourself'));
/** "you people", "you lot": the reader and those like them. */
const YOU_AND = set(['people', 'lot', 'guys', 'folks', 'types', 'lads', 'two', 'all']);
/** "your kind", "your sort", "your ilk". */
const KIND = set(['kind', 'sort', 'type', 'ilk']);
const YOUR = set(['your', 'ur']);
/** "people like you", "the likes of you", "the sight of you". */
const LIKE = set(['like', 'of']);
const HE_SHE = set(['he', 'she']);
const HIM_HER = set(['him', 'her', 'them']);
const AUTHORS = set(AUTHOR_TITLES);
const AUTHOR_POINTERS = set(['the', 'this', 'that', 'its', 'our', 'your', 'his', 'her', 'their']);
/** People by role or kind ("mayor", "supporters"), not the pronouns of the same list. */
const ROLES = set(PERSON_WORDS.filter((w) => !['he', 'she', 'they', 'him', 'her', 'them', 'his'].includes(w)));
const GROUP_NOUNS = set(['people', 'guys', 'folks', 'types', 'clowns', 'idiots']);
const GROUP_POINTERS = set(['these', 'those', 'such']);
/** Words before a capitalised word that make it a thing's name: "the Times", "my Ford". */
const THING_POINTERS = set(['the', 'a', 'an', 'this', 'that', 'my', 'our', 'your', 'his', 'her', 'their', 'its']);
/** Capitalised words that are not a person: the writer, God, days and months, greetings. */
const NOT_NAMES = set(['i', 'god', 'lord', 'jesus', 'christ', 'ok', 'okay', 'lol', 'omg', 'hi', 'hello']);
/** Between a subject and its verb: "you really do make me sick", "you all disgust me". */
const ADVERBS = set([
  'really',
  'just',
  'honestly',
  'seriously',
  'literally',
  'truly',
  'actually',
  'genuinely',
  'simply',
  'clearly',
  'obviously',
  'all',
  'both',
  'still',
  'always',
  'also',
  'frankly',
  'sometimes',
  'do',
  'does',
  'did',
  'sure',
]);
/** "if you make me sick", "when he is beyond help": a condition or time, not a verdict. */
const CONDITIONS = set(['if', 'when', 'whenever', 'unless', 'until', 'once', 'whether', 'before', 'after']);

/**
 * The person who is the subject of the verb at `v`: "you", "you people", "people like you", "your kind", "he",
 * "the author", "these people", a name inside the sentence. Null for anything else, under a condition ("if you
 * make me sick") or with a negation between subject and verb ("you don't disgust me"). Without `names`, a name
 * does not count: teams, towns and firms are "beyond help" as often as people.
 */
export function personBefore(words: Word[], v: number, names = true): Named | null {
  let j = v - 1;
  while (j >= 0 && joined(words, j + 1) && (has(ADVERBS, words[j]) || isIntensifier((words[j] as Word).forms))) j--;
  if (j < 0 || !joined(words, j + 1)) return null;
  for (let k = j + 1; k < v; k++) if (has(NEGATION, words[k])) return null;
  const named = subjectAt(words, j, names);
  if (!named) return null;
  for (let k = named.first - 1; k >= 0 && named.first - k <= 4; k--) {
    if (has(CONDITIONS, words[k])) return null;
    if ((words[k + 1] as Word).breakBefore) break;
  }
  return { ...named, last: v - 1 };
}

/** The subject phrase ending at `j`, if it names a person. */
function subjectAt(words: Word[], j: number, names: boolean): Omit<Named, 'last'> | null {
  const w = words[j] as Word;
  const prev = joined(words, j) ? words[j - 1] : undefined;
  if (has(YOU, w)) {
    // "people like you", "the likes of you": the phrase names the reader with those like them.
    const start = prev && has(LIKE, prev) && joined(words, j - 1) ? j - 2 : j;
    return { target: 'reader', first: Math.max(start, 0) };
  }
  if (has(YOU_AND, w) && has(YOU, prev)) return { target: 'reader', first: j - 1 };
  if (has(KIND, w) && has(YOUR, prev)) return { target: 'reader', first: j - 1 };
  if (has(HE_SHE, w)) return { target: 'person', first: j };
  if (has(HIM_HER, w) && has(LIKE, prev) && joined(words, j - 1) && words[j - 2])
    return { target: w.text === 'them' ? 'group' : 'person', first: j - 2 };
  if (has(AUTHORS, w) && has(AUTHOR_POINTERS, prev)) return { target: 'author', first: j - 1 };
  if (has(GROUP_NOUNS, w) && has(GROUP_POINTERS, prev)) return { target: 'group', first: j - 1 };
  // "the mayor", "our premier", "their supporters": a role or kind of person after a pointing word.
  if (has(ROLES, w) && has(AUTHOR_POINTERS, prev))
    return { target: w.text.endsWith('s') ? 'group' : 'person', first: j - 1 };
  return names ? nameEndingAt(words, j) : null;
}

/** A name inside a sentence ending at `j` ("Smith", "John Smith"), not after "the" or a possessive. */
function nameEndingAt(words: Word[], j: number): Omit<Named, 'last'> | null {
  let first = j;
  while (first > 0 && joined(words, first) && name(words[first - 1] as Word)) first--;
  const w = words[first] as Word;
  // A capital opening the sentence is no name on its own ("Oysters make me sick"); "John Smith" is one.
  if (!name(words[j] as Word) || (w.breakBefore && first === j)) return null;
  if (joined(words, first) && has(THING_POINTERS, words[first - 1])) return null;
  return { target: 'person', first };
}

const name = (w: Word): boolean => (w.capitalized || w.mention) && w.text.length > 1 && !has(NOT_NAMES, w);

/**
 * The person named from word `k` on: "you", "you people", "people like you", "your kind", "him", "he", "the
 * writer", "its author", a name. Null for anything else ("the budget", "them").
 */
export function personAt(words: Word[], k: number, names = true): Named | null {
  const w = words[k];
  if (!w) return null;
  const next = joined(words, k + 1) ? words[k + 1] : undefined;
  if (has(YOU, w)) return { target: 'reader', first: k, last: has(YOU_AND, next) ? k + 1 : k };
  if (has(YOUR, w) && has(KIND, next)) return { target: 'reader', first: k, last: k + 1 };
  if ((w.text === 'people' || w.text === 'likes') && next && has(LIKE, next) && joined(words, k + 2)) {
    const who = words[k + 2] as Word;
    if (has(YOU, who)) return { target: 'reader', first: k, last: k + 2 };
    if (who.text === 'him' || who.text === 'her') return { target: 'person', first: k, last: k + 2 };
  }
  if (w.text === 'him' || w.text === 'her' || has(HE_SHE, w)) return { target: 'person', first: k, last: k };
  if (has(AUTHOR_POINTERS, w) && has(AUTHORS, next)) return { target: 'author', first: k, last: k + 1 };
  // "the mayor", "its supporters": a role or kind of person after a pointing word.
  if (has(AUTHOR_POINTERS, w) && next && has(ROLES, next))
    return { target: next.text.endsWith('s') ? 'group' : 'person', first: k, last: k + 1 };
  if (has(GROUP_POINTERS, w) && has(GROUP_NOUNS, next)) return { target: 'group', first: k, last: k + 1 };
  if (!names || !name(w) || w.breakBefore) return null;
  let last = k;
  while (joined(words, last + 1) && name(words[last + 1] as Word)) last++;
  // "so is Smith's career": the name owns the thing that follows.
  if (words[last + 1]?.text === 's' && !(words[last + 1] as Word).breakBefore) return null;
  return { target: 'person', first: k, last };
}
