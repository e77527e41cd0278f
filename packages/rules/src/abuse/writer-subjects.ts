import { hasForm as has, type Word } from '../normalize/words.js';

/**
 * A deed whose subject is the writer: "I could never jump off that cliff", "we'd just die", "I'm not going to drink
 * bleach". Incitement tells someone else to do it ("jump off a cliff", "I hope you jump off a bridge"), so a phrase of
 * self-harm the writer is the subject of incites no one.
 */

const WRITER: ReadonlySet<string> = new Set(['i', 'we', 'im', 'id', 'ill']);
/** Words between the writer and the verb: modals, negation, adverbs, "going to", "want to". */
const BETWEEN: ReadonlySet<string> = new Set(
  'could would will should can might may must d ll m re am are was were never not t cant couldnt wouldnt wont dont didnt just also still really literally almost nearly totally probably definitely rather going gonna to want wanna wanted tried try dared dare nearly'.split(
    ' ',
  ),
);
/** How many words may stand between the writer and the verb. */
const REACH = 5;

/** Whether the verb at `first` has the writer as its subject, within its clause. */
export function writerDoes(words: readonly Word[], first: number): boolean {
  for (let j = first - 1; j >= 0 && first - j <= REACH + 1; j--) {
    const after = words[j + 1] as Word;
    if (after.breakBefore || after.pauseBefore) return false;
    const w = words[j] as Word;
    if (has(WRITER, w)) return true;
    if (!has(BETWEEN, w)) return false;
  }
  return false;
}
