import { hasForm as has, type Word } from '../normalize/words.js';
import { directionOf } from './directedness.js';
import { isIntensifier } from './lexicon/index.js';
import { negated } from './verdict.js';

const SEEMING = ['seem', 'seems', 'sound', 'sounds'];

/** Words right before the adjective that make it a description of the reader: "you're sick", "a sick one". */
const DESCRIBING: ReadonlySet<string> = new Set(['you', 'u', 're', 'are', 'a', 'one', 'such', ...SEEMING]);
/** Verbs that say how the reader comes across, as "are" does: "you sound bitter", "you seem so insecure". */
const SEEMING_VERBS: ReadonlySet<string> = new Set(SEEMING);
/**
 * Degree words before the adjective that are not intensifiers elsewhere ("a pretty day"): "you are a pretty damaged
 * human being", "you seem rather bitter".
 */
const DEGREE: ReadonlySet<string> = new Set(['pretty', 'rather', 'quite', 'fairly', 'kinda', 'somewhat']);
/**
 * Words opening what a verb acts on: after a bare "you" the participle is the verb ("you twisted my words", "you
 * disturbed the whole street"), not a description.
 */
const OBJECT_START: ReadonlySet<string> = new Set([
  'my',
  'our',
  'your',
  'his',
  'her',
  'their',
  'its',
  'the',
  'a',
  'an',
  'this',
  'that',
  'these',
  'those',
  'it',
  'me',
  'us',
  'him',
  'them',
  'everyone',
  'everything',
  'people',
]);
/**
 * "sick of it", "sick with flu", "insecure about money": a state, not a verdict on the reader (and "sick and tired",
 * below).
 */
const STATE: ReadonlySet<string> = new Set(['of', 'with', 'from', 'after', 'about', 'by']);
/** "if you're sick", "when you are sick": a condition, not a verdict. */
const CONDITION: ReadonlySet<string> = new Set([
  'if',
  'when',
  'whenever',
  'unless',
  'until',
  'once',
  'because',
  'while',
]);

const CAUSING: ReadonlySet<string> = new Set(['make', 'makes', 'made', 'making']);
/** "sorry to hear you're sick", "I hope you are not sick": sympathy or news, not a verdict. */
const SYMPATHY: ReadonlySet<string> = new Set(['sorry', 'hear', 'heard', 'sad', 'hope', 'hoping']);

/**
 * A reader-only adjective at `i` ("sick", "twisted") said to the reader's face: "you're sick", "you are one sick
 * puppy", "you sick ...", "you are one damaged human being", "you sound bitter", "you seem to be so insecure".
 * Not "if you're sick, stay home", "you'll get sick", "are you sick of it", "you're not sick", "when you're sick",
 * "sorry to hear you are sick", "you sound sick", "do you seem bitter?", "you twisted my words".
 */
export function saidToReader(words: Word[], i: number): boolean {
  let j = i - 1;
  while (j >= 0 && degree(words[j] as Word) && !(words[j + 1] as Word).breakBefore) j--;
  // "you seem to be bitter": the verb of seeming stands before "to be".
  if (words[j]?.text === 'be' && words[j - 1]?.text === 'to' && has(SEEMING_VERBS, words[j - 2])) j -= 2;
  if (j < 0 || (words[j + 1] as Word).breakBefore || !has(DESCRIBING, words[j])) return false;
  const next = words[i + 1];
  // "you twisted my words": a bare "you" before a verb and what it acts on.
  if (j === i - 1 && has(YOU, words[j]) && next && !next.breakBefore && !next.pauseBefore && has(OBJECT_START, next))
    return false;
  // "eggs make you sick", "the smell made you sick": what the reader is made to feel.
  if (has(CAUSING, words[j - 1])) return false;
  if (next && !next.breakBefore && has(STATE, next)) return false;
  if (next?.text === 'and' && words[i + 2]?.text === 'tired') return false;
  for (let k = j; k >= 0 && j - k <= 3; k--) {
    if (has(CONDITION, words[k]) || has(SYMPATHY, words[k])) return false;
    if ((words[k] as Word).breakBefore) break;
  }
  // "you sound bitter", "you seem to be so insecure": said of the reader when "you" is the subject.
  // Not a health ("you sound sick"), a question ("do you seem bitter?") or a denial ("you don't seem bitter").
  if (has(SEEMING_VERBS, words[j])) {
    if ((words[i] as Word).text === 'sick' || has(ASKING, words[j - 2]) || negated(words, i)) return false;
    return has(YOU, words[j - 1]) && !(words[j] as Word).breakBefore;
  }
  const d = directionOf(words, i, false);
  return d.explicit && d.target === 'reader' && !negated(words, i);
}

/** An intensifier or a degree word: "so", "really", "pretty", "rather". */
function degree(w: Word): boolean {
  return isIntensifier(w.forms) || has(DEGREE, w);
}
const YOU: ReadonlySet<string> = new Set(['you', 'u', 'ya']);
const ASKING: ReadonlySet<string> = new Set(['do', 'does', 'did', 'don', 'doesn', 'didn', 'dont', 'doesnt', 'didnt']);
