import { DISMISSAL_PHRASES } from './dismissals.js';
import type { PhraseSpec } from './phrases.js';

/** Words that call a person bad only when they describe one: "horrible" weather is no insult. */
const BAD_PERSON = 'horrible|terrible|awful|wretched|rotten|dreadful|appalling|atrocious|ghastly|abominable';
/** Titles given the reader in mockery: "Nice try, genius." */
const MOCK_TITLES = 'genius|einstein|sherlock|sparky|smartypants';
/** Pet names a taunt gives the reader: "keep crying, buttercup". */
const PET_NAMES = 'buttercup|snowflake|princess|sweetie|sweetheart|cupcake|sunshine|champ|sport|kiddo';
/** Words that describe a person called refuse: "lying pieces of garbage", "a piece of sexist trash". */
export const REFUSE_DESCRIBED =
  'hating|lying|cheating|thieving|worthless|useless|vile|filthy|lazy|racist|disgusting|greedy|stupid|absolute|total|complete|utter|miserable|pathetic|evil|corrupt|hateful|little|sexist|bigoted|ignorant|arrogant|smug|sleazy|slimy|dishonest|treasonous';
/** What only a person does, after a name for the person: "this piece of trash thinks ...". */
const PERSON_DEEDS =
  'thinks|thought|wants|wanted|believes|claims|lies|lied|tweets|tweeted|cares|deserves|belongs|voted|votes';
/** Where vermin hide, for a person sent back there. */
const HOLES = 'hole|rock|sewer|gutter|swamp|pit|cesspool|cesspit|woodwork|slime';
/** Who someone is said to be a sorry excuse for: "a man", "a human being", "a leader", "a prime minister". */
const EXCUSED =
  'man|woman|human|person|being|men|women|humans|people|leader|president|politician|journalist|reporter|father|mother|parent|husband|wife|adult|citizen|christian|minister|premier|governor|senator|mayor|representative|cop|officer|teacher|priest|boss|coach|lawyer|judge|doctor|writer|columnist|editor|gentleman|lady|journalists|politicians|leaders';

/**
 * Name-calling in more than one word ("piece of garbage", "waste of space", "your sorry ass"), in the syntax of
 * `phrases.ts`. An insult phrase acts unless it is aimed at an idea ("this plan is a waste of space").
 */
export const INSULT_PHRASES: readonly PhraseSpec[] = [
  // "you are too chicken to reply": a coward, said by the idiom.
  { kind: 'insult', score: 0.6, pattern: 'too chicken|chickenshit to' },
  // "What planet are you on?", "what planet do you live on": the reader out of touch with the world.
  { kind: 'insult', score: 0.55, pattern: 'what planet are|do|r you|u ~2 on|from' },
  // "You are what's wrong with this country", "people like you are what is wrong with the internet".
  { kind: 'insult', score: 0.65, pattern: 'you|u|ya are|re what|whats s|is? wrong with' },
  // In the plural only opening a sentence ("Pieces of trash, all of them."; `insultNotAimed` checks) or said of
  // people ("they are pieces of trash", "nothing but lying pieces of garbage"), not of what is picked up ("pieces of
  // garbage on the beach").
  { kind: 'insult', score: 0.7, pattern: 'piece|pieces|sack|bag|pile of @refuse' },
  // "why should anyone care what this piece of garbage believes": what only a person does makes a person of it, after "this" too.
  {
    kind: 'insult',
    score: 0.7,
    pattern: `piece|sack|bag|pile of @refuse ${PERSON_DEEDS}`,
    person: true,
  },
  { kind: 'insult', score: 0.7, pattern: 'are|were|but|such|these|those|you|ye|yall ~1 pieces of @refuse' },
  { kind: 'insult', score: 0.7, pattern: `${REFUSE_DESCRIBED} pieces of @refuse` },
  // "a piece of sexist trash", "this lying sack of crap": a describing word before the refuse.
  { kind: 'insult', score: 0.7, pattern: `piece|pieces|sack|bag|pile of ${REFUSE_DESCRIBED} @refuse` },
  // "these two piles of shit", "you sacks of crap": in the plural only pointed at, and not of what is put out as
  // refuse ("those bags of trash").
  {
    kind: 'insult',
    score: 0.7,
    pattern: 'these|those|you|ye|yall ~1 piles|sacks|bags of shit|sh1t|shite|crap|scum|filth',
  },
  { kind: 'insult', score: 0.7, pattern: 'shit|crap|sh1t for brains' },
  // A person called bad with a word that is plain about things: "what a horrible person", "a wretched human being",
  // "they are awful people" (not "terrible weather", "terrible people skills", "an awful human rights record").
  {
    kind: 'insult',
    score: 0.6,
    pattern: `${BAD_PERSON} person|individual|specimen`,
  },
  { kind: 'insult', score: 0.6, pattern: `${BAD_PERSON} human being|beings` },
  {
    kind: 'insult',
    score: 0.6,
    pattern: `are|were|such|these|those|you|ye|yall ${BAD_PERSON} people|humans|men|women|individuals`,
  },
  // "a sorry excuse for a man", "a pathetic excuse for a prime minister": a person said to fall short of being one.
  {
    kind: 'insult',
    score: 0.65,
    pattern: `sorry|pathetic|pitiful|poor|lousy|miserable|sad|feeble|${BAD_PERSON} excuse|excuses for a|an ~1 ${EXCUSED}`,
  },
  // "Nice try, genius.", "Hey Einstein, read the article.": a mock title for the reader.
  { kind: 'insult', score: 0.55, pattern: `nice|good try|one|job|going|work ${MOCK_TITLES}` },
  { kind: 'insult', score: 0.55, pattern: 'hey|listen|look|okay|ok|yeah genius|sparky|smartypants' },
  // "Learn to read, genius.", "Keep crying, buttercup.", "Stay mad, princess.": a taunt with a mock pet name.
  { kind: 'insult', score: 0.55, pattern: `learn to read|spell|count|write ${MOCK_TITLES}|${PET_NAMES}` },
  { kind: 'insult', score: 0.55, pattern: `keep|stay|cry crying|whining|mad|more|harder ${PET_NAMES}` },
  // "your mother should have swallowed you": the reader wished unborn.
  {
    kind: 'harassment',
    score: 0.7,
    pattern: '@your|his|her|their mother|mom|momma|mama|mum|parents should|shoulda have|of|ve? swallowed|aborted',
  },
  { kind: 'insult', score: 0.7, pattern: 'human|white|worthless trash|garbage|scum|filth' },
  // "a political bottom feeder": a person who feeds on the worst; "the bottom feeders" of a lake are fish.
  { kind: 'insult', score: 0.7, pattern: 'bottom feeder|feeders|dweller|dwellers' },
  {
    kind: 'insult',
    score: 0.6,
    pattern: 'full of shit|crap|it|bs|sh1t|shite|bullshit|horseshit|bullcrap|baloney|malarkey|manure|dung',
  },
  // "she only got the job because she slept with the boss": a career put down to sex ("she was fired because she
  // slept with the boss" is a tribunal's finding).
  {
    kind: 'harassment',
    score: 0.7,
    pattern:
      'got|get|gets ~1 job|promoted|promotion|role|part|raise ~2 because|cause|since she|he slept with ~1 boss|producer|director|editor|manager|owner|president|coach|teacher|professor',
  },
  // "she'd look better with her mouth shut".
  { kind: 'insult', score: 0.6, pattern: 'look|looks|looked better with @your|his|her mouth shut' },
  // "you're full of cow poop", "he's full of bull manure": the same said in barnyard words.
  {
    kind: 'insult',
    score: 0.6,
    pattern: 'full of cow|bull|horse|dog|chicken poop|poo|manure|dung|pies|droppings|shit|crap',
  },
  // "a special kind of stupid", "a whole new level of dumb": the adjective made a noun for the person.
  {
    kind: 'insult',
    score: 0.65,
    pattern: 'special|whole|new|rare|unique kind|level|brand|breed of stupid|dumb|ignorant|crazy|moronic|idiotic',
  },
  // "you don't know shit": the person's knowledge dismissed with a curse.
  {
    kind: 'profanity',
    score: 0.6,
    pattern: 'you|u|ya|they|he|she don|dont|doesn|doesnt|didn|didnt t? know|knows shit|crap|sh1t|shite',
  },
  { kind: 'insult', score: 0.65, pattern: 'low|zero|no iq|braincells' },
  { kind: 'insult', score: 0.65, pattern: 'brain dead|washed' },
  // "you're brain damaged", "you must be brain-damaged": said to the reader ("he was brain damaged in the crash" is
  // an injury).
  { kind: 'insult', score: 0.65, pattern: 'you|u|youre|ur ~2 brain damaged|dammaged' },
  // The reader's conceit or shame as a jibe: "you're embarrassing yourself", "stop humiliating yourself", "you are so
  // full of yourself".
  { kind: 'insult', score: 0.6, pattern: 'you|u|youre|ur ~2 embarrassing|humiliating|disgracing yourself' },
  { kind: 'insult', score: 0.6, pattern: 'stop|quit embarrassing|humiliating|disgracing yourself' },
  { kind: 'insult', score: 0.6, pattern: 'you|u|youre|ur ~2 full of yourself|yourselves' },
  // The reader's talk as empty noise: "you just like to shoot your mouth off".
  { kind: 'insult', score: 0.55, pattern: 'shoot|shooting @your mouth off' },
  { kind: 'insult', score: 0.6, pattern: 'brown nosing|nosed' },
  // Names for a person in two words: "race baiters", "the spawn of Satan", "anal retentive" ("bottom feeders" are
  // fish as often).
  {
    kind: 'insult',
    score: 0.6,
    pattern: 'race baiter|baiters|hustler|hustlers|pimp|pimps|huckster|hucksters',
    person: true,
  },
  { kind: 'insult', score: 0.6, pattern: 'spawn|spawns of satan|hell|lucifer', person: true },
  { kind: 'insult', score: 0.6, pattern: 'spawn|spawns of the devil', person: true },
  { kind: 'insult', score: 0.6, pattern: 'devil|evil|satan incarnate', person: true },
  // People ranked lowest: "the dregs of society", "the lowest of the low".
  { kind: 'insult', score: 0.6, pattern: 'dregs of society|humanity|mankind', person: true },
  { kind: 'insult', score: 0.6, pattern: 'dregs of the earth|planet', person: true },
  { kind: 'insult', score: 0.6, pattern: 'lowest of the low', person: true },
  // "You're a real piece of work.", "a nasty piece of work" ("a fine piece of work" is praise).
  { kind: 'insult', score: 0.6, pattern: 'real|nasty|right|proper|total piece of work', person: true },
  { kind: 'insult', score: 0.6, pattern: 'you|u|ur re|are a piece of work' },
  { kind: 'insult', score: 0.6, pattern: 'youre a piece of work' },
  { kind: 'insult', score: 0.55, pattern: 'anal retentive|retentives' },
  { kind: 'insult', score: 0.65, pattern: 'few|no|zero brain|brains|braincells' },
  { kind: 'insult', score: 0.65, pattern: 'waste of space|air|skin' },
  // A mind compared to a thing's: "the IQ of a potato", "the brains of a goldfish".
  {
    kind: 'insult',
    score: 0.65,
    pattern:
      'iq|brains|intelligence|brain of a|an potato|rock|brick|turnip|goldfish|gnat|toaster|doorknob|houseplant|carrot|cabbage|fencepost|amoeba|walnut|peanut',
    person: true,
  },
  { kind: 'insult', score: 0.65, pattern: 'room temperature|temp iq' },
  // People said to multiply as vermin do: "they breed like rabbits", "those people multiply like cockroaches".
  {
    kind: 'insult',
    score: 0.65,
    pattern:
      'they|people|folks|them ~1 breed|breeds|breeding|multiply|multiplies|multiplying like rabbits|rats|cockroaches|roaches|flies|vermin|animals',
  },
  { kind: 'insult', score: 0.6, pattern: 'smooth brain|brains|brained' },
  // A reader's schooling or upbringing mocked: "did your parents drop you on your head?", "did you even finish school?".
  { kind: 'insult', score: 0.6, pattern: 'drop|dropped|drops @pronoun on @your|his|her|their head|heads' },
  {
    kind: 'insult',
    score: 0.55,
    pattern: 'did|do @you even finish|graduate|pass|attend high|grade|middle|primary? school',
  },
  // A troll sent home: "go back under your bridge", "crawl back into your mom's basement".
  { kind: 'insult', score: 0.6, pattern: 'back under|into|to @your bridge|rock|cave' },
  // Vermin sent back to its hole: "crawl back into the hole you came from", "the rock you slithered out from under".
  {
    kind: 'insult',
    score: 0.6,
    pattern: `crawl|crawls|slither|slithers|slink|scurry|scuttle back into|in|under|to the|your|whatever|that ${HOLES}`,
  },
  {
    kind: 'insult',
    score: 0.6,
    pattern: `${HOLES} you|u|he|she|they crawled|slithered out? of|from|under`,
    person: true,
  },
  { kind: 'insult', score: 0.6, pattern: `${HOLES} you|u|ya came out? of|from`, person: true },
  // "What gutter did you slither out of?", "what rock did you crawl out from?": the reader's home asked after as vermin's.
  {
    kind: 'insult',
    score: 0.6,
    pattern: 'which|what sewer|gutter|hole|cesspool|cesspit|rock do|did @you live|crawl|slither',
    person: true,
  },
  { kind: 'insult', score: 0.6, pattern: '@your mom|moms|mother|mothers|mommy|mommys|parents s? basement' },
  // Grown people said to behave like small children: "you're acting like a toddler".
  {
    kind: 'insult',
    score: 0.55,
    pattern: 'acting|behaving like a|an? child|toddler|toddlers|baby|babies|brat|brats|kindergartner|kindergartners',
  },
  // "People like you are the problem", "people like you are why nothing works here".
  { kind: 'insult', score: 0.6, pattern: 'people|folks|idiots|morons like you|u are|re the? problem|why|cancer' },
  // "You people are the problem": the readers addressed as a kind ("you people are the reason I subscribe" is praise).
  { kind: 'insult', score: 0.6, pattern: 'you|u people are|re the? problem|cancer|worst' },
  // A mind too small to think with: "your tiny brain", "his addled mind", "a pea brain".
  {
    kind: 'insult',
    score: 0.65,
    pattern:
      '@your tiny|small|little|puny|feeble|addled|warped|twisted|deranged|pickled|fried|shrivelled|shriveled brain|brains|mind|minds',
  },
  {
    kind: 'insult',
    score: 0.65,
    pattern:
      'his|her|their puny|feeble|addled|warped|twisted|deranged|pickled|shrivelled|shriveled little? brain|brains|mind|minds',
  },
  { kind: 'insult', score: 0.65, pattern: 'pea|peanut|bird brain|brains|brained' },
  // The reader's life run down: "your shitty little life", "your pathetic existence".
  {
    kind: 'insult',
    score: 0.65,
    pattern:
      '@your shitty|crappy|pathetic|miserable|meaningless|pitiful|worthless|empty|pointless|wretched|boring little? life|lives|existence',
  },
  { kind: 'insult', score: 0.65, pattern: '@your sad|sorry little life|lives|existence' },
  { kind: 'insult', score: 0.6, pattern: 'lost|out of @your|his|her|their|the ~1 mind|minds' },
  { kind: 'insult', score: 0.6, pattern: 'you|u|ya|yall|he|she|they really|just|all|both? suck|stink|blow' },
  // "the senator's lap dog", "NRA lap dogs in Congress": a servile follower ("my lap dog" is a pet).
  { kind: 'insult', score: 0.65, pattern: 'lap dog|dogs', animal: true },
  // "ass hole" written in two words.
  { kind: 'insult', score: 0.75, pattern: 'ass|arse hole|holes' },
  { kind: 'insult', score: 0.7, pattern: 'dumb|jack|smart ass|asses|arse|arses' },
  // "your sorry ass", "his lazy butt": the person named by a rude word for their backside.
  {
    kind: 'insult',
    score: 0.65,
    pattern:
      'your|ur|yr|his|her|their sorry|racist|lazy|fat|sick|dumb|stupid|pathetic|ignorant|miserable|smug|whiny|arrogant|worthless|sexist|entitled|ugly|lying ass|arse|butt|asses|arses|butts',
  },
  // "your tiny penis", "let go of your dick": a sexual jibe at the reader's body.
  {
    kind: 'harassment',
    score: 0.7,
    pattern: 'your|ur|yr|yer small|tiny|little|massive|big? penis|penises|dick|dicks|cock|cocks',
  },
  // Hostile questions that dismiss the reader rather than answer them, shown whole: "who the hell are you to ...",
  // "what is wrong with you?".
  { kind: 'harassment', score: 0.6, pattern: 'who the hell|heck|fuck|f are you|u|ya to|judge|tell|lecture' },
  {
    kind: 'harassment',
    score: 0.6,
    pattern: 'what|whats the? hell|hells|heck|fuck|f? is|s? wrong with you|u|ya|yall|ye',
  },
  { kind: 'harassment', score: 0.6, pattern: 'who the hell|heck|fuck do you|u think you|u are|re' },
  { kind: 'harassment', score: 0.6, pattern: 'what the hell|heck|fuck is|s @your problem' },
  // Mental illness as a jibe: "get back on your meds", "off his meds again", "a mental midget".
  { kind: 'insult', score: 0.6, pattern: 'back on @your|his|her|their meds|medication|medications' },
  { kind: 'insult', score: 0.6, pattern: 'off @your meds|medication|medications' },
  { kind: 'insult', score: 0.6, pattern: 'forgot|forget|skipped|skip to? take? @your meds|medication|pills' },
  { kind: 'insult', score: 0.65, pattern: 'mental|moral midget|midgets|pygmy|pygmies', person: true },
  { kind: 'insult', score: 0.65, pattern: 'mental case|cases' },
  // Names for a person in two words: "a drama queen", "keyboard warriors", "a mouth breather".
  { kind: 'insult', score: 0.6, pattern: 'drama queen|queens', person: true },
  { kind: 'insult', score: 0.6, pattern: 'mouth breather|breathers', person: true },
  // A jibe at people with learning disabilities: "a window licker".
  { kind: 'insult', score: 0.7, pattern: 'window licker|lickers', person: true },
  { kind: 'insult', score: 0.6, pattern: 'keyboard warrior|warriors|commando|commandos', person: true },
  { kind: 'insult', score: 0.6, pattern: 'chicken hawk|hawks', person: true },
  // A servile flatterer: "a butt kisser", "ass kissers in the cabinet".
  { kind: 'insult', score: 0.6, pattern: 'butt|ass|arse kisser|kissers|licker|lickers', person: true },
  { kind: 'harassment', score: 0.55, pattern: 'shut @your|ur pie|cake hole' },
  // "get your head out of your ass", "talking out of his arse".
  {
    kind: 'profanity',
    score: 0.65,
    pattern: 'head|heads out of @your|his|her|their ass|arse|butt|asses|arses|butts|behind|backside|bum|rear',
  },
  { kind: 'profanity', score: 0.6, pattern: 'talk|talking|talks|talked out of @your|his|her|their ass|arse|butt' },
  // "fire his ass", "jail their butts": the person named by a rude word for their backside.
  {
    kind: 'insult',
    score: 0.65,
    pattern:
      'fire|sue|jail|impeach|deport|arrest|bust|haul|drag|toss|throw|dump|toast|boot his|her|their|your|ur ass|arse|butt|asses|arses|butts',
  },
  // "the sock puppet will do as he is told", "his sock puppets": a person who speaks for someone else.
  { kind: 'insult', score: 0.65, pattern: 'the|that|this|his|her|their|your sock puppet|puppets' },
  // "a real shit bag", "what a dip shit": the two-word spellings of listed insults.
  { kind: 'insult', score: 0.7, pattern: 'shit|sh1t|scum|slime|sleaze|scuzz|douche bag|bags' },
  { kind: 'insult', score: 0.7, pattern: 'slime|sleaze|scuzz ball|balls' },
  { kind: 'insult', score: 0.7, pattern: 'dip shit|shits|sh1t' },
  // "sick fucks", "greedy little shits": a curse made a noun for people by what they are called.
  {
    kind: 'profanity',
    score: 0.65,
    pattern:
      'sick|dumb|stupid|lazy|greedy|ignorant|evil|twisted|pathetic|entitled|racist|smug|arrogant|spoiled|spoilt|miserable|worthless|rich|little|old fucks|fuckers|fucker|shits|bastard|bastards',
  },
  ...DISMISSAL_PHRASES,
];
