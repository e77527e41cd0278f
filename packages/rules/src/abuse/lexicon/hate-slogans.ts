/**
 * The slogans and number codes of organised hate, written from general knowledge of them, as the words the
 * normalizer reads. `hate-slogans.ts` holds each said as a clause of its own; the lexicon's vocabulary reads their
 * words back out of letters spelled one by one ("S I E G  H E I L").
 */
export const HATE_SLOGANS: readonly (readonly string[])[] = [
  ['sieg', 'heil'],
  ['siegheil'],
  ['heil', 'hitler'],
  ['heilhitler'],
  ['hail', 'hitler'],
  ['hitler', 'was', 'right'],
  ['hitler', 'did', 'nothing', 'wrong'],
  ['white', 'power'],
  ['blood', 'and', 'soil'],
  ['jews', 'will', 'not', 'replace', 'us'],
  ['you', 'will', 'not', 'replace', 'us'],
  ['14', '88'],
  ['1488'],
  ['rahowa'],
  ['race', 'war', 'now'],
  ['day', 'of', 'the', 'rope'],
  ['holohoax'],
];
