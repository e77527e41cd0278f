import { DEFAULT_POLICY, resolvePolicy } from '@cm/contracts';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { similarity } from '../duplicates/similarity.js';
import { analyze, compilePolicy, type Decision, evaluate, MemoryDuplicateIndex } from '../index.js';

const policy = compilePolicy(DEFAULT_POLICY);
const run = (body: string, p = policy): Decision =>
  evaluate(analyze(body), { policy: p, authorKey: 'a1', receivedAt: 0, duplicates: [] });
const rules = (body: string, p = policy): string[] => run(body, p).reasons.map((r) => r.rule);

/** Reader comments on a political op-ed, written for these tests: sharp political speech, no abuse. */
const POLITICAL_COMMENTS = [
  'The talks collapsed because the delegation refused a written commitment on cross-border attacks. Until Kabul ' +
    'acts against the militants sheltering there, recognition should stay off the table.',
  'Both governments have failed the people living along the border. Trade has been shut for weeks and families ' +
    'pay the price while ministers trade accusations on television.',
];

describe('reader comments on a political op-ed', () => {
  it.each(POLITICAL_COMMENTS.map((c) => [c.slice(0, 40), c]))('approves %s...', (_label, body) => {
    const d = run(body);
    expect(d.status).toBe('approved');
    expect(d.reasons).toEqual([]);
  });
});

describe('decision', () => {
  it('approves a clean comment with no reasons and zero scores', () => {
    const d = run('Good piece. The yield curve chart helped a lot.');
    expect(d).toEqual({
      status: 'approved',
      reasons: [],
      scores: { abuse: 0, link: 0, duplicate: 0, spam: 0, policy: 0 },
    });
  });

  it('uses the site action for the category', () => {
    const strict = compilePolicy(resolvePolicy({ actions: { abuse: 'reject' } }));
    expect(run('you absolute moron', strict).status).toBe('rejected');
    const lenient = compilePolicy(resolvePolicy({ thresholds: { abuse: 1 } }));
    const d = run('you absolute moron', lenient);
    expect(d.status).toBe('approved');
    expect(d.scores.abuse).toBeGreaterThan(0.5);
  });

  it('rejects banned terms whatever the thresholds, also when disguised', () => {
    const p = compilePolicy(resolvePolicy({ bannedTerms: ['crypto scam'], thresholds: { policy: 1 } }));
    for (const body of ['this is a crypto scam', 'this is a CRYPT0 SCAAAM', 'a c r y p t o s c a m here']) {
      const d = run(body, p);
      expect(d.status, body).toBe('rejected');
      expect(d.reasons[0]?.rule).toBe('policy.banned-term');
    }
    expect(run('cryptography scammers', p).status).toBe('approved');
  });

  it('flags suspect terms and patterns; an invalid pattern is reported, not thrown', () => {
    const p = compilePolicy(
      resolvePolicy({ suspectTerms: ['giveaway'], suspectPatterns: ['free\\s+tickets?', '(unclosed'] }),
    );
    expect(p.errors.map((e) => e.pattern)).toEqual(['(unclosed']);
    expect(rules('Huge giveaway today', p)).toContain('policy.suspect-term');
    const d = run('FREE   tickets for all', p);
    expect(d.reasons.map((r) => r.rule)).toContain('policy.suspect-pattern');
    expect(d.reasons[0]?.evidence[0]?.text).toBe('FREE   tickets');
  });

  it('honours author state and widget signals', () => {
    const a = analyze('Thoughtful piece, thank you.');
    const base = { policy, authorKey: 'x', receivedAt: 0, duplicates: [] };
    expect(
      evaluate(a, { ...base, author: { banned: { reason: 'spam', until: null }, premoderated: false, trusted: false } })
        .status,
    ).toBe('rejected');
    expect(
      evaluate(a, { ...base, author: { banned: null, premoderated: true, trusted: false } }).reasons[0]?.rule,
    ).toBe('author.premoderated');
    expect(evaluate(a, { ...base, signals: { honeypot: true, tooFast: false } }).reasons[0]?.rule).toBe(
      'spam.honeypot',
    );
    expect(
      evaluate(a, {
        ...base,
        author: { banned: null, premoderated: false, trusted: true },
        signals: { honeypot: true, tooFast: true },
      }).status,
    ).toBe('approved');
  });
});

describe('duplicates through the memory index', () => {
  const window = 24 * 3600 * 1000;
  const text = 'Measles was declared eliminated here years ago and vaccination rates have fallen ever since.';
  const post = (index: MemoryDuplicateIndex, id: string, author: string, at: number, body: string) => {
    const a = analyze(body);
    const duplicates = index.checkAndAdd(id, author, at, a.fingerprint, window);
    return evaluate(a, { policy, authorKey: author, receivedAt: at, duplicates });
  };

  it('flags a same-author near repeat and a campaign from other authors, not the first posting', () => {
    const index = new MemoryDuplicateIndex();
    expect(post(index, 'c1', 'u1', 1000, text).status).toBe('approved');
    expect(post(index, 'c2', 'u1', 2000, text.toLowerCase().replace('.', '!!! 🔥')).reasons.map((r) => r.rule)).toEqual(
      ['duplicate.same-author'],
    );
    expect(post(index, 'c3', 'u2', 3000, text).reasons.map((r) => r.rule)).toContain('duplicate.campaign');
  });

  it('ignores repeats outside the window and stock replies', () => {
    const index = new MemoryDuplicateIndex();
    post(index, 'c1', 'u1', 0, text);
    expect(post(index, 'c2', 'u1', window + 10_000, text).status).toBe('approved');
    post(index, 'c3', 'u1', window + 20_000, 'Thank you for this article.');
    expect(post(index, 'c4', 'u2', window + 30_000, 'Thank you for this article.').status).toBe('approved');
  });

  it('does not take comments that share only function words for near-copies', () => {
    // The same scaffold of function words, different content: with function words among the shingles these read
    // as ~60% similar and shared LSH bands, drawing each other from the index on every busy site.
    const scaffold = [
      'It is what they said about the new budget, and it was there in the minister report for all of us to see in the papers before the vote.',
      'It is what they wrote about the old stadium, and it was there in the club accounts for all of them to read in the programme after the match.',
      'It is what they sang about the long winter, and it was there in the village choir for all of you to hear in the chapel during the festival.',
    ].map((t) => analyze(t).fingerprint);
    for (const [i, j] of [
      [0, 1],
      [0, 2],
      [1, 2],
    ] as const) {
      const [a, b] = [scaffold[i]!, scaffold[j]!];
      expect(similarity(a.signature, b.signature)).toBeLessThan(0.3);
      expect(a.bands.filter((h, band) => h === b.bands[band])).toEqual([]);
    }
    // One word changed is still a near-copy, in a long comment and in a short one (shingled whole).
    const edited = analyze(
      'It is what they said about the new budget, and it was there in the minister report for all of us to see in the papers before the election.',
    ).fingerprint;
    expect(similarity(scaffold[0]!.signature, edited.signature)).toBeGreaterThanOrEqual(0.8);
    const short = [
      analyze('I said the budget was a lie and they knew it'),
      analyze('I said the budget was a scam and they knew it'),
    ];
    expect(similarity(short[0]!.fingerprint.signature, short[1]!.fingerprint.signature)).toBeGreaterThanOrEqual(0.8);
  });

  it('does not flag the same topic in different words', () => {
    const index = new MemoryDuplicateIndex();
    post(index, 'c1', 'u1', 0, 'Please vaccinate your kids. Measles is not a harmless childhood illness.');
    expect(
      post(index, 'c2', 'u2', 1000, 'Honestly, get the jab for your children; the disease can be serious.').status,
    ).toBe('approved');
  });
});

describe('messages', () => {
  it('never cut a surrogate pair when quoting long evidence', () => {
    // The threat's evidence runs from "will" to "you"; its quote is cut at 57 units, inside an emoji.
    const d = run(`I will -${'😀'.repeat(40)} kill you`);
    const threat = d.reasons.find((r) => r.rule === 'abuse.threat');
    expect(threat?.message).toContain('...');
    expect(threat?.message.isWellFormed()).toBe(true);
  });
});

describe('properties', () => {
  const bodies = fc.oneof(
    fc.string({ unit: 'grapheme', maxLength: 300 }),
    fc.string({ unit: 'binary', maxLength: 300 }),
    fc
      .array(
        fc.constantFrom(
          'you',
          ' ',
          '.',
          'm0r0n',
          'f u c k',
          'dot com',
          'x[.]io',
          '@',
          '\u200b',
          'ＩＤＩＯＴ',
          'hxxp://',
          '+44 ',
          '7700',
          '!',
          '*',
          '😀',
          'I will',
          'kill you',
          ' -',
        ),
        {
          maxLength: 60,
        },
      )
      .map((a) => a.join('')),
  );
  const wellFormed = bodies.map((s) => s.replaceAll('\u0000', '')).filter((s) => s.isWellFormed());

  it('never throws and every evidence span is inside the body and matches its text', () => {
    fc.assert(
      fc.property(wellFormed, (body) => {
        const d = run(body);
        for (const r of d.reasons) {
          expect(r.score).toBeGreaterThanOrEqual(0);
          expect(r.score).toBeLessThanOrEqual(1);
          for (const e of r.evidence) {
            expect(e.start).toBeGreaterThanOrEqual(0);
            expect(e.end).toBeLessThanOrEqual(body.length);
            expect(e.start).toBeLessThanOrEqual(e.end);
            expect(body.slice(e.start, e.end)).toBe(e.text);
          }
          // Messages are stored and sent in JSON: a lone surrogate would make Postgres refuse the batch.
          expect(r.message.isWellFormed()).toBe(true);
        }
      }),
      { numRuns: 400 },
    );
  });

  it('an approved comment with no acting reasons has status approved', () => {
    fc.assert(
      fc.property(wellFormed, (body) => {
        const d = run(body);
        if (d.reasons.length === 0) expect(d.status).toBe('approved');
      }),
      { numRuns: 200 },
    );
  });
});
