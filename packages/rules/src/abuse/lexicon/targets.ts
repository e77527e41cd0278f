/**
 * Who a sentence is about. Insults and threats are abuse when aimed at a person or a group of people; the same
 * words aimed at an idea, a policy or an article are criticism.
 */

/** Second person, including text-speak. */
export const SECOND_PERSON: readonly string[] = [
  'you', 'u', 'ya', 'yah', 'ye', 'yu', 'yo', 'youre', 'ur', 'yall', 'thou', 'yourself', 'urself', 'yer',
];

/** Verbs of being, including contractions split by the tokenizer ("you're" -> "you" "re"). */
export const COPULAS: readonly string[] = ['is', 'are', 'r', 're', 's', 'was', 'were', 'am', 'm', 'be', 'being', 'been', 'isnt'];

export const ARTICLES: readonly string[] = ['a', 'an', 'the', 'such', 'one', 'some', 'bunch', 'of', 'pack', 'load', 'lot'];

/** Third-person pronouns and people-nouns that make a sentence about a person or a group of people. */
export const PERSON_WORDS: readonly string[] = [
  'he', 'she', 'they', 'him', 'her', 'them', 'his', 'everyone', 'anyone', 'anybody', 'everybody', 'whoever',
  'someone', 'somebody', 'person', 'people', 'persons', 'man', 'men', 'woman', 'women', 'guy', 'guys', 'lady',
  'ladies', 'bloke', 'lad', 'lads', 'girl', 'girls', 'boy', 'boys', 'kid', 'child', 'folk', 'folks', 'author',
  'authors', 'writer', 'writers', 'journalist', 'journalists', 'columnist', 'columnists', 'reporter',
  'reporters', 'editor', 'editors', 'commenter', 'commenters', 'commentator', 'poster', 'posters', 'reader',
  'readers', 'ref', 'referee', 'referees', 'manager', 'player', 'players', 'fan', 'fans', 'supporters',
  'supporter', 'voter', 'voters', 'members', 'member', 'mod', 'mods', 'moderator', 'moderators', 'chancellor',
  'minister', 'ministers', 'mp', 'mps', 'president', 'councillor', 'councillors', 'councilor', 'mayor',
  'leader', 'leaders', 'politician', 'politicians', 'official', 'officials', 'governor', 'senator', 'judge',
  'teacher', 'teachers', 'doctor', 'doctors', 'nurse', 'nurses', 'driver', 'drivers', 'workers', 'worker',
  'staff', 'librarian', 'librarians', 'immigrants', 'migrants', 'refugees', 'muslims', 'christians', 'jews',
  'hindus', 'liberals', 'conservatives', 'tories', 'lefties', 'leftists', 'socialists', 'remoaners',
  'brexiteers', 'boomers', 'millennials', 'zoomers', 'vaxxers', 'antivaxxers', 'idiots', 'crowd', 'lot',
  'mob', 'brigade', 'grandpa', 'grandma', 'granddad', 'mate', 'son', 'sonny', 'buddy', 'pal', 'dude', 'bro',
  'sir', 'madam', 'mister', 'mr', 'mrs', 'ms', 'dr', 'gentleman', 'sheikh', 'cleric', 'priest', 'pastor',
  'whoever', 'yourselves', 'techbro', 'techbros', 'snowflakes', 'cultists', 'activists', 'protesters',
];

/** Things that are not people: harsh words about these are criticism of ideas. */
export const IDEA_WORDS: readonly string[] = [
  'this', 'that', 'it', 'which', 'what', 'policy', 'policies', 'plan', 'plans', 'idea', 'ideas', 'article',
  'articles', 'piece', 'op-ed', 'oped', 'ed', 'column', 'editorial', 'decision', 'decisions', 'argument',
  'arguments', 'take', 'bill', 'law', 'laws', 'rule', 'rules', 'scheme', 'proposal', 'move', 'strategy',
  'approach', 'report', 'reporting', 'analysis', 'writing', 'story', 'comment', 'post', 'claim', 'claims',
  'system', 'government', 'council', 'party', 'performance', 'game', 'match', 'season', 'defence', 'defense',
  'tax', 'fare', 'fares', 'rise', 'hike', 'cut', 'cuts', 'budget', 'timetable', 'closure', 'service',
  'question', 'answer', 'logic', 'reasoning', 'response', 'statement', 'speech', 'headline', 'title', 'deal',
  'agreement', 'talks', 'treaty', 'plan', 'thing', 'things', 'situation', 'state', 'economy', 'market',
  'result', 'results', 'data', 'chart', 'figures', 'numbers', 'forecast', 'model', 'theory', 'view', 'views',
  'opinion', 'opinions', 'tactics', 'tactic', 'formation', 'transfer', 'signing', 'kit', 'design', 'ruling',
  'verdict', 'framing', 'narrative', 'propaganda', 'campaign', 'programme', 'program', 'project', 'process',
  'excuse', 'excuses', 'joke', 'mess', 'idea', 'notion', 'premise', 'conclusion', 'reply', 'tweet', 'video',
];

/** Short words that let letter-by-letter runs ("u r a l o s e r") be split into words. */
export const FUNCTION_WORDS: readonly string[] = [
  'you', 'u', 'ur', 'r', 'are', 'a', 'an', 'is', 'the', 'so', 'such', 'and', 'go', 'die', 'your', 'i', 'am',
  'he', 'she', 'it', 'of', 'to', 'in', 'at', 'on', 'up', 'off', 'yourself', 'what', 'total', 'absolute',
  'complete', 'utter', 'fat', 'old', 'kill', 'kys', 'stfu', 'gtfo', 'lol', 'omg', 'wtf', 'just', 'hope',
  'shut', 'stop', 'get', 'out', 'all', 'my', 'me', 'we', 'they', 'them', 'him', 'her', 'this', 'that',
];
