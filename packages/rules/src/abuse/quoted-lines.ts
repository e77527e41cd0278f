/**
 * A violent line quoted from a story, a film or a chant, not said by the commenter: "'Off with their heads!' cried
 * the Queen", "Burn the witch! is a line from Monty Python", "Kill the beast is the song the villagers sing". The
 * line opens its sentence and is then given to a speaker ("cried the Queen") or named as a line, a scene, a song.
 * A line written up is reported too: "'Kill the Xs' was painted on the church". Not "Burn the witch, she poisoned our
 * town" nor "'Kill them all' is my motto".
 */
import { hasForm as has, type Word } from '../normalize/words.js';

/** Verbs that give a line to the speaker after them: "... cried the Queen", "... shouts Gandalf". */
const SPOKEN: ReadonlySet<string> = new Set(
  'cried cries cry shouted shouts shout yelled yells screamed screams roared roars shrieked shrieks sang sings sing said says chanted chant chants bellowed bellows declared declares'.split(
    ' ',
  ),
);
/** Words that name a line as a thing: "... is a line from", "... was the scene everyone quotes". */
const LINE_NAMES: ReadonlySet<string> = new Set(
  'line lines quote quotes quotation scene scenes sketch song songs lyric lyrics title chant slogan catchphrase refrain verse cry rallying'.split(
    ' ',
  ),
);
const BE: ReadonlySet<string> = new Set(['is', 'was', 's', 'were']);
/** What was done to a line written up: "... was painted on the wall", "... was scrawled across the door". */
const WRITTEN: ReadonlySet<string> = new Set(
  'painted written scrawled sprayed daubed carved etched chanted shouted found posted printed tagged'.split(' '),
);
/** How far after "is" the name of the line may come: "is [the] [Monty] [Python] scene". */
const REACH = 5;
/** How many words the line may run on after the threat found in it. */
const RUN_ON = 2;

/** Whether the threat at words [first, last] is a line quoted and given to a speaker, or named as a line. */
export function quotedLine(words: readonly Word[], first: number, last: number): boolean {
  if (!opensSentence(words, first)) return false;
  // The line may run on past the threat by a word or two: "Hang them all!", "Kill them now".
  let end = last;
  while (end - last < RUN_ON && runsOn(words[end + 1])) end++;
  const next = words[end + 1];
  // A new sentence starts with a capital: "Kill them! Is that a line?" is not the line named.
  if (!next || next.capitalized) return false;
  if (has(SPOKEN, next)) return speakerAfter(words, end + 2);
  if (!has(BE, next)) return false;
  // "'Kill the Xs' was painted on the church": words written up by someone.
  if (has(WRITTEN, words[end + 2]) && !(words[end + 2] as Word).breakBefore) return true;
  for (let j = end + 2; j < words.length && j - end <= REACH + 1; j++) {
    const w = words[j] as Word;
    // "... is my motto", "... is what we say": the commenter's own.
    if (w.breakBefore || w.text === 'my' || w.text === 'our' || w.text === 'what') return false;
    if (has(LINE_NAMES, w)) return true;
  }
  return false;
}

/** A word that goes on with the line itself: not a break, a verb of speaking or of being. */
function runsOn(w: Word | undefined): boolean {
  return !!w && !w.breakBefore && !w.pauseBefore && !has(SPOKEN, w) && !has(BE, w);
}

function opensSentence(words: readonly Word[], first: number): boolean {
  return first === 0 || (words[first] as Word).breakBefore;
}

/** "the Queen", "Gandalf", "the villagers": a speaker who is not the commenter. */
function speakerAfter(words: readonly Word[], k: number): boolean {
  const w = words[k];
  if (!w || w.breakBefore) return false;
  if (w.text === 'the') return !!words[k + 1] && !(words[k + 1] as Word).breakBefore;
  return w.capitalized;
}
