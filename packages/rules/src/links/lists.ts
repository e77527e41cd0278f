/** Link shorteners and redirectors: the destination is hidden from readers and moderators. */
export const SHORTENERS: ReadonlySet<string> = new Set([
  'bit.ly', 'bitly.com', 'tinyurl.com', 't.co', 'goo.gl', 'ow.ly', 'is.gd', 'buff.ly', 'rebrand.ly', 'cutt.ly',
  'shorturl.at', 'tiny.cc', 'rb.gy', 'bl.ink', 't.ly', 's.id', 'youtu.be', 'amzn.to', 'amzn.eu', 'lnkd.in',
  'fb.me', 'wp.me', 'trib.al', 'dlvr.it', 'ift.tt', 'shorte.st', 'adf.ly', 'linktr.ee', 'v.gd', 'qr.ae',
  'x.co', 'soo.gd', 'cli.gs', 'tr.im', 'snip.ly', 'po.st', 'bitly.ws', 'shor.by', 'tiny.one', 'short.io',
  'rotf.lol', 'clck.ru', 'vk.cc', 'u.to', 'tinylink.net', 'urlz.fr', 'db.tt', 'mcaf.ee', 'su.pr', 'lnk.to',
  'hyperurl.co', 'geni.us', 'kutt.it', 'shorturl.com', 'bit.do', 'tg.me', 't.me', 'wa.me', 'discord.gg',
]);

/**
 * Top-level domains that readers write out in disguised links ("example dot com", "example . net").
 * English words that happen to be TLDs ("in", "it", "me", "us", "to") are left out, so "the end. In" and
 * "dot in the sky" are never read as domains.
 */
export const SPOKEN_TLDS: ReadonlySet<string> = new Set([
  'com', 'net', 'org', 'io', 'biz', 'info', 'xyz', 'ru', 'tv', 'ly', 'gg', 'uk', 'cn', 'de', 'fr', 'ws', 'cc',
  'pw', 'top', 'club', 'online', 'site', 'shop', 'app', 'dev', 'ai', 'live', 'win', 'vip', 'bet', 'casino',
  'store', 'click', 'link', 'loan', 'co', 'eu', 'ca', 'au', 'nl', 'es', 'pl', 'br', 'jp', 'kr', 'su', 'gov',
  'edu', 'mobi', 'pro', 'tk', 'ml', 'ga', 'cf', 'gq', 'icu', 'buzz', 'fun', 'space', 'website', 'tech',
  'news', 'media', 'blog', 'cloud', 'digital', 'money', 'finance', 'crypto', 'health', 'guru', 'today', 'ch',
  'se', 'nz', 'ie', 'za', 'ng', 'pk', 'af', 'tr', 'ua', 'org.uk', 'vn', 'ph', 'my', 'sg', 'hk', 'tw',
]);

/**
 * TLDs that are also common English words or file extensions. A bare "word.in" without scheme, "www." or a
 * path is more likely a missing space ("chips.In practice") or a file name ("notes.md") than a link.
 */
export const WORDY_TLDS: ReadonlySet<string> = new Set([
  'in', 'it', 'is', 'me', 'us', 'to', 'at', 'be', 'so', 'no', 'am', 'as', 'my', 'do', 'go', 'on', 'or', 'an',
  'by', 'he', 'hi', 'we', 'ok', 'py', 'md', 'sh', 'pl', 'rs', 'ts', 'im', 'id', 'ms', 'ps', 'pm', 'mr', 'ad',
  'ai', 'eg', 'ie', 'al', 'st', 'la', 'ne', 're', 'ma', 'mo', 'tv', 'ch', 'cc', 'js', 'gov', 'edu', 'new',
  'now', 'one', 'top', 'win', 'fun', 'art', 'bar', 'car', 'day', 'pub', 'run', 'red', 'pet', 'net',
]);
