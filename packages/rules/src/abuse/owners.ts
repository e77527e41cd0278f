import { hasForm as has, type Word } from '../normalize/words.js';
import { describeSubject, type Target } from './directedness.js';
import { PEOPLE } from './lexicon/people.js';
import { describing } from './profane-use.js';

const YOUR: ReadonlySet<string> = new Set(['your', 'ur', 'yr', 'yer', 'thy']);
const THIRD_POSSESSIVE: ReadonlySet<string> = new Set(['his', 'her', 'their']);
/** "your own ignorance", "their very hypocrisy": words between the owner and the quality. */
const OWN: ReadonlySet<string> = new Set(['own', 'very', 'usual', 'typical']);
/** "liberal hypocrisy", "progressive arrogance": a camp of people named by its adjective owns the quality. */
const CAMP: ReadonlySet<string> = new Set(PEOPLE);

/** "your ignorance", "his stupidity", "Trump's hypocrisy", "liberal hypocrisy": whose the quality is. */
export function ownerOf(words: Word[], i: number): Target | null {
  // "your ignorance", "their blatant, shameless hypocrisy": the owner may stand two describing words back.
  for (let j = i - 1; j >= 0 && i - j <= 3; j--) {
    const w = words[j] as Word;
    if ((words[j + 1] as Word).breakBefore) break;
    if (has(YOUR, w)) return 'reader';
    if (has(THIRD_POSSESSIVE, w)) return w.text === 'their' ? 'group' : 'person';
    // "Trump's hypocrisy", "the senators' ignorance".
    if (w.text === 's' && j > 0 && !w.breakBefore) {
      const owner = describeSubject(words[j - 1]);
      return owner && owner !== 'idea' ? owner : null;
    }
    if (j === i - 1 && has(CAMP, w)) return 'group';
    if (!describing(w) && !has(OWN, w)) break;
  }
  // "the hypocrisy of the left", "the ignorance of these people": the owner named after "of".
  const of = words[i + 1];
  if (of?.text !== 'of' || of.breakBefore) return null;
  const k = words[i + 2]?.text === 'the' || words[i + 2]?.text === 'these' ? i + 3 : i + 2;
  const owner = words[k] && !(words[k] as Word).breakBefore ? describeSubject(words[k]) : null;
  return owner && owner !== 'idea' ? owner : null;
}
