import { INSULT_ADJECTIVES, MILD_INSULT_ADJECTIVES } from './insult-adjectives.js';
import { LITERAL_NOUNS, STRONG_INSULT_NOUNS, TARGETED_INSULT_NOUNS } from './insults.js';
import { patternMisspellings } from './misspelling-patterns.js';
import { PERSON_INSULT_NOUNS, STRONG_INSULT_ADJECTIVES } from './name-calling.js';
import { MILD_PROFANITY, STRONG_PROFANITY } from './profanity.js';
import { AMBIGUOUS_SLURS, UNAMBIGUOUS_SLURS } from './slurs.js';

/**
 * Spellings readers give listed words, each with the word it stands for ("ignoramous" for "ignoramus",
 * "hypocrit" for "hypocrite"), written from general knowledge of common misspellings. A spelling that is
 * also a word or a name ("looser", "Moran", "Buffon") is left out: it would turn an innocent word into an insult.
 */
const LISTED: Readonly<Record<string, string>> = {
  ignoramous: 'ignoramus',
  ignoramouses: 'ignoramus',
  bufoon: 'buffoon',
  baffoon: 'buffoon',
  bafoon: 'buffoon',
  idoit: 'idiot',
  idjot: 'idiot',
  imbicile: 'imbecile',
  imbecille: 'imbecile',
  imbicil: 'imbecile',
  stoopid: 'stupid',
  stewpid: 'stupid',
  stupididty: 'stupidity',
  stupidist: 'stupid',
  stupidiest: 'stupid',
  stupidiity: 'stupidity',
  stupidty: 'stupidity',
  hypocrit: 'hypocrite',
  hipocrite: 'hypocrite',
  hippocrite: 'hypocrite',
  hypocrate: 'hypocrite',
  ignorent: 'ignorant',
  ingnorant: 'ignorant',
  rediculous: 'ridiculous',
  ridiculus: 'ridiculous',
  retarted: 'retarded',
  retart: 'retard',
  retarts: 'retard',
  rascist: 'racist',
  racsist: 'racist',
  facist: 'fascist',
  schill: 'shill',
  islamaphobe: 'islamophobe',
  douchbag: 'douchebag',
  dumass: 'dumbass',
  biatch: 'bitch',
  beyotch: 'bitch',
  numbskul: 'numbskull',
  nincompop: 'nincompoop',
  pathethic: 'pathetic',
  imbarrassment: 'embarrassment',
  embarassment: 'embarrassment',
  embarrasment: 'embarrassment',
  disgusing: 'disgusting',
  discusting: 'disgusting',
  moronik: 'moronic',
  hypocrital: 'hypocritical',
  hypocritcal: 'hypocritical',
  hipocritical: 'hypocritical',
  arrogent: 'arrogant',
  incompetant: 'incompetent',
  bigotted: 'bigoted',
  rasist: 'racist',
  raceist: 'racist',
  decietful: 'deceitful',
  deceitfull: 'deceitful',
  // "thief" with "ie" swapped; its plural "theives" is read as the plural of this.
  theif: 'thief',
  // "looser" is a word ("a looser fit"); its plural is not.
  loosers: 'loser',
  // The slur with one "g": "Niger" is a country and a river, its plural no word.
  nigers: 'nigger',
  skumbag: 'scumbag',
  nlgger: 'nigger',
  sleezebag: 'sleazebag',
  sleezeball: 'sleazeball',
};

/**
 * Every misspelling: those listed above, and those the usual patterns make of the insult nouns ("dumbas", "fukr")
 * and adjectives ("clueles", "corupt").
 */
/** Nouns whose misspellings are derived: not those that also name an animal or a thing ("maggot", "rubbish"). */
const LITERAL: ReadonlySet<string> = new Set(LITERAL_NOUNS);
const NOUNS: readonly string[] = [...STRONG_INSULT_NOUNS, ...PERSON_INSULT_NOUNS, ...TARGETED_INSULT_NOUNS].filter(
  (w) => !LITERAL.has(w),
);
const LISTED_WORDS: ReadonlySet<string> = new Set([
  ...NOUNS,
  ...INSULT_ADJECTIVES,
  ...MILD_INSULT_ADJECTIVES,
  ...STRONG_INSULT_ADJECTIVES,
  ...STRONG_PROFANITY,
  ...MILD_PROFANITY,
  ...UNAMBIGUOUS_SLURS,
  ...AMBIGUOUS_SLURS,
]);
export const MISSPELLINGS: Readonly<Record<string, string>> = {
  ...patternMisspellings(NOUNS, (w) => LISTED_WORDS.has(w)),
  ...patternMisspellings([...STRONG_INSULT_ADJECTIVES, ...INSULT_ADJECTIVES], (w) => LISTED_WORDS.has(w)),
  ...LISTED,
};
