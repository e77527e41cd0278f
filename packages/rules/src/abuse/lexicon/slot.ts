/**
 * A phrase slot of alternatives (`a|b|c`, see `phrases.ts`) from a list of words. Slots are separated by spaces, so an
 * entry of two words would silently become two slots ("bet you" in a list of openers): such an entry, an empty one
 * or one holding the syntax's own characters is refused when the lexicon loads.
 */
export function anyOf(words: readonly string[]): string {
  for (const w of words) {
    if (!/^[^\s|@~?]+$/.test(w)) throw new Error(`a phrase alternative must be one word: ${JSON.stringify(w)}`);
  }
  return words.join('|');
}
