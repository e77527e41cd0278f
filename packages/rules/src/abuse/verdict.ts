import type { Word } from '../normalize/words.js';
import { ACT_NOUNS, VERDICT_ADJECTIVES } from './lexicon/denigration.js';
import { isIntensifier } from './lexicon/index.js';
import { COPULAS } from './lexicon/targets.js';

const VERDICT: ReadonlySet<string> = new Set(VERDICT_ADJECTIVES);
const ACT: ReadonlySet<string> = new Set(ACT_NOUNS);
const COPULA: ReadonlySet<string> = new Set(COPULAS);
/** A subject that names nothing: the thing just said or done ("that's ridiculous", "this is pathetic"). */
const BARE_SUBJECT: ReadonlySet<string> = new Set(['this', 'that', 'it', 'thats', 'its', 'which']);
/** Words that may open a one-adjective verdict or stand inside it: "How ridiculous.", "Kind of pathetic." */
const VERDICT_OPENERS: ReadonlySet<string> = new Set(
  'how what a an so such just simply plain downright frankly quite pretty rather kind sort of too and both beyond all this that'.split(
    ' ',
  ),
);
/** Words before "that" or "it" that leave it the subject of its own clause: "I think that's silly", "Yes, it's absurd". */
const CLAUSE_OPENERS: ReadonlySet<string> = new Set(
  'and but so because yes no well oh sorry honestly frankly seriously think thought guess mean find found say said'.split(
    ' ',
  ),
);
/** "not stupid", "no stupid questions", "never silly": a verdict denied is none. */
const NEGATION: ReadonlySet<string> = new Set(
  'not no never nothing nt isnt isn wasnt wasn arent aren weren don doesn didn ain'.split(' '),
);
/** Adverbs between the verb of being and the adjective that are neither intensifiers nor "-ly": "it was also silly". */
const ALSO: ReadonlySet<string> = new Set(['also', 'still', 'even', 'all']);
const YOUR: ReadonlySet<string> = new Set(['your', 'ur', 'yr', 'yer']);
const has = (set: ReadonlySet<string>, w: Word | undefined): boolean => !!w && w.forms.some((f) => set.has(f));

/** Who a verdict falls on: the reader whose words it judges, or whoever said or did the thing judged. */
export type VerdictOn = 'reader' | 'someone';

/**
 * A verdict adjective at `i` that judges what someone said or did rather than an idea under debate: alone as a
 * sentence ("Ridiculous.", "How pathetic!"), said of a bare "this"/"that"/"it" ("That's stupid."), of a person's act
 * ("a stupid question", "what a ridiculous statement"), or of the reader's words ("your analogy is silly").
 * Null for "a stupid policy", "this closure plan is stupid", "stupid and short-sighted plan".
 */
export function verdictAt(words: Word[], i: number, lemma: string): VerdictOn | null {
  if (!VERDICT.has(lemma) || negated(words, i)) return null;
  const next = words[i + 1];
  const ends = !next || next.breakBefore || next.pauseBefore || next.text === 'and' || next.text === 'but';
  if (next && !next.breakBefore && has(ACT, next)) return ownedByReader(words, i) ? 'reader' : 'someone';
  if (!ends) return null;
  // Back over intensifiers and openers to the start of the sentence, or to a verb of being and its subject.
  for (let j = i - 1; j >= -1 && i - j <= 6; j--) {
    if (j < 0 || (words[j + 1] as Word).breakBefore)
      return j === i - 1 || openerOnly(words, j + 1, i) ? 'someone' : null;
    const v = words[j] as Word;
    if (has(COPULA, v)) return copulaVerdict(words, j);
    // "both laughable and ridiculous": another verdict adjective joined to this one.
    if (!(bridge(v) || has(ALSO, v) || has(VERDICT, v))) return null;
  }
  return null;
}

const bridge = (v: Word): boolean =>
  has(VERDICT_OPENERS, v) || isIntensifier(v.forms) || (v.text.endsWith('ly') && v.text.length > 3);

/** A "not", "no" or "never" up to three words before `i` in its sentence. */
export function negated(words: Word[], i: number): boolean {
  for (let j = i - 1; j >= 0 && i - j <= 3; j--) {
    if (has(NEGATION, words[j])) return true;
    if ((words[j] as Word).breakBefore) return false;
  }
  return false;
}

/** Words `from`..`to` (exclusive) are only openers and intensifiers: "How", "Absolutely", "Kind of". */
function openerOnly(words: Word[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const v = words[k] as Word;
    if (!(bridge(v) || has(VERDICT, v))) return false;
  }
  return true;
}

/** "that's", "it was", "your analogy is": the subject right before the verb of being at `c`. */
function copulaVerdict(words: Word[], c: number): VerdictOn | null {
  const subject = words[c - 1];
  if (!subject || (words[c] as Word).breakBefore) return null;
  if (has(BARE_SUBJECT, subject)) {
    // "that" or "it" opening its clause, not "the plan that is stupid".
    const opens = c === 1 || subject.breakBefore || subject.pauseBefore || has(CLAUSE_OPENERS, words[c - 2]);
    return opens ? 'someone' : null;
  }
  // "your analogy is ridiculous", "your whole argument was silly".
  for (let j = c - 2; j >= 0 && c - j <= 3; j--) {
    if ((words[j + 1] as Word).breakBefore) return null;
    if (has(YOUR, words[j])) return 'reader';
  }
  return null;
}

/** "your stupid idea", "your ridiculous, tired excuses": the act judged is the reader's. */
function ownedByReader(words: Word[], i: number): boolean {
  for (let j = i - 1; j >= 0 && i - j <= 3; j--) {
    if ((words[j + 1] as Word).breakBefore) return false;
    if (has(YOUR, words[j])) return true;
  }
  return false;
}
