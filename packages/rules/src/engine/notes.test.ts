/**
 * A held comment carries, beside the reasons that held it, the notes of the same category that scored below the
 * threshold: the moderator sees every harsh word of a comment held for an insult. An approved comment carries none,
 * and a note never holds a comment.
 */
import { DEFAULT_POLICY, type Reason } from '@cm/contracts';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze, compilePolicy, type Decision, evaluate } from '../index.js';

const policy = compilePolicy(DEFAULT_POLICY);
const run = (body: string): Decision =>
  evaluate(analyze(body), { policy, authorKey: 'a1', receivedAt: 0, duplicates: [] });
const NOTE = '(noted; not enough to hold the comment on its own)';
const isNote = (r: Reason): boolean => r.score < DEFAULT_POLICY.thresholds[r.category as 'abuse'];

// Written for these tests: insults of a person, and harsh words about things that alone stay approved.
const INSULTS = ['The mayor is an idiot.', 'You are a moron.', 'What a pathetic liar that senator is.'];
const HARSH = [
  'This plan is crap.',
  'The whole budget is garbage.',
  'Holy shit, the traffic this morning.',
  'What a stupid rule.',
];
const CIVIL = ['I read the report twice.', 'Rates rose again in March.', ''];

describe('notes beside the reasons of a held comment', () => {
  it('each harsh sentence alone is approved with no reasons', () => {
    for (const h of HARSH) expect(run(h), h).toMatchObject({ status: 'approved', reasons: [] });
  });

  it('a comment held for an insult also marks the harsh words about things, as notes', () => {
    fc.assert(
      fc.property(fc.constantFrom(...INSULTS), fc.constantFrom(...HARSH), fc.boolean(), (insult, harsh, first) => {
        const body = first ? `${insult} ${harsh}` : `${harsh} ${insult}`;
        const d = run(body);
        expect(d.status, body).toBe('flagged');
        const notes = d.reasons.filter(isNote);
        expect(notes.length, body).toBeGreaterThan(0);
        const offset = body.indexOf(harsh);
        for (const n of notes) {
          expect(n.category).toBe('abuse');
          expect(n.message.endsWith(NOTE), n.message).toBe(true);
          for (const e of n.evidence) {
            expect(e.start, body).toBeGreaterThanOrEqual(offset);
            expect(e.end, body).toBeLessThanOrEqual(offset + harsh.length);
          }
        }
        // The acting reasons come first, and they alone say why the comment is held.
        const acting = d.reasons.filter((r) => !isNote(r));
        expect(acting.length).toBeGreaterThan(0);
        expect(d.reasons.slice(0, acting.length)).toEqual(acting);
        for (const r of acting) expect(r.message.endsWith(NOTE)).toBe(false);
      }),
      { numRuns: 60 },
    );
  });

  it('never carries a note on an approved comment, nor a note of a category that did not act', () => {
    fc.assert(
      fc.property(fc.constantFrom(...HARSH, ...CIVIL), fc.constantFrom(...HARSH, ...CIVIL), (x, y) => {
        const d = run(`${x} ${y}`);
        expect(d).toMatchObject({ status: 'approved', reasons: [] });
      }),
    );
    // Held for a link only: the harsh words stay out of its reasons.
    const d = run('This plan is crap, read https://example.net/plan instead.');
    expect(d.status).toBe('flagged');
    expect(d.reasons.map((r) => r.category)).toEqual(['link']);
  });

  it('leaves out a note whose words are already evidence of an acting reason', () => {
    const d = run('fuck you');
    expect(d.reasons.map((r) => r.rule)).toEqual(['abuse.profanity.directed']);
  });
});
