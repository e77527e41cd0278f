/**
 * Harsh judgement of what someone said, wrote or did, as opposed to exclamations. "This is crap", "what a load of
 * bullshit", "the damn council", "a stupid idea" denigrate; "holy shit", "damn, what a goal", "fucking love it"
 * exclaim. The words themselves are in the other lists; these say how they are used.
 */

/** Nouns for talk not worth hearing ("utter hogwash", "your nonsense"). */
export const NONSENSE_NOUNS: readonly string[] = [
  'nonsense',
  'hogwash',
  'baloney',
  'claptrap',
  'twaddle',
  'malarkey',
  'tripe',
  'piffle',
  'poppycock',
  'codswallop',
  'balderdash',
  'gibberish',
  'tosh',
  'bunkum',
  'hooey',
];

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
  'filth',
  'drivel',
  ...NONSENSE_NOUNS,
  'hypocrisy',
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
  'regurgitating',
  'parroting',
  'repeating',
  'talking',
  'writing',
  'posting',
  // "nothing but garbage", "so much crap", "bull crap".
  'but',
  'much',
  'bull',
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
  'filth',
  'drivel',
  ...NONSENSE_NOUNS,
];

/** Nouns that, as a whole sentence, dismiss what was said before ("Bullshit."). */
export const DISMISSIVE_NOUNS: readonly string[] = [
  'bullshit',
  'horseshit',
  'bollocks',
  'crap',
  'rubbish',
  'garbage',
  ...NONSENSE_NOUNS,
];

/** Profanity used as an adjective ("the damn council", "this fucking government"). */
export const PROFANE_MODIFIERS: readonly string[] = [
  'damn',
  'damned',
  'darn',
  'darned',
  'dang',
  'danged',
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
  'friggin',
  'frickin',
  'freaking',
  'freakin',
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
  'own',
  'same',
  'whole',
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
  // What is sucked: "kids suck their thumbs", "leeches suck blood" (not "a": "the refs suck a lot").
  'their',
  'his',
  'her',
  'its',
  'our',
  'blood',
  'thumb',
  'thumbs',
  'nectar',
  'sap',
  'juice',
  'milk',
  'water',
  'dry',
  'away',
  'through',
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
  'failure',
  'disappointment',
  'abomination',
  'eyesore',
  'nonentity',
  'has-been',
  'dud',
  'pest',
  'blight',
  'fossil',
];

/**
 * Adjectives that, said of nothing in particular ("That's ridiculous.", "How pathetic.", "Stupid."), pass a verdict
 * on what someone just said or did. Not the ones readers also use as praise or sympathy ("insane", "crazy", "sad").
 */
export const VERDICT_ADJECTIVES: readonly string[] = [
  'stupid',
  'dumb',
  'idiotic',
  'moronic',
  'imbecilic',
  'asinine',
  'brainless',
  'mindless',
  'ridiculous',
  'absurd',
  'ludicrous',
  'laughable',
  'preposterous',
  'inane',
  'nonsensical',
  'pathetic',
  'pitiful',
  'disgusting',
  'despicable',
  'disgraceful',
  'shameful',
  'sickening',
  'repugnant',
  'revolting',
  'vile',
  'contemptible',
  'loathsome',
  'silly',
  'foolish',
  'childish',
  'useless',
  'worthless',
  'hypocritical',
  'ignorant',
  'clueless',
  'crappy',
  'shitty',
];

/**
 * What a person says or does ("a stupid question", "ridiculous statement", "pathetic excuse"): a verdict adjective on
 * one of these judges its author. Ideas, decisions, plans and policies are under debate (see IDEA_WORDS): calling
 * one stupid is criticism.
 */
export const ACT_NOUNS: readonly string[] = [
  'question',
  'questions',
  'statement',
  'statements',
  'remark',
  'remarks',
  'comment',
  'comments',
  'excuse',
  'excuses',
  'thing',
  'things',
  'stuff',
  'answer',
  'response',
  'claim',
  'claims',
  'lie',
  'lies',
  'rant',
  'behavior',
  'behaviour',
  'attitude',
  'mentality',
  'mindset',
  'post',
  'posts',
  'reply',
];

/**
 * What a reader thinks or argues with ("belief", "logic", "take"): a verdict adjective on one of these that is the
 * reader's ("your stupid belief", "silly ideas like yours") calls the reader what it calls the thought. Anyone
 * else's, or no one's, is criticism of an idea.
 */
export const MIND_NOUNS: readonly string[] = [
  'belief',
  'beliefs',
  'thinking',
  'thought',
  'thoughts',
  'logic',
  'reasoning',
  'opinion',
  'opinions',
  'view',
  'views',
  'idea',
  'ideas',
  'argument',
  'arguments',
  'point',
  'points',
  'take',
  'analogy',
  'generalization',
  'generalisation',
  'assumption',
  'assumptions',
  'notion',
  'notions',
  'theory',
  'position',
  'worldview',
  'mind',
];

/**
 * What one reader writes to another in a thread: a bare verdict on one ("What a ridiculous comment.", "That is a
 * stupid reply.") is said to the reader who wrote it.
 */
export const REPLY_NOUNS: readonly string[] = [
  'comment',
  'comments',
  'post',
  'posts',
  'reply',
  'replies',
  'response',
  'rant',
  'rants',
  'remark',
];
