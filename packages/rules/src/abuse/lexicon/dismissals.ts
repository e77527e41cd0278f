import type { PhraseSpec } from './phrases.js';

/**
 * Vulgar dismissals and sexual jibes, in the syntax of `phrases.ts`: phrases no one says but to brush a person off
 * or demean them, so they act wherever they stand ("they can all kiss my ass", "shove it where the sun don't
 * shine", "his tiny penis", "she slept her way to the top"). Retorts that are plain words elsewhere ("bite me" of a
 * dog) are in `RETORTS`.
 */
/** A post held, said to be got through sex: "got the job", "earned her promotion". */
const EARNED = 'got|get|gets|earned|landed|won the|her|his|that|this job|promotion|role|position|gig|seat|post ~2';
/** Whom a post is said to have been got from in bed: "by screwing the boss". */
const BEDDED = 'boss|director|producer|editor|manager|chairman|ceo|president|owner|coach|senator|him|her';

export const DISMISSAL_PHRASES: readonly PhraseSpec[] = [
  // "kiss my ass", "kiss my lily white behind", "kisses every donor's butt": told to, or said to fawn on someone.
  {
    kind: 'harassment',
    score: 0.6,
    pattern: 'kiss|kisses|kissed|kissing ~3 ass|arse|butt|asses|arses|butts|backside',
  },
  // "stick it where the sun don't shine", "shove it up your ass", "blow it out your ear".
  { kind: 'harassment', score: 0.6, pattern: 'where the sun don|doesn|dont|doesnt|never t? shine|shines' },
  {
    kind: 'harassment',
    score: 0.6,
    pattern: 'stick|shove|cram|stuff|put it|that|this|them where the sun don|doesn|dont|doesnt|never t? shine|shines',
  },
  {
    kind: 'harassment',
    score: 0.6,
    pattern: 'stick|shove|cram|stuff|put it|that|this|them up @your|his|her|their ass|arse|butt|backside|rear',
  },
  { kind: 'harassment', score: 0.6, pattern: 'blow it out @your|his|her|their ass|arse|butt|ear|ears|backside' },
  { kind: 'harassment', score: 0.6, pattern: 'go pound sand' },
  // "a middle finger salute to you", "middle finger to all of them".
  { kind: 'harassment', score: 0.6, pattern: 'middle finger|fingers salute? to|for @you|him|her|them|yall|all' },
  // A sexual jibe about a man's body or a woman's career: "his tiny penis", "she slept her way to the top".
  {
    kind: 'harassment',
    score: 0.7,
    pattern: 'his|her|their|its small|tiny|little|teeny|puny|micro dick|dicks|pecker|peckers|wiener|wieners',
  },
  {
    kind: 'harassment',
    score: 0.7,
    pattern: 'his|her|their|its small|tiny|little|teeny|puny|micro ~1 penis|penises|manhood',
  },
  { kind: 'harassment', score: 0.65, pattern: 'small|tiny|little penis|dick|pecker syndrome|complex|energy' },
  {
    kind: 'harassment',
    score: 0.65,
    pattern: 'slept|sleeps|sleeping|screwed|screws her|his|their way to|into|up the? top|bed?',
  },
  { kind: 'insult', score: 0.65, pattern: 'sex starved|crazed|deprived|starving' },
  // "She only got the job by sleeping with the boss", "bet she's great in bed": a woman's career or body made a
  // sexual jibe.
  {
    kind: 'harassment',
    score: 0.65,
    pattern: `${EARNED} by|from sleeping|shagging|bonking with|around`,
  },
  {
    kind: 'harassment',
    score: 0.65,
    pattern: `${EARNED} by|from screwing|blowing|bonking|shagging the|her|his? ${BEDDED}`,
  },
  {
    kind: 'harassment',
    score: 0.6,
    pattern: 'bet|betcha she|he|you s|is|re|are|d|would|ll be? great|good|amazing|wild|fun|kinky|freaky in bed',
  },
];

/**
 * Two- or three-word retorts that brush off whoever is addressed ("Bite me.", "Get bent, pal.", "Up yours!") but
 * are plain words inside a sentence ("the dog tried to bite me", "bent out of shape"): they act only as a whole
 * sentence or clause, or after "you can" / "he can" ("they can eat my shorts").
 */
export const RETORTS: readonly (readonly string[])[] = [
  ['bite', 'me'],
  ['get', 'bent'],
  ['get', 'stuffed'],
  ['up', 'yours'],
  ['blow', 'me'],
  ['suck', 'it'],
  ['eat', 'my', 'shorts'],
  ['eat', 'me'],
  ['kiss', 'off'],
  ['pound', 'sand'],
  ['drop', 'dead'],
];

/**
 * Retorts that are plain advice alone ("suck it up and keep going") and a brush-off said to someone: "Suck it up,
 * buttercup.", "Suck it up Nancy." They act followed by a name or one of `ADDRESSES`, ending the clause.
 */
export const ADDRESSED_RETORTS: readonly (readonly string[])[] = [
  ['suck', 'it', 'up'],
  ['cry', 'me', 'a', 'river'],
  ['boo', 'hoo'],
];
/** Words that address the reader with scorn after a retort: "..., buttercup", "..., snowflake". */
export const ADDRESSES: readonly string[] = [
  'buttercup',
  'princess',
  'cupcake',
  'snowflake',
  'snowflakes',
  'lib',
  'libs',
  'libbie',
  'libbies',
  'lefty',
  'lefties',
  'leftie',
  'liberals',
  'trumpster',
  'trumpsters',
  'con',
  'cons',
  'pal',
  'buddy',
  'sweetie',
  'sweetheart',
  'kiddo',
  'crybaby',
  'crybabies',
];
