import { wordForms } from '../../normalize/forms.js';
import type { Vocabulary } from '../../normalize/words.js';
import { PREDICATE_INSULT_NOUNS } from './denigration.js';
import { HATE_SLOGANS } from './hate-slogans.js';
import { INSULT_ADJECTIVES, INTENSIFIERS, MILD_INSULT_ADJECTIVES } from './insult-adjectives.js';
import { STRONG_INSULT_NOUNS, TARGETED_INSULT_NOUNS } from './insults.js';
import { LABEL_INSULT_NOUNS } from './labels.js';
import { MISSPELLINGS } from './misspellings.js';
import {
  ABSTRACT_INSULT_NOUNS,
  INSULTING_TAILS,
  PERSON_INSULT_NOUNS,
  POSSESSED_INSULT_NOUNS,
  STRONG_INSULT_ADJECTIVES,
} from './name-calling.js';
import { LEADER_INSULT_NAMES, PARTY_INSULT_NOUNS } from './party-names.js';
import { CLASSES, PHRASES } from './phrases.js';
import { MILD_PROFANITY, PROFANE_NAME_STEMS, PROFANE_NAME_TAILS, STRONG_PROFANITY } from './profanity.js';
import { READER_ADJECTIVES } from './reader-adjectives.js';
import { AMBIGUOUS_SLURS, UNAMBIGUOUS_SLURS } from './slurs.js';
import { pluralOfHalf, SPACED_COMPOUNDS } from './spaced-compounds.js';
import { FUNCTION_WORDS } from './targets.js';

/** What a lexicon word is. Several kinds may apply to one spelling ("twat" is an insult and profanity). */
type LexKind =
  | 'insult-strong'
  | 'insult-targeted'
  | 'insult-person'
  | 'insult-predicate'
  | 'insult-label'
  | 'adjective-strong'
  | 'insult-abstract'
  | 'insult-possessed'
  | 'adjective'
  | 'adjective-mild'
  | 'adjective-reader'
  | 'profanity'
  | 'profanity-mild'
  | 'slur'
  | 'slur-ambiguous';

export interface LexHit {
  /** The lexicon spelling that matched. */
  lemma: string;
  kinds: ReadonlySet<LexKind>;
}

/** Hyphenated or multi-word entries are stored without separators, as the tokenizer may split them. */
const key = (w: string): string => w.replaceAll('-', '');

const ENTRIES = new Map<string, Set<LexKind>>();
function add(list: readonly string[], kind: LexKind): void {
  for (const w of list) {
    const k = key(w);
    let set = ENTRIES.get(k);
    if (!set) {
      set = new Set();
      ENTRIES.set(k, set);
    }
    set.add(kind);
  }
}
add(STRONG_INSULT_NOUNS, 'insult-strong');
add(PARTY_INSULT_NOUNS, 'insult-strong');
add(LEADER_INSULT_NAMES, 'insult-strong');
add(TARGETED_INSULT_NOUNS, 'insult-targeted');
add(INSULT_ADJECTIVES, 'adjective');
add(PERSON_INSULT_NOUNS, 'insult-person');
add(PREDICATE_INSULT_NOUNS, 'insult-predicate');
add(LABEL_INSULT_NOUNS, 'insult-label');
add(STRONG_INSULT_ADJECTIVES, 'adjective-strong');
add(STRONG_INSULT_ADJECTIVES, 'adjective');
add(ABSTRACT_INSULT_NOUNS, 'insult-abstract');
add(POSSESSED_INSULT_NOUNS, 'insult-possessed');
add(MILD_INSULT_ADJECTIVES, 'adjective-mild');
add(READER_ADJECTIVES, 'adjective-reader');
add(STRONG_PROFANITY, 'profanity');
add(MILD_PROFANITY, 'profanity-mild');
add(UNAMBIGUOUS_SLURS, 'slur');
add(AMBIGUOUS_SLURS, 'slur-ambiguous');
// A plural listed on its own ("cunts" among the profanity) is still the plural of its noun: it takes the noun's kinds.
for (const [word, kinds] of ENTRIES) {
  const singular = word.endsWith('s') ? ENTRIES.get(word.slice(0, -1)) : undefined;
  if (singular) for (const k of singular) if (k.startsWith('insult')) kinds.add(k);
}

/** A misspelling read as the word it stands for, with that word's kinds: "ignoramous" is "ignoramus". */
const MISSPELLED = new Map<string, LexHit>();
for (const [wrong, right] of Object.entries(MISSPELLINGS)) {
  const kinds = ENTRIES.get(key(right));
  if (kinds && !ENTRIES.has(wrong)) MISSPELLED.set(wrong, { lemma: key(right), kinds });
}
/**
 * "fvck", "cvnt", "stvpid": a "v" written for every "u" of a listed word of four letters or more, the letter it
 * looks like (no English word is such a word so written; of three letters "dvd" would be). Looked up as the word,
 * but no spelling of the lexicon: a mask ("f***") is not read as them.
 */
const V_SPELLED = new Map<string, LexHit>();
for (const [word, kinds] of ENTRIES) {
  const vs = vSpelling(word);
  if (vs && !ENTRIES.has(vs) && !MISSPELLED.has(vs)) V_SPELLED.set(vs, { lemma: word, kinds });
}

/** A listed word with a "v" for each "u" ("fvck" of "fuck"), or null when there is none such. */
export function vSpelling(word: string): string | null {
  return word.length > 3 && word.includes('u') && ENTRIES.has(word) ? word.replaceAll('u', 'v') : null;
}

/** Every lexicon spelling with its kinds (hyphens removed), for tests that must cover the whole lexicon. */
export function lexiconEntries(): Array<{ word: string; kinds: ReadonlySet<LexKind> }> {
  return [
    ...[...ENTRIES].map(([word, kinds]) => ({ word, kinds })),
    ...[...MISSPELLED].map(([word, { kinds }]) => ({ word, kinds })),
  ];
}

const INTENSIFIER_SET: ReadonlySet<string> = new Set(INTENSIFIERS);
const FUNCTION_SET: ReadonlySet<string> = new Set(FUNCTION_WORDS);

/** The spellings a phrase slot accepts: its alternatives, a word class read as its members. */
const slotWords = (slot: string): string[] =>
  slot
    .replace(/\?$/, '')
    .split('|')
    .flatMap((alt) => (alt.startsWith('@') ? (CLASSES[alt.slice(1)] ?? []) : [alt]));

/** A phrase's slots that read a word (not the gaps, "~2"). */
const wordSlots = (pattern: string): string[] => pattern.split(' ').filter((slot) => !slot.startsWith('~'));

/**
 * Every word the phrases and hate slogans spell out (their alternatives and word classes), of two letters or more: a
 * threat spaced out letter by letter ("i w i l l k i l l y o u", "s o m e o n e s h o u l d s h o o t y o u")
 * splits back into the words its phrase reads. Only runs of single letters split into them; two fragments of a word
 * ("cl own") are still glued when the whole is listed.
 */
const PHRASE_WORDS: ReadonlySet<string> = new Set(
  [...PHRASES.flatMap((p) => wordSlots(p.pattern).flatMap(slotWords)), ...HATE_SLOGANS.flat()].filter((w) =>
    /^[a-z]{2,}$/.test(w),
  ),
);

/**
 * Every two words a phrase reads one after the other ("hands on", "a man"), past optional slots: of two splits of
 * spaced-out letters that cost the same, the one with more of them is the phrase ("get my hands on you", not
 * "hand son"; "sorry excuse for a man", not "am an").
 */
const PHRASE_PAIRS: ReadonlySet<string> = (() => {
  const pairs = new Set<string>();
  for (const slogan of HATE_SLOGANS) for (let i = 1; i < slogan.length; i++) pairs.add(`${slogan[i - 1]} ${slogan[i]}`);
  for (const { pattern } of PHRASES) {
    const slots = wordSlots(pattern);
    const words = slots.map(slotWords);
    for (let i = 0; i < slots.length; i++)
      for (let j = i + 1; j < slots.length; j++) {
        const next = words[j] as string[];
        for (const a of words[i] as string[]) for (const b of next) pairs.add(`${a} ${b}`);
        if (!(slots[j] as string).endsWith('?')) break;
      }
  }
  return pairs;
})();

const ADJECTIVE_KINDS: readonly LexKind[] = ['adjective', 'adjective-strong', 'adjective-mild'];
const INSULT_KINDS: readonly LexKind[] = ['insult-strong', 'insult-person', 'adjective', 'adjective-strong'];
const TAILS: readonly string[] = INSULTING_TAILS.map(key);
/** Plurals in "-es": after a sibilant or an "o" ("bitches", "asses", "heroes"); "rates" is not "rat" + "es". */
const ES_STEM = /(?:[sxzo]|[cs]h)es$/;
/** The shortest compound: a three-letter insult ("git") and the shortest tail. */
const MIN_COMPOUND = 3 + Math.min(...INSULTING_TAILS.map((t) => t.length));

/**
 * Spellings looked up already, with what they are: most words of a comment are everyday words that take several
 * tries to rule out (a plural, a comparative, a compound tail), and the same few thousand come back in every
 * comment. Bounded: emptied when full, so odd spellings cannot make it grow for ever.
 */
const LOOKED_UP = new Map<string, LexHit | null>();
const LOOKED_UP_MAX = 50_000;

function lookupForm(form: string): LexHit | null {
  const known = LOOKED_UP.get(form);
  if (known !== undefined) return known;
  const hit = lookupFormUncached(form);
  if (LOOKED_UP.size >= LOOKED_UP_MAX) LOOKED_UP.clear();
  LOOKED_UP.set(form, hit);
  return hit;
}

/**
 * Looks a spelling up: literally; without a plural ending ("-s", "-es", "-ies" → "-y", "-ves" → "-f", "-men" → "-man",
 * "-z"); an adjective without "-er"/"-est" ("dumber", "stupidest", "fatter"); an insult with a compound tail
 * ("idiotbrained", "moronfaced"), a mock surname's ending ("moronski") or a party's ("dummycrats").
 * No arrays or strings are built for a miss on the common path: the normalizer asks this of every piece of a
 * spaced-out run.
 */
function lookupFormUncached(form: string): LexHit | null {
  const direct = ENTRIES.get(form);
  if (direct) return { lemma: form, kinds: direct };
  if (form.length <= 3) return null;
  const spelled = MISSPELLED.get(form) ?? V_SPELLED.get(form) ?? profaneName(form);
  if (spelled) return spelled;
  const last = form.charCodeAt(form.length - 1);
  if (last === 115 /* s */) {
    const s = stemHit(form.slice(0, -1));
    if (s) return s;
    if (form.endsWith('es')) {
      const es = ES_STEM.test(form) ? stemHit(form.slice(0, -2)) : null;
      if (es) return es;
      if (form.endsWith('ies')) return stemHit(`${form.slice(0, -3)}y`);
      // "thieves", "wolves": "-f" made "-ves".
      if (form.endsWith('ves')) return stemHit(`${form.slice(0, -3)}f`);
    }
    return null;
  }
  // "niggaz", "idiotz": a plural written with "-z".
  if (last === 122 /* z */) return stemHit(form.slice(0, -1));
  if (last === 114 /* r */ && form.endsWith('er')) return comparative(form.slice(0, -2), form.slice(0, -1));
  if (last === 116 /* t */ && form.endsWith('est')) return comparative(form.slice(0, -3), form.slice(0, -2));
  if (last === 116 /* t */ && form.endsWith('crat')) return partyBlend(form.slice(0, -4));
  if (last === 100 /* d */ && form.endsWith('tard')) return coinedTard(form) ?? compound(form);
  if (last === 110 /* n */ && form.endsWith('men')) {
    // "conmen", "madmen": the plural of a listed "-man".
    const men = stemHit(`${form.slice(0, -3)}man`);
    if (men) return men;
  }
  if (last === 100 /* d */ || last === 101 /* e */ || last === 108 /* l */ || last === 110 /* n */) {
    return compound(form);
  }
  // "-ski", "-sky": i is 105, y is 121.
  if ((last === 105 || last === 121) && form.endsWith('sk', form.length - 1)) return mockSurname(form);
  return null;
}

/**
 * A party's "-crat" grafted onto an insult ("dummycrat", "dumbocrat", "moronocrat"): a name coined for the party's
 * people, like those of `party-names.ts`. The stem, without a linking "o", must be a listed insult of four letters or
 * more, so "democrat", "bureaucrat", "autocrat" and "technocrat" stay words.
 */
function partyBlend(stem: string): LexHit | null {
  const bare = stem.endsWith('o') ? stem.slice(0, -1) : stem;
  for (const s of [stem, bare]) {
    const kinds = s.length >= 4 ? ENTRIES.get(s) : undefined;
    if (kinds && INSULT_KINDS.some((k) => kinds.has(k))) return { lemma: `${s}crat`, kinds: STRONG };
  }
  return null;
}

/**
 * An insult dressed up as a surname with "-ski" or "-sky" ("moronski", "idiotsky", "dumbski"): the jokey ending keeps
 * the word what it was. The stem must be a whole listed noun or adjective of four letters or more, so surnames that
 * merely end so ("Kaminski", "Trotsky") are no insult.
 */
function mockSurname(form: string): LexHit | null {
  const stem = form.slice(0, -3);
  if (stem.length < 4) return null;
  const kinds = ENTRIES.get(stem);
  return kinds && INSULT_KINDS.some((k) => kinds.has(k)) ? { lemma: stem, kinds } : null;
}

/** "dumb" + "er", "fatt" + "er" (doubled), "dens" + "er" ("dense"), "stupid" + "est", "lazi" + "est" ("lazy"). */
function comparative(stem: string, withE: string): LexHit | null {
  if (stem.length < 3) return null;
  const n = stem.length;
  return (
    adjectiveHit(stem) ??
    adjectiveHit(withE) ??
    (stem.charCodeAt(n - 1) === stem.charCodeAt(n - 2) ? adjectiveHit(stem.slice(0, -1)) : null) ??
    (stem.charCodeAt(n - 1) === 105 /* i */ ? adjectiveHit(`${stem.slice(0, -1)}y`) : null)
  );
}

function adjectiveHit(w: string): LexHit | null {
  const kinds = ENTRIES.get(w);
  return kinds && ADJECTIVE_KINDS.some((k) => kinds.has(k)) ? { lemma: w, kinds } : null;
}

/** An insult glued to a tail that keeps it an insult: "idiotbrained", "moronfaced", "dickheaded". */
function compound(form: string): LexHit | null {
  if (form.length < MIN_COMPOUND) return null;
  for (const tail of TAILS) {
    if (form.length <= tail.length + 2 || !form.endsWith(tail)) continue;
    const head = ENTRIES.get(form.slice(0, -tail.length));
    if (head && INSULT_KINDS.some((k) => head.has(k))) return { lemma: form, kinds: ADJECTIVE_STRONG };
  }
  return null;
}
const ADJECTIVE_STRONG: ReadonlySet<LexKind> = new Set<LexKind>(['adjective-strong', 'adjective']);

function stemHit(stem: string): LexHit | null {
  const hit = ENTRIES.get(stem);
  if (hit) return { lemma: stem, kinds: hit };
  return MISSPELLED.get(stem) ?? V_SPELLED.get(stem) ?? coinedTard(stem) ?? coinedName(stem) ?? profaneName(stem);
}

/**
 * A curse glued to a tail that makes a name for a person of it ("assfucker", "cuntface", "shitbag"): a strong
 * insult. The word must be the two and nothing else; nothing is built for a miss.
 */
function profaneName(form: string): LexHit | null {
  for (const stem of PROFANE_NAME_STEMS) {
    if (!form.startsWith(stem)) continue;
    for (const tail of PROFANE_NAME_TAILS)
      if (form.length === stem.length + tail.length && form.endsWith(tail)) return { lemma: form, kinds: STRONG };
  }
  return null;
}

/** The plural's stem is a coined name: "dummycrat(s)", "moronski(s)", "idiotsk(ies)". */
function coinedName(stem: string): LexHit | null {
  if (stem.endsWith('crat')) return partyBlend(stem.slice(0, -4));
  return stem.endsWith('ski') || stem.endsWith('sky') ? mockSurname(stem) : null;
}

/** Words that end in "-tard" and are no insult. */
const TARD_WORDS: ReadonlySet<string> = new Set([
  'leotard',
  'unitard',
  'mustard',
  'custard',
  'bustard',
  'dastard',
  'costard',
]);
const STRONG: ReadonlySet<LexKind> = new Set<LexKind>(['insult-strong']);

/** A name coined with "-tard" ("demtard", "greentard", "repubtard"), from three letters before it. */
function coinedTard(form: string): LexHit | null {
  if (form.length < 7 || !form.endsWith('tard') || TARD_WORDS.has(form)) return null;
  return { lemma: form, kinds: STRONG };
}

/** Looks a word up under all its spellings; the first spelling that is a lexicon word wins. */
export function lookupWord(forms: readonly string[]): LexHit | null {
  for (let i = 0; i < forms.length; i++) {
    const hit = lookupForm(forms[i] as string);
    if (hit) return hit;
  }
  return null;
}

/** Whether a lexicon word names a person by what they are ("idiot", "pig", "liar"), not an adjective ("dumb"). */
export function namesPerson(hit: LexHit): boolean {
  const k = hit.kinds;
  return k.has('insult-strong') || k.has('insult-person') || k.has('insult-targeted');
}

export function isIntensifier(forms: readonly string[]): boolean {
  for (let i = 0; i < forms.length; i++) if (INTENSIFIER_SET.has(forms[i] as string)) return true;
  return false;
}

/**
 * Verbs of violence that threats are written with, and masked like curses ("go k*ll yourself", "I hope you d*e"):
 * no lexicon words (the phrases and harm checks read them in context), but a mask may stand for them.
 */
export const MASKED_VERBS: readonly string[] = [
  'kill',
  'kills',
  'killed',
  'die',
  'dies',
  'died',
  'shoot',
  'shot',
  'hang',
  'hanged',
  'stab',
  'stabbed',
  'rape',
  'raped',
  'murder',
  'lynch',
  'drown',
  'burn',
];

// Masked words ("c*nt", "f***", "k*ll"): index lexicon words (and their common misspellings) and the masked verbs by
// length and first letter, so resolving a mask scans only the few words it could be.
const BY_SHAPE = new Map<string, string[]>();
for (const w of new Set([...ENTRIES.keys(), ...MISSPELLED.keys(), ...MASKED_VERBS])) {
  const k = `${w.length}:${w[0]}`;
  const list = BY_SHAPE.get(k);
  if (list) list.push(w);
  else BY_SHAPE.set(k, [w]);
}
/** The kinds a mask is read as first: the words people mask most ("f***", "c*nt", "n****r"). */
const MASKED_FIRST: ReadonlySet<LexKind> = new Set(['insult-strong', 'profanity', 'slur']);
/** A mask that fits more listed words than this says nothing about which one is meant. */
const MAX_READINGS = 3;

/**
 * The listed words a masked spelling may stand for: those of its length and first letter whose letters agree
 * wherever the mask shows one. The most masked kinds are tried first ("s**t" is "shit", not also "slut" and
 * "scut"); then every listed word and masked verb ("p*ssy", "id*ot", "k*ll"), as long as the mask fits few of them.
 */
function unmask(masked: string): string[] {
  const first = masked[0];
  if (first === undefined || first === '*' || masked.length > 20) return [];
  let stars = 0;
  for (let i = 0; i < masked.length; i++) if (masked.charCodeAt(i) === 0x2a) stars++;
  if (stars === 0 || stars >= masked.length) return [];
  const strong: string[] = [];
  const any: string[] = [];
  for (const w of BY_SHAPE.get(`${masked.length}:${first}`) ?? []) {
    let fits = true;
    for (let i = 0; i < w.length && fits; i++) if (masked[i] !== '*' && masked[i] !== w[i]) fits = false;
    if (!fits) continue;
    any.push(w);
    const kinds = ENTRIES.get(w) ?? MISSPELLED.get(w)?.kinds;
    if (kinds && [...kinds].some((k) => MASKED_FIRST.has(k))) strong.push(w);
  }
  if (strong.length > 0) return strong.length <= MAX_READINGS ? strong : [];
  return any.length <= MAX_READINGS ? any : [];
}

const MASKED_VERB_SET: ReadonlySet<string> = new Set(MASKED_VERBS);

/** First halves of SPACED_COMPOUNDS by the spellings of their second half, singular and plural ("head", "heads"). */
const SPACED_FIRSTS: ReadonlyMap<string, ReadonlySet<string>> = (() => {
  const out = new Map<string, Set<string>>();
  for (const compound of SPACED_COMPOUNDS) {
    const [first, second] = compound.split(' ') as [string, string];
    for (const half of [second, pluralOfHalf(second)]) out.set(half, (out.get(half) ?? new Set()).add(first));
  }
  return out;
})();

/** The first letters of the second halves: one test rules most words out (a l33t digit or symbol first is tried). */
const SPACED_OPENINGS: ReadonlySet<number> = new Set([...SPACED_FIRSTS.keys()].map((half) => half.charCodeAt(0)));

/**
 * Whether `a` then `b`, written apart, are a listed compound ("dick head", "d1ck h3ads", "diiick heeead"): each half
 * under every spelling it may stand for. Most words are no second half, and most have one spelling.
 */
function spacedCompound(a: string, b: string): boolean {
  let firsts = SPACED_FIRSTS.get(b);
  const opening = b.charCodeAt(0);
  if (!firsts && (SPACED_OPENINGS.has(opening) || opening < 0x61)) {
    for (const f of wordForms(b)) firsts ??= SPACED_FIRSTS.get(f);
  }
  if (!firsts) return false;
  if (firsts.has(a)) return true;
  return wordForms(a).some((f) => firsts.has(f));
}

/**
 * The vocabulary that normalization uses to split spaced-out letters and resolve masks. The verbs of violence count
 * as words worth gluing back ("sh oot", "mur-der"): the threat phrases read them.
 */
export const ABUSE_VOCABULARY: Vocabulary = {
  has: (w) => FUNCTION_SET.has(w) || lookupForm(w) !== null,
  splits: (w) => FUNCTION_SET.has(w) || PHRASE_WORDS.has(w) || lookupForm(w) !== null,
  together: (a, b) => PHRASE_PAIRS.has(`${a} ${b}`),
  unmask,
  flagged: (w) => lookupForm(w) !== null || MASKED_VERB_SET.has(w),
  apart: spacedCompound,
};
