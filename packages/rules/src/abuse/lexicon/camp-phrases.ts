/**
 * People insulted as followers or fakes of a camp or a creed, in the syntax of `phrases.ts`: "fake Christians", "phony
 * conservatives", "they follow him like sheep", "his cultish followers", "they all drank the Kool-Aid"; and a swindler named
 * in two words: "a con man", "a know-it-all".
 */
import type { PhraseSpec } from './phrases.js';
import { anyOf } from './slot.js';

/** What someone is said to only pretend to be: "fake", "phony", "pretend". */
export const FAKING: readonly string[] = [
  'fake',
  'fakey',
  'phony',
  'phoney',
  'faux',
  'pseudo',
  'pretend',
  'counterfeit',
  'fraudulent',
  'bogus',
];
/**
 * Creeds and camps someone is said to fake, as people: "fake Christians", "a phony patriot" (a singular that is also an
 * adjective is left out: "a counterfeit Catholic medal", "fake conservative policies").
 */
export const CREEDS: readonly string[] = [
  'christians',
  'catholics',
  'evangelicals',
  'believers',
  'patriot',
  'patriots',
  'conservatives',
  'liberals',
  'progressives',
  'feminist',
  'feminists',
  'environmentalist',
  'environmentalists',
  'republicans',
  'democrats',
  'leftists',
  'socialists',
  'libertarians',
];
/** What people are said to follow like: "like sheep", "like lemmings", "like mindless zombies" (not "cattle", herded literally). */
export const HERDS: readonly string[] = [
  'sheep',
  'sheeple',
  'lemmings',
  'zombies',
  'robots',
  'drones',
  'lapdogs',
  'puppets',
  'cultists',
  'minions',
  'groupies',
];
/** What people do like a herd: "follow", "vote", "march", "bleat". */
const HERDED =
  'follow|follows|following|followed|vote|votes|voting|voted|march|marches|marching|marched|bleat|bleats|bleating|obey|obeys|obeying|line|lining|lined|shamble|shambling|fall|falling|queue|queuing|cheer|cheering|clap|clapping';
/** Who is said to follow blindly: "his cultish followers", "brainwashed supporters". */
const FOLLOWERS = 'followers|supporters|fans|devotees|disciples|acolytes|worshippers|worshipers|voters|base|minions';

/**
 * Mocking names for the people of a camp or a creed in two words, each a name only ("bible thumpers", "gun nuts",
 * "limousine liberals", "social justice warriors"): the first word and the second.
 */
export const CAMP_NICKNAMES: Readonly<Record<string, readonly string[]>> = {
  bible: ['thumper', 'thumpers', 'basher', 'bashers', 'banger', 'bangers'],
  jesus: ['freak', 'freaks'],
  god: ['botherer', 'botherers'],
  eco: ['nut', 'nuts', 'freak', 'freaks', 'nazi', 'nazis', 'loon', 'loons'],
  gun: ['nut', 'nuts'],
  conspiracy: ['nut', 'nuts', 'loon', 'loons'],
  tinfoil: ['hat', 'hats'],
  race: ['traitor', 'traitors'],
  soy: ['boy', 'boys'],
  justice: ['warrior', 'warriors'],
  virtue: ['signaller', 'signallers', 'signaler', 'signalers'],
  limousine: ['liberal', 'liberals', 'leftist', 'leftists'],
  champagne: ['socialist', 'socialists', 'liberal', 'liberals'],
  latte: ['liberal', 'liberals', 'leftist', 'leftists'],
  welfare: ['queen', 'queens', 'bum', 'bums'],
};

export const CAMP_PHRASES: readonly PhraseSpec[] = [
  // "bible thumpers", "gun nuts", "a tinfoil hat", "social justice warriors", "welfare queens".
  ...Object.entries(CAMP_NICKNAMES).map(
    ([first, rest]): PhraseSpec => ({
      kind: 'insult',
      score: 0.6,
      pattern: `${first} ${anyOf(rest)}`,
      person: true,
    }),
  ),
  // "Fake Christians!", "these phony conservatives", "a pretend patriot".
  { kind: 'insult', score: 0.6, pattern: `${anyOf(FAKING)} ${anyOf(CREEDS)}`, person: true },
  // "they follow him like sheep", "voting like lemmings", "shambling around like zombies".
  { kind: 'insult', score: 0.6, pattern: `${HERDED} ~3 like ${anyOf(HERDS)}`, person: true },
  {
    kind: 'insult',
    score: 0.6,
    pattern: `${HERDED} ~3 like mindless|brainless|brainwashed ~1 ${anyOf(HERDS)}`,
    person: true,
  },
  // "his cultish followers", "brainwashed supporters", "the mindless base".
  { kind: 'insult', score: 0.6, pattern: `cultish|cultlike|brainwashed|brainless|mindless ${FOLLOWERS}`, person: true },
  // "they all drank the Kool-Aid", "still drinking the koolaid".
  {
    kind: 'insult',
    score: 0.55,
    pattern: 'drank|drink|drinks|drinking|drunk|swallowed|gulped|guzzled|chugged|sipping the koolaid|koolaide|kool',
    person: true,
  },
  // "a con man", "the con artist in the White House", "a know-it-all".
  { kind: 'insult', score: 0.65, pattern: 'con man|men|artist|artists|woman|women', person: true },
  { kind: 'insult', score: 0.6, pattern: 'a|such|smug|little|arrogant know it all|alls', person: true },
];
