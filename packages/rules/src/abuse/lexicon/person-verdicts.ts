/**
 * Verdicts on a person that name no insult word, written from general knowledge of English: `person-verdicts.ts`
 * holds them said of a person by a verb of being and ending their phrase ("you're a nobody", "he is a fake", "you
 * are the worst", "she's the devil", "you are nothing", "he is a cancer"). Each is a plain word elsewhere ("nobody
 * came", "the letter was a fake", "the worst is over", "the devil is in the details", "nothing happened", "a cancer
 * patient"), so only that frame counts.
 */

/** Names for a person after "a" ("you're a nobody", "he is such a phony", "what a dope"). */
export const VERDICT_NAMES: readonly string[] = [
  'nobody',
  'fake',
  'phony',
  'phoney',
  'dope',
  'zero',
  // "loser" misspelt as a plain word ("a looser fit"): a name only in this frame.
  'looser',
];

/** What a person is called after "the" ("you are the worst", "he's the devil", "she is the lowest of the low"). */
export const VERDICT_SUPERLATIVES: readonly string[] = ['worst', 'devil', 'antichrist', 'lowest'];

/**
 * A sickness a person is said to be, after "a" or "the" and maybe "on" what they harm: "he is a cancer on this
 * country", "Trump is the disease", "you are a plague upon this forum".
 */
export const VERDICT_MALADIES: readonly string[] = [
  'cancer',
  'disease',
  'plague',
  'virus',
  'scourge',
  'tumor',
  'tumour',
];

/** What a person is called with no article ("you are nothing", "he's nothing.", "he is Satan"). */
export const VERDICT_BARE: readonly string[] = ['nothing', 'satan', 'lucifer', 'beelzebub'];

/** Words that may describe such a name between the article and it: "a total nobody", "the absolute worst". */
export const VERDICT_MODIFIERS: readonly string[] = [
  'total',
  'complete',
  'absolute',
  'utter',
  'real',
  'big',
  'little',
  'sad',
  'pathetic',
  'very',
  'living',
  'fat',
  'old',
];

/** Words that may follow the name in its phrase: "a fake and a liar", "the devil incarnate", "the worst ever". */
export const VERDICT_AFTER: readonly string[] = ['and', 'too', 'anyway', 'incarnate', 'ever', 'because'];
