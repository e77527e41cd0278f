/**
 * Multi-word patterns for threats, incitement to self-harm, harassment and profanity aimed at someone.
 * Syntax, one slot per space: `a|b|c` alternatives, `@class` a word class (see CLASSES), a trailing `?` makes
 * a slot optional, `~N` skips up to N words (never across a sentence end). The first slot must be plain.
 * Patterns are general English; a pattern should need a target ("you", "the author", a name) or an
 * unambiguous phrase, so that news about violence ("militants killed twelve soldiers") never matches.
 */

import { BACKSIDE_PHRASES } from './backside-phrases.js';
import { BLOW_PHRASES } from './blow-phrases.js';
import { CAMP_PHRASES } from './camp-phrases.js';
import { DEATH_PHRASES } from './death-phrases.js';
import { MAIMED_PARTS } from './harm.js';
import { INSULT_PHRASES } from './insult-phrases.js';
import { MENACE_PHRASES } from './menace-phrases.js';
import { MIND_PHRASES } from './mind-phrases.js';
import { TAUNT_PHRASES } from './taunt-phrases.js';
import { HARM_PHRASES } from './threat-phrases.js';

export type PhraseKind = 'threat' | 'self-harm' | 'harassment' | 'profanity' | 'insult';

export interface PhraseSpec {
  kind: PhraseKind;
  score: number;
  pattern: string;
  /** The phrase also names an animal ("lap dog"): after an article or "my", "our", "her" it is the animal. */
  animal?: true;
  /** The phrase only ever names a person ("drama queen"): "the" or "this" before it does not make it a thing. */
  person?: true;
  /**
   * The phrase is an order: it counts only opening its sentence or after "go", "just", "please" or "and" ("Get
   * cancer and die."; not "smokers get cancer and die younger").
   */
  order?: true;
  /**
   * The phrase is a clause of its own: it counts only when the text, a stop or a comma follows it ("Bullet to the
   * head."; not "a bullet to the head killed him").
   */
  whole?: true;
}

/** Someone's things damaged: "key his car", "slash her tyres", "smash their windows". */
const DAMAGED =
  'key|slash|vandalize|vandalise|torch|smash|firebomb @your|his|her|their car|cars|tires|tyres|windows|house|home|office|shop';

/** The boldness a threat says will not survive a meeting: "you won't be so brave when we meet". */
const BRAVADO = 'tough|brave|cocky|mouthy|lippy|gobby|bold|hard';

/** Who is silenced for good in a threat: "shut this clown up permanently". */
export const SILENCED =
  'clown|idiot|moron|fool|creep|troll|bastard|jerk|traitor|lunatic|guy|man|woman|bitch|punk|loser|scumbag';

/** Places of worship, and whose they are, in arson called for: "burn down their mosques". */
export const WORSHIP_PLACES =
  'mosque|mosques|church|churches|synagogue|synagogues|temple|temples|gurdwara|gurdwaras|chapel|chapels|cathedral';
const ARSON_OWNERS = 'their|the|that|those|these|every|all';

/** What a blow is struck with, and where, in a beating called someone's due: "a bat to the kneecaps". */
export const BLUNT_WEAPONS = 'bat|pipe|crowbar|hammer|wrench|brick|boot|club|machete|axe';
export const STRUCK_PARTS = 'head|skull|face|kneecaps|knees|teeth|jaw|back|legs|neck';
/** The addressee's places a menacing visit is announced to: "we'll be paying your office a visit". */
export const VISITED_PLACES = 'house|home|office|newsroom|door|family|kids|school|work|workplace';

export const CLASSES: Readonly<Record<string, readonly string[]>> = {
  you: ['you', 'u', 'ya', 'ye', 'yu', 'youre', 'ur', 'yall', 'yourselves'],
  yourself: ['yourself', 'urself', 'yourselves', 'yaself', 'yoself', 'yourselfs', 'ureself', 'self'],
  your: ['your', 'ur', 'yr', 'yer'],
  pronoun: ['you', 'u', 'him', 'her', 'them', 'ya'],
  modal: [
    'should',
    'shud',
    'shld',
    'will',
    'll',
    'would',
    'wud',
    'd',
    'gonna',
    'wanna',
    'must',
    'ought',
    'going',
    'gotta',
    'need',
    'needs',
    'deserve',
    'deserves',
    'lets',
    'hope',
    'someone',
    'somebody',
  ],
  violent: [
    'kill',
    'shoot',
    'stab',
    'hang',
    'lynch',
    'behead',
    'decapitate',
    'murder',
    'strangle',
    'punch',
    'slap',
    'execute',
    'waterboard',
    'rape',
    'drown',
    'knife',
    'slit',
    'shank',
    'throttle',
    'torture',
    'maim',
    'castrate',
    'burn',
    'bomb',
    'gut',
    'skewer',
    'glass',
    'bottle',
    'firebomb',
    'petrol',
    'torch',
    'lynch',
  ],
  place: [
    'office',
    'school',
    'house',
    'home',
    'street',
    'building',
    'desk',
    'car',
    'route',
    'gym',
    'church',
    'address',
    'door',
    'flat',
    'apartment',
    'kids',
    'children',
    'wife',
    'husband',
    'family',
  ],
  /** People named as a group, the object of a call to violence ("kill all the men"). */
  people: [
    'men',
    'women',
    'people',
    'folks',
    'muslims',
    'christians',
    'jews',
    'immigrants',
    'migrants',
    'refugees',
    'foreigners',
    'liberals',
    'conservatives',
    'democrats',
    'republicans',
    'leftists',
    'protesters',
    'cops',
    'police',
    'gays',
    'blacks',
    'whites',
    'perps',
    'criminals',
    'politicians',
    'journalists',
    'reporters',
    'savages',
    'traitors',
    'looters',
    'rioters',
    'thugs',
    'invaders',
  ],
  /** Parts of a body cut off in a maiming called for ("cut off their hands"). */
  limb: MAIMED_PARTS,
  refuse: ['shit', 'crap', 'garbage', 'trash', 'excrement', 'filth', 'dirt', 'scum', 'rubbish', 'sh1t', 'shite'],
  passive: [
    'shot',
    'hanged',
    'hung',
    'killed',
    'executed',
    'lynched',
    'murdered',
    'beaten',
    'stabbed',
    'gassed',
    'burned',
    'burnt',
    'exterminated',
    'culled',
    'strangled',
    'drowned',
    'tortured',
    'raped',
    'castrated',
    'neutered',
    'beheaded',
    'stoned',
    'flogged',
    'whipped',
    'shot dead',
    'sterilised',
    'sterilized',
    'guillotined',
    'electrocuted',
    'tarred',
  ],
  height: [
    'bridge',
    'cliff',
    'building',
    'roof',
    'rooftop',
    'balcony',
    'tower',
    'ledge',
    'window',
    'train',
    'bus',
    'skyscraper',
    'pier',
  ],
};

export const PHRASES: readonly PhraseSpec[] = [
  // Incitement to self-harm
  { kind: 'self-harm', score: 0.95, pattern: 'kys' },
  { kind: 'self-harm', score: 0.95, pattern: 'kill|hang|neck|off|end|unalive|drown|shoot|stab|top|rope|gas @yourself' },
  { kind: 'self-harm', score: 0.9, pattern: 'go|pls|please|plz|just ~1 die' },
  {
    kind: 'self-harm',
    score: 0.9,
    pattern: 'jump|throw|hurl|chuck|fling @yourself? off|from|into|under|in ~3 @height',
  },
  { kind: 'self-harm', score: 0.9, pattern: 'stop breathing' },
  // "Go play in traffic", "get cancer and die": told to go and die.
  { kind: 'self-harm', score: 0.85, pattern: 'go play in traffic|the? traffic', order: true },
  { kind: 'self-harm', score: 0.9, pattern: 'get|catch cancer|aids|covid|ebola and die', order: true },
  // "Hurry up and die", "why don't you hurry up and die", "boomers should hurry up and die": a death urged on someone
  // ("the battery should hurry up and die" names no one).
  { kind: 'self-harm', score: 0.85, pattern: 'hurry up and die|croak', order: true },
  { kind: 'self-harm', score: 0.85, pattern: '@you ~3 hurry up and die|croak' },
  {
    kind: 'threat',
    score: 0.8,
    pattern: 'he|she|they|them|people|folks|boomers|everyone|everybody ~3 hurry up and die|croak',
  },
  { kind: 'self-harm', score: 0.9, pattern: 'drink|drinks|swallow|gargle bleach|poison|antifreeze' },
  { kind: 'self-harm', score: 0.9, pattern: 'slit|cut|open @your wrists|wrist|throat' },
  { kind: 'self-harm', score: 0.9, pattern: 'end @your ~2 life' },
  { kind: 'self-harm', score: 0.9, pattern: 'take @your own life' },
  { kind: 'self-harm', score: 0.85, pattern: 'nobody|noone would|will|d ~1 miss @you' },
  { kind: 'self-harm', score: 0.85, pattern: 'no one would|will|d ~1 miss @you' },
  { kind: 'self-harm', score: 0.85, pattern: 'world|everyone|everybody would|will|d ~2 better ~1 without @you' },
  // "nobody would care if you died", "the world would be better without people like you", "why are you still
  // breathing?", "delete your life", "end it all": the reader told their death would be no loss.
  {
    kind: 'self-harm',
    score: 0.85,
    pattern: 'nobody|noone would|will|d ~1 care|notice if @you died|disappeared|vanished',
  },
  { kind: 'self-harm', score: 0.85, pattern: 'no one would|will|d ~1 care|notice if @you died|disappeared|vanished' },
  {
    kind: 'self-harm',
    score: 0.85,
    pattern: 'world|everyone|everybody would|will|d ~2 better ~1 without people|folks|scum|trash like @you',
  },
  { kind: 'self-harm', score: 0.85, pattern: 'why are|re @you still breathing' },
  { kind: 'self-harm', score: 0.85, pattern: 'delete @your life' },
  { kind: 'self-harm', score: 0.85, pattern: '@you ~3 end it all' },
  // "Can't wait to dance on your grave": the reader's death looked forward to.
  { kind: 'threat', score: 0.75, pattern: 'dance|dancing|piss|pissing|spit|spitting on @your grave' },
  // "he needs to be dealt with, if you know what I mean": harm hinted at with a wink.
  { kind: 'threat', score: 0.75, pattern: 'dealt with ~2 if you know what i mean' },
  { kind: 'threat', score: 0.75, pattern: 'taken care of ~2 if you know what i mean' },
  // "Where's Oswald when you need him?": an assassin wished back.
  { kind: 'threat', score: 0.8, pattern: 'where is|s ~2 oswald|booth|hinckley when|now ~2 need' },
  // "Somebody should take care of him, permanently": a killing asked for in a euphemism (not "I'll take care of him
  // for good", said of a foster child).
  { kind: 'threat', score: 0.8, pattern: 'someone|somebody ~3 take care of @pronoun|em permanently|forever' },
  { kind: 'self-harm', score: 0.85, pattern: 'waste of oxygen|skin' },
  // Threats
  { kind: 'threat', score: 0.9, pattern: '@modal ~2 @violent ~2 @target' },
  { kind: 'threat', score: 0.9, pattern: 'should|must|ought|deserve|deserves|needs|need ~2 be|get|gets @passive' },
  // "She deserves to be gang raped", "she's asking to be raped", "someone should rape some sense into her".
  {
    kind: 'threat',
    score: 0.9,
    pattern: 'should|must|ought|deserve|deserves|needs|need ~2 be|get|gets gang|gangs raped|banged|rape',
  },
  { kind: 'harassment', score: 0.85, pattern: 'asking|begging to be|get raped|groped|assaulted' },
  { kind: 'threat', score: 0.85, pattern: 'rape|beat|slap some sense into @pronoun' },
  {
    kind: 'threat',
    score: 0.9,
    pattern: 'should|must|ought|deserve|deserves|needs|need ~2 be|get|gets put|taken down|out',
  },
  // An execution told step by step: "should be lined up and shot", "rounded up and hanged", "taken out back and shot".
  {
    kind: 'threat',
    score: 0.9,
    pattern:
      'should|must|ought|deserve|deserves|needs|need ~2 be|get|gets lined|rounded|taken|dragged|marched up|out|outside ~1 and @passive',
  },
  // A lynching named by its idiom: "should be strung up".
  { kind: 'threat', score: 0.85, pattern: 'should|must|ought|deserve|deserves|needs|need ~2 be|get|gets strung up' },
  { kind: 'threat', score: 0.85, pattern: 'put down like' },
  {
    kind: 'threat',
    score: 0.9,
    pattern: 'i|we|ive know|found where @you|he|she|they|your|his|her ~1 live|lives|work|works|sleep|sleeps',
  },
  // "We know where the reporter lives", "I found where the judge sleeps": a role's home, said of whoever holds it.
  { kind: 'threat', score: 0.85, pattern: 'i|we|ive|weve know|found where ~1 @target lives|works|sleeps' },
  {
    kind: 'threat',
    score: 0.85,
    pattern:
      'i|we know|found @your|his|her address|family|kids|children|wife|husband|house|home|school|workplace|employer',
  },
  { kind: 'threat', score: 0.7, pattern: 'watch|mind @your back' },
  { kind: 'threat', score: 0.85, pattern: 'dead meat' },
  { kind: 'threat', score: 0.45, pattern: '@you will|ll ~1 regret' },
  { kind: 'threat', score: 0.85, pattern: 'hunt|track @pronoun down' },
  { kind: 'threat', score: 0.85, pattern: 'i|we will|ll|gonna|going|am|m ~2 come for|after @pronoun' },
  { kind: 'threat', score: 0.9, pattern: 'bullet|bullets in|through @your|his|her|their head|skull|brain|face' },
  { kind: 'threat', score: 0.85, pattern: 'string|strung @pronoun up' },
  // Said in the first person to the reader: "hurt" and "beat" alone are too often figurative ("this will hurt
  // you in the polls", "I'll beat you at chess"), so the subject is "I"/"we" and the beating has its "up".
  {
    kind: 'threat',
    score: 0.8,
    pattern: 'i|we will|ll|gonna|going|am|m|shall|would|d ~2 hurt|harm|injure|cripple @you',
  },
  {
    kind: 'threat',
    score: 0.85,
    pattern: 'i|we will|ll|gonna|going|am|m|shall|would|d ~2 beat|kick|smash|bash @pronoun up|in|senseless|unconscious',
  },
  {
    kind: 'threat',
    score: 0.85,
    pattern: 'find|catch|track|hunt @pronoun|em and ~1 hurt|harm|beat|kill|stab|shoot|end|gut|hang @pronoun|em?',
  },
  // "I will find the mayor and hurt him", "track Hale down and kill him".
  {
    kind: 'threat',
    score: 0.85,
    pattern: 'find|catch|track|hunt ~1 @target down? and ~1 hurt|harm|beat|kill|stab|shoot|gut|hang @pronoun|em',
  },
  {
    kind: 'threat',
    score: 0.85,
    pattern:
      'i|we will|ll|gonna|going|am|m|shall|would|d ~2 smash|bash|punch|kick|cave|break|stamp|stomp|rearrange @your|his|her|their ~1 face|head|teeth|skull|jaw|legs|neck|nose|ribs',
  },
  // Knowing where someone is, said as a warning ("we know which office you write from")
  {
    kind: 'threat',
    score: 0.85,
    pattern: 'i|we|ive|weve know|found|see which|what @place @you|he|she|they|your|his|her',
  },
  {
    kind: 'threat',
    score: 0.85,
    pattern:
      'i|we|ive|weve know|found|have @your|his|her ~1 address|home|house|flat|apartment|door|office|workplace|route',
  },
  {
    kind: 'threat',
    score: 0.85,
    pattern:
      'i|we|ive|weve know where @your|his|her kids|children|family|wife|husband|daughter|son|parents ~2 live|lives|sleep|sleeps|go|goes|play|plays|work|works',
  },
  // "we know where you park", "I know where he works": where someone is found, said to them or of them.
  {
    kind: 'threat',
    score: 0.85,
    pattern:
      'i|we|ive|weve know where @you|he|she|they live|lives|work|works|park|parks|sleep|sleeps|shop|shops|drink|drinks|stay|stays',
  },
  { kind: 'threat', score: 0.75, pattern: 'shame|pity if something|anything ~1 happened|happens|happen' },
  // "You'd better hope we never meet", "people like you end up in ditches".
  { kind: 'threat', score: 0.75, pattern: 'better hope|pray we|i never meet|cross' },
  {
    kind: 'threat',
    score: 0.8,
    pattern: 'like @you|u end|ends up in a? ditch|ditches|coffin|coffins|morgue|grave|graves|river|bodybag',
  },
  { kind: 'threat', score: 0.75, pattern: '@your days are numbered' },
  // "I'll be waiting for you outside your office": someone lying in wait where the person is found.
  {
    kind: 'threat',
    score: 0.8,
    pattern:
      'be|am|m|are|re|is|s waiting for @you|him|her outside @your|his|her home|house|office|door|work|workplace|school|flat|apartment',
  },
  // "Keep talking and see what happens", "Accidents happen to people like you": harm hinted at, not named.
  { kind: 'threat', score: 0.7, pattern: 'keep talking|mouthing off? and|then see|watch what happens|happen' },
  // "Keep writing this and see what happens to you", "people like you tend to disappear", "a bullet with your name on
  // it", "you won't be so brave when we meet", "we'll see how tough you are when I find you".
  { kind: 'threat', score: 0.7, pattern: 'and|then see|watch what happens|happen to @you' },
  { kind: 'threat', score: 0.75, pattern: 'like @you ~1 disappear|vanish' },
  { kind: 'threat', score: 0.75, pattern: 'like @you ~1 tend|tends|seem|seems to disappear|vanish' },
  { kind: 'threat', score: 0.75, pattern: 'like @you ~1 have|has a way of disappearing|vanishing' },
  { kind: 'threat', score: 0.75, pattern: 'like @you ~2 go|end|turn|turns|ends|goes up? missing|dead' },
  { kind: 'threat', score: 0.75, pattern: 'like @you ~2 have|having accidents' },
  { kind: 'threat', score: 0.75, pattern: 'like @you ~2 have|having an accident' },
  {
    kind: 'threat',
    score: 0.85,
    pattern: 'bullet|bullets|shotgun|gun|rifle|round|noose|rope|knife|shell|grave with @your name on it',
  },
  {
    kind: 'threat',
    score: 0.75,
    pattern: `@you won|wont|will not? t? be so|as ${BRAVADO} when|once|if we|i ~2 meet|see|find|catch`,
  },
  {
    kind: 'threat',
    score: 0.75,
    pattern: `see how ${BRAVADO} @you are|re|r when|once|after|if i|we ~2 find|catch|meet`,
  },
  // "Somebody should slash his tyres", "let's key her car": damage to someone's things called for (told in the past,
  // "someone keyed his car", it is news).
  {
    kind: 'threat',
    score: 0.75,
    pattern: `should|gonna|ll|must|lets|gotta|ought|someone|somebody ~2 ${DAMAGED}`,
  },
  { kind: 'threat', score: 0.75, pattern: `let s ${DAMAGED}` },
  // "Shame if your house caught fire", "pity if your kids got hurt": a harm hinted at as a misfortune.
  {
    kind: 'threat',
    score: 0.75,
    pattern:
      'shame|pity if|when @your ~1 house|home|car|shop|office|business|store caught|catches|burned|burnt|burns|went|goes fire|down|up',
  },
  {
    kind: 'threat',
    score: 0.75,
    pattern:
      'shame|pity if|when @your ~1 kids|children|family|wife|husband|daughter|son|dog got|get|gets|were|was|went|goes hurt|harmed|lost|missing',
  },
  { kind: 'threat', score: 0.75, pattern: 'accidents happen|happens to people|those|folks like @you' },
  {
    kind: 'threat',
    score: 0.75,
    pattern: 'bad|terrible|awful|horrible|nasty|ugly things happen|happens to people|those|folks like @you',
  },
  // Silencing or ending someone for good: "shut him up permanently", "put him out of his misery".
  { kind: 'threat', score: 0.8, pattern: 'shut|silence @pronoun up? permanently' },
  { kind: 'threat', score: 0.8, pattern: 'shut|silence @pronoun up? for good' },
  // "shut this clown up permanently": a person named with contempt, or plainly, after a pointing word.
  {
    kind: 'threat',
    score: 0.8,
    pattern: `shut|silence this|that|the ${SILENCED} up? permanently`,
  },
  { kind: 'threat', score: 0.8, pattern: `shut|silence this|that|the ${SILENCED} up? for good` },
  { kind: 'threat', score: 0.8, pattern: 'put him|her|you|u out of his|her|your|ur misery' },
  // People rounded up for camps: "round them all up and put them in camps".
  { kind: 'threat', score: 0.85, pattern: 'round|rounded|rounding @pronoun|em all? up ~4 camps|camp|ovens|gas' },
  { kind: 'threat', score: 0.75, pattern: 'sleep with one eye open' },
  // Wishes of harm and calls to violence without a threat word
  // A wish, not a report: "deserves a brick through the window", "someone should torch it with them inside".
  {
    kind: 'threat',
    score: 0.85,
    pattern: 'deserve|deserves|deserved|needs|need|should|get|gets ~2 brick|bricks|rock|rocks|molotov ~1 through',
  },
  {
    kind: 'threat',
    score: 0.85,
    pattern: 'should|must|ought|lets|gonna|will|ll ~3 torch|burn|firebomb|bomb ~5 inside',
  },
  { kind: 'threat', score: 0.85, pattern: 'bullet between|in|through the|his|her|their|your eyes|head|skull|face' },
  { kind: 'threat', score: 0.85, pattern: 'put ~1 bullet|bullets in|into|through @target' },
  { kind: 'threat', score: 0.85, pattern: 'put ~1 bullet|bullets in|into|through the|that|this @target' },
  { kind: 'threat', score: 0.85, pattern: 'line|lined @pronoun|them up ~2 against|and ~1 wall|shoot|shot' },
  // "Line the mayor up against a wall", "burn the author at the stake".
  { kind: 'threat', score: 0.85, pattern: 'line|lined ~1 @target up ~2 against|and ~1 wall|shoot|shot' },
  { kind: 'threat', score: 0.85, pattern: 'burn|burned|burnt ~1 @target at the stake' },
  {
    kind: 'threat',
    score: 0.85,
    pattern:
      'kill|shoot|hang|lynch|gas|nuke|bomb|sterilize|sterilise|castrate|exterminate|execute|slaughter them|em all|every',
  },
  // "Burn down their mosques.", "Torch the synagogue!", "Burn the mosque down": arson of a place of worship called for
  // (not "burn the church candles").
  {
    kind: 'threat',
    score: 0.85,
    pattern: `burn|torch|firebomb|bomb down? ${ARSON_OWNERS} ~1 ${WORSHIP_PLACES}`,
    order: true,
    whole: true,
  },
  {
    kind: 'threat',
    score: 0.85,
    pattern: `burn|torch|firebomb|bomb ${ARSON_OWNERS} ~1 ${WORSHIP_PLACES} down`,
    order: true,
  },
  {
    kind: 'threat',
    score: 0.85,
    pattern: `burn|torch ${ARSON_OWNERS} ~1 ${WORSHIP_PLACES} to the ground`,
    order: true,
  },
  {
    kind: 'threat',
    score: 0.8,
    // A call to do it ("we should", "just", "let's"), not a report of what something could do.
    pattern:
      'just|lets|let|should|shud|must|gotta|we|ought|wanna ~2 kill|shoot|hang|lynch|gas|nuke|exterminate|execute all|these|those the? @people',
  },
  // "deserves a bat to the kneecaps", "needs a pipe across the skull": a blow called someone's due.
  {
    kind: 'threat',
    score: 0.85,
    pattern: `deserve|deserves|deserved|need|needs a|an|the ~1 ${BLUNT_WEAPONS} to|across|in|into|over the|his|her|their|your ${STRUCK_PARTS}`,
  },
  // "We'll be paying your office a visit.", "I'm going to pay your house a little visit.": the addressee's place visited,
  // said as the whole clause (not "... a visit to discuss the contract").
  {
    kind: 'threat',
    score: 0.8,
    whole: true,
    pattern: `i|we ll|will|shall|gonna|going|m|am|re|are ~2 pay|paying @your ${VISITED_PLACES} a little? visit`,
  },
  // "deserves a bullet", "needs a beating": the harm wished on someone as their due.
  { kind: 'threat', score: 0.85, pattern: 'deserve|deserves ~2 bullet|bullets|noose|beating|lynching|raping' },
  { kind: 'threat', score: 0.85, pattern: 'need|needs ~2 bullet|bullets|noose|beating|raping' },
  // "should face a firing squad", "needs a good electric chair": an execution called for.
  {
    kind: 'threat',
    score: 0.8,
    pattern: 'should|must|ought|deserve|deserves|needs|need ~6 firing|electric squad|chair',
  },
  { kind: 'threat', score: 0.8, pattern: 'should|must|ought|deserve|deserves|needs|need ~6 guillotine|gallows' },
  { kind: 'threat', score: 0.85, pattern: 'deserve|deserves to die|hang|burn|rot|suffer' },
  // "I want them dead", "we want these parasites dead": a death the commenter wishes on someone.
  { kind: 'threat', score: 0.85, pattern: 'i|we|id ~1 want|wanted @pronoun|these|those|all ~2 dead' },
  // "I'm glad he was shot": a killing or wounding welcomed.
  {
    kind: 'threat',
    score: 0.8,
    pattern: 'glad|happy|pleased he|she|they|you was|were|got|is|are shot|killed|hanged|stabbed|dead|murdered',
  },
  // "someone should burn it down": arson asked for, with no one named as doing it yet.
  {
    kind: 'threat',
    score: 0.8,
    pattern: 'someone|somebody|lets should|needs|must|ought|gotta|to? ~1 burn|torch|firebomb|bomb ~3 down',
  },
  { kind: 'threat', score: 0.8, pattern: 'take|taking @pronoun out back|behind' },
  { kind: 'threat', score: 0.8, pattern: 'put|putting @pronoun in|into the? ground|grave' },
  // "I'll put you in the hospital": a beating promised by where it ends, by the writer (not "the doctor will put
  // him in the ICU").
  {
    kind: 'threat',
    score: 0.8,
    pattern: 'i|we will|ll|gonna|going|am|m|are|re|shall|would|d ~2 put|send @pronoun in|into|to the? hospital|icu|er',
  },
  // "You'll be sleeping with the fishes."
  { kind: 'threat', score: 0.8, pattern: 'sleeping|sleep|sleeps with the fishes' },
  ...HARM_PHRASES,
  ...BLOW_PHRASES,
  ...DEATH_PHRASES,
  ...MENACE_PHRASES,
  ...TAUNT_PHRASES,
  // Name-calling phrases
  ...INSULT_PHRASES,
  ...MIND_PHRASES,
  ...CAMP_PHRASES,
  ...BACKSIDE_PHRASES,
  // Harassment: telling people where to go (wishes of harm are read by `harm.ts`)
  { kind: 'harassment', score: 0.75, pattern: 'die|burn|rot in a? fire|hell|agony' },
  // "you can go to hell": damning someone, not "the country will go to hell" (an order opening its sentence, "Go to
  // hell", is found with the other orders).
  { kind: 'harassment', score: 0.7, pattern: '@you|just|please|can go to hell' },
  // "he should go hang himself": self-harm wished on someone else ("shoot himself in the foot" is an idiom).
  { kind: 'self-harm', score: 0.85, pattern: 'go|should|must|ought|needs ~2 kill|hang|off himself|herself|themselves' },
  // Sexual harassment: groping, or sexual body words aimed at the reader or a named woman.
  {
    kind: 'harassment',
    score: 0.75,
    pattern:
      'grab|grabbed|grabbing|grope|groped|groping|fondle @pronoun|em by the|her|his|their pussy|pussies|crotch|tits|boobs|breasts|genitals',
  },
  {
    kind: 'harassment',
    score: 0.75,
    pattern:
      'grab|grabbing|grope|groping|fondle her|his|your|their|ur pussy|crotch|tits|boobs|breasts|genitals|ass|arse|butt',
  },
  {
    kind: 'harassment',
    score: 0.75,
    pattern:
      'show|send|flash|shake|suck us|me? @your|her|his tits|boobs|breasts|pussy|crotch|nudes|dick|cock|knob|balls',
  },
  { kind: 'harassment', score: 0.75, pattern: 'suck|sucking|blow|lick my|his dick|cock|balls|knob' },
  { kind: 'harassment', score: 0.75, pattern: 'sit|sitting on my face|dick|cock' },
  // "I'd love to bend her over" (not "bend over backwards", "bend them over the edge of the pan").
  { kind: 'harassment', score: 0.7, pattern: 'love|like|want|wanna|gonna|gotta ~1 bend her|him|you|u over' },
  // A woman dismissed as a woman: "Women like her should be seen and not heard" (of children it is the proverb), "she
  // must be on her period" (not "she can't swim because she's on her period"); someone dismissed as a "diversity
  // hire" (not "the firm made its first diversity hire").
  {
    kind: 'harassment',
    score: 0.7,
    pattern: 'women|woman|females|she like? her|them? should|must be seen and not heard',
  },
  { kind: 'harassment', score: 0.65, pattern: 'she|shes|s must|probably be? on her period|rag' },
  { kind: 'harassment', score: 0.65, pattern: 'just|only|merely a|an|another diversity|dei|token hire|pick' },
  { kind: 'harassment', score: 0.55, pattern: 'shut @your mouth|face|trap|gob|hole|cakehole|piehole|yap' },
  // "Shut your big fat mouth", "zip your ugly lying mug": the mouth named with insults between.
  { kind: 'harassment', score: 0.55, pattern: 'shut|zip @your ~2 mouth|trap|gob|cakehole|piehole|yap|mug' },
  { kind: 'harassment', score: 0.4, pattern: 'shut up|it' },
  {
    kind: 'harassment',
    score: 0.7,
    pattern: 'go back to @your|where|the ~2 country|cave|caves|hole|jungle|desert|village|swamp|came|tree|trees',
  },
  { kind: 'harassment', score: 0.35, pattern: 'nobody|noone cares|asked|likes' },
  // Profanity aimed at someone
  {
    kind: 'profanity',
    score: 0.8,
    pattern: 'fuck|fck|fuk|phuck|feck|screw|fu off|you|u|ya|yourself|urself|yourselves|him|her|them',
  },
  { kind: 'profanity', score: 0.6, pattern: 'piss|sod|bugger off' },
  // "Screw the immigrants", "screw all these liberals": a people damned wholesale (not "screw the lid on").
  { kind: 'profanity', score: 0.6, pattern: 'screw the|all|these|those the|these|those? @people' },
  // The same written as one word: "FuckOff!", "fuckyou".
  { kind: 'profanity', score: 0.8, pattern: 'fuckoff|fuckyou|fuckyourself|fckoff|fckyou|fukoff|fukyou|screwyou' },
  { kind: 'profanity', score: 0.85, pattern: 'go fuck|screw|fck @yourself' },
  { kind: 'profanity', score: 0.7, pattern: 'stfu|gtfo' },
  { kind: 'profanity', score: 0.7, pattern: 'suck my dick|cock|balls' },
  { kind: 'profanity', score: 0.7, pattern: 'eat a? shit|dick|cock' },
  // Taunts: "suck an egg", "suck on that" (not "suck it up", which tells someone to bear it).
  { kind: 'profanity', score: 0.6, pattern: 'suck an egg' },
  { kind: 'profanity', score: 0.6, pattern: 'suck on this|that' },
];
