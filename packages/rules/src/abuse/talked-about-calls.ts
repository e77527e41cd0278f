import { hasForm as has, type Word } from '../normalize/words.js';
import { SECOND_PERSON } from './lexicon/targets.js';
import { fitting } from './reported.js';

/**
 * Name-calling talked about as a doing: a sentence opens with "Calling" (or "Labelling", "Branding") and the phrase
 * that names the people called and the name is the subject of the verb after it ("Calling people who disagree with
 * you traitors is not going to win the argument", "Labelling every critic a bigot helps no one"). The "you" inside a
 * clause about the people called is anyone. Said to fit ("Calling them traitors is fair"), or said to the reader
 * ("Calling you an idiot is ..."), the name stays for `reported.ts` to judge.
 */

const GERUNDS: ReadonlySet<string> = new Set(['calling', 'labelling', 'labeling', 'branding', 'dubbing']);
const YOU: ReadonlySet<string> = new Set(SECOND_PERSON);
/** The verb whose subject the gerund phrase is: "is not going to", "won't help", "helps no one", "never works". */
const VERB_AFTER: ReadonlySet<string> = new Set(
  'is isnt was wasnt s will wont won would wouldnt doesnt doesn does didnt didn did never only just makes made helps helped gets got has hasnt says shows proves'.split(
    ' ',
  ),
);
/** How far into the sentence the name may stand: "Calling [people] [who] [disagree] [with] [you] traitors". */
const REACH = 10;

/** Whether the name at `i` is the name in a sentence-opening "Calling ..." phrase that is talked about. */
export function callTalkedAbout(words: readonly Word[], i: number): boolean {
  let s = i;
  while (s > 0 && i - s < REACH && !(words[s] as Word).breakBefore) s--;
  const call = words[s] as Word;
  if (s === i || !has(GERUNDS, call) || !(s === 0 || call.breakBefore)) return false;
  if (has(YOU, words[s + 1])) return false;
  for (let k = s + 1; k <= i; k++) if ((words[k] as Word).pauseBefore) return false;
  const verb = words[i + 1];
  if (!verb || verb.breakBefore || verb.pauseBefore || !has(VERB_AFTER, verb)) return false;
  return !fitting(words, s);
}
