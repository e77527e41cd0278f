import { DEFAULT_POLICY, resolvePolicy } from '@cm/contracts';
import { parse } from 'tldts';
import { describe, expect, it } from 'vitest';
import { analyze, compilePolicy, evaluate } from '../index.js';
import { WORDY_TLDS } from './lists.js';

const run = (body: string, p = compilePolicy(DEFAULT_POLICY)) =>
  evaluate(analyze(body), { policy: p, authorKey: 'a', receivedAt: 0, duplicates: [] });
const linkRules = (body: string) =>
  run(body)
    .reasons.filter((r) => r.category === 'link')
    .map((r) => r.rule);

describe('links: catches', () => {
  it.each([
    ['see https://example.org/page?id=3', 'link.url'],
    ['cheap stuff at best-deals-now.shop', 'link.url'],
    ['buy cheap at quickpills.net today', 'link.url'],
    ['go to www.Example.com today', 'link.url'],
    ['[click](https://spam.example.net)', 'link.url'],
    ['<a href="https://example.net">example</a>', 'link.url'],
    ['[www.bbc.co.uk](https://phish.example.net/login)', 'link.misleading-anchor'],
    ['short: tinyurl.com/abc123', 'link.shortener'],
    ['hxxps://bad-site.example.com/x', 'link.disguised'],
    ['visit casino-wins[.]com now', 'link.disguised'],
    ['go to cheapmeds (dot) net', 'link.disguised'],
    ['best odds at betkings dot com', 'link.disguised'],
    ['ｂｅｔｗｉｎｓ．ｃｏｍ', 'link.disguised'],
    ['b e t w i n s . c o m', 'link.disguised'],
    ['mail me: deals@offers-hub.net', 'link.email'],
    ['order at https://🍕.ws now', 'link.url'],
    ['mail bob@🍕.ws', 'link.email'],
    ['write to deals (at) offers-hub dot net', 'link.email.disguised'],
    ['call 020 7946 0958 today', 'link.phone'],
    ['WhatsApp +1 415 555 0199', 'link.phone'],
    ['ring 1-800-FLOWERS now', 'link.phone'],
    ['call 1o1o1-flowers', 'link.phone'],
  ])('%s', (body, rule) => {
    expect(linkRules(body)).toContain(rule);
  });

  it('never reports allowed domains, subdomains included, and rejects blocked ones', () => {
    const p = compilePolicy(resolvePolicy({ allowedDomains: ['bbc.co.uk'], blockedDomains: ['spam-site.com'] }));
    expect(run('see https://www.bbc.co.uk/news and news.bbc.co.uk', p).status).toBe('approved');
    const d = run('visit https://x.spam-site.com/offer', p);
    expect(d.status).toBe('rejected');
    expect(d.reasons[0]?.rule).toBe('link.blocked-domain');
  });

  it('flags an allowed domain spelt with look-alike letters of another script: a homograph is not the allowed site', () => {
    const p = compilePolicy(
      resolvePolicy({ allowedDomains: ['bbc.co.uk', 'apple.com'], blockedDomains: ['spam-site.com'] }),
    );
    // Cyrillic а (U+0430), Greek ο (U+03BF), Cyrillic е (U+0435) in an e-mail's host.
    for (const [body, shown] of [
      ['Log in at https://\u0430pple.com/verify to keep your account', 'https://\u0430pple.com/verify'],
      ['see www.bbc.c\u03bf.uk/news', 'www.bbc.c\u03bf.uk/news'],
      ['write to support@appl\u0435.com', 'support@appl\u0435.com'],
    ] as const) {
      const d = run(body, p);
      expect(d.status, body).toBe('flagged');
      const reason = d.reasons.find((r) => r.rule === 'link.lookalike');
      expect(reason?.severity, body).toBe('high');
      expect(reason?.evidence[0]?.text, body).toBe(shown);
      expect(reason?.message, body).toMatch(/pass for (apple\.com|bbc\.co\.uk)/);
    }
    // A look-alike of a blocked domain is still the blocked one.
    expect(run('visit https://x.sp\u0430m-site.com/offer', p).reasons[0]?.rule).toBe('link.blocked-domain');
    // The allowed site itself, also in fullwidth letters (NFKC makes them the same letters) or spelt out, passes.
    for (const body of [
      'see https://www.apple.com/uk',
      'see \uff42\uff42\uff43.co.uk',
      'see bbc dot co dot uk for it',
    ]) {
      expect(run(body, p).status, body).toBe('approved');
    }
  });
});

describe('links: no false alarms', () => {
  it.each([
    'The U.S. and the U.K. agreed, e.g. on tariffs.',
    'A Ph.D. in economics, version v2.0.1 and pi is 3.14.',
    'Prices went from $4.99 to £5.49, a 10% rise.',
    'It finished 3-1, a 4-3-3 formation, in 2024.',
    'Attendance was 60,704 and the budget £12,570,000.',
    'Between 1979 and 2021 there were 3 million refugees.',
    'Meet at 7:15 a.m. or 12.30pm at the 7-Eleven.',
    'The first version said ban.In practice it is a licence.',
    'The dotcom bubble burst in 2000.',
    '@Sam I agree with you.',
    '@priya.n and @tom: rates rose 5.4%, from £2.50 to £3.00 (1.5°C warmer, v2.0).',
    'Reference number 2019-2023 report.',
  ])('%s', (body) => {
    expect(linkRules(body)).toEqual([]);
  });
});

describe('links: a numbered list written without spaces', () => {
  it.each([...WORDY_TLDS])('"1.%s" and "12.%s" number the items of a list', (tld) => {
    expect(linkRules(`Two reasons: 1.${tld} works and 12.${tld} is cheap.`)).toEqual([]);
  });
  const realTlds = [...WORDY_TLDS].filter((tld) => parse(`example.${tld}`).isIcann);
  it.each(realTlds)('"123.%s" and "deals24.%s" stay links', (tld) => {
    expect(linkRules(`Go to 123.${tld} now`)).toEqual(['link.url']);
    expect(linkRules(`Go to deals24.${tld} now`)).toEqual(['link.url']);
  });
});
