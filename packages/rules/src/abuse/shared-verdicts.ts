/**
 * A harsh verdict on a thing passed on to a person: "this plan is stupid and so are you", "the article is garbage,
 * and so is the writer", "the column is boring, as is its author", "the idea is dumb and you are too". The verdict
 * alone is criticism; handed to a person it is an insult. Praise passed on ("the plan is brilliant and so are you")
 * and a verdict passed to another thing ("the plan is stupid and so is the budget") stay clean.
 */
import { hasForm as has, type Word } from '../normalize/words.js';
import type { Contempt } from './contempt-idioms.js';
import { personAt } from './contempt-subjects.js';
import { PLAIN_FAULTS } from './lexicon/contempt-idioms.js';
import { lookupWord } from './lexicon/index.js';
import type { Target } from './subject-words.js';
import { NEGATION } from './wishes.js';

const set = (list: readonly string[]): ReadonlySet<string> => new Set(list);
const FAULTS = set(PLAIN_FAULTS);
/** "so is", "as are": the verb that passes the verdict on. */
const PASSED = set(['is', 'are', 'was', 'were']);
/** The verb of being of the first clause: "the plan is stupid", "the article's garbage". */
const BEING = set(['is', 's', 'are', 're', 'was', 'were', 'looks', 'sounds', 'seems', 'reads']);
/** "you are too", "he is as well": the tail that passes the verdict on after the person. */
const ALSO = set(['too', 'also']);
/** How far back from the verdict the verb of being of its clause may stand: "is [a] [load] [of] garbage". */
const VERDICT_REACH = 4;

/** Every verdict passed on to a person, with the verdict and the words that pass it as evidence. */
export function findSharedVerdicts(words: Word[]): Contempt[] {
  const out: Contempt[] = [];
  for (let i = 1; i < words.length; i++) {
    const w = words[i] as Word;
    // "... and so are you", "..., as is the writer".
    if ((w.text === 'so' || w.text === 'as') && has(PASSED, words[i + 1]) && !(words[i + 1] as Word).breakBefore) {
      const and = words[i - 1]?.text === 'and' && !w.breakBefore && !w.pauseBefore;
      if (!and && !w.pauseBefore) continue;
      const verdict = verdictBefore(words, and ? i - 1 : i);
      const who = personAt(words, i + 2);
      if (verdict >= 0 && who && !(words[i + 2] as Word).breakBefore && fits(words[verdict] as Word, who.target))
        out.push({
          target: who.target,
          spans: [
            [verdict, verdict],
            [i, who.last],
          ],
        });
      continue;
    }
    // "... and you are too".
    if (w.text === 'and' && !words[i + 1]?.breakBefore) {
      const who = personAt(words, i + 1);
      if (!who) continue;
      const verb = words[who.last + 1];
      const also = words[who.last + 2];
      if (!verb || !has(PASSED_AFTER, verb) || !also || !has(ALSO, also) || also.breakBefore) continue;
      const verdict = verdictBefore(words, i);
      if (verdict >= 0)
        out.push({
          target: who.target,
          spans: [
            [verdict, verdict],
            [who.first, who.last + 2],
          ],
        });
    }
  }
  return out;
}
const PASSED_AFTER = set(['is', 'are', 're', 's', 'was', 'were']);

/**
 * The harsh word that ends the clause before word `k` ("stupid" in "the plan is stupid and"), said of its subject
 * by a verb of being, not negated: its index, or -1.
 */
function verdictBefore(words: Word[], k: number): number {
  const v = k - 1;
  const w = words[v];
  if (!w || (words[k] as Word).breakBefore || !harsh(w)) return -1;
  for (let c = v - 1; c >= 0 && v - c <= VERDICT_REACH; c--) {
    if ((words[c + 1] as Word).breakBefore || (words[c + 1] as Word).pauseBefore) return -1;
    const u = words[c] as Word;
    if (has(NEGATION, u)) return -1;
    if (has(BEING, u)) return v;
  }
  return -1;
}

/**
 * A plain fault passed to a third party is criticism of their work ("the pitch was bad and so were the players");
 * passed to the reader or the author it is a jibe. A listed insult word is one whoever it is passed to.
 */
function fits(verdict: Word, target: Target): boolean {
  return listed(verdict) || target === 'reader' || target === 'author';
}

function listed(w: Word): boolean {
  const hit = lookupWord(w.forms);
  return !!hit && !hit.kinds.has('slur') && !hit.kinds.has('slur-ambiguous');
}

/** A listed insult or harsh word, or a plain fault: "stupid", "garbage", "boring", "a disaster". */
function harsh(w: Word): boolean {
  return has(FAULTS, w) || listed(w);
}
