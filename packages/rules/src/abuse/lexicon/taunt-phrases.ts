/**
 * Taunts that run the reader or someone down without an insult word, in the syntax of `phrases.ts`: "Nobody likes
 * you.", "Do you even think before you type?", "You're the reason shampoo has instructions", "a waste of a human
 * being". Each needs the reader or a set
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
  // "a waste of a human being", "a laughing stock", "a walking disaster", "proof that evolution can go in reverse",
  // "his parents should have used a condom" ("a waste of a life" mourns one).
  { kind: 'insult', score: 0.6, pattern: 'waste of a human being', person: true },
  { kind: 'insult', score: 0.6, pattern: 'waste of a human|person', person: true },
  { kind: 'insult', score: 0.6, pattern: 'laughing stock' },
  { kind: 'insult', score: 0.6, pattern: 'walking disaster|contradiction|joke', person: true },
  { kind: 'insult', score: 0.6, pattern: 'walking advertisement|advert|ad for birth control' },
  { kind: 'insult', score: 0.6, pattern: 'walking advertisement|advert|ad for contraception|abortion' },
  {
    kind: 'insult',
    score: 0.6,
    pattern: 'proof|evidence that? evolution can|does|did go|run in? reverse|backwards|backward',
    person: true,
  },
  {
    kind: 'harassment',
    score: 0.7,
    pattern: 'parents|mother|mom|mum|dad|father should ve|have used a? condom|protection|contraception',
  },
  { kind: 'harassment', score: 0.7, pattern: 'parents|mother|mom|mum|dad|father didn t use a? condom|protection' },
  { kind: 'harassment', score: 0.7, pattern: 'parents|mother|mom|mum|dad|father didnt use a? condom|protection' },
];
