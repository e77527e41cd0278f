/**
 * Names for a person as a dupe, a greedy sort, a tell-tale or a failure, written from general knowledge of English.
 * Each is also a plain word ("a hog roast", "a snitch line", "the fair was a washout", "a dupe of the key"), so they
 * name a person only in the frames the literal nouns of `insults.ts` need: "you're such a dupe", "that greedy hog",
 * "the senator is a snitch". "Fake" and "dope" stay out: a fake is most often a thing ("the letter was a fake") and
 * "dope" praise ("this beat is crazy dope"); "phony" before a creed is read by `camp-phrases.ts`.
 */
export const SHAM_NOUNS: readonly string[] = ['dupe', 'hog', 'glutton', 'snitch', 'washout'];
