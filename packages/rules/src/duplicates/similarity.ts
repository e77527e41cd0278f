import { jaccardEstimate } from './minhash.js';

/**
 * How similar two comments are, 0..1, from their MinHash signatures: the share of words they have in common
 * (Sørensen–Dice, 2J/(1+J), computed from the MinHash estimate J of the Jaccard resemblance of their word
 * sets). Dice reads the way moderators think ("90% of the words are the same") and keeps a comment with two
 * words swapped above 0.8, where raw Jaccard would already fall to ~0.75.
 */
export function similarity(a: readonly number[], b: readonly number[]): number {
  const j = jaccardEstimate(a, b);
  return (2 * j) / (1 + j);
}
