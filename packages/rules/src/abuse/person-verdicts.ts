/**
 * A person called a plain word by a verb of being: "you're a nobody", "he is a total fake", "you are the worst",
 * "she's the devil incarnate", "you are nothing", "he is a cancer on this country". The words are plain elsewhere ("nobody came", "the letter was a
 * fake", "the worst is over", "the devil is in the details", "it is nothing"), before a noun ("a fake passport", "the
 * worst storm") or about a thing ("this watch is a fake"), so only the name said of a person and ending its phrase
 * counts. Past tense said of someone else is a report ("he was a nobody before the war"); said to the reader it is
 * still a jibe.
 */
import { hasForm as has, type Word } from '../normalize/words.js';
import type { Contempt } from './contempt-idioms.js';
import { personBefore } from './contempt-subjects.js';
import { isIntensifier } from './lexicon/index.js';
import {
  VERDICT_AFTER,
  VERDICT_BARE,
  VERDICT_MALADIES,
  VERDICT_MODIFIERS,
  VERDICT_NAMES,
  VERDICT_SUPERLATIVES,
} from './lexicon/person-verdicts.js';
import { storyPart } from './literal-uses.js';
import { NEGATION } from './wishes.js';

const set = (list: readonly string[]): ReadonlySet<string> => new Set(list);
const NAMES = set(VERDICT_NAMES);
const SUPERLATIVES = set(VERDICT_SUPERLATIVES);
const BARE = set(VERDICT_BARE);
const MALADIES = set(VERDICT_MALADIES);
const MODIFIERS = set(VERDICT_MODIFIERS);
const AFTER = set(VERDICT_AFTER);
const A = set(['a', 'an']);
const SUCH = set(['such', 'just', 'only', 'simply', 'all', 'always']);
const BEING_NOW = set(['is', 's', 'are', 're', 'am']);
const BEING_THEN = set(['was', 'were']);
/** "will always be a nobody", "must be the worst": "be" after these still says what someone is. */
const BEFORE_BE = set(['will', 'll', 'must', 'gonna', 'always']);

/** Every verdict of this kind said of a person, with the article and the name as evidence. */
export function findPersonVerdicts(words: Word[]): Contempt[] {
  const out: Contempt[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i] as Word;
    const kind = kindOf(w);
    if (!kind || !endsPhrase(words, i, kind)) continue;
    const from = kind === 'bare' ? i : articleBefore(words, i, ARTICLES[kind]);
    if (from < 0) continue;
    // "The villain in the film is the devil": a part in a story.
    const hit = storyPart(words, from) ? null : saidOfPerson(words, from);
    if (hit) out.push({ target: hit, spans: [[from, i]] });
  }
  return out;
}
type Kind = 'name' | 'superlative' | 'malady' | 'bare';
const ARTICLES: Record<Exclude<Kind, 'bare'>, ReadonlySet<string>> = {
  name: A,
  superlative: set(['the']),
  malady: set(['a', 'the']),
};
/** After a sickness, what it harms: "a cancer on this country", "a plague upon us". */
const ON = set(['on', 'upon']);

/** Every listed word with its kind, the first list winning, for one look-up per spelling of a word. */
const KINDS: ReadonlyMap<string, Kind> = new Map(
  (
    [
      [BARE, 'bare'],
      [MALADIES, 'malady'],
      [SUPERLATIVES, 'superlative'],
      [NAMES, 'name'],
    ] as const
  ).flatMap(([list, kind]) => [...list].map((word) => [word, kind] as const)),
);

function kindOf(w: Word): Kind | null {
  let best: Kind | null = null;
  for (const f of w.forms) {
    const kind = KINDS.get(f);
    if (kind && (!best || RANK[kind] < RANK[best])) best = kind;
  }
  return best;
}
/** Which kind a word listed twice is read as: a name first, then a superlative, a malady, a bare word. */
const RANK: Record<Kind, number> = { name: 0, superlative: 1, malady: 2, bare: 3 };

/** The article of the name at `i`, over words describing it ("a total nobody", "the absolute worst"); -1 if none. */
function articleBefore(words: Word[], i: number, articles: ReadonlySet<string>): number {
  let m = i;
  while (m > 0 && !(words[m] as Word).breakBefore && describing(words[m - 1] as Word)) m--;
  if ((words[m] as Word).breakBefore || !has(articles, words[m - 1])) return -1;
  return m - 1;
}

/** A word describing the name: "total", "complete", an intensifier. */
function describing(w: Word): boolean {
  return has(MODIFIERS, w) || isIntensifier(w.forms);
}

/**
 * The verb of being before `from` and the person it is said of: "you are", "he's", "you will always be", "you're
 * just". Not a negation ("you're not a nobody", "he is no fake"), a thing ("this watch is a fake"), or the past
 * said of anyone but the reader.
 */
function saidOfPerson(words: Word[], from: number): Contempt['target'] | null {
  let c = from - 1;
  while (c >= 0 && !(words[c + 1] as Word).breakBefore && (has(SUCH, words[c]) || isIntensifier(words[c]?.forms ?? [])))
    c--;
  const verb = words[c];
  if (!verb || (words[c + 1] as Word).breakBefore || (words[c + 1] as Word).pauseBefore) return null;
  let v = c;
  if (verb.text === 'be') {
    while (v > 0 && has(BEFORE_BE, words[v - 1]) && !(words[v] as Word).breakBefore) v--;
    if (v === c) return null;
  } else if (!has(BEING_NOW, verb) && !has(BEING_THEN, verb)) return null;
  for (let k = v; k < from; k++) if (has(NEGATION, words[k])) return null;
  if (has(NEGATION, words[v - 1])) return null;
  const who = personBefore(words, v);
  if (!who) return null;
  if (has(BEING_THEN, verb) && who.target !== 'reader') return null;
  return who.target;
}

/**
 * The name ends its phrase: "a nobody.", "a fake and a liar", "the worst ever"; after a superlative also "of" ("the
 * worst of them all", "the lowest of the low"), after a sickness "on" ("a cancer on society"). Not "a fake passport",
 * "the worst storm", "nobody's fool", "a cancer survivor"; "nothing" only alone ("you are nothing", not "nothing
 * like him", "nothing but kind").
 */
function endsPhrase(words: Word[], i: number, kind: Kind): boolean {
  const next = words[i + 1];
  if (!next || next.breakBefore || next.pauseBefore) return true;
  if (kind === 'bare') return next.text === 'and';
  return has(AFTER, next) || (kind === 'superlative' && next.text === 'of') || (kind === 'malady' && has(ON, next));
}
