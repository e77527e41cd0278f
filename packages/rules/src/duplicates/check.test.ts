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

  it('flags every copy of a flood against the one signature that stands for the campaign', () => {
    // One representative, 20,000 copies that differ from it by their number: the similarity of each pair is an
    // estimate, and some fall a little under the site's threshold.
    const sentence = `${SENTENCE.slice(0, -1)}, share this everywhere.`;
    const representative = analyze(`Comment 1000: ${sentence}`).fingerprint.signature;
    const approved: number[] = [];
    for (let n = 1; n <= 20_000; n++) {
      const campaign: DuplicateCandidate = {
        commentId: 'first-copy',
        authorKey: '',
        receivedAt: 0,
        exact: '',
        signature: representative,
        campaign: { copies: n, authors: n },
      };
      const findings = checkDuplicates(analyze(`Comment ${n}: ${sentence}`), policy, `bot-${n}`, 1000, [campaign]);
      if (!findings.some((f) => f.rule === 'duplicate.campaign')) approved.push(n);
    }
    expect(approved).toEqual([]);
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

describe('what counts as a campaign', () => {
  const now = 1_800_000_000_000;
  const copiesOf = (body: string, authors: number): DuplicateCandidate[] =>
    Array.from({ length: authors }, (_, k) => ({
      commentId: `c${k}`,
      authorKey: `viewer-${k}`,
      receivedAt: now - (k + 1) * 60_000,
      exact: analyze(body).fingerprint.exact,
      signature: analyze(body).fingerprint.signature,
    }));
  const campaignOf = (body: string, authors: number, hasContact = false) =>
    checkDuplicates(analyze(body), policy, 'viewer-x', now, copiesOf(body, authors), hasContact).find(
      (f) => f.rule === 'duplicate.campaign',
    );

  it('does not call short praise that many readers write alike a campaign, however many post it', () => {
    const praise = fc.constantFrom(
      'I really love this tune so much',
      'Love this track, makes me want to sing!',
      'best video ever, watching it again',
      'Came here to see the view count :)',
      'this band is so good wow',
    );
    fc.assert(
      fc.property(praise, fc.integer({ min: 1, max: 30 }), (body, authors) => {
        expect(campaignOf(body, authors)).toBeUndefined();
      }),
      { numRuns: 60 },
    );
  });

  it('still calls the same short text a campaign when it carries a link or phone number', () => {
    expect(campaignOf('Love this track, makes me want to sing!', 3, true)).toBeDefined();
  });

  it('calls any text with five distinct words of its own a campaign when other authors copy it', () => {
    const word = fc.stringMatching(/^[b-z]{6,9}$/);
    fc.assert(
      fc.property(fc.uniqueArray(word, { minLength: 5, maxLength: 9 }), fc.integer({ min: 1, max: 5 }), (ws, n) => {
        expect(campaignOf(`Please read: ${ws.join(' ')}.`, n)).toBeDefined();
      }),
      { numRuns: 60 },
    );
  });
});
