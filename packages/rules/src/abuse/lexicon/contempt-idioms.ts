/**
 * Idioms of contempt that name no insult word, written from general knowledge of English: a person said to
 * disgust the writer ("you make me sick", "you disgust me"), to be past saving ("you are beyond help", "there's
 * no hope for you"), to be blind to the obvious ("you wouldn't know a fact if it hit you"), a harsh verdict on a
 * thing passed on to a person ("the plan is stupid and so are you") and a drinker named by the drink ("he's a
 * drunk"). `contempt-idioms.ts`, `shared-verdicts.ts` and `drink-names.ts` read them in context.
 */

/** Verbs by which a person is the cause of a feeling: "you make me sick". */
export const CAUSE_VERBS: readonly string[] = ['make', 'makes', 'made', 'making'];
/** Who is made to feel it: the writer or everyone with them ("you make us sick"). */
export const EXPERIENCERS: readonly string[] = ['me', 'us'];
/** One word a person makes the writer feel or do in disgust: "you make me sick", "... puke". */
export const DISGUST_STATES: readonly string[] = [
  'sick',
  'ill',
  'nauseous',
  'nauseated',
  'queasy',
  'puke',
  'vomit',
  'gag',
  'retch',
  'barf',
  'spew',
  'heave',
];
/** Words between the writer and the feeling: "you make me physically sick", "you make me want to vomit". */
export const DISGUST_BRIDGES: readonly (readonly string[])[] = [
  ['physically'],
  ['absolutely'],
  ['so'],
  ['really'],
  ['truly'],
  ['genuinely'],
  ['literally'],
  ['just'],
  ['want', 'to'],
  ['wanna'],
  ['want', 'to', 'be'],
  ['feel'],
  ['feel', 'like', 'i', 'could'],
];
/** Feelings of more than one word: "you make me throw up", "you make my skin crawl". */
export const DISGUST_PHRASES: readonly (readonly string[])[] = [
  ['throw', 'up'],
  ['my', 'skin', 'crawl'],
  ['my', 'stomach', 'turn'],
  ['my', 'stomach', 'churn'],
  ['our', 'skin', 'crawl'],
  ['our', 'stomachs', 'turn'],
];
/** Verbs of disgust a person is the subject of: "you disgust me", "he sickens me". */
export const DISGUST_VERBS: readonly string[] = [
  'disgust',
  'disgusts',
  'disgusted',
  'sicken',
  'sickens',
  'sickened',
  'repulse',
  'repulses',
  'repulsed',
  'revolt',
  'revolts',
  'nauseate',
  'nauseates',
  'repel',
  'repels',
  'appal',
  'appals',
  'appall',
  'appalls',
];

/** What a person is said to be past: "you are beyond help", "he is past saving". */
export const PAST_SAVING: readonly (readonly string[])[] = [
  ['beyond', 'help'],
  ['beyond', 'hope'],
  ['beyond', 'saving'],
  ['beyond', 'redemption'],
  ['beyond', 'repair'],
  ['beyond', 'salvation'],
  ['beyond', 'all', 'help'],
  ['beyond', 'all', 'hope'],
  ['past', 'help'],
  ['past', 'saving'],
  ['past', 'hope'],
  ['a', 'lost', 'cause'],
  ['a', 'write', 'off'],
  ['irredeemable'],
  ['unredeemable'],
  ['unsalvageable'],
  ['unteachable'],
  ['unfixable'],
];
/** "there's no hope for you", "there is no helping you": nothing can be done for the person who follows. */
export const NO_HOPE_FOR: readonly (readonly string[])[] = [
  ['no', 'hope', 'for'],
  ['no', 'hope', 'left', 'for'],
  ['no', 'help', 'for'],
  ['no', 'helping'],
  ['no', 'saving'],
  ['no', 'cure', 'for'],
  ['no', 'fixing'],
];
/**
 * Words of care, medicine and reports: in the sentence they make "beyond help" a fact about someone's health or
 * fate ("the patient is beyond help, the doctor said"), not the writer's contempt.
 */
export const CARE_WORDS: readonly string[] = [
  'patient',
  'patients',
  'doctor',
  'doctors',
  'nurse',
  'nurses',
  'hospital',
  'surgeon',
  'surgery',
  'medical',
  'medics',
  'paramedics',
  'treatment',
  'diagnosed',
  'cancer',
  'tumour',
  'tumor',
  'coma',
  'injuries',
  'injured',
  'wounded',
  'rescue',
  'rescuers',
  'vet',
  'said',
  'says',
  'told',
  'according',
  'reported',
];

/** Verbs that say someone would not see the obvious: "you wouldn't know a fact if ...". */
export const KNOW_VERBS: readonly string[] = ['know', 'recognize', 'recognise', 'spot', 'see', 'notice', 'understand'];
/** What the obvious does to the person in the idiom: "if it hit you", "if it bit him on the nose". */
export const HIT_VERBS: readonly string[] = [
  'hit',
  'hits',
  'bit',
  'bites',
  'bite',
  'slapped',
  'slaps',
  'slap',
  'smacked',
  'smacks',
  'smack',
  'punched',
  'punches',
  'kicked',
  'kicks',
  'struck',
  'strikes',
  'whacked',
  'smacked',
  'stared',
  'staring',
  'stares',
  'sat',
  'landed',
  'fell',
  'ran',
  'slapping',
  'hitting',
  'biting',
  'kicking',
  'punching',
];
/** Between "if it" and the blow: "if it came up and bit you", "if it was staring him in the face". */
export const HIT_LEADS: readonly string[] = [
  'was',
  'were',
  'is',
  'came',
  'comes',
  'jumped',
  'jumps',
  'walked',
  'walks',
  'crawled',
  'ran',
  'snuck',
  'sneaked',
  'up',
  'and',
  'right',
  'literally',
  'actually',
  'just',
];

/**
 * Plain faults that, said of a thing and passed on to the reader or the author by "and so are you", make a jibe
 * though no insult word is listed: "the column is boring and so is its writer". The lexicon's insult words count as
 * well, passed to anyone.
 */
export const PLAIN_FAULTS: readonly string[] = [
  'awful',
  'terrible',
  'horrible',
  'dreadful',
  'bad',
  'weak',
  'boring',
  'dull',
  'lame',
  'shallow',
  'gross',
  'mess',
  'disaster',
];

/** Nouns that name a person by the drink: "he's a drunk", "you old lush". Adjectives too, so read in context. */
export const DRINK_NAMES: readonly string[] = [
  'drunk',
  'drunks',
  'lush',
  'lushes',
  'sot',
  'sots',
  'alky',
  'alkie',
  'alkies',
  'souse',
];
/** Words before such a noun that keep it a noun: "a drunk", "the town drunk", "an old lush". */
export const DRINK_NAME_MODIFIERS: readonly string[] = [
  'old',
  'town',
  'total',
  'complete',
  'useless',
  'lousy',
  'pathetic',
  'hopeless',
  'common',
  'stinking',
  'raging',
  'miserable',
  'sad',
  'sloppy',
  'washed',
  'up',
  'falling',
  'down',
  'mean',
  'angry',
  'fat',
  'lying',
  'functioning',
  'habitual',
];
