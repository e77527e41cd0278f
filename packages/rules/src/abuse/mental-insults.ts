/**
 * Mental illness used to insult a person or a camp: "liberals are mentally ill", "you are clearly mentally
 * disturbed", "the president is obviously mentally unstable", "these mentally deranged leftists". Talk about mental
 * health stays clean: "people who are mentally ill deserve better care" (a relative clause names no one), "the
 * suspect had been diagnosed as mentally ill", "he is mentally ill and needs treatment, his family says" (clinical or
 * reported), "he was not mentally ill" (denied), "most homeless people are mentally ill" (no one in particular).
 */
import { hasForm as has, type Word } from '../normalize/words.js';
import { PARTY_INSULT_NOUNS } from './lexicon/party-names.js';
import { CAMPS } from './lexicon/people.js';
import { describeSubject, type Target } from './subject-words.js';
import { NEGATION } from './wishes.js';

/** One insult found: who it is aimed at and its words [first, last] ("mentally ill"). */
export interface MentalInsult {
  target: Target;
  first: number;
  last: number;
}

const set = (list: readonly string[]): ReadonlySet<string> => new Set(list);

/** What "mentally" says a person is: "mentally ill", "mentally unstable", "mentally deranged". */
export const MENTAL_CONDITIONS: readonly string[] = [
  'ill',
  'sick',
  'disturbed',
  'unstable',
  'unbalanced',
  'unwell',
  'deranged',
  'unhinged',
  'defective',
  'deficient',
  'diseased',
  'disordered',
  'impaired',
  'challenged',
  'handicapped',
  'damaged',
  'deformed',
  'warped',
  'twisted',
];
/** Camps a whole side of politics is called mad as: "liberals are mentally ill", "the left is mentally sick". */
const MOCKED_CAMPS: readonly string[] = [
  ...CAMPS,
  ...PARTY_INSULT_NOUNS,
  ...PARTY_INSULT_NOUNS.map((p) => `${p}s`),
  'left',
  'right',
  'libs',
  'lib',
  'dems',
  'gop',
  'maga',
  'antifa',
  'trumpers',
  'trumpsters',
  'trumpites',
  'snowflakes',
  'feminists',
  'socialists',
  'communists',
  'marxists',
  'globalists',
  'environmentalists',
  'greenies',
  'evangelicals',
  'rightwingers',
  'leftwingers',
  'wingnuts',
];
/**
 * Adverbs that make the claim the writer's own jibe rather than a diagnosis: "obviously mentally ill", "clearly
 * mentally disturbed".
 */
export const JIBING_ADVERBS: readonly string[] = [
  'obviously',
  'clearly',
  'certifiably',
  'seriously',
  'truly',
  'totally',
  'completely',
  'utterly',
  'absolutely',
  'evidently',
  'plainly',
  'visibly',
  'observably',
  'undoubtedly',
  'definitely',
  'just',
  'all',
  'both',
  'so',
  'really',
  'also',
  'too',
  'simply',
  'quite',
  'pretty',
  'very',
  'still',
];
/**
 * Words of care, diagnosis, the courts or a report: in the sentence they make "mentally ill" a fact about someone's
 * health ("the shooter is mentally ill, police said", "they are mentally ill and need treatment").
 */
const CLINICAL_WORDS: readonly string[] = [
  'diagnosed',
  'diagnosis',
  'treatment',
  'treated',
  'treat',
  'care',
  'caring',
  'therapy',
  'therapist',
  'medication',
  'medicated',
  'hospital',
  'hospitalized',
  'hospitalised',
  'patient',
  'patients',
  'services',
  'support',
  'doctor',
  'doctors',
  'psychiatrist',
  'psychiatric',
  'psychologist',
  'evaluation',
  'evaluated',
  'assessed',
  'court',
  'courts',
  'competent',
  'competency',
  'lawyer',
  'lawyers',
  'attorney',
  'police',
  'family',
  'families',
  'mother',
  'father',
  'son',
  'daughter',
  'history',
  'homeless',
  'addicted',
  'addiction',
  'deserve',
  'deserves',
  'stigma',
  'funding',
  'according',
  'said',
  'says',
  'told',
  'reported',
  'reportedly',
  'allegedly',
  'ruled',
  'judge',
  'insanity',
  'suspect',
  'shooter',
  'gunman',
  'killer',
  'victim',
  'victims',
  'veteran',
  'veterans',
  'help',
  'crisis',
  'disability',
  'condition',
  'symptoms',
  'sadly',
  'tragically',
  'tragic',
  'sympathy',
  'compassion',
  'gun',
  'guns',
  'firearm',
  'firearms',
];

const CONDITIONS = set(MENTAL_CONDITIONS);
const MOCKED = set(MOCKED_CAMPS);
const JIBING = set(JIBING_ADVERBS);
const CLINICAL = set(CLINICAL_WORDS);
/** Verbs of being that say what the subject is now: "is", "are", "seems", "must be". */
const BEING_NOW = set(['is', 'are', 're', 's', 'be', 'seem', 'seems', 'sound', 'sounds', 'appear', 'appears']);
/** Verbs of being in the past: said only of the reader or a camp ("you were always mentally ill"). */
const BEING_THEN = set(['was', 'were', 'been']);
/** Words between a subject and its verb of being: "he must be", "you have to be", "they might well be". */
const MODALS = set(['must', 'might', 'may', 'could', 'would', 'should', 'has', 'have', 'to', 'got', 'gotta', 'well']);
/** Subjects that name no one in particular: "people who are", "most of them are", "many are". */
const ANYONE = set([
  'who',
  'that',
  'which',
  'people',
  'folks',
  'men',
  'women',
  'persons',
  'someone',
  'somebody',
  'anyone',
  'anybody',
  'many',
  'most',
  'some',
  'few',
  'others',
  'individuals',
]);
/** Possessives of the writer's own: "my son", "our neighbour". */
const OWN = set(['my', 'our', 'mine']);
/** How far the sentence is searched around the words for a clinical word, each way. */
const CONTEXT = 12;

/** Every "mentally ill" and its kin said of a person or a camp as an insult. */
export function findMentalInsults(words: Word[]): MentalInsult[] {
  const out: MentalInsult[] = [];
  for (let i = 0; i + 1 < words.length; i++) {
    if ((words[i] as Word).text !== 'mentally') continue;
    const condition = words[i + 1] as Word;
    if (condition.breakBefore || !has(CONDITIONS, condition)) continue;
    const found = campAfter(words, i) ?? saidOf(words, i);
    if (found) out.push(found);
  }
  return out;
}

/** "these mentally ill leftists", "mentally deranged Democrats": the words describe a camp that follows them. */
function campAfter(words: Word[], i: number): MentalInsult | null {
  const camp = words[i + 2];
  if (!camp || camp.breakBefore || !has(MOCKED, camp) || clinical(words, i)) return null;
  return { target: 'group', first: i, last: i + 2 };
}

/**
 * "liberals are mentally ill", "you are clearly mentally disturbed", "he must be mentally unstable": the words after
 * a verb of being whose subject is the reader, a camp, or a person named in a sentence with no clinical word.
 */
function saidOf(words: Word[], i: number): MentalInsult | null {
  let j = i - 1;
  let jibe = false;
  while (j >= 0 && i - j <= 4 && has(JIBING, words[j]) && !(words[j + 1] as Word).breakBefore) {
    jibe ||= (words[j] as Word).text.endsWith('ly');
    j--;
  }
  const be = words[j];
  if (!be || (words[j + 1] as Word).breakBefore) return null;
  const now = has(BEING_NOW, be);
  if (!now && !has(BEING_THEN, be)) return null;
  let k = j - 1;
  while (k >= 0 && j - k <= 3 && has(MODALS, words[k]) && !(words[k + 1] as Word).breakBefore) k--;
  const subject = words[k];
  if (!subject || (words[k + 1] as Word).breakBefore || has(ANYONE, subject)) return null;
  // "my brother is mentally ill": the writer's own people, spoken of with care.
  if (has(OWN, words[k - 1]) && !(words[k] as Word).breakBefore) return null;
  for (let n = k; n < i; n++) if (has(NEGATION, words[n])) return null;
  const who = describeSubject(subject);
  const last = i + 1;
  if (who === 'reader') return { target: 'reader', first: i, last };
  if (has(MOCKED, subject)) return clinical(words, i) ? null : { target: 'group', first: i, last };
  if (who !== 'person' && who !== 'group' && who !== 'author') return null;
  // "he is mentally ill" may be news of his health; "he is obviously mentally ill", "he must be" is a jibe.
  if (!(now || jibe) || clinical(words, i)) return null;
  return { target: who, first: i, last };
}

/** A clinical or reporting word in the sentence around word `i`. */
function clinical(words: Word[], i: number): boolean {
  for (let j = i; j >= 0 && i - j <= CONTEXT; j--) {
    if (has(CLINICAL, words[j])) return true;
    if ((words[j] as Word).breakBefore) break;
  }
  for (let j = i + 1; j < words.length && j - i <= CONTEXT; j++) {
    const w = words[j] as Word;
    if (w.breakBefore) break;
    if (has(CLINICAL, w)) return true;
  }
  return false;
}
