import { DEFAULT_POLICY, type Evidence, type ResolvedPolicy, type Severity } from '@cm/contracts';
import type { Analysis } from '../engine/analysis.js';
import { evidence, type Finding } from '../engine/reason.js';
import { hasForm as has, type Word } from '../normalize/words.js';
import {
  aimedAt,
  denigration,
  judgeAdjective,
  judgeStrongAdjective,
  NOTE_SCORE,
  named,
  orVerdict,
} from './adjectives.js';
import { fondlyTakenBack } from './banter.js';
import { calledPerson } from './called-people.js';
import { findContempt } from './contempt-idioms.js';
import { reportedWrongdoer } from './crime-reports.js';
import { denigratedPerson } from './criticism.js';
import { fondOf, gradesQuality } from './degree-words.js';
import { deniedClaim } from './denied-claims.js';
import { directionOf, isCompoundHead } from './directedness.js';
import { findRetorts } from './dismissals.js';
import { echoedCall } from './echoed-calls.js';
import { findExclusionCalls } from './exclusion-calls.js';
import { demonstrated, personFrame, speaks } from './frames.js';
import { friendlyWord } from './friendly-words.js';
import { findGroupStereotypes } from './group-stereotypes.js';
import { findHarm } from './harm.js';
import { findIdentityAttacks } from './identity.js';
import { findGroupGeneralizations } from './identity-attacks.js';
import { findIdentitySmears } from './identity-smears.js';
import { insultNotAimed } from './insult-phrase-context.js';
import { labelledTarget } from './labels.js';
import { type LexHit, lookupWord, namesPerson } from './lexicon/index.js';
import {
  ADJECTIVES_AS_NOUNS,
  INSULTING_TAILS,
  PERSON_MAKING_TAILS,
  PERSON_NOUN_COMPOUND_TAILS,
  VERB_LIKE_NOUNS,
} from './lexicon/name-calling.js';
import type { PhraseKind } from './lexicon/phrases.js';
import { SECOND_PERSON } from './lexicon/targets.js';
import { literalUse, verbUse } from './literal-uses.js';
import { longSubjectSucks } from './long-subjects.js';
import { findMentalInsults } from './mental-insults.js';
import { type Hit, merge } from './merge.js';
import { findNamesToMind } from './names-to-mind.js';
import { nounedSlur } from './nouned-slurs.js';
import { findOrders } from './orders.js';
import { ownerOf, qualityOfIdea } from './owners.js';
import { saidOfSome } from './partial-generalizations.js';
import { saidOfPeople } from './person-predicates.js';
import { findPhrases } from './phrase-matcher.js';
import { slurNamingPeople } from './pointed-slurs.js';
import {
  cursedName,
  cursedPeople,
  DETERMINER,
  denigratingNoun,
  myArse,
  profaneModifier,
  sucksAt,
} from './profane-use.js';
import { reportedQuote } from './quoted.js';
import { refuseCollected } from './refuse-collection.js';
import { reportedOrMentioned } from './reported.js';
import { saidToReader } from './said-to-reader.js';
import { aimedAtSelf } from './self-reference.js';
import { findSendOffs } from './send-offs.js';
import { insultStart, phraseEvidenceRanges } from './spans.js';
import { describeSubject, type Target } from './subject-words.js';
import { sentenceSubject } from './subjects.js';
import { violentWords } from './threat-evidence.js';
import { negated } from './verdict.js';
import { findViolenceCalls } from './violence-calls.js';
import {
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
import { writerDoes } from './writer-subjects.js';

/** The site's choices for abuse: whose name-calling acts, and whether undirected strong profanity does. */
export type AbuseOptions = ResolvedPolicy['abuse'];

const AUTHOR_WORDS: ReadonlySet<string> = new Set([
  'author',
  'writer',
  'columnist',
  'journalist',
  'reporter',
  'editor',
]);
const YOU_WORDS: ReadonlySet<string> = new Set(SECOND_PERSON);
const THING_WORDS: ReadonlySet<string> = new Set(['this', 'that', 'it', 'its', 'the']);
/** Before a phrase that also names an animal, words that make it the animal: "my lap dog", "a lap dog". */
const PET_OWNERS: ReadonlySet<string> = new Set([...THING_WORDS, 'a', 'an', 'my', 'our', 'her', 'your', 'their']);
const INSULT_TAIL: ReadonlySet<string> = new Set(INSULTING_TAILS);
const PERSON_MAKING: ReadonlySet<string> = new Set(PERSON_MAKING_TAILS);
const PERSON_TAIL: ReadonlySet<string> = new Set(PERSON_NOUN_COMPOUND_TAILS);
const VERB_LIKE: ReadonlySet<string> = new Set(VERB_LIKE_NOUNS);
const AS_NOUN: ReadonlySet<string> = new Set(ADJECTIVES_AS_NOUNS);
const SUCK: ReadonlySet<string> = new Set(['suck', 'sucks', 'sucked']);
/** "fuck" and its listed spellings ("F^ck Trump!" is read as "fck"). */
const FUCK: ReadonlySet<string> = new Set(['fuck', 'fck', 'fuk', 'phuck']);

const PHRASE_RULES: Record<PhraseKind, { rule: string; severity: Severity; what: string }> = {
  'self-harm': { rule: 'abuse.self-harm', severity: 'critical', what: 'Incitement to self-harm' },
  threat: { rule: 'abuse.threat', severity: 'critical', what: 'Threat of violence or intimidation' },
  harassment: { rule: 'abuse.harassment', severity: 'high', what: 'Harassment' },
  profanity: { rule: 'abuse.profanity.directed', severity: 'medium', what: 'Profanity aimed at' },
  insult: { rule: 'abuse.insult.directed', severity: 'medium', what: 'Insult aimed at' },
};

/**
 * The abuse check: lexicon words judged by who they are aimed at, plus phrases for threats, self-harm,
 * harassment and directed profanity. Every hit carries the original words as evidence.
 */
export function checkAbuse(a: Analysis, options: AbuseOptions = DEFAULT_POLICY.abuse): Finding[] {
  const hits: Hit[] = [];
  const words = a.words;

  for (const m of findPhrases(words)) {
    // "your Dick Smith store": a body word that is part of a name.
    if (reportedQuote(a, m.first, m.last) || (m.spec.kind === 'harassment' && partOfName(a, m.last))) continue;
    // "Kill them all? That's not justice.": a call echoed to be refuted (an incitement to self-harm stays).
    if (m.spec.kind !== 'self-harm' && echoedCall(a, m.first, m.last)) continue;
    // "I could never jump off that cliff": the writer's own deed incites no one.
    if (m.spec.kind === 'self-harm' && writerDoes(words, m.first)) continue;
    // "Accidents happen to people like you and me": "you and me" takes the writer in, and threatens no one.
    if (m.spec.kind === 'threat' && withWriter(words, m.last)) continue;
    // "Lucky old bastard, enjoy it!": a friend's name for someone envied.
    if ((m.spec.kind === 'profanity' || m.spec.kind === 'insult') && friendlyWord(words, m.last)) continue;
    const r = PHRASE_RULES[m.spec.kind];
    let target: Target | null = null;
    if (m.spec.kind === 'insult') {
      // "a piece of garbage" names a person only when it is aimed at one, not at a car or a policy.
      const d = directionOf(words, m.first, true);
      const before = words[m.first - 1];
      const owned = m.spec.animal ? PET_OWNERS : THING_WORDS;
      const thing = !m.spec.person && before && !(words[m.first] as Word).breakBefore && has(owned, before);
      if (thing || d.target === 'idea' || sentenceSubject(words, m.first) === 'idea') continue;
      // "I was a horrible person", "nobody is calling you a waste of space", "he called them pieces of trash".
      if (insultNotAimed(words, m.first)) continue;
      let said: Target = aimedAt(d, false);
      for (let k = m.first; k <= m.last; k++) if (has(YOU_WORDS, words[k])) said = 'reader';
      if (said !== 'reader' && reportedWrongdoer(words, m.first, m.last, null)) continue;
      const h = named(said, m.spec.score + 0.1);
      for (const [from, to] of phraseEvidenceRanges(words, m.first, m.last))
        hits.push({ ...h, ev: wordsEvidence(a, from, to) });
      continue;
    }
    for (let k = m.first; k <= m.last; k++) {
      const w = words[k] as Word;
      if (has(AUTHOR_WORDS, w)) target = 'author';
      else if (!target && has(YOU_WORDS, w)) target = 'reader';
    }
    // Profanity aimed at someone shows the curse ("fuck" of "fuck off"); threats and harassment the whole phrase.
    // A call for violence shows the violence without the call ("Someone should [slit his throat]").
    const ranges =
      m.spec.kind === 'profanity'
        ? phraseEvidenceRanges(words, m.first, m.last, true)
        : m.spec.kind === 'threat'
          ? [violentWords(words, m.first, m.last)]
          : [[m.first, m.last]];
    for (const [from, to] of ranges)
      hits.push({
        rule: r.rule,
        severity: r.severity,
        score: m.spec.score,
        target,
        ev: wordsEvidence(a, from as number, to as number),
      });
  }

  for (const [first, last, kind] of findOrders(words)) {
    if (echoedCall(a, first, last)) continue;
    const r = PHRASE_RULES[kind];
    const score = kind === 'threat' ? 0.85 : 0.7;
    hits.push({ rule: r.rule, severity: r.severity, score, target: 'someone', ev: wordsEvidence(a, first, last) });
  }

  // "Bite me.", "Get bent, pal.", "Shut up.", "Nobody asked you.": a retort brushing off whoever is addressed.
  for (const [first, last] of [...findRetorts(words), ...findSendOffs(words)]) {
    if (reportedQuote(a, first, last)) continue;
    const ev = wordsEvidence(a, first, last);
    hits.push({ rule: 'abuse.harassment', severity: 'high', score: 0.6, target: 'someone', ev });
  }

  for (const h of [...findHarm(words), ...findViolenceCalls(words)]) {
    if (reportedQuote(a, h.first, h.last) || echoedCall(a, h.first, h.last)) continue;
    const [from, to] = h.rule === 'abuse.threat' ? violentWords(words, h.first, h.last) : [h.first, h.last];
    hits.push({
      rule: h.rule,
      severity: 'critical',
      score: h.score,
      target: h.target,
      ev: wordsEvidence(a, from, to),
    });
  }

  // "The word 'idiot' comes to mind": the name is mentioned on purpose, so no mention or quote excuses it.
  for (const c of findNamesToMind(words)) {
    for (const [from, to] of c.spans) hits.push({ ...named(c.target, 0.7), ev: wordsEvidence(a, from, to) });
  }

  // "liberals are mentally ill", "you are clearly mentally disturbed".
  for (const m of findMentalInsults(words)) {
    if (reportedQuote(a, m.first, m.last) || reportedOrMentioned(words, m.first)) continue;
    hits.push({ ...named(m.target, 0.75), ev: wordsEvidence(a, m.first, m.last) });
  }

  // "you make me sick", "you are beyond help", "the plan is stupid and so are you", "he's a drunk".
  for (const c of findContempt(words)) {
    const [first, last] = c.spans[0] as [number, number];
    if (reportedQuote(a, first, last) || reportedOrMentioned(words, first)) continue;
    for (const [from, to] of c.spans) hits.push({ ...named(c.target, 0.8), ev: wordsEvidence(a, from, to) });
  }

  const groupAttacks = [
    ...findIdentityAttacks(words),
    ...findGroupGeneralizations(words),
    ...findGroupStereotypes(words),
    ...findExclusionCalls(words),
    ...findIdentitySmears(words, a.folded.text),
  ];
  for (const h of groupAttacks) {
    const [first, last] = [h.spans[0]?.[0] ?? 0, h.spans.at(-1)?.[1] ?? 0];
    if (reportedQuote(a, first, last) || echoedCall(a, first, last)) continue;
    const ev = h.spans.map(([first, last]) => wordsEvidence(a, first, last));
    for (const e of ev) hits.push({ rule: h.rule, severity: h.severity, score: h.score, target: 'group', ev: e });
  }

  for (let i = 0; i < words.length; i++) {
    const w = words[i] as Word;
    const hit = lookupWord(w.forms);
    const h = hit
      ? judgeWord(a, i, hit)
      : has(SUCK, w) && (sucksAt(words, i) || longSubjectSucks(words, i))
        ? denigration()
        : null;
    if (!h || reportedOrMentioned(words, i)) continue;
    const excused =
      h.rule !== 'abuse.slur' &&
      (aimedAtSelf(words, i) ||
        deniedClaim(words, i) ||
        saidOfSome(words, i) ||
        friendlyWord(words, i) ||
        fondlyTakenBack(words, i) ||
        (hit !== null && refuseCollected(words, i, hit.lemma)));
    if (excused) continue;
    if (reportedQuote(a, i, i) || verbUse(words, i, hit) || gradesQuality(words, i) || fondOf(words, i)) continue;
    if (h.rule !== 'abuse.slur' && h.target !== 'reader' && literalUse(words, i, hit)) continue;
    // "Police arrested a thug", "he played the village idiot": the person in a crime report, a part acted.
    if (h.rule === 'abuse.insult.directed' && h.target !== 'reader' && reportedWrongdoer(words, i, i, hit)) continue;
    const aimed = h.rule === 'abuse.denigration' ? denigratedPerson(words, i) : null;
    if (aimed) Object.assign(h, named(aimed, 0.7));
    if ((h.rule === 'abuse.denigration' || h.rule === 'abuse.criticism') && options.criticism === 'note') {
      h.score = NOTE_SCORE;
      h.severity = 'low';
    }
    if (h.rule === 'abuse.profanity' && options.profanity === 'allow') h.score = Math.min(h.score, NOTE_SCORE);
    // "idiot-brained": the tail is part of the insult.
    const next = words[i + 1];
    const joined = next && has(INSULT_TAIL, next) && a.folded.text.slice(w.end, next.start) === '-';
    // "nut job", "nut case": the tail is part of the insult, written apart too.
    const last = joined || (hit && madePerson(words, i)) ? i + 1 : i;
    const first = h.rule === 'abuse.insult.directed' && hit && namesPerson(hit) ? insultStart(words, i) : i;
    hits.push({
      rule: h.rule,
      severity: h.severity,
      score: h.score,
      target: h.target,
      ev: wordsEvidence(a, first, last),
    });
  }
  // A site that holds only insults aimed at readers keeps the others, from words and phrases alike, as notes.
  if (options.nameCalling === 'reader')
    for (const h of hits)
      if (h.rule === 'abuse.insult.directed' && h.target !== 'reader') {
        h.score = Math.min(h.score, NOTE_SCORE);
        h.severity = 'low';
      }
  return merge(hits);
}

/**
 * "you and me", "you and I,": the reader at `last` joined with the writer. "I" only ending its clause: in "he would
 * kill you and I meant it" it opens the next one.
 */
function withWriter(words: Word[], last: number): boolean {
  const and = words[last + 1];
  const me = words[last + 2];
  if (!has(YOU_WORDS, words[last]) || and?.text !== 'and' || and.breakBefore || !me || me.breakBefore) return false;
  if (me.text !== 'i') return has(WRITER, me);
  const after = words[last + 3];
  return !after || after.breakBefore || after.pauseBefore;
}
const WRITER: ReadonlySet<string> = new Set(['me', 'us', 'myself']);

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
function madePerson(words: Word[], i: number): boolean {
  const next = words[i + 1];
  return !!next && !next.breakBefore && !next.pauseBefore && has(PERSON_MAKING, next);
}

/** Evidence for the words [first, last] of the analysis. */
function wordsEvidence(a: Analysis, first: number, last: number): Evidence {
  return evidence(a.body, a.folded, (a.words[first] as Word).start, (a.words[last] as Word).end);
}

function judgeWord(a: Analysis, i: number, hit: LexHit): Omit<Hit, 'ev'> | null {
  const words = a.words;
  const k = hit.kinds;
  const w = words[i] as Word;
  if ((k.has('slur') || k.has('slur-ambiguous')) && (partOfName(a, i) || innocentPhrase(words, i))) {
    return null;
  }
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
    // Strong insults are insults even without a visible target ("who let this idiot write").
    return named(plural ? 'group' : 'someone', 0.65);
  }
  if (k.has('insult-person')) {
    // "found the force racist, misogynist and homophobic": among describing words, an "-ist" describes too.
    if (listedAmongAdjectives(words, i)) return judgeAdjective(words, i, MILD_KINDS);
    // A person noun names a person whatever surrounds it; only a few compounds ("dummy run") are plain words.
    if (has(PERSON_TAIL, words[i + 1]) && !(words[i + 1] as Word).pauseBefore) return null;
    if (VERB_LIKE.has(hit.lemma) && usedAsVerb(words, i)) return null;
    return named(aimedAt(directionOf(words, i, true), plural), 0.8);
  }
  if (k.has('insult-label')) {
    const labelled = labelledTarget(words, i);
    return labelled ? named(labelled, 0.75) : null;
  }
  if (k.has('insult-predicate') && !k.has('insult-targeted')) {
    // "he is a disgrace", "you're a joke": said of a person; "the result is a disgrace" is criticism, and so is
    // "both are failures of the same system".
    if (ofAThing(words, i)) return null;
    const d = directionOf(words, i, true);
    return d.explicit && d.target !== 'idea' && d.target !== 'someone' ? named(d.target as Target, 0.75) : null;
  }
  if (k.has('slur-ambiguous') || k.has('insult-targeted')) {
    // "Go away pig.", "such garbage in the highest office": a frame that names a person, whatever else the noun does.
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
    if (owner) return named(owner, 0.7);
    // "you are ignorance personified", "he is arrogance itself": a person said to be the quality.
    const embodied = embodiedBy(words, i);
    if (embodied) return named(embodied, 0.7);
    // "such stupidity": stupidity is an insult wherever it is, unless said of an idea (above); ignorance or hypocrisy
    // only when someone's.
    return k.has('insult-abstract') ? named('someone', 0.55) : null;
  }
  // "a racist for president", "hit the racists": the adjective used as a noun names a person.
  if (AS_NOUN.has(hit.lemma) && usedAsNoun(words, i, plural))
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
