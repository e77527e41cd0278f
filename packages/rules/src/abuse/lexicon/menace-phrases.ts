/**
 * Menace without a weapon, in the syntax of `phrases.ts`: calls to expose or hound someone ("Someone should dox him",
 * "let's find out where she lives", "post her home address", "everyone flood her inbox") and a pursuit promised in a
 * clause of its own ("We will find you.", "You can run but you can't hide.", "I've been watching you."). "We'll find
 * you a seat", "the ads flood your inbox" and "post your address to the courier" stay clean.
 */
import type { PhraseSpec } from './phrases.js';

/** Whose home or number is exposed: "his", "her", "their" (the reader's own, "your", is asked for in good faith). */
const EXPOSED = 'his|her|their';
/** What a writer writes, the last of which is promised them: "Enjoy your last column." */
const WRITTEN_PIECES = 'article|articles|column|columns|story|piece|byline|broadcast|editorial|oped|report';
/** Whose home is sought out: "where this reporter lives", "where the author lives". */
const SOUGHT =
  'reporter|journalist|writer|author|editor|columnist|presenter|guy|woman|man|girl|idiot|moron|clown|creep|hack';
/** Where someone is waited for: "We'll be waiting outside your house." */
const WATCHED_PLACES = 'home|house|office|door|doorstep|building|newsroom|studio|work|workplace|school|flat|apartment';

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
  { kind: 'threat', score: 0.7, pattern: 'we are|re watching @you', whole: true },
  // "Someone should find out where this reporter lives", "does anyone know where the author lives?": a home sought
  // out, called for or asked of the crowd (not "find out where the birds live").
  {
    kind: 'harassment',
    score: 0.75,
    pattern: `someone|somebody|should|must|gotta|lets ~2 find out? where he|she|this|that|the ${SOUGHT}? lives|works|sleeps`,
  },
  {
    kind: 'harassment',
    score: 0.7,
    pattern: `anyone|anybody know|knows where he|she|this|that|the ${SOUGHT}? lives|works|sleeps`,
    whole: true,
  },
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
  // Veiled threats at a writer, with no harm named: an end foretold ("You won't be writing much longer."), a last
  // piece ("Enjoy your last column while you can."), someone waiting where they live or work ("A few of us will be
  // waiting outside the newsroom tonight."), a harm one would "hate" to see, a last warning, regret promised for what
  // they wrote, and who they are "messing with". "You won't be employed much longer" (a verdict on a record), "Enjoy
  // your last day!", "I'll be waiting outside the station" and "This is your last warning to file" stay clean.
  {
    kind: 'threat',
    score: 0.75,
    pattern: '@you won|wont|will not? t? be writing|around|breathing|alive|typing|walking for? very? much longer',
    whole: true,
  },
  {
    kind: 'threat',
    score: 0.7,
    pattern: `enjoy @your last ${WRITTEN_PIECES}|breath|breaths while @you can|still`,
  },
  { kind: 'threat', score: 0.7, pattern: `enjoy @your last ${WRITTEN_PIECES}|breath|breaths`, whole: true },
  {
    kind: 'threat',
    score: 0.75,
    pattern: `we|i|us will|ll|shall|gonna|d|would be waiting outside @your ${WATCHED_PLACES}`,
  },
  {
    kind: 'threat',
    score: 0.75,
    pattern: `we|i|us will|ll|shall|gonna|d|would be waiting outside the newsroom`,
  },
  {
    kind: 'threat',
    score: 0.7,
    pattern: 'hate for something|anything bad|terrible|unfortunate? to happen|befall to? @you|@your',
  },
  { kind: 'threat', score: 0.7, pattern: 'this is @your last|final warning', whole: true },
  { kind: 'threat', score: 0.7, pattern: 'consider this @your|a last|final warning', whole: true },
  {
    kind: 'threat',
    score: 0.7,
    pattern: '@you will|ll|gonna regret writing|publishing|printing|posting this|that|it',
  },
  // Whereabouts known, with no harm named: "We know what time you leave work.", "Found your house on Google Maps.",
  // "It's not hard to find where you live."; and what is coming: "People like you get what's coming to them.",
  // "Keep looking over your shoulder.", "Your family will pay."
  {
    kind: 'threat',
    score: 0.75,
    pattern: 'i|we|ive|weve know what? time|when @you|he|she leave|leaves|get|gets|arrive|arrives|finish|finishes',
  },
  {
    kind: 'threat',
    score: 0.75,
    pattern: 'found|traced @your house|home|address|car|kids|family|wife|husband on|online|through|using|via',
  },
  {
    kind: 'threat',
    score: 0.7,
    pattern: 'hard|easy|difficult to find|figure out? where @you live|work|sleep',
    whole: true,
  },
  { kind: 'threat', score: 0.7, pattern: 'like @you ~1 get|gets what s|is coming' },
  { kind: 'threat', score: 0.7, pattern: 'keep|better|start looking|watching over @your shoulder', whole: true },
  {
    kind: 'threat',
    score: 0.7,
    pattern: '@your family|kids|children|wife|husband will|ll|gonna|is|are going|gonna? to? pay',
    whole: true,
  },
  {
    kind: 'threat',
    score: 0.6,
    pattern: '@you ve? have|got no idea|clue who @you are|re|r messing|dealing|screwing|fucking with',
  },
  {
    kind: 'threat',
    score: 0.6,
    pattern: '@you don|dont|do not? t? know who @you are|re|r messing|dealing|screwing|fucking with',
  },
];
