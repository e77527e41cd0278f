/**
 * Listed words in their literal or idiomatic sense: set compounds ("April Fools' Day", "crash test dummy", "jerk
 * chicken", "killer app"), a crime rather than a person ("tax fraud", "fraud charges"), a performer ("circus
 * clown"). Keyed by the listed word's lemma; a possessive "'s" is a word of its own ("dunce 's cap").
 */

/** Words right before the listed word that make a compound of it. */
export const LITERAL_BEFORE: Readonly<Record<string, readonly string[]>> = {
  fool: ['april', 'aprils'],
  // Feigning, not being: "playing dumb", "she played stupid when asked".
  dumb: ['play', 'plays', 'played', 'playing'],
  stupid: ['play', 'plays', 'played', 'playing'],
  // Growth that no one planned: "scope creep", "mission creep"; a reflex: "knee jerk reaction".
  creep: ['scope', 'mission', 'feature'],
  jerk: ['knee'],
  // The mail service in an address spelled out: "write to me at jsmith at yahoo", "on Yahoo".
  yahoo: ['at', 'on', 'via', 'from'],
  dummy: ['test', 'tailors', 'ventriloquist', 'ventriloquists'],
  clown: ['circus', 'rodeo', 'party', 'birthday', 'hospital'],
  fraud: [
    'tax',
    'benefit',
    'benefits',
    'voter',
    'election',
    'electoral',
    'insurance',
    'bank',
    'mortgage',
    'wire',
    'securities',
    'card',
    'accounting',
    'investment',
    'welfare',
    'mail',
    'ballot',
    'financial',
    'corporate',
    'medical',
    // Fraud suspected or feared: "an audit for possible fraud", "potential fraud in the count".
    'possible',
    'potential',
    'suspected',
    'apparent',
    'deliberate',
    'serious',
    'online',
    'identity',
    // The crime charged or punished: "jailed for fraud", "charged with fraud", "convicted of fraud".
    'for',
    'with',
    'of',
    'commit',
    'committed',
    'committing',
    'alleged',
    'widespread',
    'massive',
    // An act someone rewards, fights or alleges: "would only reward fraud", "to cry fraud", "to stop fraud".
    'reward',
    'rewards',
    'rewarding',
    'encourage',
    'encourages',
    'enable',
    'enables',
    'prevent',
    'prevents',
    'prevented',
    'preventing',
    'stop',
    'stopping',
    'tackle',
    'tackling',
    'investigate',
    'investigating',
    'allege',
    'alleging',
    'cry',
    'cried',
    'crying',
    'systematic',
    'blatant',
    'outright',
  ],
};

/**
 * Things named after the listed word in the possessive, in set phrases no one is called anything in: "a fool's
 * errand", "fool's gold", "a fool's paradise", "Gambling is a fool's game", "an idiot's guide to taxes".
 */
export const POSSESSED_IDIOMS: Readonly<Record<string, readonly string[]>> = {
  fool: ['errand', 'errands', 'gold', 'paradise', 'game', 'bet', 'mate'],
  idiot: ['guide', 'guides'],
};

/** Two words after the listed word that make a set phrase of it: "Everyone is a fool in love". */
export const LITERAL_AFTER_PAIRS: Readonly<Record<string, readonly (readonly [string, string])[]>> = {
  fool: [
    ['in', 'love'],
    ['for', 'love'],
  ],
};

/** Words right after the listed word that make a compound of it, or a thing it is said of ("fraud of this size"). */
export const LITERAL_AFTER: Readonly<Record<string, readonly string[]>> = {
  fool: ['day', 'days', 'gold'],
  pussy: ['riot', 'willow', 'willows', 'hat', 'hats'],
  chump: ['change'],
  clown: ['show', 'shows', 'car', 'cars', 'costume', 'costumes', 'makeup', 'nose', 'noses', 'shoes', 'fish', 'college'],
  dumb: ['luck', 'waiter', 'waiters', 'bell', 'bells', 'phone', 'phones', 'terminal', 'terminals'],
  lunatic: ['asylum', 'asylums', 'fringe'],
  dunce: ['cap', 'caps', 'hat', 'hats', 's'],
  idiot: ['light', 'lights', 'box', 'boxes', 'board', 'boards', 'card', 'cards'],
  bastard: ['son', 'sons', 'daughter', 'daughters', 'child', 'children', 'file', 'files', 'sword', 'swords'],
  loser: ['pays', 'bracket', 'brackets'],
  jerk: ['chicken', 'pork', 'seasoning', 'sauce', 'spice', 'marinade', 'reaction', 'reactions'],
  killer: [
    'app',
    'apps',
    'instinct',
    'whale',
    'whales',
    'heels',
    'feature',
    'features',
    'line',
    'combo',
    'deal',
    'view',
    'views',
    'serve',
    'smile',
    'on',
    'at',
    'bees',
    'shrimp',
  ],
  // "the troll farms of St Petersburg", "a state troll factory": the organised accounts and where they are run.
  troll: [
    'farm',
    'farms',
    'factory',
    'factories',
    'army',
    'armies',
    'operation',
    'operations',
    'campaign',
    'campaigns',
    'activity',
    'network',
    'networks',
    'bot',
    'bots',
    'bait',
  ],
  fraud: [
    'case',
    'cases',
    'charge',
    'charges',
    'squad',
    'investigation',
    'investigations',
    'inquiry',
    'trial',
    'office',
    'detection',
    'prevention',
    'scheme',
    'schemes',
    'allegations',
    'conviction',
    'convictions',
    'claims',
    'unit',
  ],
};

/**
 * Nouns that name a crime, not a person, when nothing counts them: "fraud of this size", "fraud on this scale"
 * ("a fraud of the first order" is a person).
 */
export const CRIMES: readonly string[] = ['fraud'];

/** Places and events a performer is at: "the clown at my son's party". */
export const PERFORMER_SETTINGS: readonly string[] = ['party', 'birthday', 'circus', 'fair', 'festival', 'wedding'];

/** Works and parts in them, which a title names: "The Fool is my favourite character". */
export const WORKS: readonly string[] = [
  'character',
  'characters',
  'novel',
  'book',
  'play',
  'film',
  'movie',
  'opera',
  'painting',
  'role',
  'card',
  'album',
  'episode',
  'chapter',
];

/** Kinds of work a title follows, besides `WORKS`: "the band Stupid Fresh", "the song Loser", "the show Idiots". */
export const TITLED_WORKS: readonly string[] = [
  'band',
  'song',
  'show',
  'series',
  'sitcom',
  'musical',
  'single',
  'track',
  'podcast',
  'game',
  'comedy',
  'documentary',
];

/** A female dog: "the bitch had a litter of six", "our bitch is in whelp". */
export const WHELPING_WORDS: readonly string[] = [
  'litter',
  'litters',
  'puppies',
  'pups',
  'whelp',
  'whelped',
  'whelping',
  'spayed',
  'kennel',
  'sire',
  'stud',
  'pedigree',
  'breeding',
];

/** Animals a writer keeps: "my stupid cat", "our dumb dog" are pets, not people. */
export const PETS: readonly string[] = [
  'dog',
  'dogs',
  'cat',
  'cats',
  'puppy',
  'kitten',
  'pup',
  'parrot',
  'horse',
  'goat',
  'hamster',
  'mutt',
];

/**
 * Animals and machines a name is given to in "that fool of a horse", "this idiot of a printer" (besides `PETS`):
 * the name is for the beast or the thing, not a person.
 */
export const BEASTS_AND_MACHINES: readonly string[] = [
  'donkey',
  'mule',
  'pony',
  'cow',
  'bull',
  'sheep',
  'pig',
  'bird',
  'pigeon',
  'goose',
  'duck',
  'squirrel',
  'raccoon',
  'animal',
  'beast',
  'machine',
  'car',
  'truck',
  'printer',
  'computer',
  'phone',
  'laptop',
  'robot',
  'engine',
];

/** Animals a word is defined as: "A jackass is a male donkey". */
export const DEFINING_ANIMALS: readonly string[] = [
  'donkey',
  'horse',
  'pig',
  'sheep',
  'goat',
  'dog',
  'snake',
  'bird',
  'rat',
  'animal',
];

/** Machines a name is given to as to a pet: "My printer is an idiot", "my idiot phone". */
export const MACHINES: readonly string[] = [
  'printer',
  'computer',
  'phone',
  'laptop',
  'router',
  'car',
  'truck',
  'robot',
  'engine',
  'microwave',
  'toaster',
  'dishwasher',
  'tv',
  'remote',
  'autocorrect',
  'gps',
  'satnav',
  'app',
];

/** Parts in a story, which a name describes: "the villain in the film is a psychopath", "sociopath characters". */
export const STORY_PARTS: readonly string[] = [
  'villain',
  'villains',
  'character',
  'characters',
  'protagonist',
  'antagonist',
  'narrator',
  'hero',
  'heroine',
];

/**
 * Verbs of doubting what follows, after "only a fool would", with the particle each needs (empty: none): the
 * sentence praises the team, the player or the plan no one should doubt ("Only a fool would bet against this team",
 * "only an idiot would underestimate her", "only a fool would write them off").
 */
export const DOUBTING: Readonly<Record<string, string>> = {
  doubt: '',
  underestimate: '',
  underrate: '',
  discount: '',
  dismiss: '',
  bet: 'against',
  count: 'out',
  write: 'off',
  pass: 'up',
};

/** Words before "losers" that make them those who lose out: "the real losers here are the taxpayers". */
export const LOSING_OUT: readonly string[] = [
  'real',
  'big',
  'bigger',
  'biggest',
  'main',
  'only',
  'true',
  'ultimate',
  'clear',
];

/** Nouns naming an act or a way of doing, judged as a thing: "the mayor's handling of the storm was incompetent". */
export const ACT_NOUNS: readonly string[] = [
  'handling',
  'mishandling',
  'management',
  'mismanagement',
  'stewardship',
  'oversight',
  'treatment',
  'approach',
  'conduct',
  'performance',
  'reaction',
  'layout',
  'legislation',
];

/** Amounts before "of" that leave the noun after it what is judged: "a brainless bit of legislation". */
export const PORTIONS: readonly string[] = ['bit', 'piece', 'kind', 'sort', 'type', 'load', 'pile', 'waste'];

/**
 * Set phrases in which a listed word names no one, the word in capitals: "open a can of worms", "slow and
 * steady wins". Like the slurs'
 * `INNOCENT_PHRASES`, each is matched word for word around the listed word.
 */
export const IDIOM_PHRASES: readonly string[] = [
  'can of WORMS',
  'cans of WORMS',
  'SLOW and steady',
  'BULLY pulpit',
  // What no one may question, and what earns the money: "pensions are a sacred cow", "he is a cash cow for lawyers".
  'sacred COW',
  'sacred COWS',
  'cash COW',
  'cash COWS',
  // The best-known comic of a field: "the clown prince of late-night TV".
  'CLOWN prince',
  // The verb of panicking after its subject: "you freak out at every alarm" ("throw the freak out" is a person).
  'you FREAK out',
  // Names of an animal or of a habit, not insults: the subject of a trial ("our kids are guinea pigs for the new
  // syllabus"), a regular of a place, a hoarder, a lover of parties, what humans are by nature.
  'guinea PIG',
  'guinea PIGS',
  'lab RAT',
  'lab RATS',
  'gym RAT',
  'gym RATS',
  'mall RAT',
  'mall RATS',
  'rink RAT',
  'rink RATS',
  'pack RAT',
  'pack RATS',
  'party ANIMAL',
  'party ANIMALS',
  'social ANIMAL',
  'social ANIMALS',
];

/** Wrongs listed beside a crime, which make it the act: "graft, fraud and waste". */
export const WRONGS: readonly string[] = [
  'corruption',
  'incompetence',
  'deceit',
  'deception',
  'theft',
  'bribery',
  'waste',
  'abuse',
  'nepotism',
  'cronyism',
  'embezzlement',
  'negligence',
  'mismanagement',
  'greed',
  'dishonesty',
  'malfeasance',
  'collusion',
  'misconduct',
  'lies',
  'lying',
];
