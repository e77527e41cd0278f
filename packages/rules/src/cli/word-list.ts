import { STRONG_INSULT_NOUNS, TARGETED_INSULT_NOUNS } from '../abuse/lexicon/insults.js';
import { STRONG_PROFANITY } from '../abuse/lexicon/profanity.js';
import { UNAMBIGUOUS_SLURS } from '../abuse/lexicon/slurs.js';

/** The eval's "plain word list" baseline uses our own lexicon, so the comparison isolates the matching. */
export const ALL_ABUSE_WORDS: readonly string[] = [
  ...STRONG_INSULT_NOUNS,
  ...TARGETED_INSULT_NOUNS,
  ...STRONG_PROFANITY,
  ...UNAMBIGUOUS_SLURS,
].filter((w) => w.length >= 3);
