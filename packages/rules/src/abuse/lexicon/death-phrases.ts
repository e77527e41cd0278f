/**
 * Deaths ordered, called for or longed to be seen, and people put away as refuse, in the syntax of `phrases.ts`:
 * "Step in front of a train.", "A firing squad is too good for him", "I'd pay to watch them burn", "Throw her in the
 * gutter where she belongs". Each needs a person or an order: "Dogs can choke to death on bones", "a rope for the
 * boat" and "Put it in the trash where it belongs" stay clean.
 */
import type { PhraseSpec } from './phrases.js';

/** Orders that put someone away: "throw her ...", "bury him ...". */
export const PUT_AWAY = 'put|bury|lock|keep|throw|toss|stick|dump|chuck|send';
/** A death or torment that someone longs to watch: "see them die", "watch him burn". */
export const DYING = 'dead|die|suffer|burn|rot|fry|hanged|lynched|shot|killed|executed|tortured';
/** Means of an execution: "the rope", "a firing squad". */
export const GALLOWS = 'rope|noose|gallows|guillotine';
/** Whom an execution is called for: "for him", "for every one of them", "for traitors". */
const CONDEMNED = '@pronoun|em|every|each|all|these|those|that|traitors';

export const DEATH_PHRASES: readonly PhraseSpec[] = [
  // "Go play on the freeway.", "Step in front of a train.", "Go lie down in front of a bus": told to be run over.
  {
    kind: 'self-harm',
    score: 0.85,
    pattern: 'go play on|in the freeway|highway|motorway|interstate|autobahn|tracks|railway',
    order: true,
  },
  {
    kind: 'self-harm',
    score: 0.85,
    pattern: 'step|jump|walk|lie ~1 in front of a|the|an ~1 train|bus|truck',
    order: true,
  },
  // "Choke to death on your dinner.", "Go choke on a bone.": a choking ordered.
  { kind: 'self-harm', score: 0.85, pattern: 'choke to death', order: true },
  {
    kind: 'harassment',
    score: 0.7,
    pattern: 'choke on a|an|your|my|his ~2 bone|vomit|puke|spew|bile|dick|cock|pretzel|sandwich|words',
    order: true,
  },
  // "A firing squad is too good for him", "death is too good for them", "the rope for traitors", "firing squad for
  // every one of them", "traitors get the rope": an execution called for ("prison is too good for him" is not one).
  {
    kind: 'threat',
    score: 0.8,
    pattern: `firing|death|hanging|${GALLOWS} squad? is|s ~1 too good for ${CONDEMNED}`,
  },
  { kind: 'threat', score: 0.8, pattern: `firing squad for ~1 ${CONDEMNED}` },
  { kind: 'threat', score: 0.8, pattern: `${GALLOWS} for ${CONDEMNED}` },
  { kind: 'threat', score: 0.8, pattern: `traitors|they|he|she|them get|gets the ${GALLOWS}` },
  // "Bullet to the head.", "Get a rope.", "Time to get the noose.": an execution called for in a clause of its own ("a
  // bullet to the head killed him", "he died of a bullet to the head" report one; "grab the rope" is a climber's).
  {
    kind: 'threat',
    score: 0.8,
    pattern: `bullet|bullets to|in|through|between the|his|her|their|your|its head|heads|eyes|skull|brain|brains`,
    order: true,
    whole: true,
  },
  {
    kind: 'threat',
    score: 0.8,
    pattern: `a bullet to|in|through|between the|his|her|their|your|its head|heads|eyes|skull|brain|brains`,
    order: true,
    whole: true,
  },
  { kind: 'threat', score: 0.75, pattern: 'get a rope|noose', order: true, whole: true },
  {
    kind: 'threat',
    score: 0.75,
    pattern: 'get|fetch|grab|bring|roll|wheel out? the|a noose|nooses|gallows|guillotine|guillotines',
    order: true,
    whole: true,
  },
  { kind: 'threat', score: 0.75, pattern: `time to get|fetch|grab|bring out? a|the ${GALLOWS}`, whole: true },
  // "Addicts should be left to die", "smokers deserve cancer.": a death or a disease called someone's due ("the
  // patients were left to die" reports one; "smokers deserve cancer screenings" is care).
  {
    kind: 'threat',
    score: 0.8,
    pattern: 'should|must|ought|deserve|deserves|needs|need ~2 be left to die|rot|starve|suffer|burn',
  },
  { kind: 'threat', score: 0.8, pattern: 'deserve|deserves|deserved cancer|aids|ebola|leprosy', whole: true },
  // "I'd pay to watch him die", "can't wait to see them burn", "I'd love to see her in a body bag".
  {
    kind: 'threat',
    score: 0.8,
    pattern: `love|like|want|wanna|pay|wait to watch|see @pronoun|these|those|all ~2 ${DYING}`,
  },
  {
    kind: 'threat',
    score: 0.8,
    pattern: 'love|like|want|wanna|pay|wait to watch|see @pronoun|em ~1 in a|the bodybag|coffin|casket|morgue',
  },
  {
    kind: 'threat',
    score: 0.8,
    pattern: 'love|like|want|wanna|pay|wait to watch|see @pronoun|em ~1 in a|the body bag|bags',
  },
  // "They'll be hanging from lampposts", "I want to see them all swinging from meathooks": a lynching foretold.
  {
    kind: 'threat',
    score: 0.8,
    pattern:
      'them|they|him|he|she|her|traitors|all ~3 hanging|swinging|dangling from ~1 lampposts|lamppost|meathooks|meathook|gallows',
  },
  // "Say that to my face and see what happens", "say that again and you'll regret it", "you're lucky I'm not there":
  // harm promised to the reader for a word more ("you're lucky I'm not there to eat the cake" is banter, so only a
  // room shared or the reader out of reach).
  { kind: 'threat', score: 0.75, pattern: 'say|said it|that|this to my face ~3 see|watch what happens|happen' },
  { kind: 'threat', score: 0.7, pattern: 'say|do it|that|this again and|then @you ll|will|d|gonna regret' },
  { kind: 'threat', score: 0.7, pattern: 'say|do it|that|this again and|then @you ll|will|d|gonna be sorry' },
  { kind: 'threat', score: 0.7, pattern: '@you are|re lucky i|we m|am|re|are not in the same|a room' },
  { kind: 'threat', score: 0.7, pattern: '@you are|re lucky i|we cant|cannot reach|find @you' },
  { kind: 'threat', score: 0.7, pattern: '@you are|re lucky i|we can t|not reach|find @you' },
  // "Throw her in the gutter where she belongs", "bury him in the cotton field where he belongs": a person put away as
  // refuse or sent back to slavery ("lock him in prison where he belongs" is a sentence wished; a cage, a barn or a
  // kennel is where pets and cattle belong, and "them" in the trash are things).
  {
    kind: 'harassment',
    score: 0.7,
    pattern: `${PUT_AWAY} him|her back? in|into|to a|an|the ~2 gutter|sewer|trash|garbage|dumpster|bin|swamp where he|she belongs`,
  },
  {
    kind: 'harassment',
    score: 0.75,
    pattern: `${PUT_AWAY} him|her|them|em back? in|into|to the? cotton field|fields|patch where he|she|they belong|belongs`,
  },
];
