import { hasForm as has, type Word } from '../normalize/words.js';

/**
 * Names said inside a claim the writer denies: "I don't think you are stupid", "Nobody thinks the voters are
 * idiots", "No one here is calling you a liar", "I never said the mayor was a fool". The name is the predicate of
 * a verb of thinking or saying that is negated. Still an insult when the sentence goes on to take the denial
 * back ("I'm not saying you're an idiot, but ..."), compares ("I don't think there's a bigger fool than you"), or
 * when the name stands apart from the claim ("I don't think, you idiot", "Nobody said that, moron").
 */

/** Verbs whose clause is a claim: "think [that] X is", "said X was", "calling X a". */
const CLAIM: ReadonlySet<string> = new Set(
  'think thinks thought believe believes believed say says said saying suggest suggests suggested suggesting claim claims claimed claiming imply implies implied implying mean meant'.split(
    ' ',
  ),
);
/** Verbs whose object is named directly: "calling you an idiot", "consider him a fool". */
const NAMING: ReadonlySet<string> = new Set(
  'call calls called calling consider considers considered considering find finds found'.split(' '),
);
/** Words that deny the verb after them: "don't think", "never said", "nobody is calling", "no one thinks". */
const DENIAL: ReadonlySet<string> = new Set(
  'not never no nobody noone none nt don doesn didn isn aren wasn weren couldn wouldn'.split(' '),
);
/** Verbs of being that join the claim's subject to the name: "you are", "the mayor was", "he's". */
const BEING: ReadonlySet<string> = new Set(['is', 'are', 'was', 'were', 'be', 'been', 're', 's', 'm', 'am']);
/**
 * Words that make the name an insult after all: "anything but a fool", "a bigger idiot than", "not ..., but", "as
 * big a hypocrite as you", and surprise at how much: "I never thought he could be this incompetent", "I didn't think
 * he was such a fool".
 */
const TAKEN_BACK: ReadonlySet<string> = new Set('but except than anything nothing other as such so this'.split(' '));
/** Words that open another clause: the name belongs to it, not to the claim ("not call them X when they are Y"). */
const CLAUSE: ReadonlySet<string> = new Set(
  'when while because since if unless although though whereas who which where and or then until'.split(' '),
);
/** How far the name may stand from its claim verb: "think [that] [the] [new] [mayor] [is] [a] [complete] idiot". */
const CLAIM_REACH = 8;
/** How far before the claim verb its denial may stand: "no [one] [here] [is] calling". */
const DENIAL_REACH = 4;

/** Whether the name at `i` is the predicate of a denied claim. */
export function deniedClaim(words: readonly Word[], i: number): boolean {
  let being = false;
  for (let k = i - 1; k >= 0 && i - k <= CLAIM_REACH; k--) {
    const after = words[k + 1] as Word;
    if (after.breakBefore || after.pauseBefore) return false;
    const w = words[k] as Word;
    if (has(TAKEN_BACK, w) || has(CLAUSE, w)) return false;
    if (has(BEING, w)) being = true;
    const naming = has(NAMING, w);
    if (!naming && !has(CLAIM, w)) continue;
    // "think you realise what an idiot you are": the name must be said of the claim's subject.
    if (!naming && !being) return false;
    return deniedVerb(words, k) && !takenBackAfter(words, i);
  }
  return false;
}

/** A denial up to DENIAL_REACH words before the verb at `k`, in its sentence and clause. */
function deniedVerb(words: readonly Word[], k: number): boolean {
  for (let j = k - 1; j >= 0 && k - j <= DENIAL_REACH; j--) {
    const after = words[j + 1] as Word;
    if (after.breakBefore || after.pauseBefore) return false;
    if (has(DENIAL, words[j])) return true;
  }
  return false;
}

/** "..., but", "than you" after the name, in its sentence: the denial was a way of saying it. */
function takenBackAfter(words: readonly Word[], i: number): boolean {
  for (let k = i + 1; k < words.length; k++) {
    const w = words[k] as Word;
    if (w.breakBefore) return false;
    if (has(TAKEN_BACK, w)) return true;
  }
  return false;
}
