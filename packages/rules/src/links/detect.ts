import { tokenize } from 'linkifyjs';
import { parse } from 'tldts';
import type { MappedText } from '../normalize/mapped-text.js';
import { originalSpan } from '../normalize/mapped-text.js';
import { defang } from './defang.js';
import { WORDY_TLDS } from './lists.js';

/** A link, e-mail address found in a comment, with its span in the original body. */
export interface LinkHit {
  kind: 'url' | 'email';
  /** As found, after de-fanging (lower case). */
  value: string;
  /** Host name, lower case ("www.metoffice.gov.uk"). */
  host: string;
  /** Registrable domain ("metoffice.gov.uk"), or the host when there is none. */
  domain: string;
  start: number;
  end: number;
  /** The original text does not read as the link: it was disguised (hxxp, [.], "dot com", look-alikes...). */
  disguised: boolean;
  /**
   * Written with letters of another script that look like the Latin ones it reads as ("аpple.com" with a Cyrillic
   * "а"): a homograph, a different domain from the one it imitates. Fullwidth letters are not (NFKC makes them
   * the letters themselves).
   */
  lookalike: boolean;
  /** Visible text of a markdown or HTML anchor around the link, when there is one. */
  anchor: string | null;
  /** The host is a bare IPv4 address: no name says where the link leads. */
  ip: boolean;
}

const HAS_SCHEME = /^[a-z][a-z0-9+.-]*:\/\//;
const NON_ASCII = /[^\x00-\x7f]/;
/** What linkify needs to find anything: a dot between two word characters, an '@' or a scheme. */
const LINK_SHAPE = /[\p{L}\p{N}-]\.[\p{L}\p{N}]|@|:\/\//u;
/**
 * What every link kept below also has: a host with a registrable domain, so a dot before a top-level domain, and
 * every top-level domain starts with two letters ("uk", "com", "xn--…", "рф"; a mark may follow the first letter
 * in some scripts). Numbers ("£2.50", "5.4%"), initials ("e.g.", "u.s.") and mentions ("@priya") don't have it.
 */
const TLD_DOT = /\.\p{L}[\p{L}\p{M}]/u;
const TLD_DOTS = new RegExp(TLD_DOT.source, 'gu');

function maybeLink(text: string): boolean {
  return TLD_DOT.test(text) && LINK_SHAPE.test(text);
}

/** Finds URLs, bare domains and e-mail addresses in the folded body, after de-fanging. */
export function findLinks(body: string, folded: MappedText): LinkHit[] {
  const text = defang(folded, body);
  const out: LinkHit[] = IP_SHAPE.test(text.text) ? findIpLinks(body, text, IP_URL) : [];
  if (text.text.includes('://')) out.push(...findIpLinks(body, text, NUMERIC_IP_URL));
  // Nothing below survives without a dot before two letters; most comments only have sentence-ending dots, and
  // skipping linkify for them (and for the chunks of the others without one) is much of the engine's speed.
  if (!maybeLink(text.text)) return out;
  for (const m of findInChunks(text.text)) {
    if (m.type !== 'url' && m.type !== 'email') continue;
    // linkify lets quotes and angle brackets into a URL ('http://x.com">text'); HTML and markdown end it there.
    const cut = m.value.search(/["'<>`]/);
    const value = cut > 0 ? m.value.slice(0, cut) : m.value;
    const mEnd = m.start + value.length;
    const { start, end } = originalSpan(text, m.start, mEnd);
    const original = body.slice(start, end);
    const host = m.type === 'email' ? (value.split('@')[1] ?? '') : hostOf(value);
    const info = parse(host);
    if (!info.domain || !(info.isIcann || info.isPrivate)) continue;
    const suffix = info.publicSuffix ?? '';
    const disguised = original.toLowerCase() !== value;
    const lookalike = disguised && NON_ASCII.test(original) && original.normalize('NFKC').toLowerCase() !== value;
    if (m.type === 'url' && !disguised && looksLikeProse(value, original, suffix)) continue;
    if (m.type === 'url' && looksLikeAbbreviation(value, original, text.text[mEnd] ?? '')) continue;
    if (m.type === 'url' && looksLikeDotNetName(value, original)) continue;
    out.push({
      kind: m.type,
      value,
      host: info.hostname ?? host,
      domain: info.domain,
      start,
      end,
      disguised,
      lookalike,
      anchor: m.type === 'url' ? anchorText(text.text, m.start, mEnd) : null,
      ip: false,
    });
  }
  return out;
}

/** What an IPv4 address needs: digits, a dot, digits, a dot, a digit. */
const IP_SHAPE = /\d\.\d{1,3}\.\d/;
const OCTET = '(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)';
/** An IPv4 address with its scheme, port and path when written; bounded, linear. */
const IP_URL = new RegExp(
  `(?:\\b(?:https?|ftp)://)?(?<![\\d.])(${OCTET}(?:\\.${OCTET}){3})(?!\\d|\\.\\d)(:\\d{2,5})?(/[^\\s"'<>]{0,2000})?`,
  'g',
);

/** An IPv4 address written as one number, decimal or hexadecimal, after a scheme: "http://3405803783/". */
const NUMERIC_IP_URL = /\b(?:https?|ftp):\/\/(\d{8,10}|0x[0-9a-f]{6,8})(?![\w.])(:\d{2,5})?(\/[^\s"'<>]{0,2000})?/g;

/**
 * Links to bare IPv4 addresses ("http://203.0.113.7/login", "203.0.113.7:8080", "203[.]0[.]113[.]7",
 * "http://3405803783/"). An address alone counts only when something says it is a link (a scheme, a port, a path,
 * a disguise): "version 1.2.3.4" and dotted figures stay prose.
 */
function findIpLinks(body: string, text: MappedText, regex: RegExp): LinkHit[] {
  const out: LinkHit[] = [];
  regex.lastIndex = 0;
  for (let m = regex.exec(text.text); m !== null; m = regex.exec(text.text)) {
    const ip = m[1] ?? '';
    const { start, end } = originalSpan(text, m.index, m.index + m[0].length);
    const original = body.slice(start, end);
    const disguised = original.toLowerCase() !== m[0];
    if (!(m[0].includes('://') || m[2] || m[3] || disguised)) continue;
    out.push({
      kind: 'url',
      value: m[0],
      host: ip,
      domain: ip,
      start,
      end,
      disguised,
      lookalike: false,
      anchor: null,
      ip: true,
    });
  }
  return out;
}

/**
 * linkify's matches, found chunk by chunk: a link never spans a space or a line break, so only the
 * space-separated chunks that could hold one are scanned (linkify's scanner costs about a microsecond per
 * ten characters; most of a comment with one link is prose).
 */
function findInChunks(text: string): { type: string; value: string; start: number }[] {
  const out: { type: string; value: string; start: number }[] = [];
  // Only the chunks with a dot before two letters can hold a link: find those dots, then the chunk around each
  // (no other chunk is sliced or looked at).
  TLD_DOTS.lastIndex = 0;
  for (let m = TLD_DOTS.exec(text); m !== null; m = TLD_DOTS.exec(text)) {
    let from = m.index;
    while (from > 0 && !chunkEnd(text.charCodeAt(from - 1))) from--;
    let to = m.index;
    while (to < text.length && !chunkEnd(text.charCodeAt(to))) to++;
    const chunk = text.slice(from, to);
    if (LINK_SHAPE.test(chunk)) {
      // linkify's `find` with its default options, without building them per call (an options object, then
      // href and formatting per match): the link tokens' own type, text and offset.
      for (const t of tokenize(chunk)) {
        if (t.isLink) out.push({ type: t.t, value: t.toString(), start: from + t.startIndex() });
      }
    }
    TLD_DOTS.lastIndex = to;
  }
  return out;
}

/** What separates the chunks a link can be in: a space or a line break. */
function chunkEnd(c: number): boolean {
  return c === 0x20 || c === 0x0a;
}

function hostOf(href: string): string {
  const rest = href.replace(HAS_SCHEME, '');
  const cut = rest.search(/[/?#:]/);
  const host = (cut >= 0 ? rest.slice(0, cut) : rest).toLowerCase();
  return host.includes('@') ? (host.split('@').pop() ?? '') : host;
}

/**
 * A bare "word.tld" with no scheme, "www." or path, whose TLD is also an English word or a file extension
 * ("chips.In practice", "notes.md"), or written like a new sentence ("end.So"), is prose, not a link.
 */
function looksLikeProse(value: string, original: string, suffix: string): boolean {
  if (HAS_SCHEME.test(value) || value.startsWith('www.') || /[/?#]/.test(value)) return false;
  const lastDot = original.lastIndexOf('.');
  const tldOriginal = original.slice(lastDot + 1);
  const capitalisedTld = /^\p{Lu}\p{Ll}+$/u.test(tldOriginal) && !/^\p{Lu}/u.test(original);
  if (capitalisedTld) return true;
  if (!WORDY_TLDS.has(suffix)) return false;
  // "my-shop.me" or "deals24.tv" still read as links: hyphens and digits are not how prose is written, but for
  // the number of a list item ("1.it is short, 2.it is cheap").
  const label = value.slice(0, value.length - suffix.length - 1);
  return !/[-0-9]/.test(label) || /^\d{1,2}$/.test(label);
}

/** TLDs that short capitalised names use as links ("X.com", "BIT.LY/x" has a path anyway). */
const SHORT_NAME_TLDS: ReadonlySet<string> = new Set(['com', 'org', 'io', 'ly', 'co', 'me', 'gg', 'tv', 'to']);

/**
 * Product names and abbreviations that read as domains: "ASP.NET", "VB.NET", "M.Sc.", "B.Com.": bare, written
 * with capitals, every label three letters or fewer, and either a TLD that short names do not use as links or an
 * abbreviation's full stop right after ("B.Com.").
 */
function looksLikeAbbreviation(value: string, original: string, next: string): boolean {
  if (HAS_SCHEME.test(value) || value.startsWith('www.') || /[/?#@:]/.test(value)) return false;
  if (!/\p{Lu}/u.test(original)) return false;
  const labels = value.split('.');
  if (labels.some((l) => l.length > 3)) return false;
  return next === '.' || !SHORT_NAME_TLDS.has(labels.at(-1) ?? '');
}

/**
 * Names of the .NET family, written as its makers write them: a name in lower case after its capitals, then ".NET" in
 * capitals ("Paint.NET", "Entity.NET"), bare. A domain is written in one case ("deals.net", "DEALS.NET") or with a
 * scheme, "www." or a path, and stays a link.
 */
function looksLikeDotNetName(value: string, original: string): boolean {
  if (HAS_SCHEME.test(value) || value.startsWith('www.') || /[/?#@:]/.test(value)) return false;
  return /^\p{Lu}[\p{L}\p{N}]*\p{Ll}[\p{L}\p{N}]*\.NET$/u.test(original);
}

/** Text of the markdown "[text](url)" or HTML "<a href=url>text</a>" around a link, looked up in bounded windows. */
function anchorText(text: string, start: number, end: number): string | null {
  const before = text.slice(Math.max(0, start - 2), start);
  if (before.endsWith('](')) {
    const open = text.lastIndexOf('[', start - 2);
    if (open >= 0 && start - open <= 300) return text.slice(open + 1, start - 2);
    return null;
  }
  const head = text.slice(Math.max(0, start - 300), start);
  if (/href\s*=\s*["']?$/.test(head)) {
    const close = text.indexOf('>', end);
    if (close < 0 || close - end > 300) return null;
    const stop = text.indexOf('<', close);
    const last = stop < 0 || stop - close > 300 ? Math.min(text.length, close + 300) : stop;
    return text.slice(close + 1, last).trim();
  }
  return null;
}
