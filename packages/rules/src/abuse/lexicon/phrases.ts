/**
 * Multi-word patterns for threats, incitement to self-harm, harassment and profanity aimed at someone.
 * Syntax, one slot per space: `a|b|c` alternatives, `@class` a word class (see CLASSES), a trailing `?` makes
 * a slot optional, `~N` skips up to N words (never across a sentence end). The first slot must be plain.
 * Patterns are general English; a pattern should need a target ("you", "the author", a name) or an
 * unambiguous phrase, so that news about violence ("militants killed twelve soldiers") never matches.
 */
export type PhraseKind = 'threat' | 'self-harm' | 'harassment' | 'profanity';

export interface PhraseSpec {
  kind: PhraseKind;
  score: number;
  pattern: string;
}

export const CLASSES: Readonly<Record<string, readonly string[]>> = {
  you: ['you', 'u', 'ya', 'ye', 'yu', 'youre', 'ur', 'yall', 'yourselves'],
  yourself: ['yourself', 'urself', 'yourselves', 'yaself', 'yoself', 'yourselfs', 'ureself', 'self'],
  your: ['your', 'ur', 'yr', 'yer'],
  pronoun: ['you', 'u', 'him', 'her', 'them', 'ya'],
  modal: [
    'should', 'shud', 'shld', 'will', 'll', 'would', 'wud', 'd', 'gonna', 'wanna', 'must', 'ought', 'going',
    'gotta', 'need', 'needs', 'deserve', 'deserves', 'lets', 'hope', 'someone', 'somebody',
  ],
  violent: [
    'kill', 'shoot', 'stab', 'hang', 'lynch', 'behead', 'decapitate', 'murder', 'strangle', 'punch', 'slap',
    'execute', 'waterboard', 'rape', 'drown', 'knife', 'slit', 'shank', 'throttle', 'torture', 'maim',
    'castrate', 'burn', 'bomb', 'gut', 'skewer', 'glass', 'bottle', 'firebomb', 'petrol',
  ],
  passive: [
    'shot', 'hanged', 'hung', 'killed', 'executed', 'lynched', 'murdered', 'beaten', 'stabbed', 'gassed',
    'burned', 'burnt', 'exterminated', 'culled', 'strangled', 'drowned', 'tortured', 'raped', 'castrated',
    'neutered', 'beheaded', 'stoned', 'flogged', 'whipped', 'shot dead', 'sterilised', 'sterilized',
  ],
  height: ['bridge', 'cliff', 'building', 'roof', 'rooftop', 'balcony', 'tower', 'ledge', 'window', 'train', 'bus', 'skyscraper', 'pier'],
  wish: [
    'die', 'dies', 'died', 'starve', 'starves', 'rot', 'rots', 'croak', 'croaks', 'drown', 'drowns', 'choke',
    'chokes', 'perish', 'perishes', 'cancer', 'killed', 'shot', 'raped', 'murdered', 'stabbed',
  ],
};

export const PHRASES: readonly PhraseSpec[] = [
  // Incitement to self-harm
  { kind: 'self-harm', score: 0.95, pattern: 'kys' },
  { kind: 'self-harm', score: 0.95, pattern: 'kill|hang|neck|off|end|unalive|drown|shoot|stab|top|rope|gas @yourself' },
  { kind: 'self-harm', score: 0.9, pattern: 'go|pls|please|plz|just ~1 die' },
  { kind: 'self-harm', score: 0.9, pattern: 'jump|throw|hurl|chuck|fling @yourself? off|from|into|under|in ~3 @height' },
  { kind: 'self-harm', score: 0.9, pattern: 'stop breathing' },
  { kind: 'self-harm', score: 0.9, pattern: 'drink|drinks|swallow|gargle bleach|poison|antifreeze' },
  { kind: 'self-harm', score: 0.9, pattern: 'slit|cut|open @your wrists|wrist|throat' },
  { kind: 'self-harm', score: 0.9, pattern: 'end @your ~2 life' },
  { kind: 'self-harm', score: 0.9, pattern: 'take @your own life' },
  { kind: 'self-harm', score: 0.85, pattern: 'nobody|noone would|will|d ~1 miss @you' },
  { kind: 'self-harm', score: 0.85, pattern: 'no one would|will|d ~1 miss @you' },
  { kind: 'self-harm', score: 0.85, pattern: 'world|everyone|everybody would|will|d ~2 better ~1 without @you' },
  { kind: 'self-harm', score: 0.85, pattern: 'waste of oxygen|skin' },
  // Threats
  { kind: 'threat', score: 0.9, pattern: '@modal ~2 @violent ~2 @target' },
  { kind: 'threat', score: 0.9, pattern: 'should|must|ought|deserve|deserves|needs|need ~2 be|get|gets @passive' },
  { kind: 'threat', score: 0.9, pattern: 'should|must|ought|deserve|deserves|needs|need ~2 be|get|gets put|taken down|out' },
  { kind: 'threat', score: 0.85, pattern: 'put down like' },
  { kind: 'threat', score: 0.9, pattern: 'i|we|ive know|found where @you|he|she|they|your|his|her ~1 live|lives|work|works|sleep|sleeps' },
  { kind: 'threat', score: 0.85, pattern: 'i|we know|found @your|his|her address|family|kids|children|wife|husband|house|home|school|workplace|employer' },
  { kind: 'threat', score: 0.7, pattern: 'watch|mind @your back' },
  { kind: 'threat', score: 0.85, pattern: 'dead meat' },
  { kind: 'threat', score: 0.45, pattern: '@you will|ll ~1 regret' },
  { kind: 'threat', score: 0.85, pattern: 'hunt|track @pronoun down' },
  { kind: 'threat', score: 0.85, pattern: 'i|we will|ll|gonna|going|am|m ~2 come for|after @pronoun' },
  { kind: 'threat', score: 0.9, pattern: 'bullet|bullets in|through @your|his|her|their head|skull|brain|face' },
  { kind: 'threat', score: 0.85, pattern: 'string|strung @pronoun up' },
  // Harassment: wishing harm, telling people where to go
  { kind: 'harassment', score: 0.8, pattern: 'hope|wish|pray @you|your|he|she|they|his|her|their|ur ~6 @wish' },
  { kind: 'harassment', score: 0.75, pattern: 'die|burn|rot in a? fire|hell|agony' },
  { kind: 'harassment', score: 0.55, pattern: 'shut @your mouth|face|trap|gob|hole|cakehole|piehole|yap' },
  { kind: 'harassment', score: 0.4, pattern: 'shut up|it' },
  { kind: 'harassment', score: 0.7, pattern: 'go back to @your|where|the ~2 country|cave|caves|hole|jungle|desert|village|swamp|came|tree|trees' },
  { kind: 'harassment', score: 0.35, pattern: 'nobody|noone cares|asked|likes' },
  // Profanity aimed at someone
  { kind: 'profanity', score: 0.8, pattern: 'fuck|fck|fuk|phuck|feck|screw|fu off|you|u|ya|yourself|urself|yourselves|him|her|them' },
  { kind: 'profanity', score: 0.6, pattern: 'piss|sod|bugger off' },
  { kind: 'profanity', score: 0.85, pattern: 'go fuck|screw|fck @yourself' },
  { kind: 'profanity', score: 0.7, pattern: 'stfu|gtfo' },
  { kind: 'profanity', score: 0.7, pattern: 'suck my dick|cock|balls' },
  { kind: 'profanity', score: 0.7, pattern: 'eat shit|dick' },
];
