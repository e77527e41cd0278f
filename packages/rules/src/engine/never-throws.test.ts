/**
 * The rules must decide every text: a rule that throws leaves a comment undecided however often its job is retried.
 * Word soup built from every lexicon word, single letters and the small words the rules' frames look at, cut off
 * anywhere, in any case, with sentence breaks, commas and stray symbols between, must always come back with a
 * decision.
 */
import { DEFAULT_POLICY, resolvePolicy } from '@cm/contracts';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lexiconEntries } from '../abuse/lexicon/index.js';
import { MemoryDuplicateIndex } from '../duplicates/memory-index.js';
import { compilePolicy } from '../policy/compile.js';
import { analyze } from './analysis.js';
import { evaluate } from './evaluate.js';

/** Words the rules' frames turn on: pronouns, verbs of being and wishing, articles, negation, places. */
const FRAME_WORDS = (
  "you your you're u he she they them him her his their it this that these those the a an my our I we me us " +
  'is are was were be been being am not no never do did does will would should must could can let just so ' +
  'hope wish may might deserve deserves needs need to in of on at by for with and or but if when who what how ' +
  'why where like as than all every some most one people man woman guy mayor minister council government ' +
  'hell prison jail face teeth stomach house office home know live work kill shoot hang burn rot die suffer ' +
  'starve go get shut up out down off back away check subscribe channel follow link said says according police'
).split(' ');
/** Also symbols standing alone, which may hide letters of a spaced-out word ("f * * k", "l o s e #"). */
const SEPARATORS = [' ', ' ', ' ', ' ', ', ', '. ', '! ', '? ', ' - ', '\n', '... ', ' "', '" ', ' * ', ' # ', ' *'];
const LETTERS = 'abcdefghijklmnopqrstuvwxyz'.split('');

const decides = (policies: ReturnType<typeof compilePolicy>[], body: string): void => {
  for (const policy of policies) {
    const a = analyze(body);
    const d = evaluate(a, {
      policy,
      authorKey: 'a',
      receivedAt: 0,
      duplicates: new MemoryDuplicateIndex().checkAndAdd('c', 'a', 0, a.fingerprint, 60_000),
    });
    expect(['approved', 'flagged', 'rejected'], body).toContain(d.status);
  }
};

describe('the rules on any word soup', () => {
  const policies = [
    compilePolicy(DEFAULT_POLICY),
    compilePolicy(resolvePolicy({ abuse: { nameCalling: 'reader', profanity: 'flag', criticism: 'flag' } })),
  ];

  it('decide every pair of frame words, ending the text or the sentence', () => {
    for (const x of FRAME_WORDS)
      for (const y of FRAME_WORDS) {
        decides(policies, `${x} ${y}`);
        decides(policies, `${x} ${y}.`);
      }
  });

  it('always decide, whatever words come in whatever order and wherever the text stops', () => {
    const vocabulary = [...new Set([...lexiconEntries().map((e) => e.word), ...FRAME_WORDS, ...LETTERS])];
    const word = fc.oneof(
      { arbitrary: fc.constantFrom(...vocabulary), weight: 3 },
      { arbitrary: fc.constantFrom(...FRAME_WORDS), weight: 3 },
      { arbitrary: fc.constantFrom(...vocabulary).map((w) => w.toUpperCase()), weight: 1 },
      { arbitrary: fc.constantFrom(...vocabulary).map((w) => `${w[0]?.toUpperCase()}${w.slice(1)}`), weight: 1 },
    );
    fc.assert(
      fc.property(
        fc.array(fc.tuple(word, fc.constantFrom(...SEPARATORS)), { minLength: 1, maxLength: 8 }),
        fc.boolean(),
        (parts, closed) => {
          const body = parts.map(([w, sep], k) => (k < parts.length - 1 || closed ? w + sep : w)).join('');
          decides(policies, body);
        },
      ),
      { numRuns: 5000 },
    );
  });
});
