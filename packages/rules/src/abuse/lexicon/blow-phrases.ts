/**
 * Blows called someone's due in the passive, in the syntax of `phrases.ts`: "he needs to be slapped", "she should be
 * pistol-whipped", "they deserve to get smacked around". The active calls ("somebody ought to smack him") are read by
 * `violence-calls.ts`.
 */
import type { PhraseSpec } from './phrases.js';
import { anyOf } from './slot.js';

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
    pattern: `should|must|ought|deserve|deserves|deserved|needs|need ~2 be|get|gets ${anyOf(BLOWS_SUFFERED)}`,
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
  // "I hope someone puts a bullet in him".
  { kind: 'threat', score: 0.85, pattern: 'puts|putting ~1 bullet|bullets in|into|through @pronoun|em' },
  // "The only good X is a dead X".
  { kind: 'threat', score: 0.8, pattern: 'only good ~2 is|are a|an? dead' },
  // "Bring back the rope", "he deserves the noose".
  { kind: 'threat', score: 0.75, pattern: 'bring|bringing back the rope|noose|gallows|guillotine' },
  { kind: 'threat', score: 0.8, pattern: 'deserve|deserves|deserved the rope|noose|gallows|guillotine' },
  // "give me five minutes alone with him", "meet me in a dark alley".
  { kind: 'threat', score: 0.75, pattern: 'minutes alone with @pronoun|em|that|this' },
  { kind: 'threat', score: 0.75, pattern: 'minutes in a|the room|cell|alley with @pronoun|em|that|this' },
  { kind: 'threat', score: 0.7, pattern: 'meet|catch|see @pronoun|me in a dark alley' },
  // "he'd better watch his back".
  { kind: 'threat', score: 0.7, pattern: 'better|best watch|mind @your|his|her|their back|backs' },
  // "pistol whip him".
  { kind: 'threat', score: 0.8, pattern: 'pistol whip @pronoun|em' },
];
