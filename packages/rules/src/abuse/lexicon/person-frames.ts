/**
 * Words of the frames in which a noun that may name an animal or a thing ("pig", "clown", "trash") can only name a
 * person, written from general knowledge of English usage. See `called-people.ts`.
 */

/** Verbs that open an order to the reader, before a name set off at the end: "Go away, pig", "Sit down, clown". */
export const ORDER_VERBS: readonly string[] = [
  'go',
  'get',
  'sit',
  'shut',
  'listen',
  'suck',
  'grow',
  'wake',
  'back',
  'move',
  'piss',
  'bugger',
  'buzz',
  'run',
  'calm',
  'stay',
  'step',
  'crawl',
  'scram',
  'beat',
  'nice',
  'whatever',
];

/** Particles and objects between the order verb and the name: "get lost", "suck it up", "go back home". */
export const ORDER_PARTICLES: readonly string[] = [
  'away',
  'up',
  'down',
  'off',
  'out',
  'lost',
  'it',
  'back',
  'along',
  'home',
  'now',
  'try',
  'please',
];

/**
 * What people do, and animals or things do not do as people do: "acting like a swine", "they live like pigs",
 * "spoken like a true fascist". Not "sweat" or "work", whose comparisons with an animal are idioms of effort.
 */
export const BEHAVING_VERBS: readonly string[] = [
  'act',
  'acts',
  'acted',
  'acting',
  'behave',
  'behaves',
  'behaved',
  'behaving',
  'live',
  'lives',
  'lived',
  'living',
  'eat',
  'eats',
  'ate',
  'eating',
  'talk',
  'talks',
  'talked',
  'talking',
  'speak',
  'speaks',
  'spoke',
  'spoken',
  'speaking',
  'think',
  'thinks',
  'thinking',
  'vote',
  'votes',
  'voted',
  'voting',
  'breed',
  'breeds',
  'breeding',
  'whine',
  'whines',
  'whining',
  'dress',
  'dresses',
  'dressed',
];

/**
 * The seat of an office, after "in" or "at": "the pig in the White House", "the clown in the mayor's office",
 * "the rats in Congress", "the fools in power". "office" alone needs a word making it a seat ("highest office",
 * "in office"), as "rats in the office" may be the building's.
 */
export const OFFICE_SEATS: readonly string[] = [
  'whitehouse',
  'kremlin',
  'congress',
  'senate',
  'parliament',
  'legislature',
  'government',
  'power',
  'charge',
  'command',
  'ottawa',
  'washington',
  'westminster',
];

/** Words that make "office" or "house" a seat of power: "the highest office", "the mayor's office", "White House". */
export const SEAT_QUALIFIERS: readonly string[] = [
  'white',
  'oval',
  'highest',
  'top',
  'public',
  'elected',
  'mayor',
  'mayors',
  'premier',
  'premiers',
  'president',
  'presidents',
  'governor',
  'governors',
  'pm',
  'pms',
  'prime',
  'minister',
  'ministers',
  'city',
  's',
];

/** Verbs for running a place: "the fool running the city", "the clowns who run this province". */
export const RUNNING_VERBS: readonly string[] = ['running', 'run', 'runs', 'leading', 'governing', 'ruining'];
/** What such a fool runs. */
export const RUN_PLACES: readonly string[] = [
  'city',
  'country',
  'province',
  'state',
  'nation',
  'government',
  'show',
  'party',
  'town',
];

/** Verbs only a person is the object of: "re-electing this donkey", "deport all that trash", "impeach the rat". */
export const PERSON_OBJECT_VERBS: readonly string[] = [
  'elect',
  'elected',
  'electing',
  'reelect',
  'reelected',
  'reelecting',
  'deport',
  'deported',
  'deporting',
  'impeach',
  'impeached',
  'impeaching',
  'indict',
  'indicted',
  'prosecute',
  'jail',
  'jailed',
  'imprison',
];

/**
 * Describing words before a plural that make a crowd of people of it: "the usual kooks", "the elected parasites",
 * "the privileged parasites". Not "infected" or "farmed", which describe the animals.
 */
export const CROWD_WORDS: readonly string[] = [
  'usual',
  'elected',
  'privileged',
  'priveleged',
  'entitled',
  'pampered',
  'overpaid',
  'spoiled',
  'whiny',
  'whining',
  'fellow',
];

/** "left-wing loonies", "right wing kooks": the second half of a side in politics, after "left" or "right". */
export const WING_WORDS: readonly string[] = ['wing'];
export const SIDES: readonly string[] = ['left', 'right'];

/** First halves of a party's name that make "rats" a pun on it: "Demo rats", "Democ-rats". */
export const PARTY_PUN_HEADS: readonly string[] = ['demo', 'democ', 'dem', 'demon', 'dumb', 'dim'];

/**
 * Words that brand trash as a kind of people: "trailer trash", "ghetto trash", "multi-generational trash". (White
 * trash is an identity attack, in `identity.ts`.)
 */
export const TRASH_BRANDS: readonly string[] = [
  'trailer',
  'ghetto',
  'hood',
  'euro',
  'redneck',
  'hillbilly',
  'generational',
  'welfare',
  'inbred',
];

/**
 * What a plural pointed at does that only people do: "these stupid X think ...", "those lazy X want ...". Said of an
 * unknown plural after "these"/"those" and a rude word, it makes people of it.
 */
export const PEOPLE_DEEDS: readonly string[] = [
  'think',
  'believe',
  'know',
  'understand',
  'realize',
  'realise',
  'want',
  'vote',
  'voted',
  'whine',
  'whined',
  'complain',
  'complained',
  'pretend',
  'claim',
  'care',
  'hate',
  'refuse',
  'insist',
  'demand',
];
/** "these X haven't the slightest idea", "those X don't have a clue": having no idea, which only people have. */
export const HAVE_WORDS: readonly string[] = [
  'have',
  'haven',
  'havent',
  'don',
  'dont',
  'didn',
  'didnt',
  'had',
  'hadn',
  'hadnt',
];
export const CLUE_WORDS: readonly string[] = ['clue', 'idea', 'inkling', 'notion'];

/**
 * Verbs of saying, thinking and wanting that only a person does, right after a name pointed at with "this" or
 * "that": "Nothing this traitor says is true", "whatever that racist tweets". After a literal noun they say
 * nothing ("this parrot says hello"); those nouns never take this frame.
 */
export const SPEAKING_VERBS: readonly string[] = [
  'says',
  'said',
  'tweets',
  'tweeted',
  'claims',
  'claimed',
  'thinks',
  'thought',
  'believes',
  'wants',
  'wanted',
  'writes',
  'wrote',
  'spouts',
  'spews',
  'pretends',
  'lies',
  'lied',
];

/**
 * Words that brand a person as what the noun after them says, between an article and an adjective used as a
 * noun: "an avowed racist", "a known sexist", "a proven racist". Degree words stay out: "the joke was a little
 * racist" says how racist a thing is.
 */
export const BRANDING_QUALIFIERS: readonly string[] = [
  'known',
  'avowed',
  'admitted',
  'confessed',
  'proven',
  'confirmed',
  'documented',
  'open',
  'outright',
  'unrepentant',
  'notorious',
  'raging',
  'rabid',
  'closet',
  'certified',
  'committed',
  'total',
  'complete',
  'absolute',
  'utter',
  'blatant',
];
