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
  'good great fast quick easy cheap expensive pricey rich talented smart clever funny cute beautiful gorgeous lucky popular busy hot cold strong loud quiet big huge small tiny long short tall early late high low delicious tasty fun helpful efficient accurate generous addictive catchy fit healthy productive loyal consistent reliable durable underrated detailed realistic smooth sharp precise fresh sweet soft bright rare close tight deep hard difficult important useful powerful impressive skilled gifted versatile athletic fluent organized friendly brave'.split(
    ' ',
  ),
);

/** Whether the listed word at `i` grades the quality word right after it. */
export function gradesQuality(words: readonly Word[], i: number): boolean {
  const next = words[i + 1];
  return has(AS_VERY, words[i]) && !!next && !next.breakBefore && !next.pauseBefore && has(QUALITY, next);
}

/** Rude words for being fond of something: "crazy about the Habs", "mad about jazz", "nuts over old cars". */
export const AS_FOND: ReadonlySet<string> = new Set(['crazy', 'mad', 'nuts', 'wild', 'bonkers', 'insane']);
const ABOUT: ReadonlySet<string> = new Set(['about', 'over']);

/**
 * Whether the listed word at `i` says someone is fond of something: "He's crazy about the Habs", "crazy for pizza".
 * Not "crazy for believing it": a reason after "for" is a verdict on the person.
 */
export function fondOf(words: readonly Word[], i: number): boolean {
  const next = words[i + 1];
  if (!has(AS_FOND, words[i]) || !next || next.breakBefore || next.pauseBefore) return false;
  if (has(ABOUT, next)) return true;
  const after = words[i + 2];
  return next.text === 'for' && !!after && !after.breakBefore && !after.text.endsWith('ing');
}
