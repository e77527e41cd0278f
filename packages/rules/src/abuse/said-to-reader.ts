import { hasForm as has, type Word } from '../normalize/words.js';
import { directionOf } from './directedness.js';
import { isIntensifier } from './lexicon/index.js';
import { negated } from './verdict.js';

/** Words right before the adjective that make it a description of the reader: "you're sick", "a sick one". */
const DESCRIBING: ReadonlySet<string> = new Set(['you', 'u', 're', 'are', 'a', 'one', 'such']);
/**
 * "sick of it", "sick with flu", "insecure about money": a state, not a verdict on the reader (and "sick and tired",
 * below).
 */
const STATE: ReadonlySet<string> = new Set(['of', 'with', 'from', 'after', 'about']);
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
 * puppy", "you sick ...". Not "if you're sick, stay home", "you'll get sick", "are you sick of it", "you're not sick", "when you're sick",
 * "sorry to hear you are sick".
 */
export function saidToReader(words: Word[], i: number): boolean {
  let j = i - 1;
  while (j >= 0 && isIntensifier((words[j] as Word).forms) && !(words[j + 1] as Word).breakBefore) j--;
  if (j < 0 || (words[j + 1] as Word).breakBefore || !has(DESCRIBING, words[j])) return false;
  // "eggs make you sick", "the smell made you sick": what the reader is made to feel.
  if (has(CAUSING, words[j - 1])) return false;
  const next = words[i + 1];
  if (next && !next.breakBefore && has(STATE, next)) return false;
  if (next?.text === 'and' && words[i + 2]?.text === 'tired') return false;
  for (let k = j; k >= 0 && j - k <= 3; k--) {
    if (has(CONDITION, words[k]) || has(SYMPATHY, words[k])) return false;
    if ((words[k] as Word).breakBefore) break;
  }
  const d = directionOf(words, i, false);
  return d.explicit && d.target === 'reader' && !negated(words, i);
}
