/**
 * Demeaning stereotypes of a whole group said without an insult word: an ability it is said to lack by nature
 * ("Asians can't drive", "women can't think for themselves"), a role it is said to fill badly ("Xs make terrible
 * drivers") and a faith called a religion of violence ("Islam is a
 * religion of hate", "Judaism is an evil cult"). A rule, a place or a time after the ability ("women can't drive in
 * that country until 2018"), a part of the group ("many Xs can't ..."), a faith described without a smear ("a
 * religion of 1.8 billion people"), a movement ("radical Islam") and a claim denied or reported stay clean. Linear:
 * each group or faith word looks at most a dozen words ahead, within its sentence.
 */
import { hasForm as has, type Word } from '../normalize/words.js';
import { crimesByNature } from './crimes-by-nature.js';
import { FAITH_NAMES } from './faith-attacks.js';
import { identityHit as hit, type IdentityHit } from './identity.js';
import { framed, groupEnd } from './identity-attacks.js';
import { FAITH_MOVEMENT_WORDS } from './lexicon/identity-attacks.js';
import {
  BAD_AT,
  FAITH_KINDS,
  FAITH_SMEAR_ADJECTIVES,
  FAITH_SMEARS,
  ROLES,
  UNABLE_TAILS,
  UNABLE_TO,
} from './lexicon/stereotypes.js';
import { refusedAsSlogan } from './no-more-calls.js';
import { notBelonging } from './not-belonging.js';
import { countedAsSwarm } from './swarms.js';
import { joined } from './word-runs.js';

const set = (list: readonly string[]): ReadonlySet<string> => new Set(list);
/** The abilities word by word, the longest first: "think for themselves" before "think". */
const UNABLE = UNABLE_TO.map((p) => p.split(' ')).sort((a, b) => b.length - a.length);
const TAILS = set(UNABLE_TAILS);
const KINDS = set(FAITH_KINDS);
const SMEARS = set(FAITH_SMEARS);
const SMEAR_ADJECTIVES = set(FAITH_SMEAR_ADJECTIVES);
const MOVEMENT = set(FAITH_MOVEMENT_WORDS);
/** A part of the group, not the whole: "many Xs can't vote", "some Xs can't drive". */
const PARTS = set(['some', 'many', 'few', 'certain', 'older', 'elderly', 'young', 'poor']);
/** Words between the group and "can't": "Xs just can't", "Xs all simply cannot", "Xs really can't". */
const ON_THE_WAY = set(['all', 'just', 'simply', 'really', 'still', 'literally', 'honestly', 'generally', 'even']);
/** Words between "is" and the smear of a faith: "is nothing but a religion of", "is truly an evil cult". */
const SMEAR_FILLERS = set(['a', 'an', 'the', 'nothing', 'but', 'just', 'simply', 'truly', 'really', 'inherently']);
const BEING = set(['is', 's', 'was', 'remains']);
const BAD = set(BAD_AT);
const ROLE = ROLES.map((r) => r.split(' '));
/** Verbs that give a group a role: "Xs make terrible drivers", "Xs are lousy parents". */
const FILLING = set(['make', 'are', 'were', 're']);
/** Words between the group and the role: "Xs always make", "Xs are usually". */
const HABITUALLY = set([...ON_THE_WAY, 'always', 'often', 'usually', 'typically', 'invariably']);

const text = (w: Word | undefined): string => w?.text ?? '';

/** Stereotypes said of a whole group or a faith: word ranges for the group and what it is said to be. */
export function findGroupStereotypes(words: Word[]): IdentityHit[] {
  const out: IdentityHit[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i] as Word;
    if (has(FAITH_NAMES, w)) {
      const h = smearedFaith(words, i);
      if (h) out.push(h);
      continue;
    }
    const g = groupEnd(words, i);
    if (g < 0) continue;
    const counted = countedAsSwarm(words, i, g) ?? refusedAsSlogan(words, i, g);
    if (counted) out.push(counted);
    if (!framed(words, i) && !has(PARTS, words[i - 1])) {
      const h =
        unableByNature(words, i, g) ??
        badByNature(words, i, g) ??
        notBelonging(words, i, g) ??
        crimesByNature(words, i, g);
      if (h) out.push(h);
    }
    i = g;
  }
  return out;
}

/** "Xs can't drive", "Xs simply cannot think for themselves": the group at [i, g] said to lack an ability. */
function unableByNature(words: Word[], i: number, g: number): IdentityHit | null {
  let k = g + 1;
  while (joined(words, k) && has(ON_THE_WAY, words[k])) k++;
  const negation = k;
  if (!joined(words, k)) return null;
  const t = text(words[k]);
  // "cannot", "can't", "can not", "can never", "could never"
  if (t === 'cannot' || t === 'cant') k++;
  else if ((t === 'can' || t === 'could') && ['t', 'not', 'never'].includes(text(words[k + 1]))) k += 2;
  else return null;
  while (joined(words, k) && has(ON_THE_WAY, words[k])) k++;
  for (const ability of UNABLE) {
    const end = k + ability.length - 1;
    if (!ability.every((a, n) => joined(words, k + n) && text(words[k + n]) === a)) continue;
    return byNature(words, end + 1) ? hit([i, g], [negation, end]) : null;
  }
  return null;
}

/**
 * "Xs make terrible drivers", "Xs are all lousy parents": the group at [i, g] said to fill a role badly, the clause
 * ending there ("Xs make bad drivers in the snow" is about the snow). "Xs are terrible people" is name-calling and
 * is found as such too.
 */
function badByNature(words: Word[], i: number, g: number): IdentityHit | null {
  let k = g + 1;
  while (joined(words, k) && has(HABITUALLY, words[k])) k++;
  if (!joined(words, k) || !has(FILLING, words[k])) return null;
  const verb = k++;
  while (joined(words, k) && has(HABITUALLY, words[k])) k++;
  if (text(words[k]) === 'such') k++;
  if (!joined(words, k) || !has(BAD, words[k])) return null;
  k++;
  for (const role of ROLE) {
    const end = k + role.length - 1;
    if (!role.every((r, n) => joined(words, k + n) && text(words[k + n]) === r)) continue;
    return byNature(words, end + 1) ? hit([i, g], [verb, end]) : null;
  }
  return null;
}

/**
 * Whether the clause after an ability at `k` leaves it a verdict on nature: it ends, or says only how badly ("for
 * shit", "to save their lives", "properly"). "in that country", "before 16", "until 2018" make it a report.
 */
function byNature(words: Word[], k: number): boolean {
  for (let n = k; joined(words, n); n++) if (!has(TAILS, words[n])) return false;
  return true;
}

/**
 * "Islam is a faith of violence", "Christianity is an evil cult": the faith at `i` given a smear, unless a movement
 * ("radical Islam") or a denied or reported claim ("it is a myth that Islam is ...").
 */
function smearedFaith(words: Word[], i: number): IdentityHit | null {
  if (has(MOVEMENT, words[i - 1]) || framed(words, i)) return null;
  let k = i + 1;
  if (!joined(words, k) || !has(BEING, words[k])) return null;
  k++;
  while (joined(words, k) && has(SMEAR_FILLERS, words[k])) k++;
  // "a violent religion", "a death cult"
  if (has(SMEAR_ADJECTIVES, words[k]) && joined(words, k) && has(KINDS, words[k + 1]) && joined(words, k + 1))
    return smearEnds(words, k + 2) ? hit([i, i], [k, k + 1]) : null;
  // "a religion of violence", "the religion of the sword", "a cult of death and hate"
  if (!has(KINDS, words[k]) || !joined(words, k) || text(words[k + 1]) !== 'of' || !joined(words, k + 1)) return null;
  let s = k + 2;
  if (text(words[s]) === 'the' && joined(words, s)) s++;
  return joined(words, s) && has(SMEARS, words[s]) && smearEnds(words, s + 1) ? hit([i, i], [k, s]) : null;
}

/** Whether the smear ends its phrase at `k`: the clause ends, or "and" / "or" joins another. */
function smearEnds(words: Word[], k: number): boolean {
  return !joined(words, k) || ['and', 'or', 'that', 'which'].includes(text(words[k]));
}
