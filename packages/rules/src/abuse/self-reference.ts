import { hasForm as has, type Word } from '../normalize/words.js';
import { comparedWith } from './directedness.js';
import { isIntensifier, lookupWord } from './lexicon/index.js';
import { ARTICLES, COPULAS } from './lexicon/targets.js';
import { selfAppositive } from './self-appositives.js';

/**
 * Writers calling themselves names: "I was an idiot to believe it", "I'm the village idiot", "I feel like a fool",
 * "Call me stupid, but", "stupid me", "What a clown I was". Not abuse: nobody else is named. "I think you are an
 * idiot", "I'd call him a fool", "I'm not the idiot here" name someone else.
 */

/** "I'm a" may be read as one word, "ima", as letters spaced out are. */
const SELF: ReadonlySet<string> = new Set(['i', 'im', 'ima', 'ive', 'id', 'myself']);
/** "me" is the one called names only after a verb that says so: "call me stupid", "makes me look like a fool". */
const CALL_ME: ReadonlySet<string> = new Set(
  'call calls called calling make makes made making consider considers considered'.split(' '),
);
/** Words of degree before a name: "such a fool", "a complete idiot", "like a total moron". */
const DEGREE: readonly string[] = ['total', 'complete', 'absolute', 'utter', 'proper', 'real', 'right', 'such'];
const DEGREE_SET: ReadonlySet<string> = new Set(DEGREE);
/** Words that may link the writer to the name: "I [have] [been] [such] [a] [total] fool", "I feel like a fool". */
const LINK: ReadonlySet<string> = new Set([
  ...COPULAS,
  ...DEGREE,
  ...ARTICLES.filter((a) => a !== 'of'),
  ...'feel feels felt feeling look looks looked sound sounded become became ve have had d ll will would must may might probably too'.split(
    ' ',
  ),
]);
const ARTICLE: ReadonlySet<string> = new Set(['a', 'an', 'the']);
const SEEMING: ReadonlySet<string> = new Set(
  'feel feels felt feeling look looks looked looking sound sounds sounded act acted'.split(' '),
);
/** Words that deny the name or turn it on someone else: "I'm not the idiot here". */
const DENIAL: ReadonlySet<string> = new Set(['not', 'never', 'no', 'nt', 'isnt', 'wasnt', 'aint']);
/** How far back from the name the writer may stand: "I [have] [been] [a] [complete] [and] [utter] fool". */
const REACH = 7;

/** Whether the insulting word at `i` is the writer's name for themselves. */
export function aimedAtSelf(words: readonly Word[], i: number): boolean {
  if (ourselves(words, i) || selfSimile(words, i) || saidOfHumankind(words, i) || writerIncluded(words, i)) return true;
  if (selfAppositive(words, i) || nameHere(words, i) || blamedForBeing(words, i)) return true;
  // "we are no better than rats", "we're nothing but pawns": the writer likened to it.
  const likened = comparedWith(words as Word[], i);
  if (likened > 0 && has(WRITERS, words[likened - 1])) return true;
  // "I like idiots": a plural names others, whoever speaks.
  const w = words[i] as Word;
  const lemma = lookupWord(w.forms)?.lemma;
  if (w.text.endsWith('s') && lemma !== undefined && !w.forms.includes(lemma)) return false;
  return selfAfter(words, i) || selfBefore(words, i);
}

/**
 * "Total eejit here, I paid twice", "Idiot here.": a name opening the sentence with only describing words before
 * it, then "here" ending the phrase: the writer introducing themselves.
 */
function nameHere(words: readonly Word[], i: number): boolean {
  const here = words[i + 1];
  if (here?.text !== 'here' || here.breakBefore || here.pauseBefore) return false;
  const after = words[i + 2];
  if (after && !after.breakBefore && !after.pauseBefore) return false;
  for (let j = i; j >= 0; j--) {
    const w = words[j] as Word;
    if (j === 0 || w.breakBefore) return true;
    if (w.pauseBefore) return false;
    const before = words[j - 1] as Word;
    if (!isIntensifier(before.forms) && !lookupWord(before.forms)?.kinds.has('adjective-mild')) return false;
  }
  return false;
}

/** Words that blame the writer before "for being": "my own fault for being", "serves me right for being". */
const BLAMED: ReadonlySet<string> = new Set(['my', 'me', 'our', 'us', 'myself']);

/**
 * "My own fault for being a numpty", "Serves me right for being an idiot": the name after "for being (a)", with the
 * writer named in the words before it (at most five, within the clause).
 */
function blamedForBeing(words: readonly Word[], i: number): boolean {
  let j = i - 1;
  while (j >= 0 && (has(ARTICLE, words[j]) || isIntensifier((words[j] as Word).forms))) j--;
  if (words[j]?.text !== 'being' || words[j - 1]?.text !== 'for') return false;
  for (let k = j - 2; k >= 0 && j - k <= 6; k--) {
    if ((words[k + 1] as Word).breakBefore || (words[k + 1] as Word).pauseBefore) return false;
    if (has(BLAMED, words[k])) return true;
  }
  return false;
}

/** Words between "we" and the name it gives itself: "we [were] [all] [such] [complete] fools". */
const WE_LINK: ReadonlySet<string> = new Set(
  're are were been be all just both such total complete absolute utter proper real right the a'.split(' '),
);
/** Words after which "us" opens a phrase of its own: "for us fools", "Us idiots who bought early". */
const US_AFTER: ReadonlySet<string> = new Set(['for', 'of', 'to', 'with', 'among', 'like', 'and']);

/**
 * Writers naming a group they belong to: "We were fools to trust them", "we're such idiots", "Us idiots who
 * bought early", "Are we fools?". Not "we are ruled by fools", "we have idiots in charge", "they call us idiots".
 */
function ourselves(words: readonly Word[], i: number): boolean {
  const prev = words[i - 1];
  if (!prev || (words[i] as Word).breakBefore || (words[i] as Word).pauseBefore) return false;
  if (prev.text === 'us') {
    const before = words[i - 2];
    return prev.breakBefore || prev.pauseBefore || !before || has(US_AFTER, before);
  }
  // "Are we fools to ...": the question puts "we" right before the name.
  if (prev.text === 'we') return has(WE_LINK, words[i - 2]) && !prev.breakBefore;
  for (let j = i - 1; j >= 0 && i - j <= REACH; j--) {
    const after = words[j + 1] as Word;
    if (after.breakBefore || after.pauseBefore) return false;
    const w = words[j] as Word;
    if (w.text === 'we') return true;
    if (!has(WE_LINK, w) && !isIntensifier(w.forms)) return false;
  }
  return false;
}

/** Words between a verb and the "like" of its simile: "ran [around] like", "danced [all] [night] like". */
const SIMILE_PARTICLES: ReadonlySet<string> = new Set(
  'around about out up down off in all again together night day there here'.split(' '),
);
/** Words between the writer and the verb: "we [were] dancing", "I [have] [always] driven". */
const SIMILE_AUX: ReadonlySet<string> = new Set(
  'was were am m re ve d have had been be would will ll just all both always still really probably'.split(' '),
);
const WRITERS: ReadonlySet<string> = new Set(['i', 'we', 'im', 'ive', 'id']);

/**
 * The writer doing something like a fool: "I danced like a fool all night", "we looked like idiots in those hats",
 * "my wife and I laughed like idiots"; or taken for one: "don't treat us like fools". The verb's subject is "I" or
 * "we"; "they acted like idiots" and "you look like an idiot" are not the writer.
 */
function selfSimile(words: readonly Word[], i: number): boolean {
  // "like an idiot", "like a complete moron", "like such an idiot": back over words of degree and the article.
  let j = i - 1;
  while (
    j > 0 &&
    i - j <= 4 &&
    (has(DEGREE_SET, words[j]) || has(ARTICLE, words[j]) || isIntensifier((words[j] as Word).forms))
  )
    j--;
  if (words[j]?.text !== 'like') return false;
  // "Don't treat us like fools", "they talk to me like an idiot": the writer is the one taken for it.
  const object = words[j - 1];
  if (
    (object?.text === 'us' || object?.text === 'me') &&
    !(words[j] as Word).breakBefore &&
    !(words[j] as Word).pauseBefore
  ) {
    return true;
  }
  const from = j;
  j--;
  while (j >= 0 && has(SIMILE_PARTICLES, words[j])) j--;
  j--; // the verb
  while (j >= 0 && has(SIMILE_AUX, words[j])) j--;
  if (from - j > 6) return false;
  for (let k = j + 2; k <= i; k++) if ((words[k] as Word).breakBefore || (words[k] as Word).pauseBefore) return false;
  if (j >= 0 && !(words[j + 1] as Word).breakBefore && has(WRITERS, words[j])) return true;
  // "Stood in the rain like a moron": a reaction a few words before "like", its "I" left out.
  for (let v = from - 1; v >= 0 && from - v <= 5; v--) {
    if ((words[v + 1] as Word).breakBefore || (words[v + 1] as Word).pauseBefore) return false;
    if (has(REACTIONS, words[v])) return reactionWithoutSubject(words, v);
  }
  return false;
}

/**
 * How a writer tells of their own reaction with the "I" left out: "Felt like an idiot.", "Laughed like a fool at the
 * ending", "grinning like an idiot all day".
 */
const REACTIONS: ReadonlySet<string> = new Set(
  'felt feeling froze freezing laughed laughing grinned grinning smiled smiling cried crying giggled giggling blushed blushing panicked panicking stood standing sat sitting stared staring screamed screaming danced dancing sang singing cackled cackling looked looking'.split(
    ' ',
  ),
);
/** Words before a reaction that leave its "I" out still: "Kept grinning like a fool", "Just stood there". */
const REACTION_LEADS: ReadonlySet<string> = new Set(['kept', 'keep', 'just', 'still', 'then', 'and', 'so']);
/** Past-tense verbs that open a story with its "I" left out: "Saw a bear and froze like an idiot". */
const STORY_OPENERS: ReadonlySet<string> = new Set(
  'saw got went came heard read tried spent woke walked watched opened found turned showed'.split(' '),
);

/**
 * The verb at `v` is a reaction whose sentence has no subject: it opens the sentence ("Felt like an idiot"), or
 * follows "and"/"then" after a past-tense verb that does ("Saw a bear on the trail and froze like an idiot").
 */
function reactionWithoutSubject(words: readonly Word[], v: number): boolean {
  const verb = words[v];
  if (!verb || !has(REACTIONS, verb)) return false;
  if (v === 0 || verb.breakBefore) return true;
  // "Kept grinning like a fool", "Just stood there like an idiot".
  const before = words[v - 1] as Word;
  if (has(REACTION_LEADS, before) && !verb.pauseBefore && (v === 1 || before.breakBefore)) return true;
  if (before.text !== 'and' && before.text !== 'then') return false;
  let s = v - 1;
  while (s > 0 && v - s <= 8 && !(words[s] as Word).breakBefore) s--;
  const opener = words[s] as Word;
  return (s === 0 || opener.breakBefore) && (has(STORY_OPENERS, opener) || has(REACTIONS, opener));
}

/** "stupid me left the door open", "What a clown I was". */
function selfAfter(words: readonly Word[], i: number): boolean {
  const next = words[i + 1];
  if (!next || next.breakBefore || next.pauseBefore) return false;
  if (next.text === 'me') return i === 0 || (words[i] as Word).breakBefore || (words[i] as Word).pauseBefore;
  const after = words[i + 2];
  if (!after || after.breakBefore) return false;
  // "How stupid of me", "silly of us": the writer did it.
  if (next.text === 'of') return after.text === 'me' || after.text === 'us';
  return next.text === 'i' && has(COPULA_PAST, after);
}
const COPULA_PAST: ReadonlySet<string> = new Set(['was', 'am', 'had', 'have', 'been', 'felt']);
const HEDGE: ReadonlySet<string> = new Set(['bit', 'kind', 'sort', 'something']);

/** "I was an idiot", "I've been a hypocrite", "Call me stupid", "I'm the village idiot". */
function selfBefore(words: readonly Word[], i: number): boolean {
  for (let j = i - 1; j >= 0 && i - j <= REACH; j--) {
    const after = words[j + 1] as Word;
    if (after.breakBefore || after.pauseBefore) return false;
    const w = words[j] as Word;
    if (has(SELF, w)) return true;
    if (w.text === 'me') return has(CALL_ME, words[j - 1]) && !w.breakBefore;
    if (has(DENIAL, w)) return false;
    if (has(LINK, w) || isIntensifier(w.forms) || (w.text.endsWith('ly') && w.text.length > 4)) continue;
    // "I was being a bit of a numpty", "I'm something of a fool": a hedge before the name.
    if (w.text === 'of' && has(HEDGE, words[j - 1]) && !w.breakBefore) {
      j--;
      continue;
    }
    // "I feel like a fool", "I look like an idiot"; not "I like idiots".
    if (w.text === 'like' && has(SEEMING, words[j - 1])) continue;
    if (lookupWord(w.forms)) continue;
    // "the village idiot": one plain word between an article and the name.
    if (j === i - 1 && has(ARTICLE, words[j - 1])) continue;
    return false;
  }
  return false;
}

/** Words for all people, the writer among them. */
export const HUMANKIND_WORDS: readonly string[] = ['humanity', 'mankind', 'humankind', 'humans'];
const HUMANKIND: ReadonlySet<string> = new Set(HUMANKIND_WORDS);
/** What people are, literally: "Humans are just animals". */
const KINDRED: ReadonlySet<string> = new Set(['animal', 'ape', 'primate', 'mammal']);
const HUMANKIND_IS: ReadonlySet<string> = new Set(['is', 'are', 'was', 'were', 's', 're', 'can', 'be']);

/**
 * "How stupid humanity is", "Humans are just animals", "mankind can be so cruel": a judgement on all people, the
 * writer among them, names no one. Not "a disgrace to humanity" (humanity is not the one judged).
 */
function saidOfHumankind(words: readonly Word[], i: number): boolean {
  // "humans are scum" is contempt for everyone, not a judgement one shares in.
  const hit = lookupWord((words[i] as Word).forms);
  const k = hit?.kinds;
  if (
    !hit ||
    !(k?.has('adjective') || k?.has('adjective-strong') || k?.has('adjective-mild') || KINDRED.has(hit.lemma))
  )
    return false;
  const after = words[i + 1];
  if (words[i - 1]?.text === 'how' && after && !after.breakBefore && has(HUMANKIND, after))
    return has(HUMANKIND_IS, words[i + 2]) && !(words[i + 2] as Word).breakBefore;
  let j = i - 1;
  while (j >= 0 && i - j <= 4 && !(words[j + 1] as Word).breakBefore && !has(HUMANKIND_IS, words[j])) {
    const w = words[j] as Word;
    if (!has(LINK, w) && !isIntensifier(w.forms) && !(w.text.endsWith('ly') && w.text.length > 4)) return false;
    j--;
  }
  while (j >= 0 && i - j <= 6 && has(HUMANKIND_IS, words[j]) && !(words[j] as Word).breakBefore) j--;
  const subject = words[j];
  return (
    !!subject && j < i - 1 && !(words[j + 1] as Word).breakBefore && has(HUMANKIND, subject) && !has(LINK, words[j - 1])
  );
}

/** Phrases that put the writer among those judged: "People are lazy about it, myself included". */
export const INCLUDED: readonly (readonly [string, string])[] = [
  ['myself', 'included'],
  ['me', 'included'],
  ['us', 'included'],
  ['including', 'myself'],
  ['including', 'me'],
  ['myself', 'among'],
  ['company', 'included'],
];
/** How far the phrase may stand from the word, in its sentence. */
const INCLUDED_REACH = 12;

/** "People are stupid about money, myself included": the writer counts themselves among those named. */
function writerIncluded(words: readonly Word[], i: number): boolean {
  let from = i;
  while (from > 0 && i - from < INCLUDED_REACH && !(words[from] as Word).breakBefore) from--;
  for (let k = from; k < words.length - 1 && k - i <= INCLUDED_REACH; k++) {
    if (k > i && (words[k] as Word).breakBefore) break;
    const a = (words[k] as Word).text;
    const b = words[k + 1] as Word;
    if (b.breakBefore) continue;
    if (INCLUDED.some(([x, y]) => x === a && y === b.text)) return true;
  }
  return false;
}
