import { describe, expect, it } from 'vitest';
import { originAllowed } from '../../src/routes/public/origin-match.js';

describe('originAllowed', () => {
  it('matches exact origins, ignoring case and a trailing slash in the list', () => {
    expect(originAllowed(['https://News.example/'], 'https://news.example')).toBe(true);
    expect(originAllowed(['https://news.example'], 'https://news.example:8443')).toBe(false);
    expect(originAllowed(['https://news.example:8443'], 'https://news.example:8443')).toBe(true);
  });

  it("matches any origin with '*', none with an empty list", () => {
    expect(originAllowed(['*'], 'null')).toBe(true);
    expect(originAllowed([], 'https://news.example')).toBe(false);
  });

  it('matches subdomains with a wildcard, never the apex, another scheme or a suffix look-alike', () => {
    const list = ['https://*.news.example'];
    expect(originAllowed(list, 'https://www.news.example')).toBe(true);
    expect(originAllowed(list, 'https://a.b.news.example')).toBe(true);
    expect(originAllowed(list, 'https://news.example')).toBe(false);
    expect(originAllowed(list, 'http://www.news.example')).toBe(false);
    expect(originAllowed(list, 'https://evilnews.example')).toBe(false);
    expect(originAllowed(list, 'https://www.news.example.evil.example')).toBe(false);
    expect(originAllowed(list, 'not an origin')).toBe(false);
  });
});
