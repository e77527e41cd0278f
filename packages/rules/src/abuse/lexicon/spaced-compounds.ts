/**
 * Listed compounds a reader may write as two words, which still name the insult or slur so written: "dick head",
 * "jungle bunny", "towel head". Written apart, each of these pairs is no phrase of its own, so the normalizer glues
 * the two words back into the listed word (plurals too: "rag heads", "jungle bunnies"). Compounds whose halves also
 * make an everyday phrase stay out and read as the words they are: "red neck", "wet back", "pin head", "cave man",
 * "con man", "gas bag", "nut bag", "dirt bag", "wind bag", "fruit cake", "dip stick", "butt heads" and "crack heads"
 * (to clash, to beat), "sore head", "block head" (of an engine), "dot head" (a polka dot head scarf), "burr head" (of
 * a rotary tool), "grease ball", "camel jockey" (a rider in camel races), "half breed" (of a dog), "fan boy", "china
 * man", "lady boy". Every entry joined is a listed word.
 */
export const SPACED_COMPOUNDS: readonly string[] = [
  // Names for a fool or a brute
  'dick head',
  'dick wad',
  'dick face',
  'dick bag',
  'knob head',
  'half wit',
  'nit wit',
  'air head',
  'bone head',
  'meat head',
  'knuckle head',
  'dunder head',
  'chuckle head',
  'meth head',
  'pot head',
  'lame brain',
  'scatter brain',
  'feather brain',
  'ass hat',
  'ass face',
  'butt face',
  'boot licker',
  'goof ball',
  'wack job',
  'whack job',
  // Slurs
  'rag head',
  'towel head',
  'diaper head',
  'zipper head',
  'porch monkey',
  'jungle bunny',
  'jew boy',
  'batty man',
  'curry muncher',
  'ching chong',
  'moon cricket',
  'sand monkey',
];

/** The plural of a compound's second half: "heads", "bunnies", "men". */
export function pluralOfHalf(half: string): string {
  if (half.endsWith('man')) return `${half.slice(0, -3)}men`;
  if (/[^aeiou]y$/.test(half)) return `${half.slice(0, -1)}ies`;
  return `${half}s`;
}
