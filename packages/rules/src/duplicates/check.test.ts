import { DEFAULT_POLICY } from '@cm/contracts';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze } from '../engine/analysis.js';
import { compilePolicy } from '../policy/compile.js';
import { checkDuplicates } from './check.js';
import type { DuplicateCandidate } from './memory-index.js';

const policy = compilePolicy(DEFAULT_POLICY);
const SENTENCE = 'Vote no on the harbour levy before the council sells the waterfront to its developer friends.';
const HOUR = 3_600_000;

describe('a campaign the index counted instead of listing', () => {
  it('flags a copy with the campaign’s copies, authors and first copy, highlighting the whole text', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 1_000_000 }),
        fc.integer({ min: 1, max: 1_000_000 }),
        fc.integer({ min: 0, max: 20 }),
        (copies, authors, hoursAgo) => {
          const body = `Comment 9: ${SENTENCE}`;
          const a = analyze(body);
          const now = 1_800_000_000_000;
          const campaign: DuplicateCandidate = {
            commentId: 'first-copy',
            authorKey: '',
            receivedAt: now - hoursAgo * HOUR,
            exact: '',
            signature: analyze(`Comment 1: ${SENTENCE}`).fingerprint.signature,
            campaign: { copies, authors },
          };
          const findings = checkDuplicates(a, policy, 'bot-9', now, [campaign]);
          const reason = findings.find((f) => f.rule === 'duplicate.campaign');
          expect(reason).toBeDefined();
          const message = reason?.message ?? '';
          const figures =
            /^Copy-paste campaign: ([\d,]+) cop(?:y|ies) .* by (?:about )?([\d,]+) authors? in the window, the first (.+) \(comment first-copy\)\.$/.exec(
              message,
            );
          expect(figures, message).not.toBeNull();
          expect(Number(figures?.[1]?.replaceAll(',', ''))).toBe(copies);
          expect(Number(figures?.[2]?.replaceAll(',', ''))).toBe(authors);
          expect(reason?.severity).toBe(authors >= 3 ? 'high' : 'medium');
          expect(reason?.evidence).toEqual([{ text: body, start: 0, end: body.length }]);
        },
      ),
      { numRuns: 50 },
    );
  });

  it('is not a campaign for a comment whose text is not like the campaign’s', () => {
    const a = analyze('The tram timetable changes next month and the ticket machines at the depot are still broken.');
    const campaign: DuplicateCandidate = {
      commentId: 'first-copy',
      authorKey: '',
      receivedAt: 0,
      exact: '',
      signature: analyze(`Comment 1: ${SENTENCE}`).fingerprint.signature,
      campaign: { copies: 5000, authors: 4990 },
    };
    expect(checkDuplicates(a, policy, 'reader', 1000, [campaign])).toEqual([]);
  });
});
