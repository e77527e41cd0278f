import { hasForm as has, type Word } from '../normalize/words.js';
import { rightDenied } from './denied-rights.js';
import { landAt as landEndAt } from './exclusion-calls.js';
import { FAITH_NAMES, faithAsBlight, faithEradicated } from './faith-attacks.js';
import { identityHit as hit, type IdentityHit } from './identity.js';
import { DEHUMANIZING, GROUP_ADJECTIVES, IDENTITY_GROUPS, PEOPLE_NOUNS } from './lexicon/identity.js';
import {
  CONQUERING,
  CONTROLLED,
  DEMAND_MODALS,
  GO_BACK_TO,
  GROUP_FILLERS,
  GROUP_FRAMING,
  GROUP_SLANDER_PAIRS,
  GROUP_SLANDERS,
  MORE_IDENTITY_GROUPS,
  SCHEMING,
  STINK_TAILS,
  STINKING,
  WOMANS_PLACES,
} from './lexicon/identity-attacks.js';
import { lookupWord } from './lexicon/index.js';
import { COPULAS, INSTITUTIONS } from './lexicon/targets.js';
import { objectOfThings } from './prepositional-subjects.js';
import { joined, sentenceEnds } from './word-runs.js';

const makeSet = (list: readonly string[]): ReadonlySet<string> => new Set(list);
/** The words with their plurals in "-s" and "-es" ("mexicans", "degenerates"), so a lookup builds no strings. */
const withPlurals = (list: readonly string[]): ReadonlySet<string> =>
  new Set(list.flatMap((w) => [w, `${w}s`, `${w}es`]));
const GROUP = withPlurals([...IDENTITY_GROUPS, ...MORE_IDENTITY_GROUPS]);
const GROUP_ADJ = makeSet([...GROUP_ADJECTIVES, ...IDENTITY_GROUPS, 'transgender', 'disabled', 'autistic']);
/** The words a group starts with: a word that is none of them is passed over with one look-up. */
const GROUP_STARTS: ReadonlySet<string> = new Set([...GROUP, ...GROUP_ADJ, ...FAITH_NAMES]);
const PEOPLE = makeSet(PEOPLE_NOUNS.filter((p) => p !== 'man' && p !== 'woman' && p !== 'guy'));
const INSTITUTION = makeSet(INSTITUTIONS);
const SLANDER = withPlurals([...GROUP_SLANDERS, ...DEHUMANIZING]);
const FILLER = makeSet(GROUP_FILLERS);
const FRAMING = makeSet(GROUP_FRAMING);
const COPULA = makeSet(COPULAS.filter((c) => c !== 'am' && c !== 's'));
const MODAL = makeSet(DEMAND_MODALS);
const BACK_TO = makeSet(GO_BACK_TO);
/** Group names that are plural without an "-s". */
const COLLECTIVE = makeSet(['women', 'men', 'chinese', 'japanese', 'vietnamese', 'roma', 'inuit', 'french', 'irish']);
/**
 * "two men", "the 3 women": counted people are particular people, not the group. "These" and "those" point at the
 * group as a whole as often as at a few of it ("those Xs belong in a zoo"): they do not count it.
 */
const COUNTS = makeSet('one two three four five six seven eight nine ten dozen several few both'.split(' '));
/** Words after a slander that end its phrase: "Xs are sick and ...", "too stupid to vote"; not "sick of it". */
const AFTER = makeSet('and or but not to in who that than everywhere anyway period lol'.split(' '));
const BREED = makeSet(['breed', 'breeding', 'multiply', 'multiplying', 'reproduce']);
const VERMIN_LIKE = makeSet([
  'rabbits',
  'rats',
  'cockroaches',
  'roaches',
  'flies',
  'vermin',
  'animals',
  'mice',
  'lice',
]);
/** What a people is likened to: vermin, pests and plagues ("Xs are like rats", "like a virus"). */
const VERMIN_SIMILE = makeSet(
  'rats rodents vermin cockroaches roaches locusts lice maggots termites parasites leeches insects bugs mice flies pests rabbits animals virus plague cancer disease infestation'.split(
    ' ',
  ),
);
/** How a swarm moves, and the particles after it: "flooding in", "swarming over", "crawling out". */
const SWARMING = makeSet(
  'flood floods flooding swarm swarms swarming pour pours pouring crawl crawls crawling spread spreads spreading multiply multiplies multiplying come comes coming'.split(
    ' ',
  ),
);
const SWARM_PARTICLES = makeSet(['in', 'into', 'over', 'out', 'across', 'through', 'here']);
/** What a whole group is said to be doing to a land or a people: "Xs are ruining this country". */
const RUINING = makeSet(
  'ruining destroying invading infesting polluting overrunning poisoning infecting corrupting wrecking colonizing colonising'.split(
    ' ',
  ),
);
/** What a group is said to ruin: "our country", "this society", "Europe" (not "the old records"). */
const LANDS = makeSet(
  'country countries nation nations society culture family families neighbourhood neighborhood neighbourhoods neighborhoods city cities community communities world everything us europe america canada britain england france germany sweden australia west'.split(
    ' ',
  ),
);
const LAND_OWNERS = makeSet(['our', 'this', 'the', 'my', 'western', 'white', 'christian', 'traditional', 'your']);
/** Whether a land or a people ruined stands at `k`: "this country", "our society", "Europe", "everything". */
function landAt(words: Word[], k: number): boolean {
  const w = words[k];
  if (!w || w.breakBefore) return false;
  if (w.capitalized) return true;
  const land = has(LAND_OWNERS, w) ? words[k + 1] : w;
  return !!land && !land.breakBefore && has(LANDS, land);
}
/** A land at `k` that ends its phrase: "our country.", "Europe and ...", not "the family business". */
function wholeLand(words: Word[], k: number): boolean {
  if (!landAt(words, k)) return false;
  const last = has(LAND_OWNERS, words[k]) && !(words[k] as Word).capitalized ? k + 1 : k;
  return ends(words, last + 1);
}
const BELONG_AT = makeSet(['in', 'on', 'at']);
/** Where a group is said to belong, as beasts or as servants: "in the kitchen", "in a zoo", "in cages". */
const DEGRADING_PLACES = makeSet(
  'kitchen kitchens zoo zoos cage cages jungle jungles trees oven ovens gutter gutters sewer sewers barn kennel kennels'.split(
    ' ',
  ),
);
const CANNOT = makeSet(['cannot', 'cant', 'never', 'can']);
const CONQUER = makeSet(CONQUERING);
const SCHEME = makeSet(SCHEMING);
const CONTROL = makeSet(['control', 'controls', 'run', 'runs', 'own', 'owns']);
const CONTROLLED_THINGS = makeSet(CONTROLLED);
const WOMANS_PLACE = makeSet(WOMANS_PLACES);
/** Words for a sex: a conspiracy of control is not read of them ("men run the world" is a complaint, not a trope). */
const SEXES = makeSet(['men', 'women', 'males', 'females', 'girls', 'boys']);
/** Words for the kind of wrongdoer a whole group is said to make up: "all terrorists are Xs". */
const WRONGDOERS = withPlurals(['terrorist', 'rapist', 'criminal', 'pedophile', 'paedophile', 'murderer', 'thief']);
const ALL_OF = makeSet(['all', 'every']);
const TOLD_OF = makeSet(['how', 'whether', 'if']);
const STINK = makeSet(STINKING);
const STINK_TAIL = makeSet(STINK_TAILS);

const text = (w: Word | undefined): string => w?.text ?? '';
/** How many words after a group "they" may stand and still be the group. */
const THEY_REACH = 12;
/** Words in "-s" that name no one "they" could be: "this", "always", "us". */
const NOT_PLURALS = makeSet(
  'this is was has does its his hers yes less unless across thus always perhaps us plus various serious famous'.split(
    ' ',
  ),
);
/**
 * Whether another noun "they" could stand for lies between the group at `g` and "they" at `i`: a name ("Xs fear
 * the Taliban; they are ..."), a body ("the government") or another plural ("Xs want special rights. They ...").
 */
function otherAntecedent(words: Word[], g: number, i: number): boolean {
  for (let k = g + 1; k < i; k++) {
    const w = words[k] as Word;
    if ((w.capitalized && !w.breakBefore) || has(INSTITUTION, w)) return true;
    if (w.text.length > 3 && w.text.endsWith('s') && !has(NOT_PLURALS, w) && !has(GROUP, w)) return true;
  }
  return false;
}

/**
 * Generalizations that attack a protected group as a whole: a slander said of it ("gays are sick", "Xs are the
 * problem", "women are too stupid to vote", "Xs are mentally ill"), distrust ("Xs can't be trusted"), breeding
 * "like rabbits", and the demand that it "go back where it came from". The group must be named in the plural and
 * not counted ("two Xs"), and the claim must be the commenter's ("not all Xs are ...", "saying Xs are ..." are
 * not). Linear: each group word looks at most eight words ahead, within its sentence.
 */
export function findGroupGeneralizations(words: Word[]): IdentityHit[] {
  const out: IdentityHit[] = [];
  // The last plural group named: "they" soon after it is the group ("Refugees? They are invaders.").
  let lastGroup = -1;
  for (let i = 0; i < words.length; i++) {
    if (text(words[i]) === 'they') {
      const theGroup = lastGroup >= 0 && i - lastGroup <= THEY_REACH && !otherAntecedent(words, lastGroup, i);
      const h = theGroup && !framed(words, i) ? generalization(words, i, i) : null;
      if (h) out.push(h);
      continue;
    }
    if (!has(GROUP_STARTS, words[i])) continue;
    const turned =
      wrongdoersAre(words, i) ?? womansPlace(words, i) ?? faithEradicated(words, i) ?? faithAsBlight(words, i);
    if (turned) {
      out.push(turned);
      continue;
    }
    const g = groupEnd(words, i);
    if (g < 0) continue;
    lastGroup = g;
    // "the services for disabled people are a disgrace": the things, not the people, are judged.
    if (!framed(words, i) && !objectOfThings(words, i)) {
      const h = generalization(words, i, g) ?? branded(words, i, g) ?? rightDenied(words, i, g);
      if (h) out.push(h);
    } else if (text(words[i - 1]) === 'no' && !framed(words, i - 1)) {
      // "No Xs should be allowed to vote": the "no" that frames a claim ("No Xs are ...") denies the group a right.
      const h = rightDenied(words, i, g);
      if (h) out.push(h);
    }
    i = g;
  }
  return out;
}

/**
 * "all terrorists are Xs", "every rapist is a X": a kind of wrongdoer said to be the group, with the group at `i`
 * (not "not all terrorists are Xs").
 */
function wrongdoersAre(words: Word[], i: number): IdentityHit | null {
  let k = i - 1;
  if (text(words[k]) === 'a' || text(words[k]) === 'an') k--;
  if (!has(COPULA, words[k]) || !has(WRONGDOERS, words[k - 1]) || !has(ALL_OF, words[k - 2])) return null;
  for (let j = k - 2; j <= i; j++) if ((words[j] as Word).breakBefore && j > k - 2) return null;
  // "going on and on about how every thief is a X": the claim is someone else's, told of.
  if (framed(words, k - 2) || has(TOLD_OF, words[k - 3])) return null;
  return ends(words, i + 1) ? hit([k - 2, i]) : null;
}

/** "a woman's place is in the kitchen", "women's place is in the home": a whole sex kept to a room. */
function womansPlace(words: Word[], i: number): IdentityHit | null {
  if (text(words[i]) !== 'woman' && text(words[i]) !== 'women') return null;
  if (text(words[i + 1]) !== 's' || text(words[i + 2]) !== 'place') return null;
  let k = i + 3;
  if (text(words[k]) === 'is') k++;
  if (text(words[k]) !== 'in') return null;
  k++;
  if (text(words[k]) === 'the') k++;
  for (let j = i + 1; j <= k; j++) if ((words[j] as Word | undefined)?.breakBefore) return null;
  // "in the House": a chamber named with a capital is the old slogan for women in office.
  const room = words[k];
  return has(WOMANS_PLACE, room) && !room?.capitalized ? hit([i, k]) : null;
}

/** The last word of a plural group starting at `i` ("muslims", "gay people", "Chinese men"), or -1. */
export function groupEnd(words: Word[], i: number): number {
  const w = words[i] as Word;
  if (!has(GROUP_STARTS, w)) return -1;
  const next = words[i + 1];
  const joined = !!next && !next.breakBefore && !next.pauseBefore;
  if (joined && has(GROUP_ADJ, w) && has(PEOPLE, next)) return i + 1;
  if (!has(GROUP, w)) return -1;
  // "Muslim are trying to ...": a singular name with a plural verb still names the group.
  const pluralVerb = joined && (next.text === 'are' || next.text === 'were');
  if (!w.text.endsWith('s') && !COLLECTIVE.has(w.text) && !pluralVerb) return -1;
  // "the Chinese government", "Muslim leaders" stay out: a body the word describes is not the people.
  if (joined && has(INSTITUTION, next)) return -1;
  return i;
}

/** Whether the group is counted, denied or reported: "two Xs", "not all Xs", "saying Xs", "the myth that Xs". */
export function framed(words: Word[], i: number): boolean {
  for (let k = i - 1; k >= 0 && i - k <= 4; k--) {
    // "Like it or not, Xs are ...": a denial in a clause before the comma frames nothing after it.
    if ((words[k + 1] as Word).pauseBefore) return false;
    const w = words[k] as Word;
    if (has(FRAMING, w)) return true;
    if (k === i - 1 && (has(COUNTS, w) || /^[0-9]+$/.test(w.text))) return true;
    if ((words[k + 1] as Word).breakBefore) return false;
  }
  return false;
}

function generalization(words: Word[], i: number, g: number): IdentityHit | null {
  let linked = false;
  let modal = false;
  // "are trying to", "want to": a group said to be out to do something.
  let scheming = false;
  // "flooding in (like ...)": a group said to move as a swarm.
  let swarming = false;
  for (let j = g + 1; j < words.length && j - g <= 8; j++) {
    const w = words[j] as Word;
    if (w.breakBefore) return null;
    const next = words[j + 1];
    if (linked && has(SLANDER, w) && ends(words, j + 1)) return hit([i, g], [j, j]);
    const pair = linked ? GROUP_SLANDER_PAIRS[text(w)] : undefined;
    if (pair && next && pair.includes(next.text) && ends(words, j + 2)) return hit([i, g], [j, j + 1]);
    // "Xs can't be trusted", "Xs cannot ever be trusted"
    if (text(w) === 'trusted' && text(words[j - 1]) === 'be' && distrust(words, j - 2, g) && ends(words, j + 1)) {
      const split = text(words[j - 2]) === 't' || text(words[j - 2]) === 'not';
      return hit([i, g], [split ? j - 3 : j - 2, j]);
    }
    // "women are only good for one thing", "Xs are just good for breeding"
    const use = linked && text(w) === 'good' && text(next) === 'for' ? usedFor(words, j + 2) : -1;
    if (use >= 0) return hit([i, g], [j, use]);
    // "Xs have no place in this country"; "Xs have no morals", "Xs have no souls": a people said to lack a conscience.
    if ((text(w) === 'have' || text(w) === 'has') && text(next) === 'no') {
      if (text(words[j + 2]) === 'place') return hit([i, g], [j, j + 2]);
      if (has(CONSCIENCE, words[j + 2]) && ends(words, j + 3)) return hit([i, g], [j, j + 2]);
    }
    // "Xs are a burden on society", "a burden to the rest of us": a people cast as a weight on everyone else.
    if (linked && text(w) === 'burden' && (ends(words, j + 1) || has(BURDENED, next))) return hit([i, g], [j, j]);
    // "Xs are ruining this country", "Xs are invading Europe": the group as a plague on the land.
    // Not "some Xs are ruining it for the rest": a part of the group.
    if (linked && has(RUINING, w) && landAt(words, j + 1) && !['some', 'many'].includes(text(words[i - 1])))
      return hit([i, g], [j, j]);
    // "Xs are trying to destroy Europe", "Xs want to take over our country"
    if ((linked || modal || scheming) && has(CONQUER, w) && wholeLand(words, j + 1)) return hit([i, g], [j, j]);
    // "Xs are taking over our country": the same, said as under way.
    const taking = text(w) === 'take' || (linked && text(w) === 'taking');
    if (taking && text(next) === 'over' && wholeLand(words, j + 2)) return hit([i, g], [j, j + 1]);
    // "Xs control the media", "Xs run the banks": a conspiracy of control.
    if (j === g + 1 && has(CONTROL, w) && !has(SEXES, words[g]) && text(next) === 'the') {
      if (has(CONTROLLED_THINGS, words[j + 2]) && ends(words, j + 3)) return hit([i, g], [j, j + 2]);
    }
    // "Xs are not human", "Xs are not even human", "Xs are less than human"
    const human = humanDenied(words, j);
    if (linked && human >= 0) return hit([i, g], [j, human]);
    // "Refugees not welcome!": the slogan, a sentence of its own ("Refugees not welcome in the hotel, says the owner"
    // reports a rule).
    if (j === g + 1 && text(w) === 'not' && text(next) === 'welcome' && !joined(words, i)) {
      const end = text(words[j + 2]) === 'here' ? j + 2 : j + 1;
      if (sentenceEnds(words, end + 1)) return hit([i, end]);
    }
    // Not "women are not welcome in the club" (a report of a rule): here, or in a land.
    if (linked && text(w) === 'not' && text(next) === 'welcome') {
      const where = text(words[j + 2]);
      if (where === 'here' && ends(words, j + 3)) return hit([i, g], [j, j + 2]);
      if (where === 'in' && wholeLand(words, j + 3))
        return hit([i, g], [j, has(LAND_OWNERS, words[j + 3]) ? j + 4 : j + 3]);
    }
    // "women belong in the kitchen", "Xs belong in a zoo"; "women should stay in the kitchen", "Xs should be in
    // cages": the same place told.
    const told = modal && (text(w) === 'stay' || text(w) === 'be' || text(w) === 'remain');
    if ((text(w) === 'belong' || told) && has(BELONG_AT, next) && !next?.breakBefore) {
      const a = ['a', 'the'].includes(text(words[j + 2])) ? j + 3 : j + 2;
      if (has(DEGRADING_PLACES, words[a]) && !(words[a] as Word).breakBefore) return hit([i, g], [j, a]);
    }
    // "Xs smell", "Xs all stink like ...", "Xs smell of curry": a whole people said to smell (not "Xs smell a rat").
    if (!linked && !modal && has(STINK, w) && (ends(words, j + 1) || (has(STINK_TAIL, next) && !next?.breakBefore))) {
      const what = next?.text === 'like' || next?.text === 'of';
      return hit([i, g], [j, has(STINK_TAIL, next) && !what ? j + 1 : j]);
    }
    // "Xs breed like rabbits"
    if (has(BREED, w) && text(next) === 'like' && has(VERMIN_LIKE, words[j + 2])) return hit([i, g], [j, j + 2]);
    // "Xs are like rats", "Xs are like a virus", "Xs are flooding in like cockroaches": a people likened to vermin
    // or a plague.
    if (text(w) === 'like' && (linked || swarming)) {
      const a = text(next) === 'a' || text(next) === 'an' ? j + 2 : j + 1;
      const what = words[a];
      if (what && !what.breakBefore && has(VERMIN_SIMILE, what)) return hit([i, g], [j, a]);
      return null;
    }
    // "flooding in", "swarming over", "crawl out": on the way to the likeness.
    if (has(SWARMING, w)) {
      swarming = true;
      if (has(SWARM_PARTICLES, next) && !next?.breakBefore) j++;
      continue;
    }
    // "Xs should go back where they came from", "Xs can all go back to their own country"
    if (modal && text(w) === 'go' && text(next) === 'back') {
      const end = goBackEnd(words, j + 2);
      return end < 0 ? null : hit([i, g], [j, end]);
    }
    if (has(COPULA, w)) linked = true;
    else if (has(MODAL, w)) modal = true;
    else if (has(SCHEME, w)) scheming = true;
    // "need to", "can't be", "just": words on the way to the demand or the distrust.
    else if (has(CANNOT, w) || ['be', 't', 'to', 'just', 'all', 'simply', 'only'].includes(text(w))) continue;
    else if (!(linked || modal || scheming) || !has(FILLER, w)) return null;
  }
  return null;
}

/**
 * A group given an insulting adjective as a kind ("nasty homosexuals", "stupid Mexicans", "lazy white people"), or
 * to be got rid of ("get rid of the Xs"). Mild words ("crazy", "silly") are left to the other checks.
 */
function branded(words: Word[], i: number, g: number): IdentityHit | null {
  const prev = words[i - 1];
  if (!prev || (words[i] as Word).breakBefore || (words[i] as Word).pauseBefore) return null;
  const kinds = lookupWord(prev.forms)?.kinds;
  if (kinds && (kinds.has('adjective') || kinds.has('adjective-strong'))) return hit([i - 1, g]);
  // "rid of the Xs", "rid of all the Xs"
  let k = i - 1;
  while (k > i - 3 && (text(words[k]) === 'the' || text(words[k]) === 'all')) k--;
  if (text(words[k]) === 'of' && text(words[k - 1]) === 'rid' && !(words[k] as Word).breakBefore)
    return hit([k - 1, g]);
  return null;
}

/** "sex", "breeding", "one thing": what a whole group is said to be good for alone, from `k` to its last word, or -1. */
function usedFor(words: Word[], k: number): number {
  const w = words[k];
  if (!w || w.breakBefore) return -1;
  if (text(w) === 'one' && text(words[k + 1]) === 'thing') return k + 1;
  return has(MERE_USES, w) && ends(words, k + 1) ? k : -1;
}
const MERE_USES = makeSet(['sex', 'breeding', 'cooking', 'cleaning', 'babies', 'slaves', 'slavery', 'labour', 'labor']);

/** "not human", "not even human", "not really human", "less than human" at `j`: its last word, or -1. */
function humanDenied(words: Word[], j: number): number {
  const t = text(words[j]);
  let k = j + 1;
  if (t === 'not' && ['even', 'really', 'fully', 'quite'].includes(text(words[k]))) k++;
  else if (t === 'less' && text(words[k]) === 'than') k++;
  else if (t !== 'not') return -1;
  const w = words[k];
  return w && !w.breakBefore && ['human', 'humans'].includes(w.text) && ends(words, k + 1) ? k : -1;
}

/**
 * Whether a slander ends its phrase at `k` ("Xs are sick." / "sick and ...", "more violent than ...", "drunks living
 * off ...", "violent by nature"), not "sick of it", "problem solvers".
 */
function ends(words: Word[], k: number): boolean {
  const w = words[k];
  if (!w || w.breakBefore || w.pauseBefore) return true;
  const t = text(w);
  // Not after "sick": "migrants are sick working in the heat" is news of their health.
  if (t.length >= 5 && t.endsWith('ing')) return text(words[k - 1]) !== 'sick';
  if (t === 'by') return has(BY_NATURE, words[k + 1]);
  return has(AFTER, w) && !(t === 'and' && text(words[k + 1]) === 'tired');
}
/** What a whole people is said to have none of: "no morals", "no souls". */
const CONSCIENCE = makeSet([
  'morals',
  'morality',
  'soul',
  'souls',
  'conscience',
  'decency',
  'shame',
  'ethics',
  'values',
]);
/** Whom a burden weighs on: "on society", "to the rest of us", "for taxpayers". */
const BURDENED = makeSet(['on', 'to', 'for', 'upon']);

/** What a people is said to be something by: "violent by nature", "thieves by birth". */
const BY_NATURE = makeSet(['nature', 'birth', 'blood', 'definition', 'instinct']);

/** "can't" / "cannot" / "can never" before "be trusted", after the group. */
function distrust(words: Word[], k: number, g: number): boolean {
  if (k <= g) return false;
  const w = words[k] as Word;
  if (text(w) === 'cannot' || text(w) === 'cant' || text(w) === 'never') return true;
  return (text(w) === 't' || text(w) === 'not') && k - 1 > g && text(words[k - 1]).startsWith('can');
}

/** The last word of where a group is sent back to ("where they came from", "to their own country"), or -1. */
function goBackEnd(words: Word[], k: number): number {
  let at = text(words[k]) === 'to' ? k + 1 : k;
  // A land, one word or several: "Mexico", "the Middle East", "the jungle".
  const land = at > k ? landEndAt(words, at) : -1;
  if (land >= 0) return land;
  const w = words[at];
  if (!w || w.breakBefore || !has(BACK_TO, w)) return -1;
  // Run on to the end of the place: "their own country", "where they came from".
  for (let n = at + 1; n < words.length && n - at <= 4; n++) {
    const v = words[n] as Word;
    if (v.breakBefore || v.pauseBefore) break;
    if (text(v) === 'from' || text(v) === 'belong' || has(BACK_TO, v)) at = n;
  }
  return at;
}
