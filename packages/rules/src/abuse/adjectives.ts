import { hasForm as has, type Word } from '../normalize/words.js';
import { type Direction, directionOf } from './directedness.js';
import { PHRASE_END_ADVERBS } from './lexicon/activities.js';
import { DENIGRATING_NOUNS, REPLY_NOUNS } from './lexicon/denigration.js';
import { lookupWord } from './lexicon/index.js';
import { MILD_INSULT_ADJECTIVES } from './lexicon/insult-adjectives.js';
import { COPULAS, IDEA_WORDS } from './lexicon/targets.js';
import { joinedStart, saidOfLongSubject } from './long-subjects.js';
import type { Hit } from './merge.js';
import { describingWord, nounAfter } from './noun-after.js';
import { commonNouns, POINTER, phraseEnd } from './noun-phrases.js';
import { askedAbout, describedAfter, doerOf } from './person-predicates.js';
import { AFTER_NOUN } from './profane-use.js';
import type { Target } from './subject-words.js';
import { sentenceSubject, subjectBefore } from './subjects.js';
import { ROLE_WORDS, ROLES, thingNoun } from './things.js';
import { negated, someoneElses, supposedBeing, verdictAt } from './verdict.js';

/**
 * How harsh adjectives are judged: said of a person they are name-calling, of an idea criticism (a note), of what
 * someone said or did a verdict ("That's ridiculous.", "a stupid question"), of what the reader said or thinks
 * name-calling of the reader ("your stupid belief").
 */

/** The score a hit kept only as a note gets: below every sensible threshold, still visible in `scores`. */
export const NOTE_SCORE = 0.3;

/** What a reader says ("a stupid reply", "your dumb take"): calling it stupid calls its writer stupid. */
const UTTERANCE: ReadonlySet<string> = new Set([...REPLY_NOUNS, 'take']);
const MILD: ReadonlySet<string> = new Set(MILD_INSULT_ADJECTIVES);

/** "you are daft", "lazy voters": a rude adjective about a person; about an idea, nothing. */
export function judgeAdjective(words: Word[], i: number, k: ReadonlySet<string>): Omit<Hit, 'ev'> | null {
  const mild = !k.has('adjective');
  const after = nounAfter(words, i);
  if (after === 'idea') return null;
  const d = joinedDirection(words, i);
  if (!after && thingDescribed(words, i, d.explicit && d.target !== 'idea') >= 0) return null;
  // "people in this town are lazy": the subject's head stands before a phrase describing it; "how silly are you".
  const long =
    d.explicit || after ? null : (saidOfLongSubject(words, i) ?? describedAfter(words, i) ?? askedAbout(words, i));
  if ((d.explicit && d.target !== 'idea') || after || long) {
    const target = (d.explicit ? d.target : (after ?? long)) as Target;
    // "She was sad when her dog died", "they were miserable all winter": a feeling, unless said to the reader or of
    // the person named right after ("a sad little man").
    if (feeling(words, i) && !after && (target !== 'reader' || words[i + 1]?.text === 'to')) return null;
    // Rude words about a person: mild ones ("he is daft") just reach the threshold, so a site can raise it.
    const score = mild ? 0.5 : 0.7;
    return { rule: 'abuse.insult.directed', severity: mild ? 'low' : 'medium', score, target };
  }
  return null;
}

/** Adjectives that are rude about a person ("sad loser") but mostly say how someone feels ("she was sad"). */
export const FEELINGS: ReadonlySet<string> = new Set(['sad', 'miserable']);
const feeling = (words: Word[], i: number): boolean => has(FEELINGS, words[i]);

/**
 * Who the adjective at `i` is aimed at, as `directionOf` tells; when it does not, as it tells for the first of the
 * describing words joined to it ("she is weak and useless", "he was rude, lazy and useless").
 */
function joinedDirection(words: Word[], i: number): Direction {
  const d = directionOf(words, i, false);
  if (d.explicit) return d;
  const first = joinedStart(words, i);
  return first < i ? directionOf(words, first, false) : d;
}

/**
 * An adjective judged as criticism of an idea (or not at all) may still be a verdict on what someone said or did:
 * "That's ridiculous.", "a stupid question", "your analogy is silly".
 */
export function orVerdict(words: Word[], i: number, lemma: string, h: Omit<Hit, 'ev'> | null): Omit<Hit, 'ev'> | null {
  if (h?.target === 'reader') return h;
  // "no stupid questions", "he is not stupid", "not a dumb idea": a denied verdict judges nothing; "if he wasn't so
  // corrupt" supposes the denial and says he is.
  if (negated(words, i)) {
    const supposed = supposedOf(words, i);
    if (!supposed) return null;
    // A mild word may be a feeling ("if she wasn't so sad"): only a harsh one calls the subject names.
    if (MILD.has(lemma)) return null;
    return h?.rule === 'abuse.insult.directed' ? h : named(supposed, 0.7);
  }
  // "people do very stupid things": the things done call the doer stupid.
  const doer = doerOf(words, i, lemma);
  if (doer) return named(doer, 0.7);
  const v = verdictAt(words, i, lemma);
  if (v === 'reader') return named('reader', 0.6);
  if (h && h !== IDEA_NOTE) return h;
  if (v) return denigration();
  return h === IDEA_NOTE ? criticism() : h;
}

/** "if he wasn't so lazy": a denial supposed of the person the verb of being has as its subject. */
function supposedOf(words: Word[], i: number): Target | null {
  const c = supposedBeing(words, i);
  const subject = c > 0 ? subjectBefore(words, c) : null;
  return subject === 'idea' ? null : subject;
}

/** Marks a harsh adjective judged to be about an idea, until `orVerdict` has looked for a verdict or a doer. */
const IDEA_NOTE: Omit<Hit, 'ev'> = { rule: 'abuse.criticism', severity: 'low', score: NOTE_SCORE, target: null };
/**
 * A harsh adjective about an idea, a plan or a decision ("this policy is idiotic", "a dumb decision"): criticism,
 * held only where the site asks for civil language about ideas too (`abuse.criticism: 'flag'`); a note by default.
 */
const CRITICISM: Omit<Hit, 'ev'> = { rule: 'abuse.criticism', severity: 'medium', score: 0.55, target: null };

/** Harsh words about an idea, a plan or a decision: a note unless the site holds criticism (see `CRITICISM`). */
export function criticism(): Omit<Hit, 'ev'> {
  return { ...CRITICISM };
}

/** Harsh judgement of someone or of what they said or did: held unless the site keeps criticism as a note. */
export function denigration(): Omit<Hit, 'ev'> {
  return { rule: 'abuse.denigration', severity: 'medium', score: 0.55, target: null };
}

/**
 * A harsh adjective on the thing at `thing`: criticism, but "a stupid, senseless comment" is what a reader said, as "a
 * stupid comment" is.
 */
function ofThing(words: Word[], i: number, thing: number): Omit<Hit, 'ev'> {
  return has(UTTERANCE, words[thing]) && !someoneElses(words, i) ? named('reader', 0.6) : IDEA_NOTE;
}

/**
 * "stupid", "idiotic": an insult to whoever it points at. Aimed at an idea ("this policy is idiotic", "a dumb
 * decision") it is criticism and stays a low note, except for what a reader said ("what a stupid comment"),
 * which calls the reader stupid.
 */
export function judgeStrongAdjective(words: Word[], i: number): Omit<Hit, 'ev'> | null {
  if (askedOfThing(words, i)) return IDEA_NOTE;
  const after = nounAfter(words, i);
  if (after === 'idea')
    return has(UTTERANCE, words[i + 1]) && !someoneElses(words, i) ? named('reader', 0.6) : IDEA_NOTE;
  const d = joinedDirection(words, i);
  if (d.explicit && d.target !== 'idea') {
    const thing = thingDescribed(words, i, true);
    return thing >= 0 ? ofThing(words, i, thing) : named(d.target as Target, 0.8);
  }
  // "it's just stupid people": the adjective describes the people after it, whatever the sentence is about.
  if (after) return named(after, 0.75);
  const long = saidOfLongSubject(words, i);
  if (long) return named(long, 0.75);
  const thing = thingDescribed(words, i, false);
  if (thing >= 0) return ofThing(words, i, thing);
  if (howIsIt(words, i) || howThat(words, i)) return IDEA_NOTE;
  if (d.target === 'idea') return IDEA_NOTE;
  const subject = sentenceSubject(words, i);
  if (subject === 'idea') return IDEA_NOTE;
  return named(subject ?? 'someone', subject ? 0.75 : 0.6);
}

/**
 * The thing the adjective at `i` describes (the head of its noun phrase), or -1: "the stupid option", "a stupid and
 * costly levy", "my stupid car", "Pathetic effort from the board.", "Brexit is an ugly chapter", "the careless,
 * mindless wording of ...", "Riverton's costly, dysfunctional scheme". After a pointing word or an owner's "'s", or opening the
 * sentence, the adjective (with the describing words joined to it) describes the thing named next: a thing by name or
 * a singular common noun, no person, no insult and no part of anyone ("an ugly face"). Said of someone ("Smith is a
 * lousy ..."), only a noun `known` to name a thing ("chapter", "memory") makes the adjective the thing's: "a lousy
 * coach" is still Smith.
 */
function thingDescribed(words: Word[], i: number, known: boolean): number {
  const first = joinedStart(words, i);
  const w = words[first] as Word;
  const prev = words[first - 1];
  const opens = first === 0 || w.breakBefore;
  const owner = prev?.text === 's' && !prev.breakBefore && !prev.pauseBefore && first > 1;
  if (!opens && (w.breakBefore || !(has(POINTER, prev) || owner))) return -1;
  let k = i + 1;
  for (let n = 0; n < 3 && k < words.length; n++) {
    const next = words[k] as Word;
    if (next.breakBefore) return -1;
    // "a stupid and costly levy": another describing word; "this stupid or is today special" starts a clause.
    if (next.text === 'and' || next.text === 'or') {
      if (next.pauseBefore || has(CLAUSE_OPENERS, words[k + 1])) return -1;
      k += 2;
    } else if (describingWord(next) && !lookupWord(next.forms) && !namesRole(next) && phraseGoesOn(words, k + 1)) k++;
    else break;
  }
  if (k >= words.length || has(OF_SOMEONE, words[k])) return -1;
  // "this stupid nonsense", "the usual childish drivel": the noun judges a thing on its own account ("Dumb shit."
  // opening a sentence may name a person).
  if (!opens && has(DENIGRATING, words[k])) return k;
  // The noun phrase runs on over lower-case words ("the stupid city council members"): its last word is its head,
  // a thing by name ("a stupid, pointless post") or a common noun naming no one.
  const end = phraseEnd(words, k, 3);
  // "Brexit is a sad memory now": an adverb or a preposition after the noun ends the phrase.
  let head = end - 1;
  while (head > k && has(PHRASE_END, words[head])) head--;
  if (head < k) return -1;
  const ideaHead = has(IDEA_HEADS, words[head]) && (head === k || commonNouns(words, k, head));
  return ideaHead || (commonNouns(words, k, head + 1) && (!known || thingNoun((words[head] as Word).text))) ? head : -1;
}
/** A word shaped like a describing word that names a role: "the stupid client", "a lazy servant". */
const namesRole = (w: Word): boolean => has(ROLES, w) || has(ROLE_WORDS, w);

/**
 * Whether the word at `j` may go on the noun phrase after a describing word, so that the describing word is no head:
 * "a stupid, costly levy" goes on, "a stupid amendment now" and "a stupid amendment of ..." end.
 */
function phraseGoesOn(words: Word[], j: number): boolean {
  const w = words[j];
  return !!w && !w.breakBefore && phraseEnd(words, j, 1) > j && !has(AFTER_NOUN, w);
}
const PHRASE_END: ReadonlySet<string> = new Set(PHRASE_END_ADVERBS);
/** The names of ideas and things said (`IDEA_WORDS`) but the pronouns among them. */
const IDEA_HEADS: ReadonlySet<string> = new Set(
  IDEA_WORDS.filter((w) => !['this', 'that', 'it', 'which', 'what'].includes(w)),
);

const DENIGRATING: ReadonlySet<string> = new Set(DENIGRATING_NOUNS);

/** Nouns that, however harshly described, stand for their owner: "an ugly face", "a useless piece of ...". */
const OF_SOMEONE: ReadonlySet<string> = new Set(
  'piece face mug head mouth brain brains mind body skull nose teeth hair voice attitude personality character'.split(
    ' ',
  ),
);

/** A verb of being or a pronoun after "and"/"or": a new clause, not a second describing word. */
const CLAUSE_OPENERS: ReadonlySet<string> = new Set([
  ...COPULAS,
  ...'do does did has have had can will would should i you he she it we they this that'.split(' '),
]);

/**
 * "How is that racist?", "Why is this idiotic?", "Was it stupid to ask?": a question about a thing pointed at, the
 * verb of being opening it or coming right after "how" or "why", the adjective ending it or its clause.
 */
export function askedOfThing(words: Word[], i: number): boolean {
  const thing = words[i - 1];
  const be = words[i - 2];
  if (!thing || !be || (words[i] as Word).breakBefore || thing.breakBefore || !has(POINTED_THING, thing)) return false;
  // "Is that racist still here?": a noun runs on; the question about a thing ends with the adjective.
  const next = words[i + 1];
  if (!has(ASKING_BE, be) || (next && !next.breakBefore && !next.pauseBefore && next.text !== 'to')) return false;
  return i === 2 || be.breakBefore || (has(HOW_WHY, words[i - 3]) && !be.pauseBefore);
}
const POINTED_THING: ReadonlySet<string> = new Set(['it', 'this', 'that']);
const ASKING_BE: ReadonlySet<string> = new Set(['is', 'was', 'isnt', 'wasnt']);
const HOW_WHY: ReadonlySet<string> = new Set(['how', 'why']);

/** "How stupid is it to close the library?": doing something judged, not someone. */
function howIsIt(words: Word[], i: number): boolean {
  const is = words[i + 1];
  const it = words[i + 2];
  return (
    words[i - 1]?.text === 'how' &&
    !(words[i] as Word).breakBefore &&
    !!is &&
    !is.breakBefore &&
    (is.text === 'is' || is.text === 'was') &&
    it?.text === 'it' &&
    !it.breakBefore
  );
}

/**
 * What opens the clause after "how pathetic that": a subject other than the reader ("no one" by its "no"), or the start
 * of a noun phrase; not "one" ("how stupid that one is" points at someone).
 */
const CLAUSE_SUBJECTS: ReadonlySet<string> = new Set(
  'i we he she they it there nobody noone no everyone everybody anyone anybody someone somebody people the a an our their his her my its some so such this these those'.split(
    ' ',
  ),
);

/**
 * "How pathetic that nobody came", "how sad and stupid that the council never asked": the situation the clause after
 * "that" tells is judged, not someone; not "how stupid that man is" ("that" pointing at someone).
 */
function howThat(words: Word[], i: number): boolean {
  const first = joinedStart(words, i);
  const that = words[i + 1];
  const opener = words[i + 2];
  return (
    words[first - 1]?.text === 'how' &&
    !(words[first] as Word).breakBefore &&
    that?.text === 'that' &&
    !that.breakBefore &&
    !that.pauseBefore &&
    !!opener &&
    !opener.breakBefore &&
    has(CLAUSE_SUBJECTS, opener)
  );
}

/** Target of a directed insult, or the group a plural names. */
export function aimedAt(d: Direction, plural: boolean): Target {
  if (d.explicit && d.target && d.target !== 'idea') return d.target;
  return plural ? 'group' : 'someone';
}

/**
 * Name-calling, scored by who it is aimed at: another reader most (a personal attack in the thread), then the
 * author, a named person or a group, then someone the words do not name. `top` is the score for a reader.
 */
export function named(target: Target, top: number): Omit<Hit, 'ev'> {
  const score = target === 'reader' ? top : target === 'someone' ? Math.min(top, 0.6) : top - 0.1;
  return { rule: 'abuse.insult.directed', severity: score >= 0.8 ? 'high' : 'medium', score, target };
}
