/**
 * Names for a person that are also plain words, written from general knowledge of English: a dupe, a greedy sort,
 * a tell-tale, a failure, a brute. Each has a plain use ("a hog roast", "a snitch line", "the fair was a washout", "a
 * dupe of the key", "a brute of an engine"), so they name a person only in the frames the literal nouns of
 * `insults.ts` need: "you're such a dupe", "that greedy hog", "the senator is a snitch", "she is a brute". "Fake" and
 * "dope" stay out: a fake is most often a thing ("the letter was a fake") and "dope" praise ("this beat is crazy
 * dope"), so `person-verdicts.ts` reads them only said of a person ("you're a fake"); so do "monster", "beast" and "demon", praise in sport ("he is a monster on the court"); "phony" before a
 * creed is read by `camp-phrases.ts`.
 */
export const PLAIN_WORD_NAMES: readonly string[] = ['dupe', 'hog', 'glutton', 'snitch', 'washout', 'brute'];
