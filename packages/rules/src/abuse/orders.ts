/**
 * Orders to harm people: a violent verb opening its sentence ("Kill them.", "just shoot him", "Hang this punk") or
 * joined to an order before it ("take him out back and shoot him", "drag them out and beat them"), aimed at a person,
 * not at a thing ("Kill the fare rise!", "Shoot more from distance!", "kill the filibuster"), nor at a side in a game
 * ("kill the Canadians in the third period").
 */
import { hasForm as has, type Word } from '../normalize/words.js';
import { KILLING_KINDLY, MAIMED_PARTS, ORDER_PEOPLE } from './lexicon/harm.js';
import { IDENTITY_GROUPS } from './lexicon/identity.js';
import { MORE_IDENTITY_GROUPS } from './lexicon/identity-attacks.js';
import { lookupWord } from './lexicon/index.js';
import { CLASSES } from './lexicon/phrases.js';
import { SECOND_PERSON } from './lexicon/targets.js';
import { quotedLine } from './quoted-lines.js';
import { describeSubject } from './subject-words.js';
import { handledThing, handledThingWord, thingsNamedAfter, thingsNamedBefore } from './thing-uses.js';
import { aboutSport } from './threat-sport.js';

const VIOLENT: ReadonlySet<string> = new Set(
  'kill shoot hang lynch stab execute behead strangle torch gas nuke castrate shank burn drown murder slaughter butcher exterminate punch slap torture choke throttle waterboard flog decapitate disembowel maim rape'.split(
    ' ',
  ),
);
const OBJECT_PRONOUNS: ReadonlySet<string> = new Set(['him', 'her', 'them', 'em']);
const YOU: ReadonlySet<string> = new Set(SECOND_PERSON);
/** Words before the verb that keep it an order: "just shoot him", "then hang them", "so kill them". */
const ORDER_OPENERS: ReadonlySet<string> = new Set(['just', 'then', 'so', 'simply', 'and', 'please']);
/** A lead-in that leaves the order opening its sentence: "let's just kill them", "ok, time to shoot them". */
const LEAD_INS: ReadonlySet<string> = new Set([
  ...ORDER_OPENERS,
  'let',
  'lets',
  's',
  'ok',
  'okay',
  'now',
  'time',
  'to',
  'its',
  'it',
  'go',
]);
/** Particles after the object that make a phrasal verb of the order: "hang him out to dry". */
const PHRASAL: ReadonlySet<string> = new Set(['out', 'off', 'down', 'over', 'around', 'back']);
/** Words that join a second order to a first: "round them up and shoot them", "try him, then hang him". */
const JOINED: ReadonlySet<string> = new Set(['and', 'then']);
/**
 * Beatings that are orders only when joined to an order before them in the same sentence: "drag them out and beat
 * them" (not "we played them and beat them", a result).
 */
const BEATINGS: ReadonlySet<string> = new Set(['beat', 'flog', 'whip', 'stone', 'pummel', 'thrash']);
/** Verbs of a maiming ordered with "off": "Cut off their hands!", "chop his fingers off". */
const MAIMING: ReadonlySet<string> = new Set(['cut', 'chop', 'hack', 'saw']);
const MAIMED: ReadonlySet<string> = new Set(MAIMED_PARTS);
const WHOSE: ReadonlySet<string> = new Set(['his', 'her', 'their', 'your', 'ur']);
/** The words an order starts at. */
const STARTS: ReadonlySet<string> = new Set([...VIOLENT, ...BEATINGS, ...MAIMING, 'go', 'to', 'death', 'run', 'mow']);
/** People named by what they do, the object of an order: "Kill the dealers!", "hang the traffickers". */
const DOERS: ReadonlySet<string> = new Set(ORDER_PEOPLE);
/** What someone is killed with in a figure of speech: "kill them with kindness". */
const KINDLY: ReadonlySet<string> = new Set(KILLING_KINDLY);

/** An order found: its first and last word, and whether it orders harm or damns someone ("Go to hell!"). */
type Order = [number, number, 'threat' | 'harassment'];

/** Word ranges of orders to harm someone, and of sentences damning someone ("Go to hell", "To hell with them"). */
export function findOrders(words: Word[]): Order[] {
  const out: Order[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i] as Word;
    // Every order below starts at "go", "to", "death", a violent verb or a beating: other words are passed over at once.
    if (!has(STARTS, w)) continue;
    const violent = has(VIOLENT, w);
    const beating = !violent && has(BEATINGS, w);
    const prev = words[i - 1];
    const opens = i === 0 || w.breakBefore || w.pauseBefore || ledIn(words, i);
    if (opens && damning(words, i)) out.push([i, i + 2, 'harassment']);
    const doomed = opens ? deathTo(words, i) : null;
    if (doomed !== null && !aboutSport(words, i)) out.push([i, doomed, 'threat']);
    if (has(MAIMING, w)) {
      const end = opens ? maimed(words, i) : null;
      if (end !== null) out.push([i, end, 'threat']);
      continue;
    }
    if (w.text === 'run' || w.text === 'mow') {
      const end = opens ? runOver(words, i) : null;
      if (end !== null && !aboutSport(words, i)) out.push([i, end, 'threat']);
      continue;
    }
    if (beating) {
      const end = beatingJoined(words, i);
      if (end !== null) out.push([i, end, 'threat']);
      continue;
    }
    if (!violent) continue;
    // Joined mid-sentence, only a pronoun object makes it an order: "... and shoot him", not "... and kill the bill".
    const joined =
      !opens && (has(JOINED, prev) || thenTypo(words, i)) && !w.breakBefore && has(OBJECT_PRONOUNS, words[i + 1]);
    // "Rake the leaves and burn them": "them" are the things named before.
    if ((!opens && !joined) || (joined && thingsNamedBefore(words, i))) continue;
    const target = objectAt(words, i + 1);
    if (target !== null && !aboutSport(words, i) && !quotedLine(words, i, target)) out.push([i, target, 'threat']);
  }
  return out;
}

/**
 * "Cut off their hands!", "chop his fingers off": a part of someone's body cut off on order (not "cut off their
 * funding", "cut their losses"). The last word, or null.
 */
function maimed(words: Word[], i: number): number | null {
  const [a, b, c] = [words[i + 1], words[i + 2], words[i + 3]];
  if (!a || !b || !c || a.breakBefore || b.breakBefore || c.breakBefore) return null;
  if (a.text === 'off' && has(WHOSE, b) && has(MAIMED, c)) return i + 3;
  return has(WHOSE, a) && has(MAIMED, b) && c.text === 'off' ? i + 3 : null;
}

/**
 * "Run them over!", "just mow them down": people run over or mown down on order, the sentence ending there or going on
 * with the vehicle ("run him over with a truck"), not "run him over to the store". The last word, or null.
 */
function runOver(words: Word[], i: number): number | null {
  const object = words[i + 1];
  const particle = words[i + 2];
  if (!object || !particle || object.breakBefore || particle.breakBefore || !has(OBJECT_PRONOUNS, object)) return null;
  if (particle.text !== ((words[i] as Word).text === 'run' ? 'over' : 'down')) return null;
  const after = words[i + 3];
  return !after || after.breakBefore || after.pauseBefore || after.text === 'with' ? i + 2 : null;
}

/**
 * "drag them out and beat them", "round them up, then flog them": a beating joined to an order that opens the
 * sentence with a pronoun object. The beating's last word, or null.
 */
function beatingJoined(words: Word[], i: number): number | null {
  const w = words[i] as Word;
  const object = words[i + 1];
  if (w.breakBefore || !has(JOINED, words[i - 1]) || !object || object.breakBefore) return null;
  // Not "whip them into shape", "whip them up".
  if (!has(OBJECT_PRONOUNS, object) || ['into', 'up'].includes(words[i + 2]?.text ?? '')) return null;
  let s = i - 1;
  while (s > 0 && !(words[s] as Word).breakBefore) s--;
  // The sentence opens with an order: a verb that is no pronoun, then "them" ("Drag them ...", "Round them ...").
  const verb = words[s] as Word;
  const first = words[s + 1];
  if (s + 1 >= i - 1 || !first || first.breakBefore || !has(OBJECT_PRONOUNS, first)) return null;
  if (/^[0-9]/.test(verb.text) || has(SUBJECTS, verb)) return null;
  return i + 1;
}
/** Words before "them" that make the sentence a report or a result ("we played them and beat them"). */
const SUBJECTS: ReadonlySet<string> = new Set(['i', 'we', 'you', 'they', 'he', 'she', 'it', 'who', 'that']);

/** "try them and than hang them": "than" written for "then" after "and" (not "rather than hang them"). */
function thenTypo(words: Word[], i: number): boolean {
  return words[i - 1]?.text === 'than' && words[i - 2]?.text === 'and';
}

/**
 * "just shoot him", "Let's just murder them", "Ok, time to kill them": up to four lead-in words open the sentence
 * before the verb.
 */
function ledIn(words: Word[], i: number): boolean {
  for (let j = i - 1; j >= 0 && i - j <= 4; j--) {
    const w = words[j] as Word;
    if (!has(LEAD_INS, w) || (words[j + 1] as Word).breakBefore) return false;
    if (j === 0 || w.breakBefore || w.pauseBefore) return true;
  }
  return false;
}

/**
 * "Death to the traitors!", "Death to all Xs", "Death to Smith": a death called for as a slogan opening its sentence.
 * The last word of whom it is called for, or null.
 */
function deathTo(words: Word[], i: number): number | null {
  const to = words[i + 1];
  if ((words[i] as Word).text !== 'death' || to?.text !== 'to' || to.breakBefore) return null;
  const who = words[i + 2];
  if (!who || who.breakBefore) return null;
  // "Death to Smith.", "Death to America!": a name alone.
  if (who.capitalized && !has(PARTICLES, who)) {
    const after = words[i + 3];
    return !after || after.breakBefore || after.pauseBefore ? i + 2 : null;
  }
  return objectAt(words, i + 2);
}

/** "Go to hell", "To hell with him": an opening that damns whoever it is said to (not "to hell with the rules"). */
function damning(words: Word[], i: number): boolean {
  const [a, b, c] = [words[i], words[i + 1], words[i + 2]];
  if (!a || !b || !c || b.breakBefore || c.breakBefore) return false;
  return (
    (has(GO, a) && has(TO, b) && has(HELL, c)) ||
    (has(TO, a) && has(HELL, b) && c.text === 'with' && damnedAt(words, i + 3))
  );
}
// Read by their spellings, so that a disguised word still counts ("g0 t0 h3ll").
const GO: ReadonlySet<string> = new Set(['go']);
const TO: ReadonlySet<string> = new Set(['to']);
const HELL: ReadonlySet<string> = new Set(['hell']);

/**
 * Who "to hell with" damns: the reader or a person pointed at ("him", "the councillors"), not a thing ("the rules").
 * A capitalised word alone may be a person or a thing ("Brexit", "Congress"): it is left alone.
 */
function damnedAt(words: Word[], k: number): boolean {
  const w = words[k];
  if (!w || w.breakBefore) return false;
  if (has(YOU, w)) return true;
  return !w.capitalized && objectAt(words, k) !== null;
}

/** The last word of a person object starting at `k`: "him", "the idiot", "the dealers", "those traitors". */
function objectAt(words: Word[], k: number): number | null {
  const first = words[k];
  if (!first || first.breakBefore) return null;
  // "Hang them out to dry", "kill them off" (characters), "shoot him down" (an idea): a phrasal verb.
  if (has(OBJECT_PRONOUNS, first)) {
    const next = words[k + 1];
    if (!next || next.breakBefore) return k;
    // "Kill them with kindness.", "Hang them on the wall.", "Shoot them an email.", "Shoot them and the photos ...".
    if ((next.text === 'with' && has(KINDLY, words[k + 2])) || handledThing(words, k) || thingsNamedAfter(words, k - 1))
      return null;
    return has(PHRASAL, next) ? null : k;
  }
  const named = namedObject(words, k);
  if (named !== null) return named;
  const everyOne = everyOneOf(words, k);
  if (everyOne !== null) return everyOne;
  // "Punch a nazi!": after "a", only a word that names a person badly (not "Shoot a video", "Kill a Moose").
  if ((first.text === 'a' || first.text === 'an') && insultAt(words, k + 1)) return k + 1;
  if (!['the', 'these', 'those', 'this', 'that', 'all'].includes(first.text)) return null;
  const refuse = personAsRefuse(words, k + 1);
  if (refuse !== null) return refuse;
  // Up to one describing word between: "the corrupt officials", "the lying bastard".
  for (let j = k + 1; j <= k + 2; j++) {
    const w = words[j];
    if (!w || w.breakBefore) return null;
    const subject = describeSubject(w);
    if (subject === 'idea') return null;
    if (subject === 'person' && w.capitalized) return modifiedName(words, j);
    if (subject === 'group' || subject === 'person' || peopleNamed(w) || has(DOERS, w))
      return ownsThing(words, j) ? null : j;
    if (insultAt(words, j)) return j;
    if (!lookupWord(w.forms)) {
      // A plural with a person's ending: "the communists", "the politicians" (not "-ers": "hang the banners").
      if (/(?:ists|ians)$/.test(w.text)) return j;
      if (j === k + 2) return null;
    }
  }
  return null;
}

/** Words that stand for a clause, not a thing owned: "kill the traitors that ...". */
const CLAUSE_WORDS: ReadonlySet<string> = new Set(['this', 'that', 'it', 'which', 'what']);

/**
 * "Kill the Tories' tax plan", "Hang the senators' portraits": the people named own the thing the order is aimed at,
 * a word for an idea or a thing handled at home right after them (perhaps after a possessive "s").
 */
function ownsThing(words: Word[], j: number): boolean {
  let k = j + 1;
  if (words[k]?.text === 's' && !(words[k] as Word).breakBefore) k++;
  const owned = words[k];
  if (!owned || owned.breakBefore || owned.pauseBefore || has(CLAUSE_WORDS, owned)) return false;
  return describeSubject(owned) === 'idea' || handledThingWord(owned);
}

/** "every last one of them", "each one of them", "every single one of you": the last word ("them"), or null. */
function everyOneOf(words: Word[], k: number): number | null {
  const first = words[k] as Word;
  if (first.text !== 'every' && first.text !== 'each') return null;
  for (let j = k + 1; j < words.length && j - k <= 4; j++) {
    const w = words[j] as Word;
    if (w.breakBefore) return null;
    if (w.text === 'of') {
      const whom = words[j + 1];
      return whom && !whom.breakBefore && (has(OBJECT_PRONOUNS, whom) || has(YOU, whom)) ? j + 1 : null;
    }
    if (!['last', 'single', 'one', 'damn', 'damned', 'fucking'].includes(w.text)) return null;
  }
  return null;
}

/**
 * Nations that also name teams and armies in games and history ("kill the Canadians in the third period", "shoot the
 * Germans first"): an order aimed at them is left to the other checks.
 */
const SIDES: ReadonlySet<string> = new Set(
  'american canadian british australian french german italian irish scot russian ukrainian poles japanese korean'.split(
    ' ',
  ),
);
/** Peoples named in the plural, the object of an order: "kill the gays", "shoot all the Xs". */
const PEOPLES: ReadonlySet<string> = new Set(
  [...IDENTITY_GROUPS, ...MORE_IDENTITY_GROUPS].filter((g) => !SIDES.has(g)).flatMap((g) => [g, `${g}s`]),
);
function peopleNamed(w: Word): boolean {
  return has(PEOPLES, w);
}

/** Words that may follow a person object: "kill the Mayor now", "shoot the Smiths and ...". */
const AFTER_OBJECT: ReadonlySet<string> = new Set(
  'now today tonight already and or with for in at on off out up down dead too right again immediately first please'.split(
    ' ',
  ),
);

/**
 * The object's last word for a capitalised word at `j`: the name itself ("kill the Mayor"), the insult it describes
 * ("shoot the Liberal scum"), or none when it describes a thing ("kill the Keystone project", "the Ford budget").
 */
function modifiedName(words: Word[], j: number): number | null {
  let next = words[j + 1];
  // "the Fisheries Act reforms": the run of capitalised words is judged by the word after it.
  for (let k = j + 1; next?.capitalized && !next.breakBefore && !next.pauseBefore && k - j <= 3; k++)
    next = words[k + 1];
  if (!next || next.breakBefore || next.pauseBefore || next.capitalized || has(AFTER_OBJECT, next)) return j;
  if (insultAt(words, j + 1)) return j + 1;
  return /^[a-z]+$/.test(next.text) ? null : j;
}

/** A noun at `j` that only names a person badly: "nazi", "traitor", "idiot". */
function insultAt(words: Word[], j: number): boolean {
  const w = words[j];
  if (!w || w.breakBefore) return false;
  const hit = lookupWord(w.forms);
  return !!hit && (hit.kinds.has('insult-strong') || hit.kinds.has('insult-person'));
}

const HEAPS: ReadonlySet<string> = new Set(['piece', 'pieces', 'sack', 'sacks', 'bag', 'bags', 'pile', 'piles']);
const REFUSE: ReadonlySet<string> = new Set(CLASSES.refuse);
const TO_THE_LIVING: ReadonlySet<string> = new Set(
  'kill shoot hang execute murder lynch stab strangle behead slaughter butcher to'.split(' '),
);

/**
 * "Kill this piece of garbage", "execute this worthless pile of crap": a person called a heap of refuse, from `j`
 * (after the pointing word), with up to one describing word first. The refuse word's index, or null.
 */
function personAsRefuse(words: Word[], j: number): number | null {
  // "Burn this pile of rubbish" is about rubbish: only verbs done to the living, and "Death to ...".
  if (!has(TO_THE_LIVING, words[j - 2])) return null;
  const at = has(HEAPS, words[j]) ? j : j + 1;
  for (let n = j; n <= at + 2; n++) if (!words[n] || (words[n] as Word).breakBefore) return null;
  return has(HEAPS, words[at]) && words[at + 1]?.text === 'of' && has(REFUSE, words[at + 2]) ? at + 2 : null;
}

/** Particles that follow the verb in phrasal uses, capitalised in a title or a shout: "Burn Down", "Shoot Out". */
const PARTICLES: ReadonlySet<string> = new Set(['down', 'up', 'out', 'off', 'it', 'on', 'in', 'away', 'back']);

/**
 * "Kill Mayor Hale.", "shoot Smith and ...": a name of one to three capitalised words right after the verb, followed by
 * "and", or of two or more ending the sentence. Not "Kill Bill was great" (the name goes on into a clause).
 */
function namedObject(words: Word[], k: number): number | null {
  let j = k;
  while (j < words.length && j - k < 3) {
    const w = words[j] as Word;
    if ((j > k && w.breakBefore) || !w.capitalized || has(PARTICLES, w) || describeSubject(w) !== 'person') break;
    j++;
  }
  if (j === k) return null;
  const after = words[j];
  // One capitalised word ending the sentence is as likely a title or an idiom ("Kill Switch.", "Hang Ten!").
  // "Burn Notice and Suits": another capitalised name after "and" makes a list of titles.
  if (after?.text === 'and' && !after.breakBefore && !words[j + 1]?.capitalized) return j - 1;
  return j - k >= 2 && (!after || after.breakBefore) ? j - 1 : null;
}
