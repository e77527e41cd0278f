import { inClass } from '../normalize/word-classes.js';
import type { Word } from '../normalize/words.js';
import { deniedCall } from './denied-calls.js';
import { vSpelling } from './lexicon/index.js';
import { CLASSES, PHRASES, type PhraseSpec } from './lexicon/phrases.js';
import { PERSON_WORDS, SECOND_PERSON } from './lexicon/targets.js';
import { reportedThreat } from './reported.js';
import { figurativeThreat } from './threat-sense.js';
import { joined } from './word-runs.js';

interface Slot {
  /** Literal spellings, or null when the slot is a dynamic class (a person target). */
  words: ReadonlySet<string> | null;
  optional: boolean;
  /** When > 0 the slot skips up to this many words. */
  gap: number;
}

interface CompiledPhrase {
  spec: PhraseSpec;
  slots: Slot[];
}

/** A phrase found in a comment: which spec, and the words [first, last] it spans. */
export interface PhraseMatch {
  spec: PhraseSpec;
  first: number;
  last: number;
}

const TARGET_WORDS: ReadonlySet<string> = new Set([
  ...SECOND_PERSON,
  ...PERSON_WORDS,
  'him',
  'her',
  'them',
  'he',
  'she',
  'they',
]);

/**
 * Words that put a capitalised word before its noun: "the Canadian pipeline deal", "a Stanley Cup", "this Ford
 * budget" name a thing, not a person (a person's name takes no article).
 */
const NAME_DETERMINERS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those']);

/** Whether a word names a person: a pronoun, a people-noun, a name, or an @mention. */
export function isPersonTarget(w: Word, before?: Word): boolean {
  if (w.mention) return true;
  if (w.forms.some((f) => TARGET_WORDS.has(f))) return true;
  if (!w.capitalized || w.breakBefore || w.text.length < 2) return false;
  return !before || !NAME_DETERMINERS.has(before.text);
}

/** The word before the run of capitalised words that ends at `i`: "the" of "the Fisheries Act". */
function nameOpening(words: Word[], i: number): Word | undefined {
  let k = i - 1;
  while (k >= 0 && i - k <= 3 && (words[k] as Word).capitalized && !(words[k + 1] as Word).breakBefore) k--;
  return (words[k + 1] as Word).breakBefore ? undefined : words[k];
}

/** Words ending in "s" that are no plural noun: "kill Smith this week", "shoot Jones as he ...". */
const NOT_PLURAL: ReadonlySet<string> = new Set(
  'is was has does says as us his its this thus yes less unless'.split(' '),
);
/**
 * "will gut Canadian jobs", "should kill Ontario subsidies": a capitalised word before a plural common noun describes
 * the things, unless they are people ("kill Muslim kids").
 */
function describesPlural(w: Word, next: Word | undefined): boolean {
  if (!w.capitalized || !next || next.breakBefore || next.pauseBefore || next.capitalized) return false;
  if (!/^[a-z]{3,}s$/.test(next.text) || NOT_PLURAL.has(next.text)) return false;
  return !next.forms.some((f) => TARGET_WORDS.has(f)) && !w.forms.some((f) => TARGET_WORDS.has(f));
}

/** The words of each slot as written, shared by every phrase that writes it so (one word class each). */
const SLOT_WORDS = new Map<string, Set<string>>();

function compileSlot(raw: string): Slot {
  if (raw.startsWith('~')) return { words: new Set(), optional: true, gap: Number(raw.slice(1)) };
  const optional = raw.endsWith('?');
  const body = optional ? raw.slice(0, -1) : raw;
  if (body === '@target') return { words: null, optional, gap: 0 };
  const known = SLOT_WORDS.get(body);
  if (known) return { words: known, optional, gap: 0 };
  const words = new Set<string>();
  SLOT_WORDS.set(body, words);
  for (const alt of body.split('|')) {
    if (alt === '') throw new Error(`empty alternative in the phrase slot ${raw}`);
    if (alt.startsWith('@')) {
      const cls = CLASSES[alt.slice(1)];
      if (!cls) throw new Error(`unknown word class ${alt}`);
      for (const w of cls) words.add(w);
    } else {
      words.add(alt);
      // "fvck you": a listed word with its "u"s written "v", as it is read alone.
      const vs = vSpelling(alt);
      if (vs) words.add(vs);
    }
  }
  return { words, optional, gap: 0 };
}

const COMPILED: CompiledPhrase[] = PHRASES.map((spec) => ({ spec, slots: spec.pattern.split(' ').map(compileSlot) }));

/** Phrases indexed by the spellings their first slot accepts, so each word tries only its own phrases. */
const BY_FIRST = new Map<string, CompiledPhrase[]>();
for (const p of COMPILED) {
  const first = p.slots[0];
  if (!first?.words || first.optional) throw new Error(`phrase must start with a plain slot: ${p.spec.pattern}`);
  for (const w of first.words) {
    const list = BY_FIRST.get(w);
    if (list) list.push(p);
    else BY_FIRST.set(w, [p]);
  }
}

/** Every spelling some phrase starts with: most words start none, and are passed over with one bit. */
const FIRST_WORDS: ReadonlySet<string> = new Set(BY_FIRST.keys());

/**
 * Words a gap never skips: a negation ("should not shoot them"), the writer as the one harmed ("Mom is going to kill
 * me when she sees it") and a word that opens another clause, whose people are not this phrase's.
 */
const GAP_STOPS: ReadonlySet<string> = new Set(
  'not never nt t dont didnt wont no me us myself when if unless because after before while'.split(' '),
);

function slotAccepts(slot: Slot, words: Word[], i: number): boolean {
  const w = words[i] as Word;
  if (slot.words === null) {
    const opening = nameOpening(words, i);
    const next = words[i + 1];
    // "kill the Canadian.": one capitalised word after "the", ending the phrase, names a person after all.
    const alone = opening === words[i - 1] && (!next || next.breakBefore || next.pauseBefore);
    return (isPersonTarget(w, opening) || (alone && isPersonTarget(w))) && !describesPlural(w, next);
  }
  return inClass(slot.words, w);
}

/** Returns the index of the last word matched, or -1. Words after the first never cross a sentence end. */
function matchFrom(slots: Slot[], k: number, words: Word[], i: number, last: number): number {
  if (k === slots.length) return last;
  const slot = slots[k] as Slot;
  if (slot.gap > 0) {
    for (let g = 0; g <= slot.gap; g++) {
      if (g > 0) {
        // "should not shoot them", "hope you don't die": a gap never skips a negation, "me" or a clause opener.
        const skipped = words[i + g - 1];
        if (!skipped || skipped.breakBefore || GAP_STOPS.has(skipped.text)) break;
      }
      const end = matchFrom(slots, k + 1, words, i + g, g > 0 ? i + g - 1 : last);
      if (end >= 0) return end;
    }
    return -1;
  }
  const w = words[i];
  if (w && !w.breakBefore && slotAccepts(slot, words, i)) {
    const end = matchFrom(slots, k + 1, words, i + 1, i);
    if (end >= 0) return end;
  }
  return slot.optional ? matchFrom(slots, k + 1, words, i, last) : -1;
}

/** Every phrase match in the words, left to right. Each start word tries only phrases that begin with it. */
export function findPhrases(words: Word[]): PhraseMatch[] {
  const out: PhraseMatch[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i] as Word;
    if (!inClass(FIRST_WORDS, w)) continue;
    // A phrase is listed once per spelling of its first slot, so only a word with several forms can reach
    // the same phrase twice.
    const seen = w.forms.length > 1 ? new Set<CompiledPhrase>() : null;
    for (const f of w.forms) {
      const phrases = BY_FIRST.get(f);
      if (!phrases) continue;
      for (const p of phrases) {
        if (seen) {
          if (seen.has(p)) continue;
          seen.add(p);
        }
        if (p.spec.order && !ordered(words, i)) continue;
        const last = matchFrom(p.slots, 1, words, i + 1, i);
        // A `whole` phrase ends its clause: the text, a stop or a comma follows it.
        if (last < 0 || deadAsAdverb(words, last) || (p.spec.whole && joined(words, last + 1))) continue;
        if (
          p.spec.kind === 'threat' &&
          (reportedThreat(words, i) || figurativeThreat(words, i, last) || asked(words, i) || deniedCall(words, i))
        )
          continue;
        out.push({ spec: p.spec, first: i, last });
      }
    }
  }
  return out;
}

/** Words an order may follow in its sentence: "go get cancer and die", "just go play in traffic", "go and get ...". */
const ORDER_LEADS: ReadonlySet<string> = new Set(['go', 'just', 'please', 'pls', 'plz', 'and', 'now']);

/**
 * Whether the word at `i` opens an order: first in its sentence, or after words that lead orders, the first of them
 * opening its sentence or clause ("Seriously, go play in traffic"; not "Smokers, as we know, get cancer and die").
 */
function ordered(words: Word[], i: number): boolean {
  const w = words[i] as Word;
  if (i === 0 || w.breakBefore || (w.pauseBefore && ORDER_LEADS.has(w.text))) return true;
  const before = words[i - 1] as Word;
  if (!ORDER_LEADS.has(before.text)) return false;
  return i - 1 === 0 || before.breakBefore || before.pauseBefore || ordered(words, i - 1);
}

const ASKING: ReadonlySet<string> = new Set(['should', 'must', 'would', 'could', 'can']);

/**
 * "Should murderers be put to death?", "Would he be hanged today?": a sentence that opens with a modal and puts a
 * subject before "be" asks about a punishment; it calls for none.
 */
function asked(words: Word[], i: number): boolean {
  const first = words[i] as Word;
  if ((i > 0 && !first.breakBefore) || !ASKING.has(first.text)) return false;
  for (let k = i + 2; k < words.length && k - i <= 4; k++) {
    const w = words[k] as Word;
    if (w.breakBefore) return false;
    if (w.text === 'be') return true;
  }
  return false;
}

/** "dead" as an intensifier ("dead set on", "dead wrong", "dead serious") ends no phrase: it is not a death. */
const DEAD_IDIOM_TAILS: ReadonlySet<string> = new Set(
  'set wrong serious tired last broke center centre heat end on right even ahead straight certain sure honest'.split(
    ' ',
  ),
);
function deadAsAdverb(words: readonly Word[], last: number): boolean {
  const next = words[last + 1];
  return words[last]?.text === 'dead' && !!next && !next.breakBefore && DEAD_IDIOM_TAILS.has(next.text);
}
