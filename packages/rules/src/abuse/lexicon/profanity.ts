/**
 * Profanity, general English. STRONG words aimed at a person ("fuck you", "you fucking ...") are abuse;
 * undirected they are at most a low-score note ("fucking ridiculous decision"). MILD words ("damn good
 * reporting", "bloody hell") never act on their own.
 */
export const STRONG_PROFANITY: readonly string[] = [
  'fuck', 'fucking', 'fuckin', 'fucked', 'fucks', 'motherfucking', 'fck', 'fcking', 'fuk', 'fuking', 'fukin',
  'phuck', 'phucking', 'feck', 'shit', 'shite', 'bullshit', 'horseshit', 'cunt', 'cunts', 'twat', 'cock',
  'dick', 'piss', 'pissed', 'wank', 'wanking', 'bollocks', 'arse', 'ass', 'stfu', 'gtfo', 'fu', 'fuckoff',
];

export const MILD_PROFANITY: readonly string[] = [
  'damn', 'dammit', 'damnit', 'hell', 'crap', 'crappy', 'bloody', 'bugger', 'sod', 'frigging', 'freaking',
  'goddamn', 'goddam', 'jeez', 'christ', 'effing', 'heck', 'blimey',
];
