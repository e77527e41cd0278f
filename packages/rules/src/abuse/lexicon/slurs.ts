/**
 * Slurs against groups (race, ethnicity, religion, sexuality, gender identity, disability), written from
 * general knowledge of English usage. UNAMBIGUOUS slurs act on sight. AMBIGUOUS ones also have an everyday
 * meaning (a British "fag" is a cigarette, to "tinker", a "slope") and act only when aimed at someone.
 */
export const UNAMBIGUOUS_SLURS: readonly string[] = [
  'nigger',
  'nigga',
  'niggah',
  'nigguh',
  'negroid',
  'faggot',
  'fagot',
  'faggit',
  'dyke',
  'tranny',
  'shemale',
  'retard',
  'retarded',
  'spastic',
  'spacker',
  'mongoloid',
  'paki',
  'chink',
  'gook',
  'kike',
  'wetback',
  'spic',
  'spick',
  'beaner',
  'raghead',
  'towelhead',
  'sandnigger',
  'camel-jockey',
  'wog',
  'golliwog',
  'darkie',
  'darky',
  'sambo',
  'pickaninny',
  'jigaboo',
  'porchmonkey',
  'junglebunny',
  'gyppo',
  'pikey',
  'kaffir',
  'zipperhead',
  'chinky',
  'dago',
  'wop',
  'greaseball',
  'polack',
  'hymie',
  'heeb',
  'muzzie',
  'mussie',
  'sodomite',
  'poofter',
  'pooftah',
  'battyman',
  'lesbo',
  'ladyboy',
  'trannie',
  'troon',
  'boong',
  'halfbreed',
  'half-breed',
  'injun',
  'squaw',
  'feminazi',
  'shemale',
  'diaperhead',
  'muzrat',
  'moslime',
  'rapefugee',
  'jewboy',
  'shitskin',
  'spearchucker',
  'slanteye',
  'goatfucker',
  // Spellings of the slurs above, and more of the same kinds
  'kyke',
  'sheeney',
  'picaninny',
  'piccaninny',
  'jiggaboo',
  'zigabo',
  'gypo',
  'gippo',
  'wigger',
  'wigga',
  'groid',
  'coonass',
  'mooncricket',
  'cracka',
  'peckerwood',
  'honkey',
  'honkie',
  'lezbo',
  'lezzo',
  'bulldyke',
  'bulldike',
  'poofta',
  'carpetmuncher',
  'fudgepacker',
  'dothead',
  'slopehead',
  'tacohead',
  'burrhead',
  'bootlip',
  'currymuncher',
  'chingchong',
  'darkey',
  'kigger',
  'africoon',
  'jiggabo',
  'spik',
  'dego',
  'roundeye',
  'whigger',
  'sandmonkey',
  'trailertrash',
  'whitetrash',
  'jewed',
];

export const AMBIGUOUS_SLURS: readonly string[] = [
  'fag',
  'spaz',
  'spazz',
  'homo',
  'queer',
  'jap',
  'nip',
  'gypsy',
  'gyp',
  'mick',
  'paddy',
  'taff',
  'jock',
  'limey',
  'frog',
  'chinaman',
  'oriental',
  'negro',
  'colored',
  'coloured',
  'tard',
  'window-licker',
  'tinker',
  'slope',
  'slant',
  'bender',
  'batty',
  'cripple',
  'mongol',
  'abo',
  'coolie',
  'kraut',
  'poof',
  'yid',
  'shylock',
  'coon',
  'redskin',
  'gringo',
  'cholo',
  'mulatto',
  'kafir',
  'illegals',
  'mong',
  // "honky-tonk" music; "Whitey" is a nickname too; "half-caste" names a colonial policy in history.
  'honky',
  'whitey',
  'half-caste',
  // The macaques' genus in a scientific name ("Macaca mulatta").
  'macaca',
];

/**
 * Ambiguous slurs whose noun only ever names a person, and as a slur, and heads no compound: pointed at or after an
 * article ("that jap", "some tard") they are the slur. Not "mick" ("taking the mick"), "kraut" (sauerkraut),
 * "chinaman" (a cricket ball), "coon" (a raccoon), "fag" (a cigarette), "gypsy" ("gypsy moth") and the rest of the
 * list, whose other meaning is a noun too, nor "negro" and "coolie" ("negro spirituals", "a coolie hat").
 */
export const PERSON_NOUN_SLURS: readonly string[] = [
  'jap',
  'yid',
  'tard',
  'mong',
  'abo',
  'spaz',
  'spazz',
  'limey',
  'negro',
];

/**
 * Of those, words history books use with an article ("the first Negro to play in the majors", "a negro could not vote
 * there"): a slur only pointed at ("that negro") or described with contempt ("violent negro").
 */
export const HISTORICAL_SLURS: readonly string[] = ['negro'];

/**
 * Ambiguous slurs whose plural only ever names people, and as a slur: "krauts", "micks" (not "negroes" and "coolies",
 * the words of history books a century old).
 */
export const PERSON_PLURAL_SLURS: readonly string[] = [
  ...PERSON_NOUN_SLURS.filter((s) => !HISTORICAL_SLURS.includes(s)),
  'kraut',
  'mick',
];

/**
 * Ambiguous slurs that are adjectives in plain use ("colored pencils"): made a plural noun ("the coloreds") they can
 * only name people, and do so as a slur.
 */
export const NOUNED_ADJECTIVE_SLURS: readonly string[] = ['colored', 'coloured'];

/**
 * Set phrases in which a listed spelling is an ordinary word, the spelling in capitals: "spick and span", and the
 * faggots of British cooking and of firewood ("faggots and peas", "a bundle of faggots").
 */
export const INNOCENT_PHRASES: readonly string[] = [
  'SPICK and span',
  'SPIC and span',
  'FAGGOTS and peas',
  'FAGGOTS in gravy',
  'FAGGOTS with gravy',
  'FAGGOTS and mash',
  'FAGGOTS and chips',
  'bundle of FAGGOTS',
  'bundles of FAGGOTS',
  'FAGGOTS for the fire',
];
