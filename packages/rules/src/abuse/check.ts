import { DEFAULT_POLICY, type Evidence, type ResolvedPolicy, type Severity } from '@cm/contracts';
import type { Analysis } from '../engine/analysis.js';
import { evidence, type Finding } from '../engine/reason.js';
import { hasForm as has, type Word } from '../normalize/words.js';
import { aimedAt, denigration, NOTE_SCORE, named } from './adjectives.js';
import { fondlyTakenBack } from './banter.js';
import { findContempt } from './contempt-idioms.js';
import { reportedWrongdoer } from './crime-reports.js';
import { denigratedPerson } from './criticism.js';
import { fondOf, gradesQuality } from './degree-words.js';
import { deniedClaim } from './denied-claims.js';
import { directionOf } from './directedness.js';
import { findRetorts } from './dismissals.js';
import { findPostedAddresses } from './doxxing.js';
import { echoedCall } from './echoed-calls.js';
import { findExclusionCalls } from './exclusion-calls.js';
import { friendlyWord } from './friendly-words.js';
import { findGestures } from './gestures.js';
import { findGroupStereotypes } from './group-stereotypes.js';
import { findHarm } from './harm.js';
import { findEchoes, findHateSlogans } from './hate-slogans.js';
import { findIdentityAttacks } from './identity.js';
import { findGroupGeneralizations } from './identity-attacks.js';
import { findIdentitySmears } from './identity-smears.js';
import { insultNotAimed } from './insult-phrase-context.js';
import { lookupWord, namesPerson } from './lexicon/index.js';
import { INSULTING_TAILS } from './lexicon/name-calling.js';
import type { PhraseKind } from './lexicon/phrases.js';
import { AUTHOR_TITLES, SECOND_PERSON } from './lexicon/targets.js';
import { literalUse, verbUse } from './literal-uses.js';
import { longSubjectSucks } from './long-subjects.js';
import { findMentalInsults } from './mental-insults.js';
import { type Hit, merge } from './merge.js';
import { findNamesToMind } from './names-to-mind.js';
import { findOrders } from './orders.js';
import { saidOfSome } from './partial-generalizations.js';
import { findPhrases } from './phrase-matcher.js';
import { sucksAt } from './profane-use.js';
import { reportedQuote } from './quoted.js';
import { refuseCollected } from './refuse-collection.js';
import { reportedOrMentioned } from './reported.js';
import { aimedAtSelf } from './self-reference.js';
import { findSendOffs } from './send-offs.js';
import { insultStart, phraseEvidenceRanges } from './spans.js';
import type { Target } from './subject-words.js';
import { sentenceSubject } from './subjects.js';
import { creaturesMeant, inTheFoot, thingDoes } from './thing-doers.js';
import { violentWords } from './threat-evidence.js';
import { findViolenceCalls } from './violence-calls.js';
import { judgeWord, madePerson } from './word-judgement.js';
import { partOfName } from './word-uses.js';
import { writerDoes } from './writer-subjects.js';

/** The site's choices for abuse: whose name-calling acts, and whether undirected strong profanity does. */
export type AbuseOptions = ResolvedPolicy['abuse'];

const AUTHOR_WORDS: ReadonlySet<string> = new Set(AUTHOR_TITLES);
const YOU_WORDS: ReadonlySet<string> = new Set(SECOND_PERSON);
const THING_WORDS: ReadonlySet<string> = new Set(['this', 'that', 'it', 'its', 'the']);
/** Before a phrase that also names an animal, words that make it the animal: "my lap dog", "a lap dog". */
const PET_OWNERS: ReadonlySet<string> = new Set([...THING_WORDS, 'a', 'an', 'my', 'our', 'her', 'your', 'their']);
const INSULT_TAIL: ReadonlySet<string> = new Set(INSULTING_TAILS);
const SUCK: ReadonlySet<string> = new Set(['suck', 'sucks', 'sucked']);

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
    if (m.spec.kind === 'self-harm' && (writerDoes(words, m.first) || inTheFoot(words, m.last))) continue;
    // "Smoking will kill you", "this heat will kill him": a thing does the harm, a warning.
    if (m.spec.kind === 'threat' && thingDoes(words, m.first, m.last)) continue;
    // "If the deer eat the hedges again we will kill them": creatures named before, no person.
    if (m.spec.kind === 'threat' && creaturesMeant(words, m.first, m.last)) continue;
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

  // "🖕": the gesture says "fuck you" to whoever is addressed.
  for (const ev of findGestures(a.body))
    hits.push({ rule: 'abuse.profanity.directed', severity: 'medium', score: 0.6, target: 'someone', ev });
  // "Here's his home address: 12 Elm Street": a home exposed.
  for (const ev of findPostedAddresses(a.body))
    hits.push({ rule: 'abuse.harassment', severity: 'high', score: 0.75, target: 'someone', ev });
  // "(((globalists)))": the echo that marks a name as Jewish.
  for (const ev of findEchoes(a.body))
    hits.push({ rule: 'abuse.identity-attack', severity: 'high', score: 0.8, target: 'group', ev });

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
    ...findHateSlogans(words, a.folded.text),
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

/** Evidence for the words [first, last] of the analysis. */
function wordsEvidence(a: Analysis, first: number, last: number): Evidence {
  return evidence(a.body, a.folded, (a.words[first] as Word).start, (a.words[last] as Word).end);
}
