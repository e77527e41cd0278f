/**
 * Words of harm wished on people, foretold to them or called for, without a threat word: "I hope they suffer", "may he
 * burn", "you'll end up in a coffin", "kick her in the stomach". `harm.ts` reads them by where they stand.
 */

/** Verbs that open a wish: "I hope ...", "wishing him ...", "I pray he ...". */
export const WISH_VERBS: readonly string[] = ['hope', 'hopes', 'hoping', 'hoped', 'wish', 'wishes', 'wishing', 'pray'];

/** What happens to someone, said without a doer: "I hope they suffer", "may he rot", "let them starve". */
export const HARM_INTRANSITIVE: readonly string[] = [
  'suffer',
  'suffers',
  'burn',
  'burns',
  'fry',
  'fries',
  'rot',
  'rots',
  'choke',
  'chokes',
  'perish',
  'perishes',
  'starve',
  'starves',
  'croak',
  'croaks',
  'die',
  'dies',
  'drown',
  'drowns',
];

/** Harm done to someone, after "get", "is", "be": "I hope he gets kicked in the teeth", "hope they're beaten". */
export const HARM_PARTICIPLES: readonly string[] = [
  'beaten',
  'kicked',
  'punched',
  'slapped',
  'shot',
  'killed',
  'stabbed',
  'hanged',
  'lynched',
  'murdered',
  'tortured',
  'raped',
  'strangled',
  'choked',
  'mauled',
  'maimed',
  'gutted',
  'skinned',
  'executed',
  'beheaded',
  'flogged',
  'castrated',
  'burned',
  'burnt',
  'eaten',
];

/**
 * Participles that also have a plain use, acting only with a tail that makes the harm bodily: "beaten to death" (not
 * "beaten in the vote"), "burned alive" (not "got burned by the deal"), "eaten alive".
 */
export const PARTICIPLES_NEEDING_TAIL: readonly string[] = ['beaten', 'burned', 'burnt', 'eaten', 'choked', 'gutted'];

/** Words after a harm that keep it bodily: "to death", "alive", "senseless", "in the face". */
export const BODILY_TAILS: readonly string[] = ['death', 'alive', 'senseless', 'bloody', 'unconscious', 'up', 'dead'];

/**
 * Words that may follow a wished harm and keep it a harm: "suffer greatly", "burn in hell", "rot for it", "die a slow
 * death", "choke on it". Anything else after the verb makes another sense ("suffer the consequences", "suffer a defeat",
 * "burn the mortgage", "die out", "die in peace", "suffer like I did"); "a", "on", "for", "in", "to" are read further.
 */
export const WISH_FOLLOWERS: readonly string[] = [
  'greatly',
  'badly',
  'horribly',
  'terribly',
  'painfully',
  'miserably',
  'slowly',
  'forever',
  'alive',
  'hell',
  'agony',
  'to',
  'for',
  'and',
  'a',
  'on',
  'in',
  'then',
  'already',
  'soon',
];

/** After "for", what a wished harm is for: "suffer for it", "burn for this" (not "starve for attention"). */
export const WISH_FOR: readonly string[] = ['it', 'this', 'that', 'what', 'ever', 'eternity', 'years', 'life'];

/**
 * After "in", the places a wished harm ends: "burn in hell", "die in a fire" (not "die in peace", "suffer in silence";
 * nor "rot in jail", a sentence wished rather than a harm).
 */
export const WISH_IN_PLACES: readonly string[] = ['hell', 'agony', 'pain', 'fire', 'flames', 'torment'];

/**
 * Words that may stand between the one wished harm and the harm: "I hope he gets ...", "hope they're both ...",
 * "I hope that one day he ...", "hope they're ready to burn", "hope he's about to die".
 */
export const WISH_FILLERS: readonly string[] = [
  'will',
  'll',
  'would',
  'd',
  'get',
  'gets',
  'got',
  'is',
  'are',
  're',
  's',
  'be',
  'been',
  'was',
  'were',
  'both',
  'all',
  'finally',
  'one',
  'day',
  'someday',
  'soon',
  'eventually',
  'slowly',
  'really',
  'just',
  'can',
  'gonna',
  'going',
  'ready',
  'about',
  'to',
  'also',
  'then',
  'too',
  'actually',
  'badly',
  'severely',
  'brutally',
];

/** Auxiliaries that make a following participle a harm done to the subject: "gets shot", "is beaten", "be hanged". */
export const PASSIVE_AUXILIARIES: readonly string[] = ['get', 'gets', 'got', 'is', 'are', 're', 's', 'be', 'been'];

/** The harm named as a thing wished on someone: "I wish the worst for them", "wish him ill". */
export const WISHED_THINGS: readonly string[] = ['worst', 'ill', 'harm', 'death', 'pain', 'suffering', 'cancer'];

/** Assaults on a body: "kick her in the stomach", "punch him in the face" (base forms: an order or a wish). */
export const ASSAULT_VERBS: readonly string[] = [
  'kick',
  'punch',
  'slap',
  'smack',
  'knee',
  'whack',
  'sock',
  'headbutt',
  'stomp',
  'elbow',
  'pistolwhip',
  'bitchslap',
  'shoot',
  'stab',
];

/** Parts of a body an assault lands on ("in the face", "across the mouth"); not "back" (stabbed in the back). */
export const BODY_PARTS: readonly string[] = [
  'face',
  'head',
  'stomach',
  'gut',
  'guts',
  'belly',
  'balls',
  'nuts',
  'groin',
  'crotch',
  'testicles',
  'genitals',
  'privates',
  'junk',
  'teeth',
  'mouth',
  'jaw',
  'nose',
  'throat',
  'neck',
  'ribs',
  'kidneys',
  'chest',
  'eye',
  'eyes',
  'skull',
  'knees',
  'kneecaps',
  'butt',
  'ass',
  'arse',
  'heart',
  'temple',
  'rear',
];

/** Places a prediction of death ends in: "you'll end up in a coffin", "you'll be six feet under". */
export const DEATH_PLACES: readonly string[] = ['coffin', 'casket', 'morgue', 'bodybag'];

/** Words that undo a wish or an order before it: "I don't wish them harm", "never punch him in the face". */
export const NEGATIONS: readonly string[] = [
  'not',
  'no',
  'never',
  'nt',
  't',
  'dont',
  'didnt',
  'doesnt',
  'wont',
  'wouldnt',
  'cant',
  'shouldnt',
  'nobody',
  'noone',
  'nothing',
  'without',
];

/** Verbs that make a following assault a report ("tried to punch him in the face"), not a call for one. */
export const REPORTING_BEFORE: readonly string[] = [
  'tried',
  'trying',
  'attempted',
  'attempting',
  'began',
  'started',
  'threatened',
  'threatening',
  'allegedly',
  'did',
];

/**
 * People named by what they do, the object of an order to kill or hang them: "Kill the dealers!", "hang the
 * traffickers". Words for things ("banners", "bills") and idioms ("shoot the messenger") are left out.
 */
export const ORDER_PEOPLE: readonly string[] = [
  'dealer',
  'dealers',
  'pusher',
  'pushers',
  'trafficker',
  'traffickers',
  'smuggler',
  'smugglers',
  'looter',
  'looters',
  'rioter',
  'rioters',
  'murderer',
  'murderers',
  'killer',
  'killers',
  'molester',
  'molesters',
  'abuser',
  'abusers',
  'poacher',
  'poachers',
  'robber',
  'robbers',
  'thief',
  'thieves',
  'criminal',
  'criminals',
  'invader',
  'invaders',
  'banker',
  'bankers',
  'cop',
  'cops',
  'protester',
  'protesters',
  'protestor',
  'protestors',
  'perp',
  'perps',
  'junkie',
  'junkies',
  'addict',
  'addicts',
  'predator',
  'predators',
  'pedo',
  'pedos',
  'terrorist',
  'terrorists',
  'shooter',
  'shooters',
  'gunman',
  'gunmen',
  'attacker',
  'attackers',
  'bomber',
  'bombers',
  'rapist',
  'rapists',
];

/**
 * Words of games and sport: an order in their sentence is about a match ("kill the Canadians in the third period",
 * "shoot the Leafs down in the playoffs"), not about people.
 */
export const SPORTS_WORDS: readonly string[] = [
  'period',
  'periods',
  'inning',
  'innings',
  'game',
  'games',
  'match',
  'matches',
  'playoff',
  'playoffs',
  'postseason',
  'season',
  'quarter',
  'halftime',
  'overtime',
  'series',
  'tournament',
  'league',
  'team',
  'teams',
  'scoreboard',
  'goalie',
  'puck',
  'hockey',
  'football',
  'soccer',
  'baseball',
  'basketball',
  'rugby',
  'cricket',
  'nhl',
  'nfl',
  'nba',
  'mlb',
  'kickoff',
  'touchdown',
  'touchdowns',
  'rematch',
  'scrimmage',
  'finals',
  'semifinal',
  'semifinals',
  'lineup',
  'fans',
];

/** What someone is killed with in a figure of speech: "kill them with kindness", "killing him with praise". */
export const KILLING_KINDLY: readonly string[] = ['kindness', 'love', 'compliments', 'praise', 'laughter', 'boredom'];

/**
 * Parts of a body cut off in a maiming called for ("cut off their hands", "chop his fingers off"); not "arms" (a
 * supply of weapons) nor "legs" ("cut the legs out from under").
 */
export const MAIMED_PARTS: readonly string[] = [
  'hands',
  'hand',
  'fingers',
  'finger',
  'feet',
  'foot',
  'tongue',
  'tongues',
  'ears',
  'nose',
  'noses',
  'balls',
  'genitals',
  'penis',
  'dick',
  'heads',
  'head',
];

/**
 * Places and stuff of the home, the kitchen and the workshop: after "hang them", "burn them", "drown them", "shoot
 * them", the things handled are things ("hang them on the wall", "burn them in the fireplace", "drown them in gravy",
 * "shoot them with a clear coat"). Not "tree", "lamppost", "stake", "river", "oven", "wall" of a firing squad is
 * reached only with "against", which is no place of these.
 */
export const HOUSEHOLD_PLACES: readonly string[] = [
  'wall',
  'walls',
  'hallway',
  'hook',
  'hooks',
  'hanger',
  'hangers',
  'closet',
  'wardrobe',
  'rack',
  'clothesline',
  'washing',
  'railing',
  'railings',
  'porch',
  'ceiling',
  'shelf',
  'shelves',
  'fridge',
  'mantel',
  'mantelpiece',
  'fireplace',
  'woodstove',
  'stove',
  'grill',
  'barbecue',
  'bbq',
  'firepit',
  'gravy',
  'sauce',
  'butter',
  'syrup',
  'dressing',
  'ketchup',
  'mayo',
  'honey',
  'vinegar',
  'batter',
  'primer',
  'paint',
  'varnish',
  'lacquer',
  'sealant',
  'coat',
  'glaze',
  'cd',
  'cds',
  'dvd',
  'disc',
  'disk',
  'film',
  'video',
  'tape',
];

/** What is "shot" to someone, who is then no one harmed: "shoot them an email", "shoot him a text". */
export const SENT_THINGS: readonly string[] = [
  'email',
  'mail',
  'text',
  'message',
  'note',
  'line',
  'invite',
  'link',
  'letter',
  'reminder',
  'dm',
  'pm',
  'look',
  'glance',
  'smile',
  'wave',
  'question',
];

/**
 * The ones who play a game, subject of a beating foretold: "our bowlers will kill them", "the lads will destroy them".
 */
export const SPORTING_SIDES: readonly string[] = [
  'team',
  'bowlers',
  'batters',
  'batsmen',
  'hitters',
  'pitchers',
  'pitching',
  'players',
  'squad',
  'lads',
  'defence',
  'defense',
  'offence',
  'offense',
  'forwards',
  'strikers',
  'midfield',
  'lineup',
  'bullpen',
];

/** Games one beats someone "at": "I'll kill you at chess", "she destroys them at poker". */
export const PLAYED_GAMES: readonly string[] = [
  'chess',
  'checkers',
  'poker',
  'cards',
  'bridge',
  'scrabble',
  'monopoly',
  'trivia',
  'darts',
  'pool',
  'snooker',
  'billiards',
  'golf',
  'tennis',
  'squash',
  'badminton',
  'bowling',
  'crib',
  'cribbage',
  'euchre',
  'mahjong',
  'sudoku',
  'wordle',
  'jeopardy',
  'fortnite',
];

/**
 * Things handled in the house, garden and kitchen, named before "... and burn them", "... and hang them": then
 * "them" are these things ("Rake the leaves and burn them", "Wash the shirts and hang them on the line").
 */
export const HANDLED_THINGS: readonly string[] = [
  'leaves',
  'logs',
  'branches',
  'twigs',
  'sticks',
  'stumps',
  'weeds',
  'roots',
  'plants',
  'flowers',
  'roses',
  'herbs',
  'seeds',
  'bulbs',
  'tomatoes',
  'potatoes',
  'onions',
  'peppers',
  'apples',
  'eggs',
  'yolks',
  'tyres',
  'tires',
  'beans',
  'carrots',
  'mushrooms',
  'shirts',
  'clothes',
  'towels',
  'sheets',
  'socks',
  'coats',
  'jackets',
  'pictures',
  'photos',
  'paintings',
  'posters',
  'prints',
  'frames',
  'mirrors',
  'lights',
  'lanterns',
  'curtains',
  'letters',
  'papers',
  'receipts',
  'files',
  'documents',
  'boxes',
  'pallets',
  'boards',
  'rags',
  'mice',
  'slugs',
  'snails',
  'ants',
  'wasps',
  'weevils',
  'aphids',
  'fleas',
  'ticks',
  'mosquitoes',
  'thistles',
  'feeders',
  'portraits',
  'banners',
  'flags',
];
