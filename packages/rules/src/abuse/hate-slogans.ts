/**
 * The slogans, codes and denials of organised hate, written from general knowledge of them: a Nazi salute or its
 * number code ("Sieg heil!", "1488"), the Holocaust denied, wished bigger or wished finished ("The Holocaust never
 * happened.", "Six million wasn't enough.", "Hitler should have finished the job."), a chant of white supremacists
 * said as one's own ("Jews will not replace us" as its sentence), and the "echo" that marks a name as Jewish
 * ("(((globalists)))"). Each is an attack on a people whoever
 * it is said to. Said about ("they chanted 'Sieg heil'", "deniers claim the Holocaust never happened", "the white
 * power movement grew") they are news: a slogan counts only as a clause of its own, and a denial only when no one
 * else is said to make it.
 */
import type { Evidence } from '@cm/contracts';
import { hasForm as has, type Word } from '../normalize/words.js';
import { type IdentityHit, identityHit } from './identity.js';
import { HATE_SLOGANS as SLOGANS } from './lexicon/hate-slogans.js';
import { joined } from './word-runs.js';

/** Word sequences with the set of their first words. */
interface Sequences {
  seqs: readonly (readonly string[])[];
  firsts: ReadonlySet<string>;
}
const sequences = (seqs: readonly (readonly string[])[]): Sequences => ({
  seqs,
  firsts: new Set(seqs.map((seq) => seq[0] as string)),
});

const SLOGAN_RUNS = sequences(SLOGANS);

/** The Holocaust wished bigger: "six million wasn't enough", "6 million was not enough". */
const NOT_ENOUGH = sequences(
  ['6', 'six'].flatMap((n) =>
    [['wasn', 't'], ['was', 'not'], ['isn', 't'], ['is', 'not'], ['not']].map((neg) => [
      n,
      'million',
      ...neg,
      'enough',
    ]),
  ),
);

/**
 * The Holocaust wished finished: "Hitler should have finished the job", "too bad the Nazis didn't finish what they
 * started", said as the end of a clause ("didn't finish the job of conquering Britain" is history).
 */
const UNFINISHED = sequences(
  [['hitler'], ['nazis']].flatMap((who) =>
    [
      ['had', 'finished'],
      ['should', 'have', 'finished'],
      ['should', 've', 'finished'],
      ['shoulda', 'finished'],
      ['didn', 't', 'finish'],
      ['did', 'not', 'finish'],
      ['never', 'finished'],
      ['failed', 'to', 'finish'],
    ].flatMap((did) =>
      [
        ['the', 'job'],
        ['his', 'job'],
        ['their', 'job'],
        ['what', 'he', 'started'],
        ['what', 'they', 'started'],
      ].map((job) => [...who, ...did, ...job]),
    ),
  ),
);

/** The Holocaust denied: "never happened", "didn't happen", "is a hoax". */
const DENIALS = sequences([
  ['never', 'happened'],
  ['didn', 't', 'happen'],
  ['did', 'not', 'happen'],
  ...['is', 'was', 's'].flatMap((be) =>
    ['hoax', 'myth', 'lie', 'fraud', 'fabrication', 'scam', 'fiction'].map((what) => [be, 'a', what]),
  ),
  ['is', 'fake'],
  ['was', 'fake'],
  ['is', 'made', 'up'],
  ['was', 'made', 'up'],
]);

/** Words before a slogan or a denial that give it to someone else: "they chanted", "deniers claim", "the myth that". */
const REPORTING: ReadonlySet<string> = new Set(
  'say says said saying claim claims claimed claiming insist insists insisted argue argues argued believe believes think thinks myth idea lie chant chants chanted chanting shout shouts shouted shouting yell yelled yelling scream screamed sang sing singing wrote written painted sprayed scrawled tattoo tattooed deny denies denied denying denier deniers'.split(
    ' ',
  ),
);

const HOLOCAUST: ReadonlySet<string> = new Set(['holocaust', 'shoah']);

/** An echo around a name ("(((they)))", "(((Soros)))"): two letters or more and spaces, not code ("(((a + b)))"). */
const ECHO = /\(\(\(\s*\p{L}[\p{L}' ]{1,40}\s*\)\)\)/gu;

/** The hate slogans and denials of the words, each as the words that make it. */
export function findHateSlogans(words: Word[], text: string): IdentityHit[] {
  const hits: IdentityHit[] = [];
  for (let i = 0; i < words.length; i++) {
    const end = longestAt(words, i, SLOGAN_RUNS);
    if (end >= 0) {
      if (ownClause(words, i, end, text) && !reported(words, i)) hits.push(identityHit([i, end]));
      i = end;
      continue;
    }
    const bigger = longestAt(words, i, NOT_ENOUGH);
    if (bigger >= 0) {
      if (!reported(words, i)) hits.push(identityHit([i, bigger]));
      i = bigger;
      continue;
    }
    const unfinished = longestAt(words, i, UNFINISHED);
    if (unfinished >= 0) {
      if (!joined(words, unfinished + 1) && !reported(words, i)) hits.push(identityHit([i, unfinished]));
      i = unfinished;
      continue;
    }
    if (!has(HOLOCAUST, words[i])) continue;
    const denial = joined(words, i + 1) ? longestAt(words, i + 1, DENIALS) : -1;
    if (denial >= 0 && !reported(words, i)) hits.push(identityHit([i, denial]));
  }
  return hits;
}

/** Each echo in `body` ("(((they)))"), as evidence in its code units. */
export function findEchoes(body: string): Evidence[] {
  if (!body.includes('(((')) return [];
  return [...body.matchAll(ECHO)].map((m) => ({ text: m[0], start: m.index, end: m.index + m[0].length }));
}

/**
 * The last word of the longest of `list` read from word `k` on within one clause, under any spelling of each word
 * ("S1eg h3il", "H.e.i.l H.i.t.l.e.r"), or -1.
 */
function longestAt(words: Word[], k: number, list: Sequences): number {
  // Most words open none: one look-up per spelling rules them out.
  const w = words[k] as Word;
  if (!w.forms.some((f) => list.firsts.has(f))) return -1;
  let best = -1;
  for (const seq of list.seqs) {
    let n = 0;
    while (n < seq.length && (n === 0 || joined(words, k + n)) && words[k + n]?.forms.includes(seq[n] as string)) n++;
    if (n === seq.length) best = Math.max(best, k + n - 1);
  }
  return best;
}

/**
 * Whether the words [first, last] are a clause of their own: a stop, a comma or the text's end on both sides, and no
 * hyphen going on from the last ("Hitler was right-wing").
 */
function ownClause(words: Word[], first: number, last: number, text: string): boolean {
  return !joined(words, first) && !joined(words, last + 1) && text[(words[last] as Word).end] !== '-';
}

/** Whether someone else is said to say the words at `first` ("they chanted", "deniers claim", "the myth that"). */
function reported(words: Word[], first: number): boolean {
  for (let k = first - 1; k >= 0 && first - k <= 4; k--) {
    if ((words[k + 1] as Word).breakBefore) return false;
    // "I think the Holocaust is a myth": the writer's own belief is the writer's claim.
    if (has(REPORTING, words[k])) return !(has(BELIEVING, words[k]) && has(WRITER, words[k - 1]));
  }
  return false;
}
const BELIEVING: ReadonlySet<string> = new Set(['believe', 'believes', 'think', 'thinks', 'say', 'claim', 'insist']);
const WRITER: ReadonlySet<string> = new Set(['i', 'we']);
