/**
 * Names for a person as a sham, a dupe or a greedy or disloyal sort, written from general knowledge of English.
 * Each is also a plain word ("a phony war", "a hog roast", "a snitch line"), so they name a person
 * only in the frames the literal nouns of `insults.ts` need: "you're a phony", "what a dupe", "he is a phony and a
 * liar", "that greedy hog". "Fake" and "dope" stay out: a fake is most often a thing ("the letter was a fake") and
 * "dope" praise ("this beat is crazy dope").
 */
export const SHAM_NOUNS: readonly string[] = ['phony', 'phoney', 'dupe', 'hog', 'glutton', 'snitch', 'washout'];
