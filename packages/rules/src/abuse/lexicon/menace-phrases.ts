/**
 * Menace without a weapon, in the syntax of `phrases.ts`: calls to expose or hound someone ("Someone should dox him",
 * "let's find out where she lives", "post her home address", "everyone flood her inbox") and a pursuit promised in a
 * clause of its own ("We will find you.", "You can run but you can't hide.", "I've been watching you."). "We'll find
 * you a seat", "the ads flood your inbox" and "post your address to the courier" stay clean.
 */
import type { PhraseSpec } from './phrases.js';

/** Whose home or number is exposed: "his", "her", "their" (the reader's own, "your", is asked for in good faith). */
const EXPOSED = 'his|her|their';

export const MENACE_PHRASES: readonly PhraseSpec[] = [
  // "Someone should dox him", "let's doxx her" (not "Don't dox him", "they doxxed her last year").
  { kind: 'threat', score: 0.75, pattern: 'should|must|go|gonna|will|ll|to|lets|please dox|doxx @pronoun|em' },
  { kind: 'threat', score: 0.75, pattern: 'let s|us dox|doxx @pronoun|em' },
  // "Let's find out where she lives." (not "let's find out where they live on the map").
  {
    kind: 'threat',
    score: 0.75,
    pattern: 'let s|us find out? where he|she|they live|lives|works|sleeps|sleep',
    whole: true,
  },
  {
    kind: 'threat',
    score: 0.75,
    pattern: 'lets find out? where he|she|they live|lives|works|sleeps|sleep',
    whole: true,
  },
  {
    kind: 'harassment',
    score: 0.75,
    pattern: `post|publish|leak ${EXPOSED} home|phone|cell|personal|real? address|addresses|number|numbers`,
    order: true,
  },
  {
    kind: 'harassment',
    score: 0.75,
    pattern: `someone|somebody|everyone|everybody|lets ~2 post|publish|leak ${EXPOSED} home|phone|cell|personal|real? address|addresses|number|numbers`,
  },
  {
    kind: 'harassment',
    score: 0.7,
    pattern: `everyone|everybody|lets|someone|somebody|go ~2 flood|spam|bombard ${EXPOSED} inbox|phone|dms|mentions|email|voicemail`,
  },
  { kind: 'threat', score: 0.75, pattern: 'we|i will|ll|shall|gonna find @you', whole: true },
  { kind: 'threat', score: 0.7, pattern: '@you can run but @you cant|cannot hide', whole: true },
  { kind: 'threat', score: 0.7, pattern: '@you can run but @you can t|not hide', whole: true },
  { kind: 'threat', score: 0.7, pattern: '@you will|ll|gonna get yours', whole: true },
  { kind: 'threat', score: 0.7, pattern: 'i|we ve|have been watching @you', whole: true },
  // "Someone should teach her a lesson", "she needs to be put in her place", "somebody needs to shut him up", "he
  // needs his teeth knocked in": a punishment called for without naming the blow.
  { kind: 'threat', score: 0.7, pattern: 'someone|somebody ~2 teach @pronoun|em a lesson' },
  {
    kind: 'harassment',
    score: 0.6,
    pattern: 'should|must|needs|need|ought ~2 be put in her|his place',
    whole: true,
  },
  { kind: 'harassment', score: 0.6, pattern: 'someone|somebody ~2 shut @pronoun|em up' },
  {
    kind: 'threat',
    score: 0.8,
    pattern: 'needs|need|deserves|deserve @your|his|her|their teeth knocked|kicked|punched in|out',
  },
];
