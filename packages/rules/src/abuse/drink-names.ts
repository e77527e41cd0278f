/**
 * A person named by the drink: "he's a drunk", "you're the town drunk", "a lush like you", "go home, you old
 * drunk". The words are adjectives as often as nouns, and then report a fact: "he was drunk when he drove", "drunk
 * driving", "the drunk driver was jailed", "a lush garden". Only the noun said of a person counts, ending its phrase.
 * Past tense said of someone else is a report ("my father was a drunk"); said to the reader it is still a jibe.
 */
import { hasForm as has, type Word } from '../normalize/words.js';
import type { Contempt } from './contempt-idioms.js';
import { personAt, personBefore } from './contempt-subjects.js';
import { DRINK_NAME_MODIFIERS, DRINK_NAMES } from './lexicon/contempt-idioms.js';
import { isIntensifier } from './lexicon/index.js';
import { SECOND_PERSON } from './lexicon/targets.js';
import { NEGATION } from './wishes.js';

const set = (list: readonly string[]): ReadonlySet<string> => new Set(list);
const NAMES = set(DRINK_NAMES);
const MODIFIERS = set(DRINK_NAME_MODIFIERS);
const ARTICLES = set(['a', 'an', 'the', 'such']);
const YOU = set(SECOND_PERSON);
const BEING_NOW = set(['is', 's', 'are', 're', 'am']);
const BEING_THEN = set(['was', 'were']);
/** Words that may follow the noun in its phrase: "a drunk and a liar", "a drunk who ...", "a drunk like you". */
const AFTER = set(['and', 'who', 'like', 'as', 'too', 'anyway']);
const LIKE = set(['like']);

/** Every drink name said of a person, with the article and the words describing it as evidence. */
export function findDrinkNames(words: Word[]): Contempt[] {
  const out: Contempt[] = [];
  for (let i = 0; i < words.length; i++) {
    if (!has(NAMES, words[i]) || !endsPhrase(words, i)) continue;
    let m = i;
    while (m > 0 && !(words[m] as Word).breakBefore && describing(words[m - 1] as Word)) m--;
    const before = words[m - 1];
    const joined = !(words[m] as Word).breakBefore;
    const plural = (words[i] as Word).text.endsWith('s');
    // "Go home, you old drunk.": said to the reader, set off from what comes before, with a word describing it.
    // "Are you drunk?" asks; "You drunk?" alone may too.
    if (joined && before && has(YOU, before)) {
      if (before.pauseBefore || (before.breakBefore && m < i)) out.push({ target: 'reader', spans: [[m - 1, i]] });
      continue;
    }
    // "a drunk like you", "drunks like him".
    const like = has(LIKE, words[i + 1]) && !(words[i + 1] as Word).pauseBefore ? personAt(words, i + 2) : null;
    const article = joined && has(ARTICLES, before) ? m - 1 : -1;
    if (like && (article >= 0 || plural)) {
      out.push({ target: like.target, spans: [[article >= 0 ? article : m, like.last]] });
      continue;
    }
    // "he's a drunk", "you're all drunks": a verb of being and a person before it.
    const from = article >= 0 ? article : plural ? m : -1;
    if (from < 0) continue;
    let c = from - 1;
    while (
      c >= 0 &&
      !(words[c + 1] as Word).breakBefore &&
      (isIntensifier((words[c] as Word).forms) || words[c]?.text === 'all')
    )
      c--;
    const verb = words[c];
    if (!verb || (words[c + 1] as Word).breakBefore || (words[c + 1] as Word).pauseBefore) continue;
    const now = has(BEING_NOW, verb);
    if ((!now && !has(BEING_THEN, verb)) || has(NEGATION, words[c + 1]) || has(NEGATION, words[c - 1])) continue;
    const who = personBefore(words, c);
    if (!who || (!now && who.target !== 'reader')) continue;
    out.push({ target: who.target, spans: [[from, i]] });
  }
  return out;
}

/** A word describing the drinker: "old", "town", "stinking", an intensifier. */
function describing(w: Word): boolean {
  return has(MODIFIERS, w) || isIntensifier(w.forms);
}

/** The noun ends its phrase: "a drunk.", "a drunk and a liar"; not "a drunk driver", "drunk driving". */
function endsPhrase(words: Word[], i: number): boolean {
  const next = words[i + 1];
  return !next || next.breakBefore || next.pauseBefore || has(AFTER, next);
}
