/**
 * A person pictured with their head or a stick up their backside, in the syntax of `phrases.ts`: "he has his head up
 * his arse", "pull your head from your behind", "she has a stick up her bum". Each needs a person's backside
 * ("your", "his", "their"), so "the ostrich with its head in the sand" and "a stick up the chimney" stay plain.
 * "Head out of your ass" is in `insult-phrases.ts`.
 */
import type { PhraseSpec } from './phrases.js';
import { anyOf } from './slot.js';

/** Words for the backside the phrases are built on. */
export const BACKSIDE_WORDS: readonly string[] = [
  'ass',
  'arse',
  'butt',
  'asses',
  'arses',
  'butts',
  'backside',
  'behind',
  'bum',
  'posterior',
  'rectum',
];
/** What is pictured up a backside: a head, or a stick for a prig. */
export const STICKS: readonly string[] = ['stick', 'pole', 'rod', 'broomstick'];
const BACKSIDE = anyOf(BACKSIDE_WORDS);
/** Whose backside: the reader's or someone's. */
const OWNER = '@your|his|her|their';

export const BACKSIDE_PHRASES: readonly PhraseSpec[] = [
  // "your head is up your ass", "their heads stuck in their behinds", "take your head from your backside".
  { kind: 'profanity', score: 0.65, pattern: `head|heads up|in|from ${OWNER} own? ${BACKSIDE}` },
  // "a stick up his bum", "a pole up her arse": a prig.
  { kind: 'profanity', score: 0.6, pattern: `${anyOf(STICKS)} up ${OWNER} ${BACKSIDE}` },
];
