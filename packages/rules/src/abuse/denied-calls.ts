/**
 * Calls for harm the writer denies making: "I don't think the answer is to kill them", "Nobody says he should be
 * shot", "I'm not saying someone should cut off his hands". The denial stands in the clause before the call: a
 * negated verb of thinking, saying or wanting, or "nobody" / "no one". A denial in an earlier clause ("I don't care,
 * he should be shot") denies nothing.
 */
import { hasForm as has, type Word } from '../normalize/words.js';

/** Verbs whose clause is the writer's claim or wish: "think", "saying", "want". */
const CLAIMING: ReadonlySet<string> = new Set(
  'think thinks believe believes say says said saying suggest suggests suggesting claim claims claiming mean want wants wish advocate advocating'.split(
    ' ',
  ),
);
/** Words that deny the verb after them. */
const DENIAL: ReadonlySet<string> = new Set('not never nt t dont didnt doesnt don didn doesn'.split(' '));
/** Subjects that deny by themselves: "Nobody says ...", "No one wants ...". */
const NOBODY: ReadonlySet<string> = new Set(['nobody', 'noone']);
/** How far before the call its denial may stand: "I [do] [not] [really] [think] [the] answer is ...". */
const REACH = 6;

/** Whether the call starting at word `i` is denied in its clause. */
export function deniedCall(words: readonly Word[], i: number): boolean {
  if (disowned(words, i)) return true;
  let claimed = false;
  for (let k = i - 1; k >= 0 && i - k <= REACH; k--) {
    const after = words[k + 1] as Word;
    if (after.breakBefore || after.pauseBefore) return false;
    const w = words[k] as Word;
    if (has(NOBODY, w) || (w.text === 'one' && words[k - 1]?.text === 'no')) return true;
    if (has(CLAIMING, w)) claimed = true;
    else if (claimed && has(DENIAL, w)) return true;
  }
  return false;
}

/** Verbs that tell what others say or are heard saying: "the man who said ...", "Saying ... is a crime". */
const SAYING: ReadonlySet<string> = new Set(
  'say says said saying claim claims claimed claiming suggest suggests suggested suggesting hearing heard argue argues argued arguing'.split(
    ' ',
  ),
);
/** Gerunds that open a sentence naming a saying as a deed: "Saying immigrants should be shot is a crime". */
const SAYING_DEEDS: ReadonlySet<string> = new Set(['saying', 'claiming', 'suggesting', 'arguing']);
/** Words before a saying that make it someone else's: "the man who said", "tired of hearing". */
const OTHERS: ReadonlySet<string> = new Set(['who', 'whoever', 'of']);
/** Words after a call that take it up: "... who say they should be shot are right". */
const TAKEN_UP: ReadonlySet<string> = new Set(['right', 'correct', 'true', 'spot', 'agree', 'amen']);

/**
 * A call in a saying the writer gives to others: "The man who said Xs should be gassed was jailed", "I'm tired of
 * hearing that Ys should be stoned", "Saying Zs should be shot is a crime"; not "Those who say they should be shot
 * are right", "I said he should be shot".
 */
function disowned(words: readonly Word[], i: number): boolean {
  for (let k = i - 1; k >= 0 && i - k <= REACH; k--) {
    if ((words[k + 1] as Word).breakBefore || (words[k + 1] as Word).pauseBefore) return false;
    const w = words[k] as Word;
    if (!has(SAYING, w)) continue;
    const before = words[k - 1];
    const opening = k === 0 || w.breakBefore;
    const others = (opening && has(SAYING_DEEDS, w)) || (!!before && !w.breakBefore && has(OTHERS, before));
    return others && !takenUp(words, i);
  }
  return false;
}

function takenUp(words: readonly Word[], i: number): boolean {
  for (let j = i + 1; j < words.length && j - i <= 12; j++) {
    const w = words[j] as Word;
    if (w.breakBefore) return false;
    if (has(TAKEN_UP, w)) return true;
  }
  return false;
}
