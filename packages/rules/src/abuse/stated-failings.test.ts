/**
 * A failing stated, not a name called: an accusation of what a third person said ("the mayor and her lies") or of
 * what they did not know ("his ignorance of the zoning rules") is a note; the same words owned by the reader ("your
 * lies") are a personal attack, and ignorance owned by people after "of" ("the ignorance of the mayor") or standing
 * alone ("his ignorance is staggering") still calls the owner names.
 */

import { DEFAULT_POLICY } from '@cm/contracts';
import { describe, expect, it } from 'vitest';
import { compilePolicy } from '../policy/compile.js';
import { ACCUSATION_NOUNS } from './lexicon/name-calling.js';
import { abuseReasons } from './test-support.js';

const THIRD_OWNERS = ['his', 'her', 'their', "the mayor's", "Councillor Rahman's", "the ministers'"];
const READER_OWNERS = ['your', 'your own'];
const ACCUSATION_FRAMES: Array<(owner: string, noun: string) => string> = [
  (o, n) => `Nobody bothers checking ${o} ${n} any more.`,
  (o, n) => `We heard ${o} ${n} about the harbour budget again.`,
  (o, n) => `The paper printed ${o} ${n} on page one.`,
];
const NOT_KNOWN = [
  'the zoning rules',
  'how the grant scheme works',
  'basic bookkeeping',
  'the history of the harbour',
  'what the bylaw says',
];
const IGNORANCE_FRAMES: Array<(owner: string, what: string) => string> = [
  (o, w) => `The hearing showed ${o} ignorance of ${w}.`,
  (o, w) => `It was ${o} ignorance about ${w} that cost us.`,
];
const flagCriticism = compilePolicy({ ...DEFAULT_POLICY, abuse: { ...DEFAULT_POLICY.abuse, criticism: 'flag' } });

const held = (body: string) => abuseReasons(body).length > 0;

/** Every frame with every word: wrongly held when a third person owns it, wrongly passed when the reader does. */
function wrongOwners(words: readonly string[], frames: Array<(owner: string, word: string) => string>): string[] {
  return words.flatMap((w) =>
    frames.flatMap((frame) => [
      ...THIRD_OWNERS.filter((o) => held(frame(o, w))).map((o) => `held: ${frame(o, w)}`),
      ...READER_OWNERS.filter((o) => !held(frame(o, w))).map((o) => `not held: ${frame(o, w)}`),
    ]),
  );
}

describe('a failing stated about a third person', () => {
  it('notes every accusation noun owned by a third person, in every frame, and holds it when the reader owns it', () => {
    expect(wrongOwners(ACCUSATION_NOUNS, ACCUSATION_FRAMES)).toEqual([]);
  });

  it('notes ignorance of a thing owned by a third person, and holds it when the reader owns it', () => {
    expect(wrongOwners(NOT_KNOWN, IGNORANCE_FRAMES)).toEqual([]);
  });

  it('keeps the statement as a denigration note, held where a site holds criticism', () => {
    const body = "Nobody bothers checking the mayor's lies any more.";
    expect(abuseReasons(body)).toEqual([]);
    expect(abuseReasons(body, flagCriticism).map((r) => r.rule)).toEqual(['abuse.denigration']);
  });

  it.each([
    'The ignorance of the mayor is staggering.',
    'His ignorance is staggering.',
    'The ignorance of these people about the harbour is staggering.',
    'Their hypocrisy about the harbour budget is staggering.',
  ])('still holds "%s"', (body) => {
    expect(held(body)).toBe(true);
  });
});
