/**
 * The words self-promotion is made of, for the patterns in `promotion-patterns.ts`: subscribing and its
 * misspellings, what a writer promotes as theirs, the verbs that point readers to it, networks, creators, gifts, and
 * the cues (substrings) every spelling of them holds.
 */

/** News a reader may ask others to pay for: "please subscribe to local journalism". */
const NEWS = '(?:journalism|news|newspapers?|papers?|press|publications?|newsletters?)';
export const NOT_NEWS = String.raw`(?!\s+to\s+(?:(?:local|quality|independent|good)\s+)?${NEWS}\b)`;
/** Subscribe as a verb, with the usual misspellings ("suscribe", "subcribe", "sucscribe"), and "sub". */
export const SUB = '(?:sub|s[uo][bcs]{1,4}r[iy]b(?:e|ir|irse)?)';
/** What a writer promotes as theirs. */
export const WORK =
  '(?:chan+el+s?|channel|vids?|videos?|vidios?|vlogs?|music|covers?|songs?|raps?|remix(?:es)?|beats?|mixtapes?|tracks?|playlists?|streams?|clips?|content|account|profile|pages?(?!\\s*\\d)|blog|website|podcast|album|youtube|yt)';
export const PROMO_VERB = String.raw`(?:check(?:ing|ed)?|chack(?:ing|ed)?|chek(?:ing|ed)?|visit|see|watch|view|go\s+to|come\s+to|come\s+on|look\s+at|listen\s+to|hear|share|spread|support)`;
export const NETWORK =
  '(?:twitter|instagram|insta|ig|facebook|fb|tiktok|snapchat|snap|twitch|youtube|kik|telegram|soundcloud)';
/** Messaging apps a scammer moves a reader to. */
export const MESSENGERS: readonly string[] = ['whatsapp', 'signal', 'wechat', 'viber', 'kik', 'telegram'];
export const MESSENGER = `(?:${MESSENGERS.join('|')})`;
export const CREATOR =
  '(?:youtuber|rapper|singer|producer|musician|gamer|vlogger|remixer|beatboxer|artist|band|dj|songwriter)';
/** Substrings every spelling of `SUB`, `WORK` and `CREATOR` holds ("suscribe" holds "rib", "songwriter" "song"). */
export const SUB_CUES = ['sub', 'rib', 'ryb'];
export const WORK_CUES = [
  'cha',
  'page',
  'vid',
  'vlog',
  'music',
  'cover',
  'song',
  'rap',
  'remix',
  'beat',
  'mixtape',
  'track',
  'playlist',
  'stream',
  'clip',
  'content',
  'account',
  'profile',
  'blog',
  'website',
  'podcast',
  'album',
  'youtu',
  'yt',
];
export const CREATOR_CUES = [
  'youtu',
  'rap',
  'singer',
  'producer',
  'gamer',
  'artist',
  'band',
  'dj',
  'music',
  'remix',
  'beat',
  'vlog',
  'song',
];
/** Words opening a noun phrase about something other than the writer: "search the archive", "check the date". */
export const DETERMINERS: readonly string[] = [
  'the',
  'a',
  'an',
  'your',
  'his',
  'her',
  'their',
  'its',
  'this',
  'that',
  'these',
  'those',
  'any',
  'some',
];
export const DETERMINER = DETERMINERS.join('|');
export const GIFT = String.raw`(?:gift\s*cards?|vouchers?|paypal|robux|v-?bucks|followers|subscribers|iphones?|psn|xbox\s+live)`;
