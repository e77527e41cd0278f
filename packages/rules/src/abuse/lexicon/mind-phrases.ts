/**
 * Insults of a person's mind or maturity said by comparison or idiom, in the syntax of `phrases.ts`: "the maturity of
 * a toddler", "the IQ of a houseplant", "his brain is the size of a pea", "not the sharpest tool in the shed", "a few
 * fries short of a happy meal", "the lights are on but nobody is home"; and madness said of a person by idiom: "needs
 * his head examined", "belongs in a padded cell", "off his rocker". Each comparand is something no one is proud to be
 * likened to, so "the courage of a lion" and "the curiosity of a child" stay praise.
 */
import type { PhraseSpec } from './phrases.js';
import { anyOf } from './slot.js';

/** What a mind is likened to: a small child ("a toddler", "a five-year-old" is read by its "year old"). */
export const CHILD_COMPARANDS: readonly string[] = [
  'toddler',
  'toddlers',
  'preschooler',
  'kindergartner',
  'kindergartener',
  'infant',
  'baby',
  'brat',
  'tween',
  'grader',
  'schoolboy',
  'schoolgirl',
];
/** Qualities a grown person is mocked for having only as much of as a child. */
export const CHILD_QUALITIES: readonly string[] = [
  'maturity',
  'temperament',
  'vocabulary',
  'comprehension',
  'logic',
  'reasoning',
  'judgment',
  'judgement',
  'iq',
  'intellect',
  'span',
  'control',
  'mentality',
  'tantrums',
  'understanding',
];
/**
 * What only a grown person does, like a child: "argues like a toddler", "governs like a spoiled brat" (a puppy or a
 * toddler may act or sulk like a baby, but does not argue, tweet or govern).
 */
const CHILDISH_DOINGS =
  'argue|argues|arguing|argued|tweet|tweets|tweeting|tweeted|debate|debates|debating|govern|governs|governing|negotiate|negotiates|negotiating|legislate|legislates|legislating|post|posts|posting|comment|comments|commenting';
/** What a mind is likened to: a lowly animal, a plant, a dull object. */
export const THING_COMPARANDS: readonly string[] = [
  'gnat',
  'goldfish',
  'flea',
  'amoeba',
  'slug',
  'snail',
  'squirrel',
  'lemming',
  'sheep',
  'hamster',
  'gerbil',
  'chimp',
  'baboon',
  'donkey',
  'mule',
  'jackass',
  'cockroach',
  'jellyfish',
  'sponge',
  'plankton',
  'houseplant',
  'fern',
  'stump',
  'fencepost',
  'doorknob',
  'doorstop',
  'doornail',
  'toaster',
  'teaspoon',
  'pebble',
  'rock',
  'brick',
  'potato',
  'turnip',
  'cabbage',
  'carrot',
  'lettuce',
  'rutabaga',
  'eggplant',
  'mollusk',
  'oyster',
  'clam',
  'tapeworm',
  'bacterium',
  'lobotomy',
  'rattlesnake',
  'snake',
  'weasel',
  'hyena',
  'vulture',
  'warthog',
];
/** Small things a brain is said to be the size of: "a pea", "a walnut", "a grain of rice". */
const TINY =
  'pea|peas|peanut|walnut|raisin|grape|gnat|gnats|ant|ants|flea|fleas|pinhead|marble|bean|lentil|peppercorn|grain|acorn|chickpea|pebble|dime|pin|thimble|mustard|sesame|sunflower|rice|gumball|golfball|bb';

/** Qualities of a person likened to a thing's: "the IQ of a turnip", "the morals of a weasel". */
export const THING_QUALITIES: readonly string[] = [
  'iq',
  'intelligence',
  'intellect',
  'maturity',
  'comprehension',
  'logic',
  'reasoning',
  'judgment',
  'judgement',
  'wits',
  'sense',
  'span',
  'mentality',
  'morals',
  'ethics',
  'integrity',
  'manners',
  'personality',
  'charisma',
  'empathy',
  'vocabulary',
  'brainpower',
  'spine',
  'backbone',
  'courage',
];
/** Dull things someone is dumber than: "a box of rocks", "a bag of hammers", "dirt", "a post". */
const DULL_LOTS: readonly string[] = ['rocks', 'hammers', 'dirt', 'post', 'posts', 'bricks', 'grader', 'year'];
/** The dull tool someone is "not the sharpest" of: "not the sharpest tool in the shed", "not the brightest bulb". */
const DULL_TOOLS = 'tool|tools|knife|knives|crayon|crayons|bulb|bulbs|pencil|pencils|tack|tacks|spoon|candle|marble';
/** What a person is "a few ... short of": "a few fries short of a happy meal", "one card short of a full deck". */
const SHORT_OF = 'deck|picnic|load|sixpack|six|bale|row|brain|clue';
/** Where a mad person is said to belong: "in an asylum", "in the nuthouse". */
const MAD_PLACES = 'asylum|asylums|nuthouse|madhouse|loonybin|straitjacket|straightjacket';
/** Mad places in two words: "a padded cell", "the loony bin", "a rubber room", "the funny farm". */
const MAD_PLACE_HEADS = 'padded|rubber|loony|looney|loonie|funny';
const MAD_PLACE_TAILS = 'cell|cells|room|rooms|bin|bins|farm';

export const MIND_PHRASES: readonly PhraseSpec[] = [
  // "you have the maturity of a toddler", "the reading comprehension of a third grader", "the temperament of a
  // five-year-old".
  {
    kind: 'insult',
    score: 0.65,
    pattern: `${anyOf(CHILD_QUALITIES)} of a|an ~1 ${anyOf(CHILD_COMPARANDS)}`,
    person: true,
  },
  { kind: 'insult', score: 0.65, pattern: `${anyOf(CHILD_QUALITIES)} of a|an ~1 year|yr old`, person: true },
  // "the IQ of a turnip", "the morals of an alley weasel", "the attention span of a goldfish".
  {
    kind: 'insult',
    score: 0.65,
    pattern: `${anyOf(THING_QUALITIES)} of a|an|the ~1 ${anyOf(THING_COMPARANDS)}`,
    person: true,
  },
  // "he argues like a petulant child", "tweets like a twelve year old".
  {
    kind: 'insult',
    score: 0.55,
    pattern: `${CHILDISH_DOINGS} like a|an ~2 child|children|kid|kids|${anyOf(CHILD_COMPARANDS)}`,
    person: true,
  },
  { kind: 'insult', score: 0.55, pattern: `${CHILDISH_DOINGS} like a|an ~1 year|yr old`, person: true },
  // "dumber than a box of rocks", "stupider than a fifth grader", "dumber than dirt".
  {
    kind: 'insult',
    score: 0.65,
    pattern: `dumber|stupider than ~3 ${anyOf([...CHILD_COMPARANDS, ...THING_COMPARANDS, ...DULL_LOTS])}`,
    person: true,
  },
  // "his brain is the size of a pea", "your brain is smaller than a walnut", "your brain must be the size of a pea" (a
  // dinosaur's is "its" brain).
  {
    kind: 'insult',
    score: 0.65,
    pattern: `@your|his|her|their brain|brains|mind|minds is|are|s|was|were|must|would ~2 size|smaller|tinier of|than a|an? ${TINY}`,
    person: true,
  },
  // "the IQ of room temperature", "an IQ lower than room temperature", "a single digit IQ".
  { kind: 'insult', score: 0.65, pattern: 'iq|iqs ~3 room temperature|temp', person: true },
  { kind: 'insult', score: 0.65, pattern: 'single|double|two digit|digits iq|iqs', person: true },
  // "You're not very bright, are you?", "he isn't too smart": a person said to lack wits, by understatement ("they" are
  // as often things: "they were not very bright colours").
  {
    kind: 'insult',
    score: 0.6,
    pattern:
      '@you|he|she re|are|is|s|was|were|aren|isn|wasn|weren not|t very|too|overly|terribly|particularly|exactly|that bright|smart',
  },
  // "not the sharpest tool in the shed", "isn't the brightest bulb".
  { kind: 'insult', score: 0.6, pattern: `not|t|never|hardly the sharpest|brightest ~2 ${DULL_TOOLS}`, person: true },
  // "a few fries short of a happy meal", "one card short of a full deck", "a few bricks short of a load".
  {
    kind: 'insult',
    score: 0.6,
    pattern: `few|one|couple|two|several ~2 short of a|an full? ${SHORT_OF}`,
    person: true,
  },
  { kind: 'insult', score: 0.6, pattern: 'few|one|couple|two|several ~2 short of a|an happy meal', person: true },
  { kind: 'insult', score: 0.6, pattern: 'not|t|never playing with a full deck', person: true },
  // "the lights are on but nobody is home".
  { kind: 'insult', score: 0.6, pattern: 'lights are|re on but|and nobody|noone|nobodys|no ~2 home', person: true },
  // "doesn't have two brain cells to rub together".
  { kind: 'insult', score: 0.6, pattern: 'cells|braincells to rub together', person: true },
  { kind: 'insult', score: 0.6, pattern: 'if brains were|was dynamite|gunpowder|ink|leather|taxed', person: true },
  // "her elevator doesn't go to the top floor": a dull mind by idiom (a building's lift is nobody's: its owner is a
  // person).
  {
    kind: 'insult',
    score: 0.6,
    pattern: '@your|his|her|their elevator|lift doesn|doesnt|don|dont|does|do not? t? go|reach to? the top floor',
    person: true,
  },
  // Madness said by idiom: "he needs his head examined", "she has a screw loose", "off his rocker".
  {
    kind: 'insult',
    score: 0.6,
    pattern: 'need|needs|needed @your|his|her|their head|heads examined|checked|read',
    person: true,
  },
  { kind: 'insult', score: 0.6, pattern: 'screw|screws loose', person: true },
  // "take your meds", "time to up your meds", "your tin foil hat is on too tight".
  { kind: 'insult', score: 0.6, pattern: 'take|took|taken|taking|up|double @your meds', person: true },
  { kind: 'insult', score: 0.6, pattern: 'tin foil hat|hats', person: true },
  // "engage brain before typing" ("get a brain" is also "get a brain scan").
  { kind: 'insult', score: 0.55, pattern: 'engage @your? brain|brains before', person: true },
  {
    kind: 'insult',
    score: 0.6,
    pattern: 'off @your|his|her|their rocker|rockers|trolley|nut|meds|medication',
    person: true,
  },
  { kind: 'insult', score: 0.6, pattern: 'bats in @your|his|her|their|the belfry', person: true },
  {
    kind: 'insult',
    score: 0.6,
    pattern: 'crazy|mad|nuts|loony|looney as a|an hatter|loon|bedbug|bedbugs|coot|rat|rats',
    person: true,
  },
  // "he belongs in a padded cell", "should be locked in an asylum", "ought to be in the loony bin".
  {
    kind: 'insult',
    score: 0.6,
    pattern: `belong|belongs|be|committed in|to a|an|the ${MAD_PLACE_HEADS} ${MAD_PLACE_TAILS}`,
    person: true,
  },
  { kind: 'insult', score: 0.6, pattern: `belong|belongs in|to a|an|the insane? ${MAD_PLACES}`, person: true },
  // "belongs in a psych ward" ("was taken to a psychiatric hospital" is news, not where someone belongs).
  {
    kind: 'insult',
    score: 0.6,
    pattern: 'belong|belongs in a|an|the mental|psych|psychiatric ward|wards|institution|hospital|unit',
    person: true,
  },
  {
    kind: 'insult',
    score: 0.6,
    pattern: 'should|must|ought|needs|need ~2 be institutionalized|institutionalised',
    person: true,
  },
];
