import { type MappedText, mappedReplace } from '../normalize/mapped-text.js';
import { SPOKEN_TLDS } from './lists.js';

/**
 * TLDs read after a bare stand-in for the dot (a comma, an emoji, a dot and a space): the ones that are no English
 * word, so "ideas,information" or "the end. Com..." stay prose.
 */
const PLAIN_TLDS = '(?:com|net|org|biz|info|xyz|ru|io)';
/**
 * A name then a dot and a space before a TLD: "deals. com". Only TLDs that no sentence starts with. The dot comes
 * first and the name is looked behind from after it, so that the search skips to dots rather than trying every place.
 */
const DOT_SPACE = /\. (?<=[a-z0-9-]{3}\. )(?=(?:com|org|biz|info|xyz)(?![a-z0-9]))/g;
/**
 * A comma or an underscore in place of the dot, with no space around it: "deals,com", "deals_com"; not after a
 * slash in the same word, in a link's path, where "_io" is part of an id ("youtu.be/AA0_io-0_AA"). As for DOT_SPACE,
 * the stand-in is matched first and what comes before it is looked behind from after it.
 */
const COMMA_DOT = new RegExp(`[,_](?<!/\\S*[,_])(?<=[a-z0-9-]{3}[,_])(?=${PLAIN_TLDS}(?![a-z0-9.]))`, 'g');
/** The word between hyphens: "deals-dot-com". */
const HYPHEN_DOT = /(?<=[a-z0-9]{2})-d[o0]t-(?=([a-z]{2,6})(?![a-z0-9]))/g;
/** A TLD in l33t after a dot or the word: "deals.c0m", "deals dot n3t". */
const LEET_TLD = /(?<=[a-z0-9-]{2}(?:\.| d[o0]t ))(c0m|n3t|0rg|1nf0|b1z|x7z)(?![a-z0-9])/g;
const LEET_TLDS: Readonly<Record<string, string>> = {
  c0m: 'com',
  n3t: 'net',
  '0rg': 'org',
  '1nf0': 'info',
  b1z: 'biz',
  x7z: 'xyz',
};
/** An emoji in place of the dot: "deals🔴com". */
const EMOJI_DOT = /(?<=[a-z0-9-]{3})(?:\p{Extended_Pictographic}|\uFE0F|\u200D){1,4}(?=([a-z]{2,6})(?![a-z0-9]))/gu;
/** "dealsDOTcom": the word for the dot written into the name, told apart by its capitals only. */
const CASED_DOT = /(?<=[a-z0-9]{3})d[o0]t(?=([a-z]{2,6})(?![a-z0-9]))/g;
/** "www deals com": the dots left out, "www" says what it is. */
const WWW_SPACED = /\bwww ([a-z0-9-]{2,63}) ([a-z]{2,6})(?![a-z0-9.])/g;
/** A TLD spelled out after a dot or the word: "deals.c o m", "deals dot c o m". */
const SPELLED_TLD = /(?<=[a-z0-9-]{2})( ?\. ?| d[o0]t )([a-z](?:[ .][a-z]){1,5})(?![a-z0-9])/g;
const SPELLED_TLD_CUE = /(?:\.|d[o0]t) ?[a-z][ .][a-z](?![a-z])/;
/** An IPv4 address with the word for its dots: "203 dot 0 dot 113 dot 7". */
const SPOKEN_IP = /\b\d{1,3}(?: d[o0]t \d{1,3}){3}(?![\d.])/g;
/** "swagfriends com": a name and "com" with a space for the dot; "com" is no word of its own. */
const SPACE_COM = /(?<![a-z0-9.'-])([a-z0-9-]{4,63}) com(?![a-z0-9.'-]| ?ports?\b)/g;
/** Words before "com" that say something else: "dot com", "www com", "serial com" (a port). */
const NOT_NAMES: ReadonlySet<string> = new Set(['dot', 'd0t', 'www', 'serial', 'http', 'https']);
const NON_ASCII = /[^\x00-\x7f]/;

/** Reads a TLD written in l33t after a dot or "dot" as letters ("deals.c0m"), before the words for dots are read. */
export function unLeetTlds(t: MappedText): MappedText {
  if (!/c0m|n3t|0rg|1nf0|b1z|x7z/.test(t.text)) return t;
  return mappedReplace(t, LEET_TLD, (m) => LEET_TLDS[m[1] ?? ''] ?? null);
}

/**
 * Rewrites the stand-ins for a link's dots that the bracket and "dot" rewrites do not cover: a comma, an emoji, a
 * "DOT" in capitals inside a name, a dot set apart by a space, a space before "com", "-dot-", dots left out after "www", a TLD spelled out letter by
 * letter, an IP address with "dot".
 * Each needs a name before it and a TLD after it, so prose keeps its commas, emoji and full stops.
 */
export function rewriteStandIns(t: MappedText, body: string): MappedText {
  let out = t;
  const text = t.text;
  // "the end. Com..." starts a sentence: the TLD must be written in lower case.
  if (text.includes('. ')) out = mappedReplace(out, DOT_SPACE, (m) => (lowerAt(t, body, m.index + 2) ? '.' : null));
  if (text.includes(',') || text.includes('_')) out = mappedReplace(out, COMMA_DOT, () => '.');
  if (text.includes('-d')) out = mappedReplace(out, HYPHEN_DOT, (m) => (SPOKEN_TLDS.has(m[1] ?? '') ? '.' : null));
  if (NON_ASCII.test(text)) out = mappedReplace(out, EMOJI_DOT, (m) => (SPOKEN_TLDS.has(m[1] ?? '') ? '.' : null));
  if (text.includes('dot') || text.includes('d0t')) {
    // "DOT" in capitals between lower case letters: "dealsDOTcom" (an "idiot.com" or "Dotcom" stays a word).
    const cased = out;
    out = mappedReplace(out, CASED_DOT, (m) =>
      SPOKEN_TLDS.has(m[1] ?? '') &&
      !/[A-Z]/.test(body[cased.starts[m.index - 1] ?? -1] ?? 'A') &&
      !lowerAt(cased, body, m.index) &&
      !lowerAt(cased, body, m.index + 2) &&
      lowerAt(cased, body, m.index + 3)
        ? '.'
        : null,
    );
  }
  if (text.includes('www ')) {
    out = mappedReplace(out, WWW_SPACED, (m) => (SPOKEN_TLDS.has(m[2] ?? '') ? `www.${m[1]}.${m[2]}` : null));
  }
  if (out.text.includes(' com')) {
    out = mappedReplace(out, SPACE_COM, (m) => (NOT_NAMES.has(m[1] ?? '') ? null : `${m[1]}.com`));
  }
  if (SPELLED_TLD_CUE.test(out.text)) {
    out = mappedReplace(out, SPELLED_TLD, (m) => {
      const tld = (m[2] ?? '').replace(/[ .]/g, '');
      return SPOKEN_TLDS.has(tld) ? `.${tld}` : null;
    });
  }
  if (text.includes(' dot ') || text.includes(' d0t ')) {
    // Six digits at least ("40 dot 52 dot 9 dot 6"): "3 dot 1 dot 2 dot 0" is a list of figures more likely than an
    // address.
    out = mappedReplace(out, SPOKEN_IP, (m) =>
      m[0].replace(/\D/g, '').length >= 6 ? m[0].replace(/ d[o0]t /g, '.') : null,
    );
  }
  return out;
}

/** Whether the original character behind unit `i` of a derived text is a lower case letter. */
function lowerAt(t: MappedText, body: string, i: number): boolean {
  const c = body[t.starts[i] ?? -1] ?? '';
  return c !== c.toUpperCase();
}
