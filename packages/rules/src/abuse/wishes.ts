/**
 * Wishes of harm: "I hope they suffer", "may he burn in hell", "I wish the worst for them", "let them starve", "she
 * needs to die". The harm must befall a person and be wished by the writer: "I hope she didn't suffer", "I hope he dies
 * peacefully", "I hope they suffer the consequences" and "the bill would let them die" stay clean.
 */
import { hasForm as has, type Word } from '../normalize/words.js';
import {
  BODILY_TAILS,
  BODY_PARTS,
  HARM_INTRANSITIVE,
  HARM_PARTICIPLES,
  NEGATIONS,
  ORDER_PEOPLE,
  PARTICIPLES_NEEDING_TAIL,
  PASSIVE_AUXILIARIES,
  WISH_FILLERS,
  WISH_FOLLOWERS,
  WISH_FOR,
  WISH_IN_PLACES,
  WISH_VERBS,
  WISHED_THINGS,
} from './lexicon/harm.js';
import { lookupWord } from './lexicon/index.js';
import { describeSubject, type Target } from './subject-words.js';

/** A harm found on someone: who, and the words [first, last] that are its evidence. */
export type Found = { target: Target; first: number; last: number };
/** The words [first, last] of a harm. */
export type Span = { first: number; last: number };

const set = (list: readonly string[]): ReadonlySet<string> => new Set(list);
const WISH = set(WISH_VERBS);
const INTRANSITIVE = set(HARM_INTRANSITIVE);
const PARTICIPLES = set(HARM_PARTICIPLES);
const NEEDS_TAIL = set(PARTICIPLES_NEEDING_TAIL);
const BODILY = set(BODILY_TAILS);
const FOLLOWERS = set(WISH_FOLLOWERS);
const IN_PLACES = set(WISH_IN_PLACES);
const DEATH = set(['death']);
const CHOKE = set(['choke', 'chokes']);
const FOR = set(WISH_FOR);
const ROT = set(['rot', 'rots']);
const DEAD = set(['dead']);
const DROP = set(['drop', 'drops']);
const PIECES = set(['pieces', 'piece']);
const FILLERS = set(WISH_FILLERS);
const AUXILIARIES = set(PASSIVE_AUXILIARIES);
const THINGS = set(WISHED_THINGS);
const BODY = set(BODY_PARTS);
/** Words that undo a wish or a call before it. */
export const NEGATION = set(NEGATIONS);
/** Who a wish is said of: "I hope he ...", "may they ...". */
export const SUBJECT_PRONOUNS = set(['you', 'u', 'ya', 'yall', 'he', 'she', 'they', 'ye']);
/** Who is let suffer, wished the worst or struck: "let them rot", "wish him ill", "kick her in ...". */
export const OBJECT_PRONOUNS = set(['you', 'u', 'ya', 'him', 'her', 'them', 'em', 'yall']);
const DETERMINERS = set(['the', 'this', 'that', 'these', 'those', 'every', 'all', 'your', 'ur', 'his', 'her', 'their']);
const PRISONS = set(['prison', 'jail', 'gaol']);
/** Whose home or vehicle a wish wrecks: "I hope your house burns down". */
const OWNERS = set(['your', 'ur', 'his', 'her', 'their']);
const POSSESSIONS = set(
  'house home car plane jet boat yacht helicopter truck office restaurant shop store apartment flat mansion cabin trailer building'.split(
    ' ',
  ),
);
/** A home or vehicle named without its owner, wished destroyed only with someone inside: "the building ... with them in it". */
const THE = set(['the', 'that', 'this', 'whole']);
const WRECKING = set(['burns', 'burn', 'crashes', 'crash', 'explodes', 'explode', 'sinks', 'sink', 'blows', 'blow']);
/** Anyone wished to do harm: "I hope someone shoots him". */
const ANYONE = set(['someone', 'somebody', 'somone']);
/** Harms done to a person, in the form after "someone": "shoots", "kills", "punches". */
const DONE_HARMS = set(
  'shoot shoots kill kills murder murders stab stabs strangle strangles punch punches rape rapes hang hangs lynch lynches slap slaps choke chokes poison poisons beat beats run runs'.split(
    ' ',
  ),
);
/** Forms of "be" before a state wished on someone: "I wish he were dead". */
const BEING = set(['is', 'are', 're', 's', 'be', 'was', 'were']);
/** Being struck by a vehicle, wished on someone: "hit by a bus", "run over by a truck". */
const STRUCK = set(['hit', 'struck', 'run', 'mowed', 'flattened']);
const VEHICLES = set(['bus', 'truck', 'train', 'car', 'semi', 'tractor', 'lorry', 'tank', 'steamroller', 'meteor']);
/** Illnesses wished on someone: "I hope you get cancer". */
const DISEASES = set(['cancer', 'aids', 'ebola', 'leprosy', 'rabies', 'gangrene', 'dysentery']);
/** Kin and company wished harm with someone: "you and your family", "his kids". */
const KIN = set(
  'family families kids children wife husband mother mom mum father dad son sons daughter daughters friends kind ilk lot'.split(
    ' ',
  ),
);
/** Verbs that make a harm someone's due: "she needs to die", "he should rot". */
// Not "deserves to die": a threat phrase holds it.
const DUE = set(['need', 'needs', 'should', 'must', 'ought', 'shall']);
/** Words opening an order before "let": "just let them rot", "so let him starve". */
const LET_OPENERS = set(['just', 'so', 'then', 'and', 'please', 'simply', 'i', 'say']);
const POSSESSIVES = set(['the', 'his', 'her', 'their', 'your', 'ur', 'its', 'them']);
/** People named by what they did: "I hope the dealers rot". */
const DOERS = set(ORDER_PEOPLE);

/** A wish of harm opened by the word at `i` ("hope", "wish", "May", "Let"), or null. */
/** The words a wish opens with ("I hope ...", "May he ...", "Let them ..."): `wishAt` finds none elsewhere. */
export const WISH_STARTS: readonly string[] = [...WISH_VERBS, 'may', 'let'];

export function wishAt(words: Word[], i: number): Found | null {
  const w = words[i] as Word;
  if (has(WISH, w))
    return negatedBefore(words, i) ? null : (wishOf(words, i + 1) ?? wishedThing(words, i) ?? alsoWished(words, i));
  if (w.text === 'may') return opens(words, i) ? wishOf(words, i + 1) : null;
  if (w.text === 'let') return letOpens(words, i) || letRot(words, i) ? letSuffer(words, i + 1) : null;
  return null;
}

/** "she needs to die", "he should rot", "you must suffer": a harm said to be someone's due. */
export function harmDue(words: Word[], i: number): Span | null {
  let j = i + 1;
  if (!has(DUE, words[j]) || words[j]?.breakBefore) return null;
  j++;
  for (const filler of ['to', 'just', 'simply']) if (words[j]?.text === filler && !words[j]?.breakBefore) j++;
  const w = words[j];
  if (!w || w.breakBefore || !has(INTRANSITIVE, w)) return null;
  const harm = harmAt(words, j, false);
  return harm === null ? null : { first: i, last: harm };
}

/** A word that opens its sentence. */
export function opens(words: Word[], i: number): boolean {
  return i === 0 || (words[i] as Word).breakBefore;
}

/**
 * "let" opening an order: "Let them rot.", "just let him starve", "so just let them die" (up to two words opening it);
 * not "the bill would let them die".
 */
function letOpens(words: Word[], i: number): boolean {
  for (let j = i; j >= 0 && i - j <= 2; j--) {
    if (opens(words, j)) return true;
    if (!has(LET_OPENERS, words[j - 1])) return false;
  }
  return false;
}

/** "throw them in cells and let them rot": rotting allowed, joined to another order by "and". */
function letRot(words: Word[], i: number): boolean {
  const and = words[i - 1];
  return and?.text === 'and' && !(words[i] as Word).breakBefore && has(ROT, words[i + 2]);
}

/** "I don't wish ...", "I would never hope ...": a wish denied. */
function negatedBefore(words: Word[], i: number): boolean {
  for (let j = i - 1; j >= 0 && i - j <= 3; j--) {
    if (has(NEGATION, words[j])) return true;
    if ((words[j] as Word).breakBefore) break;
  }
  return false;
}

/** The last word of a person the wish is about, starting at `k`: "he", "the guy", "this man", "Smith". */
function subjectAt(words: Word[], k: number, pronouns: ReadonlySet<string>): number | null {
  const first = words[k];
  if (!first || first.breakBefore) return null;
  if (has(pronouns, first)) return k;
  const whole = wholeOf(words, k);
  if (whole !== null) return whole;
  if (has(DETERMINERS, first)) {
    for (let j = k + 1; j <= k + 2; j++) {
      const w = words[j];
      if (!w || w.breakBefore) return null;
      if (has(KIN, w) || has(DOERS, w) || namesBadly(w)) return j;
      const who = describeSubject(w);
      if (who === 'idea') return null;
      if (who !== null && !has(SUBJECT_PRONOUNS, w)) return j;
    }
    return null;
  }
  // A name: "I hope Smith chokes", "may Hale rot".
  let j = k;
  while (j < words.length && j - k < 3) {
    const w = words[j] as Word;
    if ((j > k && w.breakBefore) || !w.capitalized || w.text === 'i' || describeSubject(w) !== 'person') break;
    j++;
  }
  return j > k ? j - 1 : null;
}

/** "every one of them", "both of them", "the whole lot of them": all of a group, to its last word, or null. */
function wholeOf(words: Word[], k: number): number | null {
  if (!has(WHOLE_OF, words[k])) return null;
  for (let j = k + 1; j < words.length && j - k <= 3; j++) {
    const w = words[j] as Word;
    if (w.breakBefore) return null;
    if (w.text === 'of') return has(OF_WHOM, words[j + 1]) && !words[j + 1]?.breakBefore ? j + 1 : null;
    if (!has(WHOLE_OF, w)) return null;
  }
  return null;
}
const WHOLE_OF = set(['all', 'every', 'one', 'both', 'each', 'the', 'whole', 'lot', 'last', 'single']);
const OF_WHOM = set(['them', 'you', 'yall', 'em']);

/** A noun that only names a person badly: "that scumbag", "the bastard". */
function namesBadly(w: Word): boolean {
  const kinds = lookupWord(w.forms)?.kinds;
  return !!kinds && (kinds.has('insult-strong') || kinds.has('insult-person'));
}

/** After "hope" / "may": a person and a harm befalling them ("he gets kicked in the teeth", "they suffer"). */
function wishOf(words: Word[], k: number): Found | null {
  if (words[k]?.text === 'that' && !words[k]?.breakBefore) k++;
  const done = doneBySomeone(words, k) ?? possessionWrecked(words, k);
  if (done) return done;
  let subject = subjectAt(words, k, SUBJECT_PRONOUNS);
  // "you and your family", "he and his kind"
  if (subject !== null && words[subject + 1]?.text === 'and') {
    const more = subjectAt(words, subject + 2, SUBJECT_PRONOUNS);
    if (more !== null) subject = more;
  }
  if (subject === null) return null;
  const target: Target = describeSubject(words[k]) === 'reader' ? 'reader' : 'someone';
  let passive = false;
  let being = false;
  for (let j = subject + 1; j < words.length && j - subject <= 5; j++) {
    const w = words[j] as Word;
    if (w.breakBefore || w.pauseBefore) return null;
    const harm = harmAt(words, j, passive, target === 'reader');
    if (harm !== null) {
      return { target, first: j, last: harm };
    }
    // "I wish he was dead", not "I hope she is dead wrong"
    if (has(DEAD, w) && being && clauseEnds(words, j + 1)) return { target, first: j, last: j };
    if (!has(FILLERS, w)) return null;
    if (has(AUXILIARIES, w)) passive = true;
    if (has(BEING, w)) being = true;
  }
  return null;
}

/** "I hope someone shoots him", "hope somebody finally punches her": harm wished done to someone by anyone. */
function doneBySomeone(words: Word[], k: number): Found | null {
  if (!has(ANYONE, words[k])) return null;
  let j = k + 1;
  if (has(FILLERS, words[j]) && !words[j]?.breakBefore) j++;
  const verb = words[j];
  const whom = words[j + 1];
  if (!verb || !whom || verb.breakBefore || whom.breakBefore || !has(DONE_HARMS, verb)) return null;
  if (!has(OBJECT_PRONOUNS, whom)) return null;
  // "someone shoots him a message", "someone hits him up": not a blow.
  const after = words[j + 2];
  const target: Target = describeSubject(whom) === 'reader' ? 'reader' : 'someone';
  // "someone runs him over": a car's blow; "someone beats him to death", "beats him senseless".
  // Not "runs him over to the station" (a lift).
  if (verb.text.startsWith('run')) {
    const over = after?.text === 'over' && !after.breakBefore;
    return over && (clauseEnds(words, j + 3) || words[j + 3]?.text === 'with')
      ? { target, first: k, last: j + 2 }
      : null;
  }
  const tail = bodilyTail(words, j + 2);
  if (verb.text.startsWith('beat')) {
    // "beats him up", "beats him to death", "beats him senseless"
    const last = tail ?? (after?.text === 'up' && !after.breakBefore ? j + 2 : null);
    return last === null ? null : { target, first: k, last };
  }
  if (after && !after.breakBefore && !after.pauseBefore && !clauseEnds(words, j + 2) && tail === null) return null;
  return { target, first: k, last: j + 1 };
}

/** "I hope your house burns down", "hope his plane crashes": a home or a vehicle wished destroyed with its owner. */
function possessionWrecked(words: Word[], k: number): Found | null {
  const owner = words[k];
  const thing = words[k + 1];
  if (!owner || !thing || owner.breakBefore || thing.breakBefore) return null;
  const owned = has(OWNERS, owner);
  if ((!owned && !has(THE, owner)) || !has(POSSESSIONS, thing)) return null;
  let j = k + 2;
  if (has(FILLERS, words[j]) && !words[j]?.breakBefore) j++;
  const fate = words[j];
  if (!fate || fate.breakBefore || !has(WRECKING, fate)) return null;
  // "burns down", "blows up", "burns to the ground"
  const particle = words[j + 1];
  let last = particle && !particle.breakBefore && (particle.text === 'down' || particle.text === 'up') ? j + 1 : j;
  if (last === j && fate.text.startsWith('burn')) last = toTheGround(words, j + 1) ?? j;
  if ((fate.text.startsWith('burn') || fate.text.startsWith('blow')) && last === j) return null;
  const target: Target = describeSubject(owner) === 'reader' ? 'reader' : 'someone';
  if (owned && clauseEnds(words, last + 1)) return { target, first: k, last };
  // "... burns down with you in it", "with him inside": the owner wished inside
  const inside = withSomeoneInside(words, last + 1);
  return inside === null ? null : { target, first: k, last: inside };
}

/** "to the ground" from `k`: its last word, or null. */
function toTheGround(words: Word[], k: number): number | null {
  const [to, the, ground] = [words[k], words[k + 1], words[k + 2]];
  if (!to || !the || !ground || to.breakBefore || the.breakBefore || ground.breakBefore) return null;
  return to.text === 'to' && the.text === 'the' && ground.text === 'ground' ? k + 2 : null;
}

/**
 * "with you in it", "with him still inside", "with them and their kids in it": people left inside a home or a car
 * wished destroyed, from "with" at `k` to the last word, or null.
 */
function withSomeoneInside(words: Word[], k: number): number | null {
  if (words[k]?.text !== 'with' || words[k]?.breakBefore) return null;
  let j = k + 1;
  let who = false;
  for (; j < words.length && j - k <= 6; j++) {
    const w = words[j] as Word;
    if (w.breakBefore || w.pauseBefore) return null;
    if (has(OBJECT_PRONOUNS, w) || has(KIN, w)) who = true;
    else if (!has(INSIDE_FILLERS, w)) break;
  }
  if (!who) return null;
  const at = words[j];
  if (!at || at.breakBefore) return null;
  if (at.text === 'inside') return j;
  const it = words[j + 1];
  return at.text === 'in' && it && !it.breakBefore && (it.text === 'it' || it.text === 'there') ? j + 1 : null;
}
/** Words between "with" and "in it" besides the people: "with you and your family still in it". */
const INSIDE_FILLERS = set(['and', 'your', 'ur', 'his', 'her', 'their', 'whole', 'entire', 'still', 'all', 'both']);

/** "hope your pension goes and you starve": a harm in a second clause of the same wish. */
function alsoWished(words: Word[], i: number): Found | null {
  for (let j = i + 2; j < words.length && j - i <= 10; j++) {
    const w = words[j] as Word;
    // "hope the man loses his shop. And gets kicked in the ...": a wish run on after a stop.
    if (w.breakBefore && w.text === 'and') return sameSubject(words, j + 1);
    if (w.breakBefore || has(NEGATION, w)) return null;
    if (w.text === 'and') return wishOf(words, j + 1) ?? sameSubject(words, j + 1);
  }
  return null;
}

/** "I hope he gets life and gets beaten in prison": a second harm wished on the same one, its subject left out. */
function sameSubject(words: Word[], k: number): Found | null {
  if (!has(AUXILIARIES, words[k]) || words[k]?.breakBefore) return null;
  for (let j = k + 1; j < words.length && j - k <= 3; j++) {
    const w = words[j] as Word;
    if (w.breakBefore || w.pauseBefore) return null;
    const harm = harmAt(words, j, true);
    if (harm !== null) return { target: 'someone', first: j, last: harm };
    if (!has(FILLERS, w)) return null;
  }
  return null;
}

/** "Let them rot.", "just let him starve": suffering allowed on someone by an order. */
function letSuffer(words: Word[], k: number): Found | null {
  let subject = subjectAt(words, k, OBJECT_PRONOUNS);
  if (subject === null) return null;
  // "let them all burn", "let them both rot"
  const all = words[subject + 1];
  if (all && !all.breakBefore && (all.text === 'all' || all.text === 'both')) subject++;
  const harm = harmAt(words, subject + 1, false);
  return harm === null || !has(INTRANSITIVE, words[subject + 1])
    ? null
    : { target: 'someone', first: subject + 1, last: harm };
}

/** The last word of a harm starting at `j`, or null: "suffer", "burn in hell", "kicked in the teeth", "beaten to death". */
function harmAt(words: Word[], j: number, passive: boolean, reader = false): number | null {
  const w = words[j];
  if (!w) return null;
  const next = words[j + 1];
  const ends = !next || next.breakBefore || next.pauseBefore;
  // "drop dead", "drops dead"
  if (has(DROP, w) && has(DEAD, next) && !next?.breakBefore) return j + 1;
  // "rest in pieces", "rot in pieces"
  if ((w.text === 'rest' || has(ROT, w)) && next?.text === 'in' && has(PIECES, words[j + 2])) return j + 2;
  if (has(INTRANSITIVE, w)) {
    if (ends) return j;
    if (!next || !has(FOLLOWERS, next)) return null;
    // "hope you rot in prison": a sentence wished on the reader is hostile; on a convict it is a common verdict.
    if (next.text === 'in' && reader && has(PRISONS, words[j + 2])) return j + 2;
    // "rot in there", "rots in a cell": rotting is wished anywhere but in prison, a sentence ("he should rot in
    // jail", "may she rot in a prison cell").
    const place = words[j + 2]?.text === 'a' ? words[j + 3] : words[j + 2];
    if (next.text === 'in' && has(ROT, w) && place && !words[j + 2]?.breakBefore && !has(PRISONS, place)) return j + 2;
    if (next.text === 'in')
      return has(IN_PLACES, words[j + 2])
        ? j + 2
        : has(IN_PLACES, words[j + 3]) && words[j + 2]?.text === 'a'
          ? j + 3
          : null;
    if (next.text === 'to') return has(DEATH, words[j + 2]) ? j + 2 : null;
    // "die a slow death", not "suffer a defeat"
    if (next.text === 'a') return has(DEATH, words[j + 3]) ? j + 3 : null;
    // "choke on it", not "suffer on Saturday"
    if (next.text === 'on') return has(CHOKE, w) ? j : null;
    if (next.text === 'for') return has(FOR, words[j + 2]) ? j : null;
    return j;
  }
  // "I hope you get cancer"
  if (passive && has(DISEASES, w) && (ends || next?.text === 'and')) return j;
  // "I hope he gets hit by a bus", "hope you get run over by a truck"
  if (passive && has(STRUCK, w)) return struckBy(words, j + 1);
  if (!passive || !has(PARTICIPLES, w)) return null;
  const tail = bodilyTail(words, j + 1);
  if (tail !== null) return tail;
  if (NEEDS_TAIL.has(w.text) || !ends) return null;
  return j;
}

/** "by a bus", "over by a truck": the vehicle that strikes someone, from `k` to its last word, or null. */
function struckBy(words: Word[], k: number): number | null {
  // "run over by", "mowed down by"
  if ((words[k]?.text === 'over' || words[k]?.text === 'down') && !words[k]?.breakBefore) k++;
  const by = words[k];
  if (by?.text !== 'by' || by.breakBefore) return null;
  let v = k + 1;
  if (['a', 'an', 'the'].includes(words[v]?.text ?? '')) v++;
  const vehicle = words[v];
  return vehicle && !vehicle.breakBefore && has(VEHICLES, vehicle) ? v : null;
}

/** "to death", "alive", "senseless", "in the face" after a harm: its last word, or null. */
function bodilyTail(words: Word[], k: number): number | null {
  const a = words[k];
  if (!a || a.breakBefore) return null;
  if (a.text === 'to' && has(DEATH, words[k + 1])) return k + 1;
  // "raped in prison", "beaten in jail": a harm wished on a convict in his cell.
  if (a.text === 'in' && has(PRISONS, words[k + 1]) && !words[k + 1]?.breakBefore) return k + 1;
  if (has(BODILY, a) && a.text !== 'up') return k;
  return bodyPart(words, k);
}

/** "in the face", "in his teeth", "across the mouth": the last word, or null. */
export function bodyPart(words: Word[], k: number): number | null {
  const a = words[k];
  if (!a || a.breakBefore || !['in', 'on', 'across', 'into', 'through'].includes(a.text)) return null;
  const b = words[k + 1];
  if (!b || !has(POSSESSIVES, b)) return null;
  const c = words[k + 2];
  return c && !c.breakBefore && has(BODY, c) ? k + 2 : null;
}

/** Whether word `k` ends a clause or only adds to it: the text ends, a stop or comma, "and", "for", "too". */
function clauseEnds(words: Word[], k: number): boolean {
  const w = words[k];
  return !w || w.breakBefore || w.pauseBefore || ['and', 'for', 'too', 'on', 'upon', 'frankly'].includes(w.text);
}

/** "I wish the worst for them", "wishing him ill", "wish death on them": the words from "wish" to the harm. */
function wishedThing(words: Word[], i: number): Found | null {
  if (!['wish', 'wishes', 'wishing'].includes((words[i] as Word).text)) return null;
  let k = i + 1;
  const person = subjectAt(words, k, OBJECT_PRONOUNS);
  if (person !== null) k = person + 1;
  if (words[k]?.text === 'the') k++;
  const thing = words[k];
  if (!thing || thing.breakBefore || !has(THINGS, thing)) return null;
  // "I wish him ill.", not "I wish her pain would ease" ("her" owning the pain).
  if (person !== null) return clauseEnds(words, k + 1) ? { target: 'someone', first: i, last: k } : null;
  const to = words[k + 1];
  if (!to || to.breakBefore || !['for', 'on', 'upon', 'to'].includes(to.text)) return null;
  const whom = subjectAt(words, k + 2, OBJECT_PRONOUNS);
  return whom === null ? null : { target: 'someone', first: i, last: k };
}
