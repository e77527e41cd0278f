/**
 * Blows called for with words that are no threat word on their own: "somebody ought to smack him", "someone should
 * deck that guy", "I'd knock him out", "Slit his throat.", "I could wring his neck", "someone should run him over",
 * "tar and feather them"; and a blow called someone's due: "he needs a good slap", "she deserves a smackdown", "give
 * him a good hiding". The call is read as `harm.ts` reads it (an order opening its sentence, "should", "I'd", "want
 * to"); a report ("he smacked him", "they tried to slit his throat"), a denial ("you should never smack a child"), a
 * thing ("deck them out in tinsel", "knock them out of the playoffs") and a sentence about a game stay clean, and so
 * do the figures "a slap on the wrist", "a punch of flavour".
 */
import { hasForm as has, type Word } from '../normalize/words.js';
import { calledFor, type Harm, pointedPerson } from './harm.js';
import { describeSubject } from './subject-words.js';
import { handledThing } from './thing-uses.js';
import { aboutSport } from './threat-sport.js';
import { NEGATION, OBJECT_PRONOUNS } from './wishes.js';

const set = (list: readonly string[]): ReadonlySet<string> => new Set(list);

/** Verbs of a blow dealt to a person: "smack him", "deck that guy", "pistol-whip her". */
export const BLOW_VERBS: readonly string[] = [
  'smack',
  'deck',
  'sock',
  'whack',
  'slug',
  'belt',
  'bitchslap',
  'backhand',
  'pistolwhip',
  'horsewhip',
  'headbutt',
  'kneecap',
  'coldcock',
  'curbstomp',
  'bludgeon',
  'tase',
  'taser',
  'stone',
];
/** Words after the person that make the verb no blow: "deck them out", "belt it out", "slug it out". */
const NOT_A_BLOW = set(['out', 'with', 'for']);
/** Verbs with a body part of the person: "slit his throat", "wring her neck". */
export const PART_BLOWS: Readonly<Record<string, readonly string[]>> = {
  slit: ['throat', 'throats', 'wrists'],
  slash: ['throat', 'throats', 'face'],
  cut: ['throat', 'throats'],
  wring: ['neck', 'necks'],
  gouge: ['eyes', 'eye'],
};
/** Verbs with a particle after the person: "knock him out", "beat them up", "run him over", "rough her up". */
export const PARTICLE_BLOWS: Readonly<Record<string, readonly string[]>> = {
  knock: ['out', 'unconscious', 'senseless', 'cold', 'flat'],
  beat: ['up', 'senseless', 'unconscious', 'bloody', 'silly', 'black'],
  rough: ['up'],
  run: ['over'],
  mow: ['down'],
};
/**
 * Verbs with a place the person is taken to: "drag him behind a truck", "tie her to a tree", "throw them in the river"
 * (the verb, the prepositions and the places).
 */
export const PLACE_BLOWS: Readonly<Record<string, readonly [readonly string[], readonly string[]]>> = {
  drag: [['behind'], ['truck', 'car', 'pickup', 'horse', 'bus', 'tractor']],
  tie: [['to'], ['tree', 'post', 'stake', 'tracks', 'bumper', 'lamppost', 'anthill']],
  throw: [
    ['in', 'into', 'off'],
    ['river', 'lake', 'sea', 'ocean', 'volcano', 'woodchipper', 'chipper', 'shredder', 'sharks'],
  ],
  toss: [
    ['in', 'into', 'off'],
    ['river', 'lake', 'sea', 'ocean', 'volcano', 'woodchipper', 'chipper', 'shredder', 'sharks'],
  ],
};
/** What makes the particle part of another phrase: "knock them out of the race", "beat them up and down the field". */
const PARTICLE_TAILS = set(['of', 'and', 'to']);
/** Blows called someone's due: "he needs a good slap", "she deserves a smackdown". */
export const DUE_BLOWS: readonly string[] = [
  'slap',
  'smack',
  'slapping',
  'smacking',
  'thrashing',
  'beatdown',
  'whipping',
  'hiding',
  'throttling',
  'horsewhipping',
  'flogging',
  'caning',
  'pasting',
  'smackdown',
  'wallop',
  'backhand',
  'kneecapping',
  'pistolwhipping',
  'curbstomping',
];
/** Due blows that are one whatever surrounds them; the others need a "good" or "swift" before them. */
const PLAIN_DUE = set(['beatdown', 'horsewhipping', 'throttling', 'kneecapping', 'pistolwhipping', 'curbstomping']);
/** How a due blow is dealt: "a good slap", "a swift smack". */
const MANNER = set(['good', 'swift', 'hard', 'proper', 'sharp', 'real', 'solid', 'sound', 'right', 'firm', 'serious']);
/** Verbs before a due blow: "needs a ...", "deserves a ...", "give him a ...". */
const NEEDING = set(['need', 'needs', 'needed', 'deserve', 'deserves', 'deserved', 'earned', 'earn']);
/** Words after a due blow that make it a figure: "a slap on the wrist", "a punch of flavour", "a thrashing at the polls". */
const FIGURE_TAILS = set(['on', 'of', 'at', 'for', 'from', 'to', 'by', 'in']);

const BLOWS = set(BLOW_VERBS);
const DUE = set(DUE_BLOWS);
/** Every word a call of this file starts at. */
const STARTS = set([
  ...BLOW_VERBS,
  ...Object.keys(PART_BLOWS),
  ...Object.keys(PARTICLE_BLOWS),
  ...Object.keys(PLACE_BLOWS),
  ...NEEDING,
  'give',
  'tar',
]);
const WHOSE = set(['his', 'her', 'their', 'your', 'ur']);

/** Every blow called for or called someone's due in the words. */
export function findViolenceCalls(words: Word[]): Harm[] {
  const out: Harm[] = [];
  for (let i = 0; i < words.length; i++) {
    if (!has(STARTS, words[i])) continue;
    const last =
      blowAt(words, i) ?? partBlowAt(words, i) ?? particleBlowAt(words, i) ?? placeBlowAt(words, i) ?? tarred(words, i);
    if (last !== null && called(words, i) && !aboutSport(words, i)) {
      out.push({ rule: 'abuse.threat', score: 0.8, target: 'someone', first: i, last });
    }
    const due = dueBlow(words, i);
    if (due) out.push({ rule: 'abuse.threat', score: 0.7, target: 'someone', ...due });
  }
  return out;
}

/**
 * The verb at `i` called for as `harm.ts` reads a call, or after "let's"; not after a denial in its sentence ("Nobody
 * should smack him").
 */
function called(words: Word[], i: number): boolean {
  for (let j = i - 1; j >= 0 && i - j <= 3 && !(words[j + 1] as Word).breakBefore; j--)
    if (has(NEGATION, words[j])) return false;
  return calledFor(words, i) || (words[i - 1]?.text === 's' && words[i - 2]?.text === 'let');
}

/** The person right after word `k - 1`: "him", "that guy"; the last word of it, or null. */
function personAt(words: Word[], k: number): number | null {
  const w = words[k];
  if (!w || w.breakBefore) return null;
  if (has(OBJECT_PRONOUNS, w)) return handledThing(words, k) ? null : k;
  const end = pointedPerson(words, k);
  return end === null ? null : end - 1;
}

/** "smack him", "deck that guy": a blow verb and its person; the last word, or null. */
function blowAt(words: Word[], i: number): number | null {
  if (!has(BLOWS, words[i])) return null;
  const end = personAt(words, i + 1);
  const after = end === null ? undefined : words[end + 1];
  return end !== null && !(after && !after.breakBefore && has(NOT_A_BLOW, after)) ? end : null;
}

/** "slit his throat", "wring her neck": the verb, whose and the part; the last word, or null. */
function partBlowAt(words: Word[], i: number): number | null {
  const parts = PART_BLOWS[(words[i] as Word).text];
  const whose = words[i + 1];
  const part = words[i + 2];
  if (!parts || !whose || !part || whose.breakBefore || part.breakBefore || !has(WHOSE, whose)) return null;
  return parts.includes(part.text) ? i + 2 : null;
}

/** "knock him out", "beat them up", "run him over": the verb, the person and the particle; the last word, or null. */
function particleBlowAt(words: Word[], i: number): number | null {
  const particles = PARTICLE_BLOWS[(words[i] as Word).text];
  if (!particles) return null;
  const end = personAt(words, i + 1);
  const particle = end === null ? undefined : words[end + 1];
  if (!particle || particle.breakBefore || !particles.includes(particle.text)) return null;
  const tail = words[(end as number) + 2];
  return tail && !tail.breakBefore && has(PARTICLE_TAILS, tail) ? null : (end as number) + 1;
}

/** "drag him behind a truck", "tie her to a tree": the verb, the person, the preposition and the place; the last word. */
function placeBlowAt(words: Word[], i: number): number | null {
  const blow = PLACE_BLOWS[(words[i] as Word).text];
  if (!blow) return null;
  // "Throw them in the lake" may be stones: only a person named ("him", "that guy") is taken there.
  const them = words[i + 1]?.text === 'them' || words[i + 1]?.text === 'em';
  const end = them ? null : personAt(words, i + 1);
  const prep = end === null ? undefined : words[end + 1];
  if (!prep || prep.breakBefore || !blow[0].includes(prep.text)) return null;
  for (let k = (end as number) + 2; k < words.length && k - (end as number) <= 4; k++) {
    const w = words[k] as Word;
    if (w.breakBefore) return null;
    if (blow[1].includes(w.text)) return k;
  }
  return null;
}

/** "tar and feather him": the last word, or null. */
function tarred(words: Word[], i: number): number | null {
  if ((words[i] as Word).text !== 'tar' || words[i + 1]?.text !== 'and' || words[i + 2]?.text !== 'feather')
    return null;
  return personAt(words, i + 3);
}

/**
 * "he needs a good slap", "you deserve a beatdown", "give him a swift smack": a blow due a person named right before
 * the verb (or given to one after "give"); the blow's words, or null.
 */
function dueBlow(words: Word[], i: number): { first: number; last: number } | null {
  const w = words[i] as Word;
  let j = i + 1;
  if (w.text === 'give') {
    const end = personAt(words, j);
    if (end === null || !called(words, i)) return null;
    j = end + 1;
  } else {
    if (!has(NEEDING, w) || w.breakBefore) return null;
    const who = describeSubject(words[i - 1]);
    if (who !== 'person' && who !== 'group' && who !== 'reader' && who !== 'author') return null;
  }
  if (words[j]?.text === 'a' && !words[j]?.breakBefore) j++;
  const manner = has(MANNER, words[j]) && !words[j]?.breakBefore;
  if (manner) j++;
  const blow = words[j];
  if (!blow || blow.breakBefore || !has(DUE, blow) || !(manner || PLAIN_DUE.has(blow.text))) return null;
  const after = words[j + 1];
  if ((after && !after.breakBefore && has(FIGURE_TAILS, after)) || aboutSport(words, i)) return null;
  return { first: manner ? j - 1 : j, last: j };
}
