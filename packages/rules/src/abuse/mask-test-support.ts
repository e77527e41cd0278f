/**
 * Shared by the tests of masked words (`mask-symbols.test.ts`, `spaced-masks.test.ts`): every lexicon entry the
 * checks act on alone, whether a mask fits one entry only, and whether a disguise of each entry, aimed at the reader,
 * is seen where it was written.
 */
import { DEFAULT_POLICY } from '@cm/contracts';
import { analyze } from '../engine/analysis.js';
import { evaluate } from '../engine/evaluate.js';
import { compilePolicy } from '../policy/compile.js';
import { checkAbuse } from './check.js';
import { lexiconEntries } from './lexicon/index.js';

const listed = lexiconEntries();
/** Entries of four letters or more that act alone (not mild profanity: "damn", "heck"). */
export const maskEntries = listed.filter(
  (e) => ![...e.kinds].every((k) => k === 'profanity-mild') && /^[a-z]{4,}$/.test(e.word),
);

/** Whether a spelling with '*' for hidden letters fits exactly one listed word. */
export const fitsAlone = (masked: string): boolean =>
  listed.filter((e) => e.word.length === masked.length && [...masked].every((c, i) => c === '*' || c === e.word[i]))
    .length === 1;

/** A small deterministic spread over the entries, so that each disguise hides every part of words. */
export const spread = (word: string, salt: number): number =>
  [...word].reduce((h, c) => (h * 31 + c.charCodeAt(0)) >>> 0, salt);

/** Aims the word at the reader, so that every kind of entry acts. */
function frame(word: string, kinds: ReadonlySet<string>): { body: string; at: number } {
  const before = kinds.has('insult-possessed') || kinds.has('insult-abstract') ? 'Honestly, your ' : 'Honestly, you ';
  return { body: `${before}${word} again.`, at: before.length };
}

/**
 * Disguises each entry with `disguise` (null to skip it) and returns the disguises not seen where they stand, and
 * how many were tried.
 */
export function unseenDisguises(
  entries: ReadonlyArray<{ word: string; kinds: ReadonlySet<string> }>,
  disguise: (word: string) => string | null,
): { missed: string[]; read: number } {
  const missed: string[] = [];
  let read = 0;
  for (const { word, kinds } of entries) {
    const disguised = disguise(word);
    if (disguised === null) continue;
    read++;
    const { body, at } = frame(disguised, kinds);
    const seen = checkAbuse(analyze(body)).some((f) =>
      f.evidence.some((e) => e.start < at + disguised.length && e.end > at),
    );
    if (!seen) missed.push(`${word} as ${disguised}`);
  }
  return { missed, read };
}

const policy = compilePolicy(DEFAULT_POLICY);
/** The abuse reasons of a text under the default policy. */
export const abuseOf = (body: string) =>
  evaluate(analyze(body), { policy, authorKey: 'a', receivedAt: 0, duplicates: [] }).reasons.filter(
    (r) => r.category === 'abuse',
  );
