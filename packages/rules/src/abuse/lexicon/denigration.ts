/**
 * Harsh judgement of what someone said, wrote or did, as opposed to exclamations. "This is crap", "what a load of
 * bullshit", "the damn council", "a stupid idea" denigrate; "holy shit", "damn, what a goal", "fucking love it"
 * exclaim. The words themselves are in the other lists; these say how they are used.
 */

/** Nouns that denigrate what they are said of ("this is crap", "pure garbage"). */
export const DENIGRATING_NOUNS: readonly string[] = [
  'shit',
  'shite',
  'bullshit',
  'horseshit',
  'crap',
  'bollocks',
  'garbage',
  'trash',
  'rubbish',
  'drivel',
];

/** Words right before such a noun that make it a judgement: a verb of being, "what", "load of", "spouting". */
export const DENIGRATING_BEFORE: readonly string[] = [
  'is',
  'are',
  'was',
  'were',
  'be',
  'been',
  'its',
  'thats',
  'such',
  'what',
  'of',
  'spewing',
  'spouting',
  'peddling',
  'talking',
  'writing',
  'posting',
];

/**
 * Pointing words that make a judgement of the milder nouns ("this crap", "the same garbage", "your drivel"), but
 * not of "shit", which readers also use for things they like ("this shit never gets old").
 */
export const DENIGRATING_POINTERS: readonly string[] = [
  'this',
  'that',
  'these',
  'those',
  'same',
  'your',
  'his',
  'her',
  'their',
  'more',
];

/** Nouns that the pointing words above make a judgement of. */
export const POINTED_NOUNS: readonly string[] = [
  'crap',
  'bullshit',
  'horseshit',
  'garbage',
  'trash',
  'rubbish',
  'drivel',
];

/** Nouns that, as a whole sentence, dismiss what was said before ("Bullshit."). */
export const DISMISSIVE_NOUNS: readonly string[] = ['bullshit', 'horseshit', 'bollocks'];

/** Profanity used as an adjective ("the damn council", "this fucking government"). */
export const PROFANE_MODIFIERS: readonly string[] = [
  'damn',
  'damned',
  'goddamn',
  'goddam',
  'fucking',
  'fuckin',
  'fcking',
  'fukin',
  'fuking',
  'phucking',
  'motherfucking',
  'effing',
  'frigging',
  'freaking',
  'bloody',
];

/** Pointing words before such a modifier: "the damn ...", "your bloody ...". */
export const DETERMINERS: readonly string[] = [
  'the',
  'this',
  'that',
  'these',
  'those',
  'your',
  'his',
  'her',
  'their',
  'every',
  'such',
];

/** Words after a profane intensifier that make it praise or an exclamation: "damn good", "the fucking best". */
export const POSITIVE_WORDS: readonly string[] = [
  'good',
  'great',
  'best',
  'love',
  'loved',
  'awesome',
  'amazing',
  'beautiful',
  'brilliant',
  'cool',
  'nice',
  'funny',
  'hilarious',
  'right',
  'well',
  'true',
  'glad',
  'proud',
  'happy',
  'fine',
  'perfect',
  'impressive',
  'sure',
  'lucky',
  'excited',
  'epic',
  'fantastic',
  'gorgeous',
  'legend',
  'genius',
  'hell',
  'time',
  'much',
];

/** "you suck", "the referee sucks": particles after "suck" that make it another verb ("suck it up", "sucked in"). */
export const SUCK_PARTICLES: readonly string[] = [
  'up',
  'in',
  'into',
  'out',
  'on',
  'off',
  'down',
  'it',
  'the',
  'my',
  'air',
];

/**
 * Nouns that insult a person when said of one ("he is a disgrace", "you are a joke"); said of a thing they are
 * criticism ("the result is a disgrace").
 */
export const PREDICATE_INSULT_NOUNS: readonly string[] = [
  'disgrace',
  'embarrassment',
  'laughingstock',
  'joke',
  'menace',
  'wacko',
  'whackjob',
];
