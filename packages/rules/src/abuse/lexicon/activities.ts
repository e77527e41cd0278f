/**
 * Words that tell a doing, an event or a time from a person, for `activity-subjects.ts`: the names of times, nouns in
 * "-ing" that are no doing, and verbs that open a clause of their own. General English, written from general knowledge.
 */

/** Months, which are also given names: a time only inside a time phrase ("in April"), a name alone. */
export const MONTHS: readonly string[] = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

/** Seasons, some of them given names too ("Summer", "Autumn"). */
export const SEASONS: readonly string[] = ['spring', 'summer', 'autumn', 'fall', 'winter'];

/** Weekdays and holidays, which name a time even alone ("Monday was a disaster", "Christmas is stupid"). */
export const WEEKDAYS: readonly string[] = [
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
  'weekend',
];
export const HOLIDAYS: readonly string[] = [
  'christmas',
  'xmas',
  'easter',
  'thanksgiving',
  'halloween',
  'hanukkah',
  'chanukah',
  'ramadan',
  'diwali',
  'passover',
  'eid',
  'lent',
  'advent',
  'valentines',
  'hogmanay',
];

/** Words for a stretch of time: "last year", "that night", "two weeks ago". */
export const TIME_UNITS: readonly string[] = [
  'year',
  'years',
  'month',
  'months',
  'week',
  'weeks',
  'day',
  'days',
  'night',
  'nights',
  'morning',
  'afternoon',
  'evening',
  'decade',
  'century',
  'season',
  'term',
  'eve',
  'yesterday',
  'today',
  'tonight',
  'tomorrow',
];

/** Adverbs of time, which end the noun phrase before them and never make a compound's tail: "your garbage today". */
export const TIME_ADVERBS: readonly string[] = [
  'today',
  'tonight',
  'yesterday',
  'tomorrow',
  'lately',
  'already',
  'anymore',
];

/** Adverbs that may follow a noun and end its phrase: "this crap again", "a sad memory now", "that clown there". */
export const PHRASE_END_ADVERBS: readonly string[] = [
  'now',
  'then',
  'again',
  'too',
  'here',
  'there',
  'anyway',
  'still',
  'once',
  ...TIME_ADVERBS,
];

/**
 * Nouns in "-ing" that are not something done: people and creatures ("darling", "viking", "sibling"), things named
 * by a word of their own ("ceiling", "pudding"), and surnames and places a sentence may open with ("Manning",
 * "Rowling", "Reading"). A word in "-ing" whose stem has no vowel ("king", "ring", "thing", "string") is no doing
 * either, and needs no entry.
 */
export const ING_NOUNS: readonly string[] = [
  'darling',
  'viking',
  'sibling',
  'weakling',
  'underling',
  'hireling',
  'earthling',
  'changeling',
  'foundling',
  'fledgling',
  'halfling',
  'princeling',
  'youngling',
  'duckling',
  'gosling',
  'starling',
  'yearling',
  'nestling',
  'offspring',
  'ceiling',
  'pudding',
  'dumpling',
  'herring',
  'lemming',
  'sapling',
  'nothing',
  'something',
  'everything',
  'anything',
  'manning',
  'browning',
  'hawking',
  'downing',
  'fielding',
  'keating',
  'sterling',
  'stirling',
  'irving',
  'ewing',
  'harding',
  'fleming',
  'golding',
  'cushing',
  'pershing',
  'kipling',
  'rowling',
  'dowling',
  'channing',
  'spalding',
  'redding',
  'lansing',
  'deming',
  'pickering',
  'whiting',
  'lessing',
  'goering',
  'gehring',
  'reading',
  'ealing',
  'woking',
  'epping',
  'beijing',
  'nanjing',
  'jinping',
  'xiaoping',
  'bing',
  'ming',
  // Describing words in "-ing" that open an exclamation: "Amazing how many of them are ...".
  'amazing',
  'interesting',
  'astonishing',
  'astounding',
  'staggering',
  'stunning',
  'shocking',
  'surprising',
  'disgusting',
  'sickening',
  'appalling',
  'alarming',
  'annoying',
  'boring',
  'depressing',
  'disappointing',
  'embarrassing',
  'frightening',
  'terrifying',
  'worrying',
  'troubling',
  'fascinating',
  'amusing',
  'hilarious',
  'refreshing',
  'confusing',
  'baffling',
  'puzzling',
  'telling',
  'loving',
  'caring',
  'willing',
  'outstanding',
  'upcoming',
  'ongoing',
  'leading',
  'remaining',
  'following',
  'according',
  'regarding',
  'concerning',
  'including',
];

/**
 * Verbs that take a clause of their own: "Knowing his sister was ..." says what was known, so "his sister" is the
 * subject of the verb of being.
 */
export const CLAUSE_VERBS: readonly string[] =
  'know knowing knew known think thinking thought say saying said says believe believing believed realize realizing realise realising realized hear hearing heard claim claiming claimed pretend pretending pretended notice noticing noticed learn learning learned suspect suspecting suspected assume assuming assumed guess guessing guessed hope hoping hoped feel feeling felt admit admitting admitted tell telling told imagine imagining imagined remember remembering remembered understand understanding understood mean meaning means meant write writing wrote post posting posted'.split(
    ' ',
  );
