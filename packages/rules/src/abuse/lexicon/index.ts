import type { Vocabulary } from '../../normalize/words.js';
import {
  INSULT_ADJECTIVES,
  INTENSIFIERS,
  MILD_INSULT_ADJECTIVES,
  STRONG_INSULT_NOUNS,
  TARGETED_INSULT_NOUNS,
} from './insults.js';
import { MILD_PROFANITY, STRONG_PROFANITY } from './profanity.js';
import { AMBIGUOUS_SLURS, UNAMBIGUOUS_SLURS } from './slurs.js';
import { FUNCTION_WORDS } from './targets.js';

/** What a lexicon word is. Several kinds may apply to one spelling ("twat" is an insult and profanity). */
type LexKind =
  | 'insult-strong'
  | 'insult-targeted'
  | 'adjective'
  | 'adjective-mild'
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
add(TARGETED_INSULT_NOUNS, 'insult-targeted');
add(INSULT_ADJECTIVES, 'adjective');
add(MILD_INSULT_ADJECTIVES, 'adjective-mild');
add(STRONG_PROFANITY, 'profanity');
add(MILD_PROFANITY, 'profanity-mild');
add(UNAMBIGUOUS_SLURS, 'slur');
add(AMBIGUOUS_SLURS, 'slur-ambiguous');

const INTENSIFIER_SET: ReadonlySet<string> = new Set(INTENSIFIERS);
const FUNCTION_SET: ReadonlySet<string> = new Set(FUNCTION_WORDS);

/**
 * Looks a spelling up, literally then without a plural ending ("-s", "-es", "-ies" → "-y"). No arrays or strings
 * are built for a miss: the normalizer asks this of every piece of a spaced-out run.
 */
function lookupForm(form: string): LexHit | null {
  const direct = ENTRIES.get(form);
  if (direct) return { lemma: form, kinds: direct };
  if (form.length <= 3 || form.charCodeAt(form.length - 1) !== 115 /* s */) return null;
  const s = stemHit(form.slice(0, -1));
  if (s) return s;
  if (!form.endsWith('es')) return null;
  const es = stemHit(form.slice(0, -2));
  if (es) return es;
  return form.endsWith('ies') ? stemHit(`${form.slice(0, -3)}y`) : null;
}

function stemHit(stem: string): LexHit | null {
  const hit = ENTRIES.get(stem);
  return hit ? { lemma: stem, kinds: hit } : null;
}

/** Looks a word up under all its spellings; the first spelling that is a lexicon word wins. */
export function lookupWord(forms: readonly string[]): LexHit | null {
  for (const f of forms) {
    const hit = lookupForm(f);
    if (hit) return hit;
  }
  return null;
}

export function isIntensifier(forms: readonly string[]): boolean {
  return forms.some((f) => INTENSIFIER_SET.has(f));
}

// Masked words ("c*nt", "f***"): index lexicon words by length and first letter, so resolving a mask scans
// only the few words it could be.
const BY_SHAPE = new Map<string, string[]>();
for (const w of ENTRIES.keys()) {
  const k = `${w.length}:${w[0]}`;
  const list = BY_SHAPE.get(k);
  if (list) list.push(w);
  else BY_SHAPE.set(k, [w]);
}
const MASKABLE: ReadonlySet<LexKind> = new Set(['insult-strong', 'profanity', 'slur']);

function unmask(masked: string): string[] {
  const first = masked[0];
  if (first === undefined || first === '*' || masked.length > 20) return [];
  const stars = [...masked].filter((c) => c === '*').length;
  if (stars === 0 || stars >= masked.length) return [];
  const out: string[] = [];
  for (const w of BY_SHAPE.get(`${masked.length}:${first}`) ?? []) {
    const kinds = ENTRIES.get(w);
    if (!kinds || ![...kinds].some((k) => MASKABLE.has(k))) continue;
    let ok = true;
    for (let i = 0; i < w.length && ok; i++) if (masked[i] !== '*' && masked[i] !== w[i]) ok = false;
    if (ok) out.push(w);
  }
  // A mask that fits many words says nothing; prefer the most common reading when it is still small.
  return out.length <= 3 ? out : [];
}

/** The vocabulary that normalization uses to split spaced-out letters and resolve masks. */
export const ABUSE_VOCABULARY: Vocabulary = {
  has: (w) => FUNCTION_SET.has(w) || lookupForm(w) !== null,
  unmask,
  flagged: (w) => lookupForm(w) !== null,
};
