import { hash } from 'node:crypto';
import { bandHashes, minhash } from './minhash.js';

/** What the duplicate index stores per comment; see the package README for how the pieces are used. */
export interface Fingerprint {
  /** Hex SHA-1 of the canonical text (case, spacing, punctuation and emoji removed). */
  exact: string;
  /** MinHash signature over the comment's words (64 unsigned 32-bit values). */
  signature: number[];
  /**
   * LSH band hashes (16 bands of 4 rows) derived from the signature, unsigned 32-bit, one per band: two comments
   * share a band when they have the same hash at the same position. `bandKey(b, bands[b])` names it as text.
   */
  bands: number[];
  /** False for short or common replies ("Agreed.", "Thank you for this article") that never count as duplicates. */
  eligible: boolean;
}

/** Default minimum canonical length; a site policy may raise or lower it at evaluation time. */
const DEFAULT_MIN_LENGTH = 24;

/**
 * Words of stock replies. A comment made only of these ("Great article, thanks!", "So true.", "Well said")
 * is a common reply: many readers write it independently, so repeating it is not a campaign.
 */
const STOCK_WORDS: ReadonlySet<string> = new Set(
  (
    'thank thanks thx ty you for this the article piece story report reporting journalism great good nice ' +
    'excellent brilliant superb fantastic amazing awesome wonderful important interesting informative insightful ' +
    'thoughtful well said written put agreed agree totally completely absolutely so true exactly spot on yes yep ' +
    'indeed same here me too i a an of it is was that very really much what and couldnt could not have better ' +
    'hear bravo amen love lol haha wow keep up work fair point +1 100 all this my thoughts sums summed nailed'
  ).split(' '),
);

export function isStockReply(words: readonly string[]): boolean {
  return words.length > 0 && words.length <= 10 && words.every((w) => STOCK_WORDS.has(w));
}

/**
 * Function words left out of the MinHash shingles. Nearly every comment has several of them, so with them in,
 * unrelated comments shared LSH bands made of "the", "is", "to"... (a band whose minima all fall on such words
 * was shared by most of a busy site's comments: every comment drew a dozen spurious candidates from the index),
 * and two short comments in the same mould ("I think the X is wrong") read as near-copies.
 */
const SHINGLE_STOPWORDS: ReadonlySet<string> = new Set(
  (
    'a an the and or but if so of to in on at by for with from as into about than then this that these those ' +
    'it its is are was were be been being am do does did have has had will would can could should may might must ' +
    'i me my we us our you your he him his she her they them their there here what which who when where why how ' +
    'not no just very too also all any some more most such only own same up out over again once s t d ll m re ve'
  ).split(' '),
);
/** The longest function word: a longer word is a content word without a lookup (most content words). */
const LONGEST_STOPWORD = Math.max(...[...SHINGLE_STOPWORDS].map((w) => w.length));
/**
 * Fewer content words than this and the comment is shingled whole: in a short comment one changed content word
 * would weigh too much ("I said the budget was a lie" must still match "I said the budget was a scam").
 */
const MIN_CONTENT_WORDS = 8;

/**
 * The fingerprint of a canonical word list. Shingles are single content words: near-duplicates reorder, drop
 * or swap a few words, and word sets keep far more of their overlap under such edits than word n-grams do.
 * The exact hash is over every word; `canonical` is the words joined by single spaces, when the caller has it.
 */
export function fingerprint(words: readonly string[], canonical = words.join(' ')): Fingerprint {
  const content: string[] = [];
  for (const w of words) if (w.length > LONGEST_STOPWORD || !SHINGLE_STOPWORDS.has(w)) content.push(w);
  // A repeated word cannot lower a minimum twice: no need to de-duplicate the shingles first.
  const signature = minhash(content.length >= MIN_CONTENT_WORDS ? content : words);
  return {
    // One-shot hash: a Hash object per comment cost more than the hashing.
    exact: hash('sha1', canonical, 'hex'),
    signature,
    bands: bandHashes(signature),
    eligible: canonical.length >= DEFAULT_MIN_LENGTH && !isStockReply(words),
  };
}

/**
 * Distinct words a text must have beyond function words and stock-reply words before copies of it by several
 * authors count as a campaign. Short praise ("love this song, makes me want to dance") is written the same way
 * by many readers independently; a campaign is a longer text, or any text carrying a link or phone number.
 */
const MIN_CAMPAIGN_WORDS = 5;

/** Whether copies of this text by several authors are evidence of a copy-paste campaign. */
export function campaignEvidence(words: readonly string[], hasContact: boolean): boolean {
  if (hasContact) return true;
  const distinct = new Set<string>();
  for (const w of words) {
    if (SHINGLE_STOPWORDS.has(w) || STOCK_WORDS.has(w)) continue;
    distinct.add(w);
    if (distinct.size >= MIN_CAMPAIGN_WORDS) return true;
  }
  return false;
}
