/**
 * Taunts that run the reader down without an insult word, in the syntax of `phrases.ts`: "Nobody likes you.", "Do
 * you even think before you type?", "You're the reason shampoo has instructions". Each needs the reader or a set
 * phrase no kind remark uses: "nobody likes you more than your mother" and "do you think before you buy?" stay clean.
 */
import type { PhraseSpec } from './phrases.js';

export const TAUNT_PHRASES: readonly PhraseSpec[] = [
  { kind: 'harassment', score: 0.6, pattern: 'nobody|noone likes|wants|loves @you', whole: true },
  { kind: 'harassment', score: 0.6, pattern: 'no one likes|wants|loves @you', whole: true },
  { kind: 'harassment', score: 0.6, pattern: 'everyone|everybody hates|despises @you', whole: true },
  {
    kind: 'harassment',
    score: 0.6,
    pattern: 'do|does @you ever|even think|read before @you type|speak|post|write|comment|open',
  },
  { kind: 'insult', score: 0.6, pattern: 'how do|does @you even|manage to? tie @your shoes|shoelaces|laces' },
  { kind: 'insult', score: 0.6, pattern: 'reason shampoo|shampoos has|have instructions', person: true },
  { kind: 'insult', score: 0.6, pattern: 'gene pool needs|need a lifeguard', person: true },
];
