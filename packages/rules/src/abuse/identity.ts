import type { Severity } from '@cm/contracts';
import { hasForm as has, type Word } from '../normalize/words.js';
import {
  BEAST_BRANDED_GROUPS,
  BEAST_BRANDS,
  BRANDING_NOUNS,
  DEHUMANIZING,
  EXCLUDED,
  EXCLUDING_VERBS,
  GROUP_ADJECTIVES,
  HATING_VERBS,
  IDENTITY_GROUPS,
  PEOPLE_NOUNS,
} from './lexicon/identity.js';
import { CLAIM_FRAMING } from './lexicon/identity-attacks.js';
import { COPULAS, INSTITUTIONS } from './lexicon/targets.js';
import { objectOfThings } from './prepositional-subjects.js';
import { possessiveS } from './subject-words.js';
import { joined } from './word-runs.js';

/** An identity attack found in the words: the group named and the words that attack it. */
export interface IdentityHit {
  rule: 'abuse.identity-attack';
  severity: Severity;
  score: number;
  /** Word index ranges [first, last] to show as evidence. */
  spans: Array<[number, number]>;
}

/**
 * Each set's words in the plural ("-s", "-es", from three letters up), so that `inSet` reads "muslims" and
 * "crosses" with one look-up each rather than cutting every word that ends in "s".
 */
const PLURALS = new Map<ReadonlySet<string>, ReadonlySet<string>>();
const makeSet = (list: readonly string[]): ReadonlySet<string> => {
  const set = new Set(list);
  PLURALS.set(set, new Set(list.filter((x) => x.length >= 3).flatMap((x) => [`${x}s`, `${x}es`])));
  return set;
};
const GROUP = makeSet(IDENTITY_GROUPS);
const DEHUMAN = makeSet(DEHUMANIZING);
/** "the garbage men", "the bin men": those who collect it, not men called refuse. */
const REFUSE_TRADE: ReadonlySet<string> = new Set(['garbage', 'trash', 'rubbish', 'refuse', 'bin', 'dust']);
const MEN: ReadonlySet<string> = new Set(['men', 'man']);
const GROUP_ADJ = makeSet(GROUP_ADJECTIVES);
const INSTITUTION = makeSet(INSTITUTIONS);
const PEOPLE = makeSet(PEOPLE_NOUNS);
const BRANDING = makeSet(BRANDING_NOUNS);
const BEASTS = makeSet(BEAST_BRANDS);
const BEAST_BRANDED = makeSet(BEAST_BRANDED_GROUPS);
/** Words that may follow a branded group ("white trash who ...", "muslim terrorists are ..."), unlike a compound's. */
const AFTER_BRAND = makeSet(
  'are is were was who and or in from like that should will have all of with on at to do did get keep must everywhere here there now again down up out over under near by for about into'.split(
    ' ',
  ),
);
/** "two men", "the 3 women": counted people are particular people, not the group. */
const COUNTS = makeSet('two three four five six seven eight nine ten dozen several few both'.split(' '));
const EXCLUDE = makeSet(EXCLUDING_VERBS);
const HATING = makeSet(HATING_VERBS);
/** The commenter as the one who hates: "I hate", "we should hate", "I really do despise". */
const OWN = makeSet(['i', 'we']);
/** Verbs that put people out with a particle after them: "kick the Xs out", "send the Xs back". */
const PUTTING_OUT = makeSet(['kick', 'keep', 'send', 'ship', 'throw', 'boot', 'chase', 'force']);
const OWNING = makeSet(['our', 'my', 'this', 'the', 'your']);
const COUNTRY = makeSet(['country', 'countries', 'nation', 'land', 'continent', 'here']);
const OUT_PARTICLES = makeSet(['out', 'back', 'home']);
/** Words before a verb that make it a call: "just kick the Xs out", "we should send them back". */
const CALLING_FOR = makeSet(['just', 'should', 'must', 'lets', 'gotta', 'please', 'simply', 'now']);
const NEEDING = makeSet(['need', 'needs', 'have', 'has', 'got', 'ought', 'time']);
/** A second verb of aversion joined to a hating one: "we should hate and fear Xs". */
const AVERSION = makeSet(['fear', 'distrust', 'mistrust', 'shun', 'resent', ...HATING_VERBS]);
/** Words that make a singular group name the whole group: "ban all Muslim", "deport every Mexican". */
const WHOLE = makeSet(['all', 'every', 'any']);
const OWN_BETWEEN = makeSet(['really', 'just', 'all', 'should', 'must', 'do', 'still', 'truly', 'simply']);
const EXCLUDED_SET = makeSet(EXCLUDED);
const COPULA = makeSet([...COPULAS, 'like', 'as']);
const CLAIMED = makeSet(CLAIM_FRAMING);
/** Words that may stand between the verb and the attack: "are all just a bunch of", "are basically". */
const FILLER = makeSet([
  'all',
  'just',
  'nothing',
  'but',
  'such',
  'bunch',
  'of',
  'a',
  'an',
  'so',
  'very',
  'really',
  'mostly',
  'basically',
  'simply',
  'total',
  'complete',
  'utter',
  'filthy',
]);
const MODAL = makeSet(['should', 'must', 'need', 'needs', 'ought', 'have', 'has', 'to', 'be', 'get', 'all', 'will']);
const DETERMINERS = makeSet(['all', 'the', 'these', 'those', 'every', 'them', 'any', 'more', 'out']);

/** Group names that are plural without an "-s". */
const COLLECTIVE = makeSet(['women', 'chinese', 'japanese', 'roma', 'disabled', 'french', 'british', 'irish']);

/**
 * Every spelling an identity group's words take (the group names and the words before a word for people, with their
 * plurals): a word that is none of them starts no identity attack, and is passed over with one look-up.
 */
const IDENTITY_STARTS: ReadonlySet<string> = new Set([
  ...GROUP,
  ...GROUP_ADJ,
  ...(PLURALS.get(GROUP) ?? []),
  ...(PLURALS.get(GROUP_ADJ) ?? []),
]);

/** Whether a word is in the set (one made by `makeSet`) as it is or with a plural "-s" / "-es". */
function inSet(set: ReadonlySet<string>, w: Word | undefined): boolean {
  if (!w) return false;
  const plurals = PLURALS.get(set) as ReadonlySet<string>;
  for (const f of w.forms) if (set.has(f) || plurals.has(f)) return true;
  return false;
}

const TYPICAL = makeSet(['typical', 'typically']);
/** Conduct put down to a people ("typical Japanese culture" describes one; "classic Jewish thinking" is theology). */
const CONDUCT = makeSet(['behavior', 'behaviour', 'mentality', 'mindset']);

/** "Typical black behaviour": "typical", the group's word, and a word for conduct, the group's word at `i`. */
function typicalOf(words: Word[], i: number): boolean {
  const [before, after] = [words[i - 1], words[i + 1]];
  if (!before || !after || (words[i] as Word).breakBefore || after.breakBefore) return false;
  return inSet(TYPICAL, before) && inSet(CONDUCT, after);
}

const ARTICLE = makeSet(['a', 'an']);
const BEING = makeSet(['s', 'is', 'are', 're', 'was', 'were']);
const SOMEONE = makeSet(['he', 'she', 'they']);

/**
 * "(she) only got the job because she's a woman", "the only reason he won is because he's black": the word "only" at
 * most eight words before "because he|she|they is|are (a) <group word>", the group word at `i`; the indices of "only"
 * and "because", or null. Not "because she's a woman who knows the law", "because they're women-only" (the group word ends the clause).
 */
function onlyBecause(words: Word[], i: number): { only: number; because: number } | null {
  let k = i - 1;
  if (inSet(ARTICLE, words[k])) k--;
  const because = k - 2;
  if (!inSet(BEING, words[k]) || !inSet(SOMEONE, words[k - 1]) || words[because]?.text !== 'because') return null;
  // The clause ends at the group word: not "a woman who ...", nor "women-only".
  if (joined(words, i + 1) || words[i + 1]?.start === (words[i] as Word).end + 1) return null;
  for (let j = because - 1; j >= 0 && because - 1 - j < 8; j--) {
    if ((words[j + 1] as Word).breakBefore) return null;
    if ((words[j] as Word).text === 'only') return { only: j, because };
  }
  return null;
}

/**
 * Identity attacks: a protected group said to be vermin, savages, criminals ("immigrants are animals", "filthy
 * Xs"), or a call to expel or destroy one ("deport all X", "X should be sent back"). Governments, parties and
 * armed groups are not identity groups, so political speech about them never matches. Linear: each group word
 * looks at most five words either side, within its sentence.
 */
export function findIdentityAttacks(words: Word[]): IdentityHit[] {
  const out: IdentityHit[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i] as Word;
    if (!has(IDENTITY_STARTS, w)) continue;
    // "typical black behaviour", "typical Muslim mentality": a conduct put down to a people.
    if (typicalOf(words, i)) {
      out.push(hit(0.75, [i - 1, i + 1]));
      i++;
      continue;
    }
    // "she only got the job because she's a woman": a place put down to who someone is.
    const placed = onlyBecause(words, i);
    if (placed !== null) {
      out.push(hit(0.75, [placed.only, placed.only], [placed.because, i]));
      continue;
    }
    const group = inSet(GROUP, w);
    const people = words[i + 1] && !(words[i + 1] as Word).breakBefore && inSet(PEOPLE, words[i + 1]);
    // "white" is a group before a word for people or a brand ("white men", "white trash"), a colour otherwise.
    const beastAfter = inSet(BEASTS, words[i + 1]) && inSet(BEAST_BRANDED, w);
    const brandAfter = inSet(BRANDING, words[i + 1]) && !inSet(BEASTS, words[i + 1]);
    const adjective = inSet(GROUP_ADJ, w) && (people || brandAfter || beastAfter);
    if (!group && !adjective) continue;
    // The group's last word: "white men", "muslim women", or the single word.
    const g = people ? i + 1 : i;
    // "the Chinese government", "American media": a body the word describes, not the people.
    if (inSet(INSTITUTION, words[g + 1]) && !(words[g + 1] as Word).breakBefore) {
      i = g;
      continue;
    }
    const counted = inSet(COUNTS, words[i - 1]) || /^[0-9]+$/.test(words[i - 1]?.text ?? '');
    const last = words[g] as Word;
    if (counted) {
      i = g;
      continue;
    }
    const plural = last.text.endsWith('s') || COLLECTIVE.has(last.text);
    // "ban all Muslim", "deport every Mexican": a singular counted whole is the group too.
    let whole = plural;
    // "savage immigrants", "deport all the muslims", "I hate the gays"
    for (let j = i - 1; j >= 0 && i - j <= 3; j--) {
      const p = words[j] as Word;
      if ((words[j + 1] as Word).breakBefore) break;
      if (j === i - 1 && inSet(DEHUMAN, p) && !inSet(GROUP, p) && !(REFUSE_TRADE.has(p.text) && MEN.has(w.text))) {
        out.push(hit(0.8, [j, g]));
        break;
      }
      // "deport muslims", not "ban gay marriage": the group must be the object itself, in the plural.
      if (inSet(EXCLUDE, p) && whole) {
        out.push(hit(0.85, [j, g]));
        break;
      }
      const hater = inSet(HATING, p) ? j : hatingAndFearing(words, j);
      if (hater !== null && plural && ownVoice(words, hater)) {
        out.push(hit(0.8, [hater, g]));
        break;
      }
      if (!inSet(DETERMINERS, p)) break;
      // Not "ban every Muslim holiday": the singular must end its phrase.
      if (inSet(WHOLE, p) && j === i - 1 && brandEnds(words, g + 1)) whole = true;
    }
    // "Kick the Xs out", "send all the Xs back", "Xs out!": a group put out of the country.
    const putter = plural ? putOut(words, i, g) : null;
    if (putter !== null) {
      out.push(hit(0.8, [putter, g + 1]));
      i = g + 1;
      continue;
    }
    // "muslims are terrorists", "immigrants are nothing but parasites", "refugees should be sent back"
    // "white trash", "muslim terrorists": the group branded as a kind, not a compound ("gay rights activists").
    const brand = words[g + 1];
    // A beast brands a faith or a sexuality only: "African animals" are animals.
    const beast = inSet(BEASTS, brand);
    const brands = beast ? inSet(BEAST_BRANDED, words[g]) : inSet(BRANDING, brand);
    const branded = brand && !brand.breakBefore && !brand.pauseBefore && brands;
    if (branded && brandEnds(words, g + 2) && !reportedCall(words, i)) {
      out.push(hit(0.75, [i, g + 1]));
      i = g + 1;
      continue;
    }
    let linked = false;
    // "not all Xs are terrorists", "saying Xs are vermin": the claim is denied or someone else's.
    // "the services for disabled people are a disgrace": the group is the object of a preposition after things.
    const claimed = framedClaim(words, i) || objectOfThings(words, i);
    for (let j = g + 1; !claimed && j < words.length && j - g <= 5; j++) {
      const n = words[j] as Word;
      if (n.breakBefore) break;
      // "an invasion force" is a compound: "invasion" brands a group only where its phrase ends ("... of our land").
      const compound = n.text === 'invasion' && !brandEnds(words, j + 1) && words[j + 1]?.text !== 'of';
      if (linked && inSet(DEHUMAN, n) && !compound) {
        out.push(hit(0.85, [i, g], [j, j]));
        break;
      }
      if (linked && inSet(EXCLUDED_SET, n) && modalBefore(words, i, j)) {
        out.push(hit(0.8, [i, g], [j, j]));
        break;
      }
      // "Men's health is ...": a possessive "s" links the group to nothing it is said to be.
      if ((inSet(COPULA, n) && !possessiveS(words, j)) || inSet(MODAL, n)) linked = true;
      else if (!linked || !inSet(FILLER, n)) break;
    }
    i = g;
  }
  return out;
}

/** "hate and fear", "despise and distrust": the hating verb before a second verb of aversion at `j`, or null. */
function hatingAndFearing(words: Word[], j: number): number | null {
  const and = words[j - 1];
  if (!inSet(AVERSION, words[j]) || !and || and.breakBefore || (and.text !== 'and' && and.text !== 'or')) return null;
  return inSet(HATING, words[j - 2]) && !(words[j - 1] as Word).breakBefore ? j - 2 : null;
}

/**
 * "Kick the Xs out", "just send all the Xs back", "Xs out!": a plural group at [i, g] put out by an order or a call,
 * not by a report ("the government will send the refugees back"). The first word of the evidence, or null.
 */
function putOut(words: Word[], i: number, g: number): number | null {
  const particle = words[g + 1];
  if (!particle || particle.breakBefore || !inSet(OUT_PARTICLES, particle)) return null;
  const after = words[g + 2];
  const ends = !after || after.breakBefore;
  // "out of the country", not "out of the building", "out of it"
  if (after?.text === 'of' && !after.breakBefore && !fromTheCountry(words, g + 3)) return null;
  // "send the refugees home when it is safe": a return on a condition is a policy, not an expulsion.
  if (conditioned(words, g + 2)) return null;
  for (let j = i - 1; j >= -1 && i - j <= 4; j--) {
    // "Muslims out!", "All the Xs out.": the group and "out" are the whole sentence.
    if (j < 0 || (words[j + 1] as Word).breakBefore) return ends && particle.text === 'out' ? j + 1 : null;
    const p = words[j] as Word;
    if (inSet(PUTTING_OUT, p)) return orderedAt(words, j) ? j : null;
    if (!inSet(DETERMINERS, p)) return null;
  }
  return null;
}

/** Words that put a condition on a return: "when it is safe", "once the war ends", "unless they qualify". */
const CONDITIONS = makeSet(['when', 'once', 'until', 'unless', 'if', 'after', 'safe', 'safely', 'voluntarily']);
/** Whether a condition stands in the eight words from `k`, in the same sentence. */
function conditioned(words: Word[], k: number): boolean {
  for (let j = k; j < words.length && j - k < 8; j++) {
    const w = words[j] as Word;
    if (w.breakBefore) return false;
    if (inSet(CONDITIONS, w)) return true;
  }
  return false;
}

/** "our country", "this nation", "Canada": the country a group is put out of, starting at `k`. */
function fromTheCountry(words: Word[], k: number): boolean {
  const w = inSet(OWNING, words[k]) && !(words[k] as Word).breakBefore ? words[k + 1] : words[k];
  return !!w && !w.breakBefore && (inSet(COUNTRY, w) || (w.capitalized && w === words[k]));
}

/** A verb at `j` given as an order or a call: opening its clause, or after "just", "should", "let's", "need to". */
function orderedAt(words: Word[], j: number): boolean {
  const w = words[j] as Word;
  if (j === 0 || w.breakBefore || w.pauseBefore) return true;
  const prev = words[j - 1] as Word;
  if (prev.text === 'to') return inSet(NEEDING, words[j - 2]);
  return inSet(CALLING_FOR, prev) || (prev.text === 's' && words[j - 2]?.text === 'let');
}

/** A hating verb at `j` said by the commenter: "I hate", "we should all despise" (not "people who hate"). */
function ownVoice(words: Word[], j: number): boolean {
  for (let k = j - 1; k >= 0 && j - k <= 3; k--) {
    if ((words[k + 1] as Word).breakBefore) return false;
    const w = words[k] as Word;
    if (inSet(OWN, w)) return true;
    if (!inSet(OWN_BETWEEN, w)) return false;
  }
  return false;
}

/** Whether a denial or a report stands in the four words before the group, in its clause. */
export function framedClaim(words: readonly Word[], i: number): boolean {
  for (let k = i - 1; k >= 0 && i - k <= 4; k--) {
    if (inSet(CLAIMED, words[k])) return !endorsed(words, i);
    // "I can't say it, the mods are pathetic": a claim after a comma is a new one.
    if ((words[k + 1] as Word).breakBefore || (words[k + 1] as Word).pauseBefore) return false;
  }
  return false;
}

/** Words that take a reported claim up as true: "as my uncle says, '...' and he is right". */
const ENDORSING = makeSet(['right', 'true', 'correct', 'agree', 'exactly']);
function endorsed(words: readonly Word[], i: number): boolean {
  for (let k = i + 1; k < words.length && k - i <= 12; k++) {
    const w = words[k] as Word;
    if (w.breakBefore) return false;
    if (inSet(ENDORSING, w)) return true;
  }
  return false;
}

const CALLING = makeSet(['called', 'calling', 'calls', 'labelled', 'labeled', 'branded', 'branding']);
/**
 * "Trump called Mexicans rapists", "Calling all Muslims terrorists is bigotry": someone else's name for the group,
 * reported or condemned; "I call Muslims ..." is the commenter's own.
 */
function reportedCall(words: Word[], i: number): boolean {
  for (let k = i - 1; k >= 0 && i - k <= 3; k--) {
    if ((words[k + 1] as Word).breakBefore) return false;
    const w = words[k] as Word;
    if (inSet(CALLING, w)) return !inSet(OWN, words[k - 1]) || (words[k] as Word).breakBefore;
    if (!inSet(DETERMINERS, w)) return false;
  }
  return false;
}

/** Whether the branding noun ends its phrase at word `k`: the text ends, a pause, or a word that cannot extend it. */
function brandEnds(words: Word[], k: number): boolean {
  const w = words[k];
  return !w || w.breakBefore || w.pauseBefore || inSet(AFTER_BRAND, w);
}

/** Whether "should", "must", "need" or "ought" stands between the group and the passive verb. */
function modalBefore(words: Word[], from: number, to: number): boolean {
  for (let k = from + 1; k < to; k++) {
    const f = (words[k] as Word).text;
    if (f === 'should' || f === 'must' || f === 'need' || f === 'needs' || f === 'ought' || f === 'have') return true;
  }
  return false;
}

function hit(score: number, ...spans: Array<[number, number]>): IdentityHit {
  return { rule: 'abuse.identity-attack', severity: 'high', score, spans };
}

/** An identity attack over the word ranges `spans`, at the score most kinds of attack have. */
export function identityHit(...spans: Array<[number, number]>): IdentityHit {
  return hit(0.8, ...spans);
}
