import type { Analysis } from '../engine/analysis.js';
import { hasForm as has, type Word } from '../normalize/words.js';
import {
  aimedAt,
  askedOfThing,
  criticism,
  denigration,
  judgeAdjective,
  judgeStrongAdjective,
  named,
  orVerdict,
} from './adjectives.js';
import { calledPerson } from './called-people.js';
import { directionOf, isCompoundHead } from './directedness.js';
import { addressedAtEnd, demonstrated, personFrame, speaks } from './frames.js';
import { labelledTarget } from './labels.js';
import { type LexHit, lookupWord } from './lexicon/index.js';
import { CRIMES } from './lexicon/literal-uses.js';
import {
  ADJECTIVES_AS_NOUNS,
  PERSON_MAKING_TAILS,
  PERSON_NOUN_COMPOUND_TAILS,
  VERB_LIKE_NOUNS,
} from './lexicon/name-calling.js';
import type { Hit } from './merge.js';
import { nounedSlur } from './nouned-slurs.js';
import { ownerOf, qualityOfIdea, statedFailing } from './owners.js';
import { saidOfPeople } from './person-predicates.js';
import { slurNamingPeople } from './pointed-slurs.js';
import { cursedName, cursedPeople, DETERMINER, denigratingNoun, myArse, profaneModifier } from './profane-use.js';
import { saidToReader } from './said-to-reader.js';
import { COPULA, describeSubject, NOT_A_SUBJECT, namesSomeone, type Target } from './subject-words.js';
import { thingNoun } from './things.js';
import { negated } from './verdict.js';
import {
  failingToDo,
  innocentPhrase,
  listedAmongAdjectives,
  namesMoment,
  ofAThing,
  partOfName,
  plainCompound,
  pointedAt,
  usedAsNoun,
  usedAsVerb,
} from './word-uses.js';

/**
 * What one lexicon word is where it stands: a slur, name-calling of someone (and whom), criticism of a thing,
 * profanity, or nothing. The abuse check asks this of every listed word, then excuses what the context excuses.
 */

const PERSON_MAKING: ReadonlySet<string> = new Set(PERSON_MAKING_TAILS);
const PERSON_TAIL: ReadonlySet<string> = new Set(PERSON_NOUN_COMPOUND_TAILS);
const VERB_LIKE: ReadonlySet<string> = new Set(VERB_LIKE_NOUNS);
const AS_NOUN: ReadonlySet<string> = new Set(ADJECTIVES_AS_NOUNS);
const CRIME: ReadonlySet<string> = new Set(CRIMES);
/** "fuck" and its listed spellings ("F^ck Trump!" is read as "fck"). */
const FUCK: ReadonlySet<string> = new Set(['fuck', 'fck', 'fuk', 'phuck']);

export function judgeWord(a: Analysis, i: number, hit: LexHit): Omit<Hit, 'ev'> | null {
  const words = a.words;
  const k = hit.kinds;
  const w = words[i] as Word;
  if (innocentPhrase(words, i)) return null;
  if ((k.has('slur') || k.has('slur-ambiguous')) && partOfName(a, i)) return null;
  if (k.has('slur')) return { rule: 'abuse.slur', severity: 'high', score: 0.9, target: null };
  if (plainCompound(a, i)) return null;
  const plural = w.text.endsWith('s') && !w.forms.includes(hit.lemma);
  if (plural && nounedSlur(words, hit.lemma))
    return { rule: 'abuse.slur', severity: 'high', score: 0.85, target: 'group' };
  // "a proper numpty moment": a lapse judged, as harsh words judge what someone did.
  if ((k.has('insult-strong') || k.has('insult-person')) && namesMoment(words, i)) return denigration();
  if (k.has('insult-strong')) {
    const d = directionOf(words, i, true);
    const intensified = i > 0 && lookupWord((words[i - 1] as Word).forms)?.kinds.has('profanity') === true;
    if (d.explicit || intensified) return named(aimedAt(d, plural), 0.85);
    // Strong insults are insults even without a visible target ("who let this idiot near a keyboard").
    return named(plural ? 'group' : 'someone', 0.65);
  }
  if (k.has('insult-person')) {
    // "found the force racist, misogynist and homophobic": among describing words, an "-ist" describes too.
    if (listedAmongAdjectives(words, i)) return judgeAdjective(words, i, MILD_KINDS);
    // A person noun names a person whatever surrounds it; only a few compounds ("dummy run") are plain words.
    if (has(PERSON_TAIL, words[i + 1]) && !(words[i + 1] as Word).pauseBefore) return null;
    if (VERB_LIKE.has(hit.lemma) && usedAsVerb(words, i)) return null;
    // "the referendum was a fraud", "this whole survey is a fraud": a crime said of a thing calls it a sham.
    if (CRIME.has(hit.lemma) && !plural && thingCalledCrime(words, i)) return criticism();
    return named(aimedAt(directionOf(words, i, true), plural), 0.8);
  }
  if (k.has('insult-label')) {
    const labelled = labelledTarget(words, i);
    return labelled ? named(labelled, 0.75) : null;
  }
  if (k.has('insult-predicate') && !k.has('insult-targeted')) {
    // "he is a disgrace", "you're a joke": said of a person; "the result is a disgrace" is criticism, and so is
    // "both are failures of the same system".
    if (ofAThing(words, i) || failingToDo(words, i, hit.lemma)) return null;
    const d = directionOf(words, i, true);
    return d.explicit && d.target !== 'idea' && d.target !== 'someone' ? named(d.target as Target, 0.75) : null;
  }
  if (k.has('slur-ambiguous') || k.has('insult-targeted')) {
    // "Go away pig.", "such garbage running the council": a frame that names a person, whatever else the noun does.
    const called = k.has('insult-targeted') ? calledPerson(words, i, hit.lemma, plural) : null;
    if (called) return named(called, 0.75);
    // "spouting garbage about ...": the judgement, whatever follows; "garbage collection" is a compound.
    if (k.has('insult-targeted') && (denigratingNoun(words, i, hit.lemma) || myArse(words, i, hit.lemma)))
      return denigration();
    // "what a parasite!", "typical prick take": a frame only a person fits, before "take" reads as a compound.
    const framed = k.has('insult-targeted') ? personFrame(words, i, plural) : null;
    if (framed) return named(framed, 0.75);
    // "that jap should", "the japs bombed": a slur whose noun only names people heads no compound.
    const people = k.has('slur-ambiguous') ? slurNamingPeople(words, i, hit.lemma, plural) : null;
    if (people) return { rule: 'abuse.slur', severity: 'high', score: 0.8, target: people };
    // "Go back home, jap.", "Nice try, limey.": set off at the end, in lower case (", Paddy." is a name), the slur is
    // what the reader is called.
    if (k.has('slur-ambiguous') && !plural && !w.capitalized && addressedAtEnd(words, i))
      return { rule: 'abuse.slur', severity: 'high', score: 0.8, target: 'reader' };
    // "these two schmucks wore ...": a plural pointed at is people, not the head of a compound; "nut job" is one.
    // "this traitor tweets": a plural after "this" heads no compound; it is what the one pointed at does.
    const pointedSpeaker = !plural && speaks(words, i) && demonstrated(words, i, hit.lemma);
    if (isCompoundHead(words, i) && !madePerson(words, i) && !(plural && pointedAt(words, i)) && !pointedSpeaker)
      return null;
    const d = directionOf(words, i, true);
    if (d.explicit && d.target !== 'idea') {
      return k.has('slur-ambiguous')
        ? { rule: 'abuse.slur', severity: 'high', score: 0.8, target: d.target as Target }
        : named(aimedAt(d, plural), 0.75);
    }
    // "these clowns", "bunch of parasites": a plural pointed at is a group being called names.
    if (k.has('insult-targeted') && plural && pointedAt(words, i)) return named('group', 0.7);
    // "voting for this schmuck", "that clown again": a singular pointed at, ending its phrase, is someone.
    if (k.has('insult-targeted') && !plural && demonstrated(words, i, hit.lemma)) return named('someone', 0.7);
    return { rule: 'abuse.insult', severity: 'low', score: 0.3, target: null };
  }
  if (k.has('adjective-reader')) return saidToReader(words, i) ? named('reader', 0.6) : null;
  if (k.has('adjective-strong')) {
    const people = saidOfPeople(words, i, true);
    return people ? named(people, 0.75) : orVerdict(words, i, hit.lemma, judgeStrongAdjective(words, i));
  }
  if (k.has('insult-abstract') || k.has('insult-possessed')) {
    if (denigratingNoun(words, i, hit.lemma) || qualityOfIdea(words, i)) return denigration();
    const owner = ownerOf(words, i);
    if (owner && owner !== 'reader' && statedFailing(words, i, hit.lemma)) return denigration();
    if (owner) return named(owner, 0.7);
    // "you are ignorance personified", "he is arrogance itself": a person said to be the quality.
    const embodied = embodiedBy(words, i);
    if (embodied) return named(embodied, 0.7);
    // "such stupidity": stupidity is an insult wherever it is, unless said of an idea (above); ignorance or hypocrisy
    // only when someone's.
    return k.has('insult-abstract') ? named('someone', 0.55) : null;
  }
  // "a racist for president", "hit the racists": the adjective used as a noun names a person.
  if (AS_NOUN.has(hit.lemma) && usedAsNoun(words, i, plural) && !askedOfThing(words, i))
    return named(aimedAt(directionOf(words, i, true), plural), 0.7);
  const people = k.has('adjective') ? saidOfPeople(words, i, false) : null;
  if (people) return named(people, 0.7);
  if (k.has('adjective') || k.has('adjective-mild')) return orVerdict(words, i, hit.lemma, judgeAdjective(words, i, k));
  if (k.has('profanity')) {
    // "you fucking ..." or "fucking idiot": the insult check scores the noun; this notes the language.
    const d = directionOf(words, i, false);
    const next = words[i + 1];
    const nextHit = next ? lookupWord(next.forms) : null;
    if (d.explicit && d.target === 'reader')
      return { rule: 'abuse.profanity.directed', severity: 'medium', score: 0.6, target: 'reader' };
    // "Fuck this guy", "fuck the lot of them", "Fuck Smith" opening a sentence: the curse is aimed at whoever follows ("why the
    // fuck this ..." is an exclamation).
    const opens = i === 0 || (words[i] as Word).breakBefore || (words[i] as Word).pauseBefore;
    if (FUCK.has(hit.lemma) && opens && (has(DETERMINER, next) || cursedName(next)) && !next?.breakBefore)
      return { rule: 'abuse.profanity.directed', severity: 'medium', score: 0.6, target: 'someone' };
    if (nextHit && (nextHit.kinds.has('insult-strong') || nextHit.kinds.has('insult-person'))) {
      return { rule: 'abuse.profanity.directed', severity: 'medium', score: 0.6, target: 'someone' };
    }
    const cursed = cursedPeople(words, i, hit.lemma);
    if (cursed) return { rule: 'abuse.profanity.directed', severity: 'medium', score: 0.6, target: cursed };
    if (denigratingNoun(words, i, hit.lemma) || profaneModifier(words, i, hit.lemma)) return denigration();
    // Undirected strong language: a note by default, held when the site says so (`abuse.profanity: 'flag'`).
    return { rule: 'abuse.profanity', severity: 'low', score: 0.5, target: null };
  }
  if (k.has('profanity-mild')) {
    const cursed = cursedPeople(words, i, hit.lemma);
    if (cursed) return { rule: 'abuse.profanity.directed', severity: 'medium', score: 0.6, target: cursed };
    if (denigratingNoun(words, i, hit.lemma) || profaneModifier(words, i, hit.lemma)) return denigration();
  }
  return null;
}

/**
 * "the referendum was a fraud", "this whole survey is a complete fraud": the noun before the verb of being names a
 * thing (not "this", "it", or "the new treasurer") and heads the subject, and no "who" follows the crime.
 */
function thingCalledCrime(words: Word[], i: number): boolean {
  if (words[i + 1]?.text === 'who') return false;
  for (let c = i - 1; c >= 1 && i - c <= 4; c--) {
    if ((words[c + 1] as Word).breakBefore) return false;
    if (!has(COPULA, words[c])) continue;
    const head = words[c - 1] as Word;
    if ((words[c] as Word).breakBefore || has(NOT_A_SUBJECT, head)) return false;
    const what = describeSubject(head);
    if (what !== 'idea' && !(what === null && thingNoun(head.text))) return false;
    // "The writer of this column is ...", "the man behind the campaign was ...": a person anywhere in the subject.
    for (let j = c - 1; j >= 0; j--) {
      if (namesSomeone(words[j] as Word)) return false;
      if ((words[j] as Word).breakBefore) break;
    }
    const d = directionOf(words, i, true);
    return !(d.explicit && d.target !== 'idea');
  }
  return false;
}

/** "you are ignorance personified": the person right before "is"/"are" said to be the quality at `i`. */
function embodiedBy(words: Word[], i: number): Target | null {
  const is = words[i - 1];
  if (!is || (words[i] as Word).breakBefore || is.breakBefore || !has(EMBODY, is) || negated(words, i)) return null;
  const who = describeSubject(words[i - 2]);
  return who && who !== 'idea' ? who : null;
}
const EMBODY: ReadonlySet<string> = new Set(['is', 'are', 're', 'was', 'were']);
const MILD_KINDS: ReadonlySet<string> = new Set(['adjective-mild']);

/** "nut job", "nut case": a listed noun and a tail that together name a person. */
export function madePerson(words: Word[], i: number): boolean {
  const next = words[i + 1];
  return !!next && !next.breakBefore && !next.pauseBefore && has(PERSON_MAKING, next);
}
