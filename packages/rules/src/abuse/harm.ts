/**
 * Harm wished on people, foretold to them or called for, without a threat word: wishes ("I hope they suffer", "may he
 * burn in hell", read by `wishes.ts`); a death foretold to the reader ("you'll end up in a coffin"); assaults called for
 * ("kick her in the stomach", "I'd punch him in the face", "beat the crap out of him"); killing a people called for
 * ("we should just shoot the Xs"). Reports stay clean: "the storm killed three", "he kicked her in the stomach, police
 * said", "militants kill Xs".
 */
import { hasForm as has, type Word } from '../normalize/words.js';
import { ASSAULT_VERBS, DEATH_PLACES, ORDER_PEOPLE, REPORTING_BEFORE } from './lexicon/harm.js';
import { IDENTITY_GROUPS, PEOPLE_NOUNS } from './lexicon/identity.js';
import { MORE_IDENTITY_GROUPS } from './lexicon/identity-attacks.js';
import { describeSubject, type Target } from './subject-words.js';
import { aboutSport } from './threat-sport.js';
import { herdCulled, KILLING_GERUNDS, violenceAsAnswer } from './violence-answers.js';
import {
  bodyPart,
  harmDue,
  NEGATION,
  OBJECT_PRONOUNS,
  opens,
  type Span,
  SUBJECT_PRONOUNS,
  WISH_STARTS,
  wishAt,
} from './wishes.js';

/** One harm found: its rule, its score, who it is aimed at and the words [first, last] that are its evidence. */
export interface Harm {
  rule: 'abuse.threat.wish' | 'abuse.threat';
  score: number;
  target: Target;
  first: number;
  last: number;
}

const set = (list: readonly string[]): ReadonlySet<string> => new Set(list);
const ASSAULTS = set(ASSAULT_VERBS);
const PLACES = set(DEATH_PLACES);
const REPORTING = set(REPORTING_BEFORE);
const SMASHING = set(['smash', 'break', 'bust', 'crack', 'snap', 'cave', 'rearrange', 'stomp', 'kneecap', 'knock']);
const BREAKABLE = set(
  'face faces nose noses teeth jaw jaws skull skulls head heads legs arms neck necks ribs kneecaps fingers'.split(' '),
);
/** Words before a verb that make it wanted: "someone should smash ...", "just break ...". */
const WILLING = set(['should', 'must', 'gonna', 'wanna', 'lets', 'just', 'then', 'please', 'and', 'or']);
const PROMISERS = set(['i', 'we', 'id', 'ill']);
const WRITER_MODALS = set(['d', 'll', 'could', 'would', 'will', 'can', 'shall', 'might']);
/** Verbs before "to" that make the next one wanted: "I'd love to kick ...", "someone needs to punch ...". */
const WANTING = set('want wants love like going gonna ought need needs have has got wish'.split(' '));
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
  'cull',
  'exterminate',
]);
/** Words that make the killing a call: "we should", "let's", "time to". */
const CALLS = set(['should', 'shud', 'must', 'ought', 'lets', 'gotta', 'need', 'needs', 'time', 'shall']);
const GROUP_DETERMINERS = set(['the', 'all', 'more', 'these', 'those', 'every', 'some', 'last', 'single']);
const DOERS = set(ORDER_PEOPLE);
const GROUPS = set(IDENTITY_GROUPS);
const PEOPLE = set([...PEOPLE_NOUNS, 'children', 'babies']);
/** Verbs before a blow said to be due: "needs a punch in the face". */
const NEEDING = set(['need', 'needs', 'deserve', 'deserves', 'deserved', 'earned', 'use']);
const BLOW_MANNER = set(['good', 'swift', 'hard', 'real', 'quick', 'solid', 'proper', 'firm']);
const BLOWS = set(['punch', 'kick', 'slap', 'smack', 'whack', 'boot', 'backhand', 'knee', 'fist']);

const BEATING_VERBS: readonly string[] = ['beat', 'kick', 'whoop', 'whip', 'knock'];
/**
 * People a harm may be called due as a whole: "Xs must die", "these people need to suffer", "the dealers should rot"
 * (a group in the plural, people, or wrongdoers).
 */
const PEOPLE_SUBJECTS = set([
  ...IDENTITY_GROUPS.map((g) => (g.endsWith('s') ? g : `${g}s`)),
  ...MORE_IDENTITY_GROUPS.filter((g) => g.endsWith('s')),
  'people',
  'folks',
  'men',
  'women',
  ...ORDER_PEOPLE.filter((p) => p.endsWith('s')),
]);
/** "anyone who ...", "those who ...", "whoever ...": a relative clause names people by what they did. */
const RELATIVES = set(['who', 'whoever']);
/** Heads "who" names people after: "anyone who", "those who" (a person noun, "the man who", reads as well). */
const RELATIVE_HEADS = set([
  'anyone',
  'anybody',
  'everyone',
  'everybody',
  'someone',
  'somebody',
  'those',
  'people',
  'folks',
]);
/** How far the relative clause may run before the harm due: "anyone who hurts a child that young should die". */
const RELATIVE_REACH = 12;

/**
 * Every word one of the harms in `findHarm` starts at (a wish, an assault, a beating, a body broken, a subject, a
 * killing, a blow due). A check added there starts at a word of this set, or the set grows with it.
 */
const STARTS = set([
  ...WISH_STARTS,
  ...RELATIVES,
  ...ASSAULTS,
  ...BEATING_VERBS,
  ...SMASHING,
  ...SUBJECT_PRONOUNS,
  ...KILLING,
  ...NEEDING,
  ...PEOPLE_SUBJECTS,
  ...KILLING_GERUNDS,
  'cull',
]);

/** Every wish of harm, death foretold and assault called for in the words. */
export function findHarm(words: Word[]): Harm[] {
  const out: Harm[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i] as Word;
    // Most words start none of the harms below: one look-up passes them over.
    if (!has(STARTS, w)) continue;
    const wish = wishAt(words, i);
    if (wish) out.push({ rule: 'abuse.threat.wish', score: 0.8, ...wish });
    const assault = has(ASSAULTS, w) ? assaultAt(words, i) : null;
    if (assault !== null) out.push({ rule: 'abuse.threat', score: 0.8, target: 'someone', first: i, last: assault });
    const beating = beatingAt(words, i) ?? (has(SMASHING, w) ? smashAt(words, i) : null);
    if (beating !== null) out.push({ rule: 'abuse.threat', score: 0.8, target: 'someone', first: i, last: beating });
    const reader = has(SUBJECT_PRONOUNS, w) && describeSubject(w) === 'reader';
    const death = reader ? (deathForetold(words, i) ?? deadNow(words, i)) : null;
    if (death !== null) out.push({ rule: 'abuse.threat', score: 0.8, target: 'reader', first: i, last: death });
    const due = has(SUBJECT_PRONOUNS, w) || has(PEOPLE_SUBJECTS, w) ? harmDue(words, i) : null;
    if (due) out.push({ rule: 'abuse.threat.wish', score: 0.8, target: reader ? 'reader' : 'someone', ...due });
    const killing = has(KILLING, w) ? killingCalled(words, i) : null;
    if (killing !== null) out.push({ rule: 'abuse.threat', score: 0.85, target: 'group', first: i, last: killing });
    const blow = has(NEEDING, w) ? blowNeeded(words, i) : null;
    if (blow) out.push({ rule: 'abuse.threat', score: 0.7, target: 'someone', ...blow });
    const doers = has(RELATIVES, w) ? harmDueToDoers(words, i) : null;
    if (doers) out.push({ rule: 'abuse.threat.wish', score: 0.8, target: 'someone', ...doers });
    const rot = has(SUBJECT_PRONOUNS, w) || has(PEOPLE_SUBJECTS, w) ? leftToRot(words, i) : null;
    if (rot) out.push({ rule: 'abuse.threat.wish', score: 0.8, target: reader ? 'reader' : 'someone', ...rot });
    const answer = violenceAsAnswer(words, i) ?? herdCulled(words, i);
    if (answer) out.push({ rule: 'abuse.threat', score: 0.8, target: 'group', ...answer });
  }
  return out;
}

/**
 * "Anyone who hurts a child should die", "whoever did this must suffer", "the men who did it should rot": a harm said
 * to be the due of people a relative clause names by what they did. The clause has a verb of its own before the
 * harm ("those who need to suffer through it" is no wish). Returns the harm words, or null.
 */
function harmDueToDoers(words: Word[], i: number): Span | null {
  const w = words[i] as Word;
  if (w.text === 'who') {
    const head = words[i - 1];
    if (!head || w.breakBefore || w.pauseBefore || !(has(RELATIVE_HEADS, head) || personHead(head))) return null;
  }
  for (let k = i + 2; k < words.length && k - i <= RELATIVE_REACH; k++) {
    if ((words[k] as Word).breakBefore) return null;
    const due = harmDue(words, k - 1);
    if (due) return { first: k, last: due.last };
  }
  return null;
}

/** "the man who", "men who", "the cops who": a noun that names people. */
function personHead(w: Word): boolean {
  const who = describeSubject(w);
  return who === 'person' || who === 'group';
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
  if (!w || w.breakBefore) return null;
  // "we should shoot the dealers", "let's kill every last one of them"
  if (has(DOERS, w) && w.text.endsWith('s')) return k;
  if (w.text === 'one' && words[k + 1]?.text === 'of' && has(OBJECT_PRONOUNS, words[k + 2])) return k + 2;
  if (!groupWord(w)) return null;
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
  return has(DEAD, dead) && opens(words, i) && (!after || after.breakBefore) ? i + 2 : null;
}
/** Read by its spellings: "you're d3ad". */
const DEAD: ReadonlySet<string> = new Set(['dead']);

/**
 * "kick her in the stomach", "I'd punch him in the face": an assault on a body called for or promised. A report
 * ("tried to punch him in the face"), a denial ("never punch him ...") and a thing doing it ("it kicks them in the
 * teeth") stay clean.
 */
function assaultAt(words: Word[], i: number): number | null {
  const object = words[i + 1];
  if (!object || object.breakBefore) return null;
  const after = has(OBJECT_PRONOUNS, object) ? i + 2 : pointedPerson(words, i + 1);
  if (after === null) return null;
  const end = bodyPart(words, after);
  if (end === null) return null;
  for (let j = i - 1; j >= 0 && i - j <= 3; j--) {
    const w = words[j] as Word;
    if (has(NEGATION, w) || has(REPORTING, w) || ['it', 'this', 'that', 'which'].includes(w.text)) return null;
    if (w.breakBefore) break;
  }
  return calledFor(words, i) ? end : null;
}

/** "that idiot", "the guy", "this clown": a person pointed at from `k`; the word after it, or null. */
export function pointedPerson(words: Word[], k: number): number | null {
  const who = words[k + 1];
  if (!has(POINTERS, words[k]) || !who || who.breakBefore) return null;
  const subject = describeSubject(who);
  return subject === 'person' || subject === 'group' ? k + 2 : null;
}
const POINTERS = set(['the', 'that', 'this', 'these', 'those']);

/**
 * The verb at `i` ordered, wanted or promised: opening its sentence ("Kick her ..."), after "should", "just", "I'd",
 * "we'll", "want to", "going to"; not said of what someone does ("they kick you in the teeth with fees").
 */
export function calledFor(words: Word[], i: number): boolean {
  if (opens(words, i) || (words[i] as Word).pauseBefore) return true;
  const prev = words[i - 1];
  if (!prev) return false;
  // "I'd ...", "we'll ...", "if I could ...": the writer's promise or wish, not "that'll break your neck".
  if (has(WRITER_MODALS, prev)) return has(PROMISERS, words[i - 2]);
  if (prev.text === 'to') return has(WANTING, words[i - 2]);
  return has(WILLING, prev);
}

/**
 * "Smash her nose!", "I'd break his legs", "someone should bust his teeth": a body broken on order or on a wish (not
 * "the fall could break your neck", "break a leg").
 */
function smashAt(words: Word[], i: number): number | null {
  const whose = words[i + 1];
  const part = words[i + 2];
  if (!whose || !part || whose.breakBefore || part.breakBefore) return null;
  if (!['his', 'her', 'their', 'your', 'ur'].includes(whose.text) || !has(BREAKABLE, part)) return null;
  return calledFor(words, i) ? i + 2 : null;
}

/** "beat the crap out of him", "kick his ass": a beating promised to one person (not a team's "their"). */
function beatingAt(words: Word[], i: number): number | null {
  const w = words[i] as Word;
  if (!BEATING_VERBS.includes(w.text)) return null;
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
  if (['him', 'her', 'you', 'ya', 'u'].includes(whom.text)) return i + 5;
  // "beat the crap out of them" called for, not "we beat the crap out of them" (a win).
  const them = whom.text === 'them' || whom.text === 'em';
  return them && calledFor(words, i) && !aboutSport(words, i) ? i + 5 : null;
}

const CONDITION_REACH = 40;

/** "you'll end up in a coffin", "you'll be six feet under": a death foretold to the reader, not a warning ("if you ..."). */
function deathForetold(words: Word[], i: number): number | null {
  const modal = words[i + 1];
  if (!modal || modal.breakBefore || !['will', 'll', 'gonna', 'are', 're'].includes(modal.text)) return null;
  // The condition must be in the same sentence: "When it comes, I hope you're there. You'll be in a coffin." Looked
  // for within CONDITION_REACH words, so that a sentence without end costs no more per word than a short one.
  for (let j = i - 1; j >= 0 && j >= i - CONDITION_REACH && !(words[j + 1] as Word).breakBefore; j--) {
    if (['if', 'unless', 'when', 'or'].includes((words[j] as Word).text)) return null;
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

const CAN = set(['can', 'may']);
const ON_THE_WAY_TO_ROT = set(['all', 'just', 'go', 'both']);
/** Where someone is left to rot, or a shrug after it: "rot in hell", "rot for all I care" (not "rot in jail", a sentence). */
const ROT_ENDS = set(['hell', 'care']);
/**
 * "He can rot.", "they can go rot in hell", "the dealers can all rot": people left to rot, the sentence ending there
 * or naming where (not "they can rot quickly in the heat", "they may rot", said of fruit).
 */
function leftToRot(words: Word[], i: number): Span | null {
  const can = words[i + 1];
  if (!can || can.breakBefore || !has(CAN, can)) return null;
  let j = i + 2;
  while (has(ON_THE_WAY_TO_ROT, words[j]) && !words[j]?.breakBefore) j++;
  const rot = words[j];
  if (!rot || rot.breakBefore || (rot.text !== 'rot' && rot.text !== 'croak')) return null;
  const after = words[j + 1];
  // "They can rot." may be said of fruit; "they can all rot", "he can rot" only of people.
  const ofPeople = j > i + 2 || (words[i] as Word).text !== 'they';
  if (!after || after.breakBefore) return ofPeople && can.text === 'can' ? { first: j, last: j } : null;
  for (let k = j + 1; k < words.length && k - j <= 5; k++) {
    const w = words[k] as Word;
    if (w.breakBefore) return null;
    if (has(ROT_ENDS, w)) return { first: j, last: w.text === 'care' ? j : k };
  }
  return null;
}
