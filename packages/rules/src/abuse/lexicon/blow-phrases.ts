/**
 * Blows called someone's due in the passive, in the syntax of `phrases.ts`: "he needs to be slapped", "she should be
 * pistol-whipped", "they deserve to get smacked around". The active calls ("somebody ought to smack him") are read by
 * `violence-calls.ts`.
 */
import type { PhraseSpec } from './phrases.js';

/** Blows suffered, said of a person: "slapped", "smacked", "kneecapped" (not "punched", a ticket is punched too). */
export const BLOWS_SUFFERED: readonly string[] = [
  'slapped',
  'smacked',
  'whacked',
  'bitchslapped',
  'backhanded',
  'pistolwhipped',
  'horsewhipped',
  'kneecapped',
  'curbstomped',
  'bludgeoned',
  'throttled',
  'caned',
  'tasered',
  'tased',
];

export const BLOW_PHRASES: readonly PhraseSpec[] = [
  {
    kind: 'threat',
    score: 0.8,
    pattern: `should|must|ought|deserve|deserves|deserved|needs|need ~2 be|get|gets ${BLOWS_SUFFERED.join('|')}`,
  },
  // "he should be pistol-whipped", "needs to be roughed up", "should be beaten senseless".
  {
    kind: 'threat',
    score: 0.8,
    pattern: 'should|must|ought|deserve|deserves|needs|need ~2 be|get|gets pistol whipped',
  },
  { kind: 'threat', score: 0.8, pattern: 'should|must|ought|deserve|deserves|needs|need ~2 be|get|gets roughed up' },
  {
    kind: 'threat',
    score: 0.8,
    pattern: 'should|must|ought|deserve|deserves|needs|need ~2 be|get|gets beaten|knocked senseless|unconscious|bloody',
  },
  // "somebody should slap some sense into him".
  { kind: 'threat', score: 0.7, pattern: 'slap|smack|beat some sense into @pronoun|em' },
  // "someone should smack that smug grin off his face" ("wipe the smirk off his face" is no blow).
  {
    kind: 'threat',
    score: 0.75,
    pattern: 'smack|slap|knock|punch the|that ~2 smirk|grin|smile|look off @your|his|her|their face|faces',
  },
  // "pistol whip him".
  { kind: 'threat', score: 0.8, pattern: 'pistol whip @pronoun|em' },
];
