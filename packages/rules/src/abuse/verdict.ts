import { hasForm as has, type Word } from '../normalize/words.js';
import { ACT_NOUNS, MIND_NOUNS, REPLY_NOUNS, VERDICT_ADJECTIVES } from './lexicon/denigration.js';
import { isIntensifier, lookupWord } from './lexicon/index.js';
import { COPULAS } from './lexicon/targets.js';

const VERDICT: ReadonlySet<string> = new Set(VERDICT_ADJECTIVES);
const ACT: ReadonlySet<string> = new Set(ACT_NOUNS);
const MIND: ReadonlySet<string> = new Set(MIND_NOUNS);
/** What a reader writes in a thread: the listed replies, and the kinds a debate adds ("your silly rebuttal"). */
const REPLY: ReadonlySet<string> = new Set([
  ...REPLY_NOUNS,
  'rebuttal',
  'rebuttals',
  'retort',
  'retorts',
  'screed',
  'diatribe',
  'tirade',
  'rebuke',
  'comeback',
]);
/** "like yours", "such as yours", "of yours": the reader's own, named after the noun. */
const LIKE: ReadonlySet<string> = new Set(['like', 'as', 'such', 'of']);
const YOURS: ReadonlySet<string> = new Set(['yours', 'yourself', 'urs']);
/** "a silly comment by the minister", "from the mayor": someone else's words. */
const SAID_BY: ReadonlySet<string> = new Set(['by', 'from']);
const COPULA: ReadonlySet<string> = new Set(COPULAS);
/** A subject that names nothing: the thing just said or done ("that's ridiculous", "this is pathetic"). */
const BARE_SUBJECT: ReadonlySet<string> = new Set(['this', 'that', 'it', 'thats', 'its', 'which']);
/** Words that may open a one-adjective verdict or stand inside it: "How ridiculous.", "Kind of pathetic." */
const VERDICT_OPENERS: ReadonlySet<string> = new Set(
  'how what a an so such just simply plain merely downright frankly quite pretty rather kind kinda sort sorta of too and both beyond all this that'.split(
    ' ',
  ),
);
/** Words before "that" or "it" that leave it the subject of its own clause: "I think that's silly", "Yes, it's absurd". */
const CLAUSE_OPENERS: ReadonlySet<string> = new Set(
  'and but so because yes no well oh sorry honestly frankly seriously think thought guess mean find found say said'.split(
    ' ',
  ),
);
/** "not stupid", "no stupid questions", "never silly": a verdict denied is none. */
const NEGATION: ReadonlySet<string> = new Set(
  'not no never nothing nt isnt isn wasnt wasn arent aren weren don doesn didn ain wouldn couldn hasn haven hadn'.split(
    ' ',
  ),
);
/** Adverbs between the verb of being and the adjective that are neither intensifiers nor "-ly": "it was also silly". */
const ALSO: ReadonlySet<string> = new Set(['also', 'still', 'even', 'all']);
/** Verbs of seeming: "looks ridiculous", "sound silly". */
const SEEM: ReadonlySet<string> = new Set(
  'look looks looked looking sound sounds sounded seem seems seemed appear appears appeared'.split(' '),
);
const DONT: ReadonlySet<string> = new Set(['don', 'dont', 'do']);
/** Subjects that make a clause of what follows an opening adjective ("Stupid, I know", "Silly me, I thought"). */
const PRONOUN_SUBJECTS: ReadonlySet<string> = new Set(['i', 'me', 'we', 'he', 'she', 'they', 'it', 'you']);
const YOUR: ReadonlySet<string> = new Set(['your', 'ur', 'yr', 'yer']);

const EVER: ReadonlySet<string> = new Set(['ever', 'always', 'usual']);

/** Who a verdict falls on: the reader whose words it judges, or whoever said or did the thing judged. */
export type VerdictOn = 'reader' | 'someone';

/**
 * A verdict adjective at `i` that judges what someone said or did rather than an idea under debate: alone as a
 * sentence ("Ridiculous.", "How pathetic!"), said of a bare "this"/"that"/"it" ("That's stupid."), of a person's act
 * ("a stupid question", "what a ridiculous statement"), or of the reader's words ("your analogy is silly").
 * Null for "a stupid policy", "this closure plan is stupid", "stupid and short-sighted plan".
 */
export function verdictAt(words: Word[], i: number, lemma: string): VerdictOn | null {
  if (!VERDICT.has(lemma) || negated(words, i)) return null;
  const next = words[i + 1];
  // "so stupid (that) I can't even": a clause of what follows the verdict ends its phrase as a full stop does.
  const result = words[i - 1]?.text === 'so' && (next?.text === 'that' || has(PRONOUN_SUBJECTS, next));
  // "your argument is dumb as ever": a comparison with the usual ends the verdict too.
  const usual = next?.text === 'as' && has(EVER, words[i + 2]);
  const ends =
    !next || next.breakBefore || next.pauseBefore || next.text === 'and' || next.text === 'but' || result || usual;
  if (next && !next.breakBefore && readersWords(words, i)) return 'reader';
  if (next && !next.breakBefore && has(ACT, next)) return ownedByReader(words, i) ? 'reader' : 'someone';
  // "stupid enough to believe it", "too stupid to switch it off": said of whoever is the subject.
  if (next && !next.breakBefore && (next.text === 'enough' || (next.text === 'to' && words[i - 1]?.text === 'too')))
    return 'someone';
  const w = words[i] as Word;
  // "Ridiculous overreaction by the council.", "Stupid column.": a short exclamation opening with the verdict.
  if (!ends) return w.breakBefore || i === 0 ? exclamation(words, i) : null;
  // "That's from the article, silly!": the reader, addressed.
  if (w.pauseBefore && (!next || next.breakBefore)) return 'reader';
  // Back over intensifiers and openers to the start of the sentence, or to a verb of being and its subject.
  for (let j = i - 1; j >= -1 && i - j <= 6; j--) {
    if (j < 0 || (words[j + 1] as Word).breakBefore)
      return j === i - 1 || openerOnly(words, j + 1, i) ? 'someone' : null;
    const v = words[j] as Word;
    // "Don't be silly.": the reader told what they are being.
    if (v.text === 'be' && (has(DONT, words[j - 1]) || (words[j - 1]?.text === 't' && has(DONT, words[j - 2]))))
      return 'reader';
    if (has(COPULA, v)) return copulaVerdict(words, j);
    // "you look ridiculous", "makes them look silly": said of whoever looks it.
    if (has(SEEM, v)) return 'someone';
    // "both laughable and ridiculous": another verdict adjective joined to this one.
    if (!(bridge(v) || has(ALSO, v) || has(VERDICT, v))) return null;
  }
  return null;
}

const OWNERS: ReadonlySet<string> = new Set(['your', 'ur', 'his', 'her', 'their']);

const bridge = (v: Word): boolean =>
  has(VERDICT_OPENERS, v) || isIntensifier(v.forms) || (v.text.endsWith('ly') && v.text.length > 3);

/**
 * A "not", "no" or "never" up to three words before `i` in its sentence; not one that belongs to a verb before a
 * possessive ("it hardly proves your idiotic claim": the claim is still called idiotic).
 */
export function negated(words: Word[], i: number): boolean {
  // "It's not the weapon, stupid.": a name set off by a comma at the end of its sentence is said to the reader,
  // whatever the clause before it denied (not an item of a list: "not lazy, stupid, or corrupt").
  const next = words[i + 1];
  if ((words[i] as Word).pauseBefore && (!next || next.breakBefore)) return false;
  // "they couldn't be any more foolish": a denied comparative says the most of it.
  if (words[i - 1]?.text === 'more') return false;
  // "she wouldn't have been so lazy": the verbs and degree words between a "not" and its adjective do not count towards
  // the three words.
  let reach = 3;
  for (let j = i - 1; j >= 0 && i - j <= reach; j--) {
    if (has(ON_THE_WAY, words[j]) && reach < 6) reach++;
    const owner = has(OWNERS, words[j]) && j > 0 ? (words[j - 1] as Word) : null;
    if (owner && !has(NEGATION, owner) && !has(COPULA, owner) && owner.text !== 't') return false;
    // "No, merely stupid": a "no" set off by a comma answers what was said before; "don't be silly" is an order.
    const after = words[j + 1] as Word;
    const order = after.text === 'be' || (after.text === 't' && words[j + 2]?.text === 'be');
    if (has(NEGATION, words[j]) && !after.pauseBefore && !order) return true;
    if ((words[j] as Word).breakBefore) return false;
  }
  return false;
}

/**
 * Words between a denial and its adjective: "wouldn't [have] [been] [so] lazy", "never [be] [so] dim" (not "that":
 * "nobody could be that dim" is said of someone).
 */
const ON_THE_WAY: ReadonlySet<string> = new Set(['have', 'been', 'be', 'so', 'too', 'ever', 'even']);

/** What makes a denial counterfactual: "if he weren't so lazy", "I wish they weren't so corrupt". */
const SUPPOSING: ReadonlySet<string> = new Set(['if', 'unless', 'wish', 'wished']);
/** "even if he wasn't stupid", "what if she wasn't corrupt?": the supposition says nothing of what they are. */
const OPEN_SUPPOSING: ReadonlySet<string> = new Set(['even', 'what', 'only']);
/** A past verb of being: "if he isn't corrupt, ..." is an open condition, "if he wasn't so corrupt" says he is. */
const PAST_BEING: ReadonlySet<string> = new Set(['was', 'wasn', 'were', 'weren']);
/** How far back from the adjective the supposition may open its clause: "if the mayor wasn't so damn lazy". */
const SUPPOSED_REACH = 7;

/**
 * The past verb of being that a counterfactual supposition denies of the adjective at `i`, which says the subject is
 * it: "he might have won if he wasn't so corrupt", "if they weren't so lazy they'd work", "I wish she wasn't so
 * lazy". Returns its index, or -1.
 */
export function supposedBeing(words: Word[], i: number): number {
  let being = -1;
  for (let j = i - 1; j >= 0 && i - j <= SUPPOSED_REACH; j--) {
    const w = words[j] as Word;
    if (being < 0 && has(PAST_BEING, w)) being = j;
    if (has(SUPPOSING, w)) return has(OPEN_SUPPOSING, words[j - 1]) ? -1 : being;
    if (w.breakBefore || w.pauseBefore) return -1;
  }
  return -1;
}

/** A sentence of at most five more words after the opening adjective, none a verb of being or a comma. */
function exclamation(words: Word[], i: number): VerdictOn | null {
  for (let k = i + 1; k <= i + 6; k++) {
    const v = words[k];
    if (!v || v.breakBefore) return k > i + 1 ? 'someone' : null;
    if (v.pauseBefore || has(COPULA, v) || has(PRONOUN_SUBJECTS, v)) return null;
  }
  return null;
}

/** Words `from`..`to` (exclusive) are only openers and intensifiers: "How", "Absolutely", "Kind of". */
function openerOnly(words: Word[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const v = words[k] as Word;
    if (!(bridge(v) || has(VERDICT, v))) return false;
  }
  return true;
}

/** "that's", "it was", "your analogy is": the subject right before the verb of being at `c`. */
function copulaVerdict(words: Word[], c: number): VerdictOn | null {
  const subject = words[c - 1];
  if (!subject || (words[c] as Word).breakBefore) return null;
  if (has(BARE_SUBJECT, subject)) {
    // "that" or "it" opening its clause, not "the plan that is stupid".
    const opens = c === 1 || subject.breakBefore || subject.pauseBefore || has(CLAUSE_OPENERS, words[c - 2]);
    return opens ? 'someone' : null;
  }
  // "Her statement was stupid", "that comment is ridiculous": what someone said, judged.
  if (has(ACT, subject)) return ownedByReader(words, c - 1) ? 'reader' : 'someone';
  // "your analogy is ridiculous", "your whole argument was silly".
  for (let j = c - 2; j >= 0 && c - j <= 3; j--) {
    if ((words[j + 1] as Word).breakBefore) return null;
    if (readerOwns(words, j)) return 'reader';
  }
  return null;
}

/**
 * The noun after the verdict adjective at `i` is the reader's thought ("your stupid belief", "stupid ideas like
 * yours") or a reply judged in a bare verdict ("What a ridiculous comment.", "That is a stupid response.").
 */
function readersWords(words: Word[], i: number): boolean {
  // "your ignorant racist opinion": other describing words may stand before the noun.
  let n = i + 1;
  while (n - i < 3 && words[n + 1] && !(words[n + 1] as Word).breakBefore && describes(words[n] as Word)) n++;
  const noun = words[n] as Word;
  // "Such a ridiculous thing to say.": the thing said is a reply.
  const said = noun.text === 'thing' && words[n + 1]?.text === 'to' && has(SAY, words[n + 2]);
  const reply = has(REPLY, noun) || said;
  if (!reply && !has(MIND, noun)) return false;
  if (ownedByReader(words, i) || likeYours(words, n + 1)) return true;
  return reply && !someoneElses(words, i, n) && bareVerdict(words, i);
}

/** A listed describing word: "racist" in "your ignorant racist opinion". */
function describes(w: Word): boolean {
  const k = lookupWord(w.forms)?.kinds;
  return !!k && (k.has('adjective') || k.has('adjective-mild'));
}
const SAY: ReadonlySet<string> = new Set(['say', 'write', 'post', 'suggest', 'claim']);

/**
 * "a silly comment by the mayor", "the minister's stupid remark", "his silly post", "a silly comment of mine": words the
 * reader did not write.
 */
export function someoneElses(words: Word[], i: number, noun = i + 1): boolean {
  const by = words[noun + 1];
  const who = words[noun + 2];
  if (by && !by.breakBefore && has(SAID_BY, by) && who && !has(ANYONE, who)) return true;
  // "a silly comment of mine": the commenter's own; "the stupid reply of the agency": someone else's; "that
  // silly comment of yours": the reader's.
  if (by?.text === 'of' && !by.breakBefore && who && !has(OF_READER, who)) return true;
  for (let j = i - 1; j >= 0 && i - j <= 3; j--) {
    if ((words[j + 1] as Word).breakBefore) return false;
    // "the board's silly reply", not "that's a silly reply".
    const w = words[j] as Word;
    if (has(THIRD_OWNER, w) || (w.text === 's' && j > 0 && !w.breakBefore && !has(BARE_SUBJECT, words[j - 1])))
      return true;
    // "the minister gave a silly reply": a person gave it; "you gave a silly reply" is the reader's.
    const gave = words[j - 1];
    if (has(GAVE, w) && gave && !w.breakBefore && has(THIRD_GIVER, gave)) return true;
  }
  return false;
}
/** Verbs by which someone gives an answer: "the minister gave a silly reply". */
const GAVE: ReadonlySet<string> = new Set(
  'gave gives give made makes offered offers issued issues wrote writes sent'.split(' '),
);
/** Who may give it, other than the reader: third persons and people-nouns. */
const THIRD_GIVER: ReadonlySet<string> = new Set(
  'he she they it minister mayor council government president spokesman spokeswoman spokesperson official officials premier governor senator chief department police company board'.split(
    ' ',
  ),
);
/** "of yours", "of you": the reader's. */
const OF_READER: ReadonlySet<string> = new Set([...YOURS, 'you', 'u']);
/** "from you", "from someone": the reader, or a reader not named. */
const ANYONE: ReadonlySet<string> = new Set(['you', 'u', 'someone', 'somebody', 'anyone']);
/** "his", "their", "my": whose words they are. */
const THIRD_OWNER: ReadonlySet<string> = new Set(['his', 'her', 'their', 'my', 'our']);

/** "like yours", "such as yours" starting at `k`, in the same sentence. */
function likeYours(words: Word[], k: number): boolean {
  if (!has(LIKE, words[k]) || (words[k] as Word).breakBefore) return false;
  for (let m = k + 1; m <= k + 2; m++) {
    const w = words[m];
    if (!w || w.breakBefore) return false;
    if (has(YOURS, w)) return true;
  }
  return false;
}

/** Only openers, a bare "this"/"that" and a verb of being before `i` in its sentence: "That is the most ...". */
function bareVerdict(words: Word[], i: number): boolean {
  for (let j = i - 1; i - j <= 8; j--) {
    if (j < 0 || (words[j + 1] as Word).breakBefore) return true;
    const v = words[j] as Word;
    if (
      !(bridge(v) || has(BARE_SUBJECT, v) || has(COPULA, v) || has(VERDICT, v) || has(SUPERLATIVE, v) || has(MUST, v))
    )
      return false;
  }
  return false;
}
const SUPERLATIVE: ReadonlySet<string> = new Set(['the', 'most', 'one']);
/** "That must be the stupidest reply", "this must be the silliest comment": a verdict said with certainty. */
const MUST: ReadonlySet<string> = new Set([
  'has',
  'to',
  'must',
  'got',
  'gotta',
  'surely',
  'easily',
  'possibly',
  'probably',
]);

/** "your stupid idea", "your ridiculous, tired excuses": the act judged is the reader's. */
function ownedByReader(words: Word[], i: number): boolean {
  for (let j = i - 1; j >= 0 && i - j <= 3; j--) {
    if ((words[j + 1] as Word).breakBefore) return false;
    if (readerOwns(words, j)) return true;
  }
  return false;
}

/**
 * "your", or "you're" written for it before what the reader wrote or thinks: "You're post was stupid", "youre
 * argument is silly".
 */
function readerOwns(words: Word[], j: number): boolean {
  const w = words[j] as Word;
  if (has(YOUR, w)) return true;
  const next = words[j + 1];
  const youre = w.text === 'youre' || (w.text === 're' && words[j - 1]?.text === 'you' && !w.breakBefore);
  return youre && !!next && !next.breakBefore && (has(REPLY, next) || has(ACT, next) || has(MIND, next));
}
