import { hasForm as has, type Word } from '../normalize/words.js';

/**
 * Rude words used as "very" before a word of quality: "crazy good", "stupid fast", "insanely cheap", "ridiculously
 * talented". They grade the quality and call nobody anything. Not before a rude word ("crazy stupid") or a noun
 * ("crazy people").
 */

/** Rude words readers use for "very". */
export const AS_VERY: ReadonlySet<string> = new Set(
  'crazy insane insanely stupid stupidly ridiculous ridiculously silly mad wicked sick absurdly obscenely'.split(' '),
);
/** Words of quality they grade (no rude word among them). */
export const QUALITY: ReadonlySet<string> = new Set(
  'good great fast quick easy cheap expensive pricey rich talented smart clever funny cute beautiful gorgeous lucky popular busy hot cold strong loud quiet big huge small tiny long short tall early late high low delicious tasty fun helpful efficient accurate generous addictive catchy fit healthy productive'.split(
    ' ',
  ),
);

/** Whether the listed word at `i` grades the quality word right after it. */
export function gradesQuality(words: readonly Word[], i: number): boolean {
  const next = words[i + 1];
  return has(AS_VERY, words[i]) && !!next && !next.breakBefore && !next.pauseBefore && has(QUALITY, next);
}
