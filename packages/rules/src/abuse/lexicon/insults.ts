/**
 * Insult vocabulary, general English (British and American), written from general knowledge.
 * Nouns in STRONG are insults in almost any use and act even without a visible target.
 * Nouns in TARGETED have innocent uses ("pig farm", "a clown show", "git push", "a traitor to the cause" in a
 * history piece) and act only when aimed at someone: "you ...", "X is a ...", or after an insulting adjective.
 * Adjectives never act alone: "this policy is idiotic" criticises an idea; "you idiotic fool" a person.
 * Inflections (plural -s/-es/-ies) are found by the lookup; list the base form.
 */
export const STRONG_INSULT_NOUNS: readonly string[] = [
  'idiot', 'moron', 'imbecile', 'cretin', 'halfwit', 'dimwit', 'nitwit', 'numbskull', 'numskull', 'dumbass',
  'dunce', 'nincompoop', 'ignoramus', 'simpleton', 'dipshit', 'dumbfuck', 'fuckwit', 'fuckface', 'fuckhead',
  'shithead', 'shitbag', 'shitstain', 'dickhead', 'dickwad', 'dickweed', 'knobhead', 'knobend', 'bellend',
  'twat', 'twit', 'cunt', 'wanker', 'tosser', 'arsehole', 'asshole', 'arsewipe', 'asswipe', 'douchebag',
  'douche', 'scumbag', 'scumbucket', 'lowlife', 'jackass', 'bastard', 'bitch', 'motherfucker', 'fucker',
  'sonofabitch', 'pillock', 'plonker', 'numpty', 'bozo', 'airhead', 'bonehead', 'blockhead', 'meathead',
  'pinhead', 'knucklehead', 'nutjob', 'nutcase', 'nutter', 'dingbat', 'douchecanoe', 'cocksucker', 'retard',
  'mongoloid', 'skank', 'slut', 'whore', 'thot', 'libtard', 'trumptard', 'dotard', 'sheeple', 'cuck',
  'subhuman', 'untermensch', 'scrote', 'gobshite', 'minger', 'wazzock', 'prat', 'berk', 'turd', 'brainlet',
  'crackhead', 'imbecil', 'idiota', 'feminazi', 'retardo', 'dickface', 'cockwomble', 'twatwaffle',
];

export const TARGETED_INSULT_NOUNS: readonly string[] = [
  'fool', 'clown', 'buffoon', 'loser', 'jerk', 'creep', 'freak', 'weirdo', 'psycho', 'lunatic', 'maniac',
  'pig', 'swine', 'cow', 'rat', 'snake', 'weasel', 'worm', 'maggot', 'cockroach', 'roach', 'vermin',
  'parasite', 'leech', 'bloodsucker', 'scum', 'filth', 'trash', 'garbage', 'rubbish', 'sheep', 'lemming',
  'donkey', 'ass', 'mule', 'ape', 'baboon', 'hag', 'witch', 'harpy', 'shrew', 'bimbo', 'tart', 'floozy',
  'pervert', 'perv', 'paedo', 'pedo', 'paedophile', 'pedophile', 'nonce', 'coward', 'wimp', 'crybaby',
  'snowflake', 'fraud', 'charlatan', 'conman', 'crook', 'thief', 'thug', 'hack', 'shill',
  'stooge', 'puppet', 'lackey', 'bootlicker', 'toady', 'traitor', 'quisling', 'troll', 'grifter', 'huckster',
  'fanboy', 'fangirl', 'simp', 'prick', 'dick', 'knob', 'cock', 'putz', 'schmuck', 'dolt', 'oaf', 'lout',
  'yob', 'chav', 'slob', 'pleb', 'peasant', 'cultist', 'zealot', 'fascist', 'nazi',
  'commie', 'neckbeard', 'karen', 'gammon', 'hick', 'redneck', 'hillbilly', 'inbred', 'degenerate',
  'wretch', 'scoundrel', 'sponger', 'freeloader', 'scrounger', 'junkie', 'drunkard', 'fatso', 'fatty',
  'lardass', 'ogre', 'troglodyte', 'neanderthal', 'caveman', 'git', 'clot', 'sod', 'bugger', 'slag', 'dumbo',
  'incel', 'dipstick', 'muppet', 'idiot-box', 'nut', 'nutbag', 'crank', 'kook', 'tosspot', 'sellout',
];

/** Adjectives that insult a person outright when aimed at one ("you are so stupid"). */
export const INSULT_ADJECTIVES: readonly string[] = [
  'stupid', 'dumb', 'idiotic', 'moronic', 'imbecilic', 'cretinous', 'brainless', 'braindead', 'mindless',
  'witless', 'clueless', 'gormless', 'dense', 'thick', 'dim', 'dimwitted', 'halfwitted', 'ignorant',
  'illiterate', 'retarded', 'pathetic', 'useless', 'worthless', 'spineless', 'gutless', 'disgusting',
  'repulsive', 'revolting', 'vile', 'filthy', 'despicable', 'contemptible', 'loathsome', 'ugly', 'hideous',
  'fat', 'smelly', 'deranged', 'demented', 'senile', 'unhinged', 'hysterical', 'brainwashed', 'gullible',
  'inbred', 'feral', 'scummy', 'slimy', 'sleazy', 'snivelling', 'sniveling', 'pitiful', 'lazy', 'lying',
  'corrupt', 'crooked', 'bent', 'cheating', 'treacherous', 'traitorous', 'cowardly', 'delusional',
];

/** Adjectives that are rude about a person but, alone, are within robust debate ("he is naive"). */
export const MILD_INSULT_ADJECTIVES: readonly string[] = [
  'silly', 'daft', 'foolish', 'naive', 'slow', 'sad', 'miserable', 'crazy', 'insane', 'mental', 'nuts',
  'arrogant', 'smug', 'pompous', 'whiny', 'whining', 'creepy', 'bigoted', 'racist', 'sexist', 'deluded',
  'clownish', 'lousy', 'grubby', 'shitty', 'crappy', 'obese', 'uneducated', 'hopeless',
];

/** Words that only make an insult stronger ("you absolute moron"), or sit between "you" and the insult. */
export const INTENSIFIERS: readonly string[] = [
  'absolute', 'complete', 'total', 'utter', 'real', 'proper', 'right', 'bloody', 'fucking', 'fuckin',
  'effing', 'frigging', 'freaking', 'damn', 'damned', 'goddamn', 'massive', 'huge', 'big', 'little', 'old',
  'such', 'so', 'very', 'really', 'truly', 'just', 'another', 'typical', 'pure', 'sheer', 'fat', 'young',
  'mate', 'pal', 'sir', 'madam', 'lol',
];
