/**
 * Words for generalizations that attack a protected group as a whole ("gays are sick", "women are too stupid to
 * vote", "X should go back where they came from"), written from general knowledge. The groups themselves and the
 * words that dehumanize them are in identity.ts; these lists add what is said of a whole group.
 */

/** Groups identity.ts does not list: faiths, peoples and sexualities named in the plural. */
export const MORE_IDENTITY_GROUPS: readonly string[] = [
  'evangelical',
  'protestant',
  'baptist',
  'jews',
  'hindus',
  'sikhs',
  'hispanics',
  'africans',
  'asians',
  'arabs',
  'filipino',
  'vietnamese',
  'inuit',
  'eskimo',
  'gypsy',
  'lesbians',
  'homosexuals',
  'transsexual',
  'transgenders',
  'trannies',
  'muslims',
  'moslems',
  'blacks',
  'whites',
];

/**
 * Said of a whole group, these brand it as sick, depraved, stupid or dangerous by nature ("Xs are perverts",
 * "Xs are the problem"). Together with identity.ts DEHUMANIZING.
 */
export const GROUP_SLANDERS: readonly string[] = [
  'sick',
  'pervert',
  'perverts',
  'perverted',
  'deviant',
  'deviants',
  'depraved',
  'diseased',
  'defective',
  'untrustworthy',
  'dishonest',
  'liars',
  'thieves',
  'crooks',
  'dumb',
  'idiots',
  'morons',
  'retarded',
  'ignorant',
  'uneducated',
  'dangerous',
  'sinful',
  'sinners',
  'godless',
  'heathens',
  'ugly',
  'smelly',
  'greedy',
  'useless',
  'worthless',
  'whores',
  'sluts',
  'groomers',
  'predators',
  'molesters',
  'leeches',
  'freeloaders',
  'bloodsuckers',
  'cockroaches',
  'rodents',
  'insects',
  'scum',
  'plague',
  'drunks',
  'alcoholics',
  'enemy',
  'enemies',
  'cowards',
  'cowardly',
  'emotional',
  'hysterical',
  'parasitic',
  'stinky',
  'barbaric',
  'subhumans',
  // "Xs are the devil", "Xs are demons": a whole people cast as evil itself.
  'devil',
  'demon',
  'satanic',
];

/** A predicate of two words: "mentally ill", "morally bankrupt". */
export const GROUP_SLANDER_PAIRS: Readonly<Record<string, readonly string[]>> = {
  mentally: ['ill', 'deranged', 'disturbed', 'defective', 'deficient', 'retarded', 'sick', 'inferior'],
  morally: ['bankrupt', 'depraved', 'corrupt', 'inferior'],
  genetically: ['inferior', 'defective', 'stupid', 'predisposed'],
  drug: ['dealers', 'mules', 'pushers', 'addicts'],
  money: ['grubbers', 'grabbers', 'launderers'],
};

/**
 * Words that may stand between a group and what is said of it: "are all", "are the", "are too stupid to",
 * "are inherently violent". A word not listed (a negation, "not", "no", "less") ends the search.
 */
export const GROUP_FILLERS: readonly string[] = [
  'all',
  'our',
  'just',
  'the',
  'a',
  'an',
  'such',
  'bunch',
  'of',
  'nothing',
  'but',
  'so',
  'too',
  'very',
  'really',
  'mostly',
  'basically',
  'simply',
  'inherently',
  'naturally',
  'always',
  'usually',
  'generally',
  'typically',
  'essentially',
  'fundamentally',
  // "Xs are more violent", "the most dangerous", "even dumber": a comparison that slanders as much.
  'more',
  'most',
  'even',
  'far',
  'much',
  'extremely',
  'intrinsically',
  'by',
  'nature',
  'born',
  'real',
  'total',
  'complete',
  'utter',
  'filthy',
  'dirty',
  'disgusting',
  'sick',
  'social',
  'big',
  'huge',
  'serious',
  'major',
];

/** What a whole group is said to do as a body that smells: "Xs smell", "Xs stink". */
export const STINKING: readonly string[] = ['smell', 'smells', 'stink', 'stinks', 'reek', 'reeks'];
/** Words after "smell" that keep it the group's odour: "Xs smell bad", "Xs stink like ...", "Xs smell of ...". */
export const STINK_TAILS: readonly string[] = ['bad', 'awful', 'terrible', 'horrible', 'funny', 'like', 'of'];

/**
 * Words before a group that make even a dehumanizing claim about it a denial or a report: "not all Xs are
 * terrorists", "it is wrong to say Xs are rapists", "Trump claimed Xs are ...". Narrower than GROUP_FRAMING: "I
 * think Xs are vermin" is still the commenter's claim.
 */
export const CLAIM_FRAMING: readonly string[] = [
  'not',
  'no',
  'say',
  'says',
  'saying',
  'said',
  'claim',
  'claims',
  'claiming',
  'claimed',
  'myth',
  'idea',
  'stereotype',
  'stereotypes',
  'pretend',
  'pretending',
];

/**
 * Words before a group that make its generalization a report or a denial, not the commenter's claim: "not all
 * Xs are ...", "saying Xs are ... is bigoted", "the myth that Xs are ...".
 */
export const GROUP_FRAMING: readonly string[] = [
  ...CLAIM_FRAMING,
  'assume',
  'assuming',
  'assumes',
  'believe',
  'believes',
  'believing',
  'think',
  'thinks',
  'thinking',
  'suggest',
  'suggests',
  'suggesting',
  'imply',
  'implies',
  'implying',
];

/** Modal words that make "go back" a demand ("should go back", "need to go back"), not a wish of their own. */
export const DEMAND_MODALS: readonly string[] = ['should', 'must', 'need', 'needs', 'ought', 'gotta', 'better'];

/**
 * Where a group is told to go back to, besides the lands of `exclusion.ts` ("Africa", "the jungle"): "where they came
 * from", "their own country", "their shitholes".
 */
export const GO_BACK_TO: readonly string[] = [
  'where',
  'their',
  'your',
  'own',
  'country',
  'countries',
  'shithole',
  'shitholes',
];

/**
 * What a whole group is said to be out to do to a land: "Xs are trying to destroy Europe", "Xs want to take over our
 * country" (the land must follow: not "want to destroy the evidence").
 */
export const CONQUERING: readonly string[] = [
  'destroy',
  'ruin',
  'invade',
  'conquer',
  'overrun',
  'infiltrate',
  'islamize',
  'islamise',
  'replace',
  'outbreed',
  'colonize',
  'colonise',
];

/** Words between a group and what it is said to be out to do: "are trying to", "want to", "are out to". */
export const SCHEMING: readonly string[] = [
  'trying',
  'try',
  'want',
  'wants',
  'plan',
  'plot',
  'intend',
  'out',
  'determined',
];

/** What a group is said to control in a conspiracy: "Xs control the media", "Xs run the banks". */
export const CONTROLLED: readonly string[] = ['media', 'banks', 'world', 'hollywood', 'money', 'press', 'finance'];

/** Places a whole sex is said to belong: "a woman's place is in the kitchen". */
export const WOMANS_PLACES: readonly string[] = ['kitchen', 'home', 'bedroom', 'house'];

/** Faiths named as a whole, the target of a call to root them out ("Islam needs to be eradicated"). */
/**
 * What a faith is called when it is called a sickness of the people who hold it: "Islam is a cancer", "Judaism is a
 * virus". General English, written from general knowledge.
 */
export const FAITH_BLIGHTS: readonly string[] = [
  'cancer',
  'disease',
  'plague',
  'virus',
  'poison',
  'tumor',
  'tumour',
  'infection',
  'pestilence',
  'parasite',
  'sickness',
  'contagion',
];

export const FAITHS: readonly string[] = [
  'islam',
  'christianity',
  'judaism',
  'hinduism',
  'sikhism',
  'buddhism',
  'catholicism',
  'mormonism',
  'protestantism',
  'shinto',
  'taoism',
];

/** Words before a faith's name that make it a movement, not the faith: "radical Islam must be defeated". */
export const FAITH_MOVEMENT_WORDS: readonly string[] = [
  'radical',
  'extremist',
  'militant',
  'political',
  'fundamentalist',
  'violent',
  'jihadist',
  'islamist',
];

/** A faith rooted out, after "should be", "needs to be": "Christianity should be wiped out". */
export const FAITH_ERADICATED: readonly string[] = [
  'eradicated',
  'exterminated',
  'wiped',
  'destroyed',
  'eliminated',
  'banned',
  'outlawed',
  'purged',
  'annihilated',
  'crushed',
  'stamped',
  'erased',
  'abolished',
];

/** A faith rooted out on a call: "we must eradicate Islam", "time to wipe out Judaism". */
export const FAITH_ERADICATING: readonly string[] = [
  'eradicate',
  'exterminate',
  'wipe',
  'destroy',
  'eliminate',
  'ban',
  'outlaw',
  'purge',
  'annihilate',
  'crush',
  'stamp',
  'erase',
  'abolish',
];
