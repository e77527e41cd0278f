/**
 * Words for calls to expel people by origin, written from general knowledge: "go back to <a land>", "go home, <a
 * group>", "deport them all". The lands are countries and continents people are told to go back to; a land named
 * with a purpose after it ("go back to Mexico for a holiday") is a trip, which `exclusion-calls.ts` tells apart.
 */

/** Continents, regions and wild places a people is told to go back to. */
export const CONTINENTS: readonly string[] = [
  'africa',
  'asia',
  'europe',
  'arabia',
  'latin america',
  'south america',
  'central america',
  'the middle east',
  'the caribbean',
  // "go back to the jungle": a people sent back to a wild place, as beasts.
  'the jungle',
  'the jungles',
  'the desert',
  'the deserts',
  'the trees',
  'the caves',
];

/** Countries a people is told to go back to, one word or several ("saudi arabia", "the philippines"). */
export const COUNTRIES: readonly string[] = [
  'mexico',
  'india',
  'pakistan',
  'bangladesh',
  'china',
  'japan',
  'korea',
  'vietnam',
  'cambodia',
  'thailand',
  'the philippines',
  'indonesia',
  'afghanistan',
  'iran',
  'iraq',
  'syria',
  'lebanon',
  'jordan',
  'yemen',
  'saudi arabia',
  'turkey',
  'egypt',
  'libya',
  'morocco',
  'algeria',
  'tunisia',
  'sudan',
  'somalia',
  'ethiopia',
  'eritrea',
  'kenya',
  'nigeria',
  'ghana',
  'senegal',
  'congo',
  'haiti',
  'jamaica',
  'cuba',
  'puerto rico',
  'the dominican republic',
  'guatemala',
  'honduras',
  'el salvador',
  'nicaragua',
  'colombia',
  'venezuela',
  'ecuador',
  'peru',
  'brazil',
  'israel',
  'palestine',
  'gaza',
  'russia',
  'ukraine',
  'poland',
  'romania',
  'albania',
  'bulgaria',
  'ireland',
  'italy',
  'greece',
];

/**
 * Whose land a people is told to go back to: "your own country", "their homeland", "your shithole". A possessive
 * before one of LANDS_OWNED; "go back to your seat" is no land.
 */
export const LAND_OWNERS: readonly string[] = ['your', 'their', 'his', 'her', 'ur', 'yer'];
export const LANDS_OWNED: readonly string[] = [
  'country',
  'countries',
  'homeland',
  'homelands',
  'land',
  'continent',
  'shithole',
  'shitholes',
  'hellhole',
  'village',
  'villages',
  'cave',
  'caves',
  'hut',
  'huts',
  'tribe',
  'tribes',
  'reservation',
];

/** Words that make "go" a call when they stand before it: "you should go back", "they can all just go back". */
export const GO_CALLS: readonly string[] = ['should', 'must', 'can', 'better', 'gotta', 'ought', 'need', 'needs'];

/** The writer, who calls for a deportation in "I'd deport them all". */
export const OWN_SUBJECTS: readonly string[] = ['i', 'we'];

/**
 * Who may be told to go back to a land, besides a people by name ("Mexicans should go back"): the reader, "they",
 * "these people". Not the writer ("I should go back to India" is a trip) nor a place or a thing ("Crimea should go back
 * to Ukraine", "the marbles should go back to Greece" are claims of land and goods).
 */
export const TOLD_SUBJECTS: readonly string[] = [
  'you',
  'u',
  'ya',
  'yall',
  'they',
  'he',
  'she',
  'people',
  'folks',
  'lot',
];

/**
 * Verbs that expel people from a country: "deport them all". Only people are deported or expelled, so no object is a
 * thing; "expel them all from the party" names the body they are put out of, which `exclusion-calls.ts` checks.
 */
export const DEPORTING_VERBS: readonly string[] = ['deport', 'expel'];

/**
 * Objects that make a deportation take in everyone meant, word by word: "them all", "every last one of them", "the
 * whole lot". One person ("deport him") or a kind of wrongdoer ("deport criminals") is a case for the law.
 */
export const WHOLE_LOTS: readonly string[] = [
  'them all',
  'em all',
  'all of them',
  'all of em',
  'every one of them',
  'every one of em',
  'each and every one of them',
  'every last one of them',
  'every last one',
  'every single one of them',
  'every single one',
  'the lot of them',
  'the lot',
  'the whole lot of them',
  'the whole lot',
  'the whole bunch of them',
  'the whole bunch',
];

/** Words a sex is named by: "go home, men" is said to a squad or a team, not an expulsion. */
export const SEX_WORDS: readonly string[] = ['women', 'woman', 'men', 'man', 'girls', 'girl', 'females', 'female'];

/**
 * Words of sightseeing: in the sentence of "go home, <people>" they make the people tourists sent back to their coach
 * ("Go home, Americans, the tour bus is leaving"), not people told to leave a country.
 */
export const TOURING_WORDS: readonly string[] = [
  'tour',
  'tours',
  'tourist',
  'tourists',
  'sightseeing',
  'sightseers',
  'cruise',
  'excursion',
  'holidaymakers',
  'daytrippers',
];

/**
 * Verbs that put people out of a land when someone calls for it: "send them back", "kick them out", "keep them out".
 * Said of things ("send the parcel back", "keep the rain out") they are everyday words, so `exclusion-calls.ts` needs
 * those put out to be named as vermin or invaders, and a land to be put out of or sent back to.
 */
export const EXPELLING_VERBS: readonly string[] = [
  'send',
  'ship',
  'kick',
  'throw',
  'keep',
  'get',
  'boot',
  'deport',
  'expel',
];

/**
 * Names that cast people as vermin or invaders, which no one means of animals or things sent back to a land or kept
 * out of "our country": "send these savages back where they came from", "keep the invaders out of our land".
 * "Animals", "rats" and "trash" are left out: animals go back to the wild and rubbish is shipped back to where it was
 * sent from.
 */
export const EXPELLED_AS_VERMIN: readonly string[] = [
  'savage',
  'savages',
  'barbarian',
  'barbarians',
  'invader',
  'invaders',
  'subhuman',
  'subhumans',
  'vermin',
  'filth',
  'scum',
  'scumbags',
  'parasite',
  'parasites',
  'leeches',
  'mongrels',
  'cockroaches',
  'roaches',
  'lowlifes',
  'degenerates',
];

/** A land of ours that people are kept out of or thrown out of: "out of our country", "out of this nation". */
export const OUR_LANDS: readonly string[] = ['country', 'nation', 'land', 'continent', 'shores', 'homeland'];
