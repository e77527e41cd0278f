/**
 * Harm wished on people, foretold to them or called for, without a threat word: "I hope they suffer", "may he burn in
 * hell", "I wish the worst for them", "let them starve" (wishes); "you'll end up in a coffin" (a death foretold to the
 * reader); "kick her in the stomach", "I'd punch him in the face", "beat the crap out of him" (assaults called for).
 * Reports stay clean: the harm must be wished by the writer on a person ("I hope she didn't suffer", "the storm killed
 * three", "he kicked her in the stomach, police said" are not).
 */
import { hasForm as has, type Word } from '../normalize/words.js';
import { describeSubject, type Target } from './directedness.js';
import {
  ASSAULT_VERBS,
  BODILY_TAILS,
  BODY_PARTS,
  DEATH_PLACES,
  HARM_INTRANSITIVE,
  HARM_PARTICIPLES,
  NEGATIONS,
  PARTICIPLES_NEEDING_TAIL,
  PASSIVE_AUXILIARIES,
  REPORTING_BEFORE,
  WISH_FILLERS,
  WISH_FOLLOWERS,
  WISH_IN_PLACES,
  WISH_VERBS,
  WISHED_THINGS,
} from './lexicon/harm.js';
import { IDENTITY_GROUPS, PEOPLE_NOUNS } from './lexicon/identity.js';

/** One harm found: its rule, its score, who it is aimed at and the words [first, last] that are its evidence. */
export interface Harm {
  rule: 'abuse.threat.wish' | 'abuse.threat.violence' | 'abuse.threat';
  score: number;
  target: Target;
  first: number;
  last: number;
}

const set = (list: readonly string[]): ReadonlySet<string> => new Set(list);
const WISH = set(WISH_VERBS);
const INTRANSITIVE = set(HARM_INTRANSITIVE);
const PARTICIPLES = set(HARM_PARTICIPLES);
const NEEDS_TAIL = set(PARTICIPLES_NEEDING_TAIL);
const BODILY = set(BODILY_TAILS);
const FOLLOWERS = set(WISH_FOLLOWERS);
const IN_PLACES = set(WISH_IN_PLACES);
const FILLERS = set(WISH_FILLERS);
const AUXILIARIES = set(PASSIVE_AUXILIARIES);
const THINGS = set(WISHED_THINGS);
const ASSAULTS = set(ASSAULT_VERBS);
const BODY = set(BODY_PARTS);
const PLACES = set(DEATH_PLACES);
const NEGATION = set(NEGATIONS);
const REPORTING = set(REPORTING_BEFORE);
/** Who a wish is said of: "I hope he ...", "may they ...". */
const SUBJECT_PRONOUNS = set(['you', 'u', 'ya', 'yall', 'he', 'she', 'they', 'ye']);
/** Who is let suffer, or wished the worst: "let them rot", "wish him ill". */
const OBJECT_PRONOUNS = set(['you', 'u', 'ya', 'him', 'her', 'them', 'em', 'yall']);
const DETERMINERS = set(['the', 'this', 'that', 'these', 'those', 'every', 'all', 'your', 'ur', 'his', 'her', 'their']);
/** Illnesses wished on someone: "I hope you get cancer". */
const PRISONS = set(['prison', 'jail', 'gaol']);
const DISEASES = set(['cancer', 'aids', 'ebola', 'leprosy', 'rabies', 'gangrene', 'dysentery']);
/** Kin and company wished harm with someone: "you and your family", "his kids". */
const KIN = set(
  'family families kids children wife husband mother mom mum father dad son sons daughter daughters friends kind ilk lot'.split(
    ' ',
  ),
);
/** Killing verbs that a call may aim at a people: "we should shoot the Xs". */
const KILLING = set([
  'kill',
  'shoot',
  'murder',
  'slaughter',
  'massacre',
  'butcher',
  'hang',
  'lynch',
  'execute',
  'nuke',
  'bomb',
  'gas',
  'behead',
]);
/** Words that make the killing a call: "we should", "let's", "time to". */
const CALLS = set(['should', 'shud', 'must', 'ought', 'lets', 'gotta', 'need', 'needs', 'time', 'shall']);
const GROUP_DETERMINERS = set(['the', 'all', 'more', 'these', 'those', 'every', 'some']);
const GROUPS = set(IDENTITY_GROUPS);
const PEOPLE = set([...PEOPLE_NOUNS, 'children', 'babies']);
/** Verbs that make a harm someone's due: "she needs to die", "he should rot". */
const DUE = set(['need', 'needs', 'should', 'must', 'deserves', 'deserve', 'ought', 'shall']);
/** Verbs before a blow said to be due: "needs a punch in the face". */
const NEEDING = set(['need', 'needs', 'deserve', 'deserves', 'deserved', 'earned', 'use']);
const BLOW_MANNER = set(['good', 'swift', 'hard', 'real', 'quick', 'solid', 'proper', 'firm']);
const BLOWS = set(['punch', 'kick', 'slap', 'smack', 'whack', 'boot', 'backhand', 'knee', 'fist']);
/** Words opening an order before "let": "just let them rot", "so let him starve". */
const LET_OPENERS = set(['just', 'so', 'then', 'and', 'please', 'simply', 'i', 'say']);
const POSSESSIVES = set(['the', 'his', 'her', 'their', 'your', 'ur', 'its', 'them']);

/** Every wish of harm, death foretold and assault called for in the words. */
export function findHarm(words: Word[]): Harm[] {
  const out: Harm[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i] as Word;
    const wish =
      (has(WISH, w) &&
        !negatedBefore(words, i) &&
        (wishOf(words, i + 1) ?? wishedThing(words, i) ?? alsoWished(words, i))) ||
      (w.text === 'may' && opens(words, i) && wishOf(words, i + 1)) ||
      (w.text === 'let' && letOpens(words, i) && letSuffer(words, i + 1));
    if (wish) out.push({ rule: 'abuse.threat.wish', score: 0.8, ...wish });
    const assault = has(ASSAULTS, w) ? assaultAt(words, i) : null;
    if (assault !== null)
      out.push({ rule: 'abuse.threat.violence', score: 0.8, target: 'someone', first: i, last: assault });
    const beating = beatingAt(words, i);
    if (beating !== null)
      out.push({ rule: 'abuse.threat.violence', score: 0.8, target: 'someone', first: i, last: beating });
    const reader = has(SUBJECT_PRONOUNS, w) && describeSubject(w) === 'reader';
    const death = reader ? (deathForetold(words, i) ?? deadNow(words, i)) : null;
    if (death !== null) out.push({ rule: 'abuse.threat', score: 0.8, target: 'reader', first: i, last: death });
    const due = has(SUBJECT_PRONOUNS, w) ? harmDue(words, i) : null;
    if (due) out.push({ rule: 'abuse.threat.wish', score: 0.8, target: reader ? 'reader' : 'someone', ...due });
    const killing = has(KILLING, w) ? killingCalled(words, i) : null;
    if (killing !== null)
      out.push({ rule: 'abuse.threat.violence', score: 0.85, target: 'group', first: i, last: killing });
    const blow = has(NEEDING, w) ? blowNeeded(words, i) : null;
    if (blow) out.push({ rule: 'abuse.threat.violence', score: 0.7, target: 'someone', ...blow });
  }
  return out;
}

type Found = { target: Target; first: number; last: number };
type Span = { first: number; last: number };

/** "she needs to die", "he should rot", "you must suffer": a harm said to be someone's due. */
function harmDue(words: Word[], i: number): Span | null {
  let j = i + 1;
  if (!has(DUE, words[j]) || words[j]?.breakBefore) return null;
  j++;
  for (const filler of ['to', 'just', 'simply']) if (words[j]?.text === filler && !words[j]?.breakBefore) j++;
  const w = words[j];
  if (!w || w.breakBefore || !has(INTRANSITIVE, w)) return null;
  const harm = harmAt(words, j, false);
  return harm === null ? null : { first: i, last: harm };
}

/**
 * "we should just shoot the Xs", "let's kill more X children": killing a people called for, with "should", "must",
 * "let's" before the verb (not "militants kill Xs", a report).
 */
function killingCalled(words: Word[], i: number): number | null {
  let called = false;
  for (let j = i - 1; j >= 0 && i - j <= 3; j--) {
    const w = words[j] as Word;
    if (has(NEGATION, w)) return null;
    if (has(CALLS, w) || (w.text === 's' && words[j - 1]?.text === 'let')) called = true;
    if ((words[j + 1] as Word).breakBefore) break;
  }
  if (!called) return null;
  let k = i + 1;
  // "the", "all the", "more"
  while (k <= i + 2 && has(GROUP_DETERMINERS, words[k]) && !words[k]?.breakBefore) k++;
  const w = words[k];
  if (!w || w.breakBefore || !groupWord(w)) return null;
  const next = words[k + 1];
  if (next && !next.breakBefore && has(PEOPLE, next)) return k + 1;
  return w.text.endsWith('s') ? k : null;
}

/** A word for an identity group, singular or plural: "muslim", "immigrants", "Canadians". */
function groupWord(w: Word): boolean {
  for (const f of w.forms) if (GROUPS.has(f) || (f.endsWith('s') && GROUPS.has(f.slice(0, -1)))) return true;
  return false;
}

/** "needs a punch in the face", "deserves a swift kick in the butt": a blow said to be due (evidence: the blow). */
function blowNeeded(words: Word[], i: number): Span | null {
  let j = i + 1;
  if (words[j]?.text === 'a' && !words[j]?.breakBefore) j++;
  if (has(BLOW_MANNER, words[j])) j++;
  const blow = words[j];
  if (!blow || blow.breakBefore || !has(BLOWS, blow)) return null;
  const end = bodyPart(words, j + 1);
  return end === null ? null : { first: j, last: end };
}

/** "You're dead!", "you are dead.": said to the reader as the whole sentence (not "dead wrong", "dead set"). */
function deadNow(words: Word[], i: number): number | null {
  const be = words[i + 1];
  const dead = words[i + 2];
  const after = words[i + 3];
  if (!be || !dead || be.breakBefore || dead.breakBefore || !['are', 're', 'r'].includes(be.text)) return null;
  return dead.text === 'dead' && opens(words, i) && (!after || after.breakBefore) ? i + 2 : null;
}

/** A word that opens its sentence. */
function opens(words: Word[], i: number): boolean {
  return i === 0 || (words[i] as Word).breakBefore;
}

/** "let" opening an order: "Let them rot.", "just let him starve" (not "the bill would let them die"). */
function letOpens(words: Word[], i: number): boolean {
  if (opens(words, i)) return true;
  const prev = words[i - 1];
  return has(LET_OPENERS, prev) && !(words[i] as Word).breakBefore && opens(words, i - 1);
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
  if (has(DETERMINERS, first)) {
    for (let j = k + 1; j <= k + 2; j++) {
      const w = words[j];
      if (!w || w.breakBefore) return null;
      if (has(KIN, w)) return j;
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

/** After "hope" / "may": a person and a harm befalling them ("he gets kicked in the teeth", "they suffer"). */
function wishOf(words: Word[], k: number): Found | null {
  if (words[k]?.text === 'that' && !words[k]?.breakBefore) k++;
  let subject = subjectAt(words, k, SUBJECT_PRONOUNS);
  // "you and your family", "he and his kind"
  if (subject !== null && words[subject + 1]?.text === 'and') {
    const more = subjectAt(words, subject + 2, SUBJECT_PRONOUNS);
    if (more !== null) subject = more;
  }
  if (subject === null) return null;
  const target: Target = describeSubject(words[k]) === 'reader' ? 'reader' : 'someone';
  let passive = false;
  for (let j = subject + 1; j < words.length && j - subject <= 5; j++) {
    const w = words[j] as Word;
    if (w.breakBefore || w.pauseBefore) return null;
    const harm = harmAt(words, j, passive, target === 'reader');
    if (harm !== null) {
      return { target, first: j, last: harm };
    }
    if (!has(FILLERS, w)) return null;
    if (has(AUXILIARIES, w)) passive = true;
  }
  return null;
}

/** "hope your pension goes and you starve": a harm in a second clause of the same wish. */
function alsoWished(words: Word[], i: number): Found | null {
  for (let j = i + 2; j < words.length && j - i <= 10; j++) {
    const w = words[j] as Word;
    if (w.breakBefore || has(NEGATION, w)) return null;
    if (w.text === 'and') return wishOf(words, j + 1);
  }
  return null;
}

/** "Let them rot.", "just let him starve": suffering allowed on someone by an order. */
function letSuffer(words: Word[], k: number): Found | null {
  const subject = subjectAt(words, k, OBJECT_PRONOUNS);
  if (subject === null) return null;
  const harm = harmAt(words, subject + 1, false);
  return harm === null || !has(INTRANSITIVE, words[subject + 1])
    ? null
    : { target: 'someone', first: subject + 1, last: harm };
}

/** The last word of a harm starting at `j`, or null: "suffer", "burn in hell", "kicked in the teeth", "beaten to death". */
function harmAt(words: Word[], j: number, passive: boolean, reader = false): number | null {
  const w = words[j] as Word;
  const next = words[j + 1];
  const ends = !next || next.breakBefore || next.pauseBefore;
  // "rest in pieces", "rot in pieces"
  if ((w.text === 'rest' || w.text === 'rot') && next?.text === 'in' && words[j + 2]?.text === 'pieces') return j + 2;
  if (has(INTRANSITIVE, w)) {
    if (ends) return j;
    if (!next || !has(FOLLOWERS, next)) return null;
    // "hope you rot in prison": a sentence wished on the reader is hostile; on a convict it is a common verdict.
    if (next.text === 'in' && reader && PRISONS.has(words[j + 2]?.text ?? '')) return j + 2;
    // "rot in there", "rots in a cell": rotting is wished anywhere.
    if (next.text === 'in' && (w.text === 'rot' || w.text === 'rots') && words[j + 2] && !words[j + 2]?.breakBefore)
      return j + 2;
    if (next.text === 'in')
      return IN_PLACES.has(words[j + 2]?.text ?? '')
        ? j + 2
        : words[j + 3] && IN_PLACES.has(words[j + 3]?.text ?? '') && words[j + 2]?.text === 'a'
          ? j + 3
          : null;
    if (next.text === 'to') return words[j + 2]?.text === 'death' ? j + 2 : null;
    return j;
  }
  // "I hope you get cancer"
  if (passive && has(DISEASES, w) && (ends || has(FOLLOWERS, next))) return j;
  if (!passive || !has(PARTICIPLES, w)) return null;
  const tail = bodilyTail(words, j + 1);
  if (tail !== null) return tail;
  if (NEEDS_TAIL.has(w.text) || !ends) return null;
  return j;
}

/** "to death", "alive", "senseless", "in the face" after a harm: its last word, or null. */
function bodilyTail(words: Word[], k: number): number | null {
  const a = words[k];
  if (!a || a.breakBefore) return null;
  if (a.text === 'to' && words[k + 1]?.text === 'death') return k + 1;
  if (has(BODILY, a) && a.text !== 'up') return k;
  return bodyPart(words, k);
}

/** "in the face", "in his teeth", "across the mouth": the last word, or null. */
function bodyPart(words: Word[], k: number): number | null {
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

/**
 * "kick her in the stomach", "I'd punch him in the face": an assault on a body called for or promised. A report
 * ("tried to punch him in the face"), a denial ("never punch him ...") and a thing doing it ("it kicks them in the
 * teeth") stay clean.
 */
function assaultAt(words: Word[], i: number): number | null {
  const object = words[i + 1];
  if (!object || object.breakBefore || !has(OBJECT_PRONOUNS, object)) return null;
  const end = bodyPart(words, i + 2);
  if (end === null) return null;
  for (let j = i - 1; j >= 0 && i - j <= 3; j--) {
    const w = words[j] as Word;
    if (has(NEGATION, w) || has(REPORTING, w) || ['it', 'this', 'that', 'which'].includes(w.text)) return null;
    if (w.breakBefore) break;
  }
  return end;
}

/** "beat the crap out of him", "kick his ass": a beating promised to one person (not a team's "their"). */
function beatingAt(words: Word[], i: number): number | null {
  const w = words[i] as Word;
  if (!['beat', 'kick', 'whoop', 'whip', 'knock'].includes(w.text)) return null;
  const a = words[i + 1];
  const b = words[i + 2];
  if (!a || !b || a.breakBefore || b.breakBefore) return null;
  if (['his', 'her', 'your', 'ur'].includes(a.text) && ['ass', 'butt', 'arse'].includes(b.text) && w.text !== 'knock')
    return i + 2;
  if (a.text !== 'the' || !['shit', 'crap', 'hell', 'snot', 'stuffing', 'daylights'].includes(b.text)) return null;
  const out = words[i + 3];
  const of = words[i + 4];
  const whom = words[i + 5];
  if (out?.text !== 'out' || of?.text !== 'of' || !whom || whom.breakBefore) return null;
  return ['him', 'her', 'you', 'ya', 'u'].includes(whom.text) ? i + 5 : null;
}

/** "you'll end up in a coffin", "you'll be six feet under": a death foretold to the reader, not a warning ("if you ..."). */
function deathForetold(words: Word[], i: number): number | null {
  const modal = words[i + 1];
  if (!modal || modal.breakBefore || !['will', 'll', 'gonna', 'are', 're'].includes(modal.text)) return null;
  for (let j = i - 1; j >= 0; j--) {
    if (['if', 'unless', 'when', 'or'].includes((words[j] as Word).text)) return null;
    if ((words[j] as Word).breakBefore) break;
  }
  for (let j = i + 2; j < words.length && j - i <= 7; j++) {
    const w = words[j] as Word;
    if (w.breakBefore) return null;
    if (has(NEGATION, w)) return null;
    if (has(PLACES, w) || (w.text === 'body' && words[j + 1]?.text === 'bag')) return w.text === 'body' ? j + 1 : j;
    if (w.text === 'six' && words[j + 1]?.text === 'feet' && words[j + 2]?.text === 'under') return j + 2;
  }
  return null;
}
