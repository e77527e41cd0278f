import { hasForm as has, type Word } from '../normalize/words.js';
import { CREATURES, NAMED_ANIMALS } from './lexicon/animals.js';
import { PETS } from './lexicon/literal-uses.js';
import { COPULAS, PERSON_WORDS } from './lexicon/targets.js';

/**
 * Harsh words said of an animal: the subject of their verb of being is an animal ("Our donkey is stubborn as a
 * mule", "the hens are little terrors"), or "he", "she", "it" or "they" in a sentence that opens with one ("Our
 * cockerel attacks anyone who goes into the run, he's a menace"), or they describe one ("our stupid cockerel"). An
 * animal whose name is also an insult ("pig", "sheep", "rat") counts only when someone owns it ("our pig"): "That pig
 * is a liar" and "the sheep are idiots" may be people.
 */

const forms = (list: readonly string[]): string[] => list.flatMap((a) => [a, `${a}s`, `${a}es`]);
/** Animals whoever points at them: "the hens", "this squirrel", "Pigeons ...". */
const ANIMAL: ReadonlySet<string> = new Set(forms([...CREATURES, ...PETS]));
/** Animals named by an insult too: the animal only when owned. */
const OWNED_ANIMAL: ReadonlySet<string> = new Set(forms(NAMED_ANIMALS));
const POINTERS: ReadonlySet<string> = new Set(['the', 'this', 'that', 'these', 'those', 'a', 'an']);
const OWNERS: ReadonlySet<string> = new Set(['my', 'our', 'his', 'her', 'their', 'your']);
const COPULA: ReadonlySet<string> = new Set(COPULAS);
const PRONOUNS: ReadonlySet<string> = new Set(['he', 'she', 'it', 'they']);
/** People an animal may do something to without becoming the one judged: "attacks anyone who goes near". */
const ANYONE: ReadonlySet<string> = new Set(['anyone', 'anybody', 'everyone', 'everybody', 'someone', 'somebody']);
const PERSON: ReadonlySet<string> = new Set(PERSON_WORDS.filter((p) => !PRONOUNS.has(p) && !ANYONE.has(p)));
/** Words after an animal heading its phrase: verbs of being, auxiliaries, small words and common verbs in the past. */
const AFTER_HEAD: ReadonlySet<string> = new Set([
  ...COPULAS,
  ...'has had have keeps kept will would can could does did just always never still got gets and or but who that which in on at with from for to of by off out up into over around near again too'.split(
    ' ',
  ),
  ...'bit ate ran woke went came took made broke stole dug flew sat fell left got'.split(' '),
]);
/** Nouns after an animal that make a person of the phrase: "our dog walker", "the pig farmer". */
const ANIMAL_PEOPLE: ReadonlySet<string> = new Set(
  'walker walkers owner owners sitter sitters breeder breeders keeper keepers trainer trainers groomer groomers handler handlers catcher catchers farmer farmers lover lovers whisperer man men lady ladies woman women boy boys girl girls people person guy guys'.split(
    ' ',
  ),
);
/** Words between a verb of being and the name: "is [such] [a] [little] menace", "is [stubborn] [as] [a] mule". */
const PREDICATE_REACH = 5;
/** How far into the sentence the pronoun may stand from the animal opening it. */
const SENTENCE_REACH = 25;

/** Whether the listed word at `i` is said of an animal. */
export function saidOfAnimal(words: readonly Word[], i: number): boolean {
  if (describesAnimal(words, i)) return true;
  const c = copulaBefore(words, i);
  if (c < 1 || (words[c] as Word).breakBefore) return false;
  const subject = words[c - 1] as Word;
  if (has(PRONOUNS, subject)) return pronounForAnimal(words, c - 1);
  for (let k = c - 1; k >= 0 && c - 1 - k <= 3; k--) {
    if (animalPhrase(words, k) === c - 1) return true;
    if ((words[k] as Word).breakBefore) break;
  }
  return false;
}

/** The verb of being the name at `i` is said after, within its clause: "is a [little] menace", "is stubborn as a". */
function copulaBefore(words: readonly Word[], i: number): number {
  for (let j = i - 1; j >= 0 && i - j <= PREDICATE_REACH; j--) {
    const after = words[j + 1] as Word;
    if (after.breakBefore || after.pauseBefore) return -1;
    const w = words[j] as Word;
    if (has(COPULA, w)) return j;
    if (w.capitalized || !/^[a-z]+$/.test(w.text) || has(PERSON, w) || has(PRONOUNS, w) || w.text === 'and') return -1;
  }
  return -1;
}

/** "our stupid cockerel", "my idiot dog": the word at `i` describes an animal its phrase opens with a keeper for. */
function describesAnimal(words: readonly Word[], i: number): boolean {
  for (let a = i + 1; a < words.length && a - i <= 2; a++) {
    const w = words[a] as Word;
    if (w.breakBefore || w.pauseBefore) return false;
    if (!has(ANIMAL, w) && !has(OWNED_ANIMAL, w)) continue;
    if (!heads(words, a)) return false;
    for (let k = i - 1; k >= 0 && i - k <= 2; k--) if (animalPhrase(words, k) === a) return true;
    return false;
  }
  return false;
}

/** "he" at `p` stands for the animal the sentence opens with, with no other person named between. */
function pronounForAnimal(words: readonly Word[], p: number): boolean {
  let s = p;
  while (s > 0 && p - s < SENTENCE_REACH && !(words[s] as Word).breakBefore) s--;
  const a = animalPhrase(words, s);
  if (a < 0 || a >= p || !heads(words, a)) return false;
  for (let k = a + 1; k < p; k++) {
    const w = words[k] as Word;
    if (has(PERSON, w) || (w.capitalized && !w.breakBefore)) return false;
  }
  return true;
}

/**
 * The animal of the phrase opening at `k`: a keeper ("our", "the"), up to two describing words and an animal, or a
 * bare plural ("Hens are ..."). Its index, or -1.
 */
function animalPhrase(words: readonly Word[], k: number): number {
  const keeper = words[k];
  if (!keeper) return -1;
  const owned = has(OWNERS, keeper);
  if (!owned && !has(POINTERS, keeper)) return has(ANIMAL, keeper) && keeper.text.endsWith('s') ? k : -1;
  for (let j = k + 1; j < words.length && j - k <= 3; j++) {
    const w = words[j] as Word;
    if (w.breakBefore || w.pauseBefore) return -1;
    if (has(ANIMAL, w) || (owned && has(OWNED_ANIMAL, w))) return j;
    // "my neighbour's dog": a person's animal, whom "he" may stand for.
    if (w.capitalized || !/^[a-z0-9]+$/.test(w.text) || has(COPULA, w) || has(PERSON, w) || w.text === 's') return -1;
  }
  return -1;
}

/**
 * The animal at `a` heads its phrase: a pause, a small word or a verb follows ("our dog bit", "the hens are"), not a
 * noun that makes another thing of it ("dog walker", "duck lip snapshots").
 */
function heads(words: readonly Word[], a: number): boolean {
  const next = words[a + 1];
  if (!next || next.breakBefore || next.pauseBefore || has(AFTER_HEAD, next)) return true;
  return !has(ANIMAL_PEOPLE, next) && /^[a-z]+(?:s|ed)$/.test(next.text);
}
