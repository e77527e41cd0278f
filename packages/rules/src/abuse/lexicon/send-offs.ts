/**
 * Orders that silence or send away the person addressed, written from general knowledge of English. `send-offs.ts`
 * holds them when they are the whole clause ("Shut up.", "Just go away, Dave.", "Prove it or shut up.", "Nobody
 * asked you."); running on into a sentence they are plain ("the shop was shut up for winter", "the pain will go
 * away", "kids grow up fast", "nobody asked you to pay").
 *
 * Each order is a list of slots; a slot lists its spellings separated by "|".
 */

/** What a reader is told to go and do somewhere else. */
const SPREAD_VERBS = 'hate|troll|whine|cry|preach|spew|rant|moan|bitch|lie|vent';
/** What a reader is told to take somewhere else: their contribution named with contempt. */
const BROUGHT =
  'hate|hatred|trolling|nonsense|garbage|trash|bigotry|propaganda|racism|drivel|lies|whining|crap|bile|venom|bs|rants|ranting|bull|filth|poison|sermon|sermons';

/** A reader's complaint named as a whine. */
const WHINING = 'whining|whinging|bitching|sniveling|snivelling|moaning';

export const SEND_OFFS: readonly (readonly string[])[] = [
  ['shut', 'up|it'],
  ['go', 'away'],
  ['get', 'a', 'life'],
  ['grow', 'up'],
  ['get', 'over', 'yourself'],
  ['give', 'it', 'a', 'rest'],
  ['zip', 'it'],
  ['put', 'a', 'sock', 'in', 'it'],
  // "Nobody asked you.", "Who asked you?": the reader's say waved away.
  ['nobody|noone', 'asked', 'you|u'],
  ['no', 'one', 'asked', 'you|u'],
  ['who', 'asked', 'you|u'],
  ['nobody|noone', 'cares', 'what', 'you|u', 'think|say|believe'],
  ['no', 'one', 'cares', 'what', 'you|u', 'think|say|believe'],
  ['nobody|noone', 'cares', 'about', 'your|ur', 'opinion|opinions|views|rants'],
  ['no', 'one', 'cares', 'about', 'your|ur', 'opinion|opinions|views|rants'],
  // "Go troll somewhere else.", "Take your hate elsewhere.": the reader sent off with what they bring.
  ['go', SPREAD_VERBS, 'somewhere', 'else'],
  ['go', SPREAD_VERBS, 'elsewhere'],
  ['take|peddle|spew|spread', 'your|ur', BROUGHT, 'somewhere', 'else'],
  ['take|peddle|spew|spread', 'your|ur', BROUGHT, 'elsewhere'],
  // "Then bloody well leave.": leaving made an order by "bloody well" (plain on its own: "Please leave a message.").
  ['bloody|damn|damned|darn|dang', 'well', 'leave'],
  // "Sit down and shut up.", "Shut up and sit down.": silence with its posture ("shut up and dance" is a song).
  ['sit', 'down', 'and', 'shut', 'up'],
  ['shut', 'up', 'and', 'sit', 'down'],
  // "Go back to your basement.": the reader sent back to where a troll is said to live.
  ['go|crawl|get|run|slither|scurry', 'back', 'to|into|in', 'your|ur', 'basement'],
  // "Go make me a sandwich.", "Get back in the kitchen.": a woman sent to the kitchen.
  ['go', 'make', 'me|us', 'a', 'sandwich'],
  ['go|get', 'back', 'to|in|into', 'the|your', 'kitchen'],
  ['go|get', 'back', 'to|in|into', 'the|your', 'kitchen', 'where', 'you|u', 'belong'],
  ['back', 'to|in|into', 'the|your', 'kitchen'],
  // "Shut up and look pretty.", "Would bang.", "Nice rack.": a woman told to be looked at, or rated for sex.
  ['shut', 'up', 'and', 'look|be|stay', 'pretty|cute|hot'],
  ['would|wud|id|d', 'bang|smash|tap|hit', 'that|her|it'],
  ['would|wud|id|d', 'bang|smash'],
  ['i', 'would|d', 'bang|smash|tap|hit', 'that|her|it'],
  ['i', 'would|d', 'bang|smash'],
  ['nice|great|hot|sexy', 'rack|tits|boobs|titties|jugs|melons|ass|butt|booty'],
  // "Send nudes.": sex demanded of the reader.
  ['send|dm', 'me|us', 'nudes|noods'],
  ['send', 'nudes|noods'],
  ['make', 'me|us', 'a', 'sandwich'],
  // "Cry harder.", "Stay mad.", "Triggered much?": the reader's upset mocked.
  ['cry|cope|seethe|whine', 'harder|more'],
  // "Stop whining.", "Quit your bitching and man up.": the reader's complaint dismissed as a whine (not "stop
  // crying", which comforts).
  ['stop|quit', WHINING],
  ['stop|quit', 'your|ur', WHINING],
  ['stop|quit', WHINING, 'and', 'grow|man', 'up'],
  ['grow|man', 'up', 'and', 'stop|quit', WHINING],
  ['stay', 'mad|salty|triggered'],
  ['triggered', 'much'],
];

/**
 * The reader told they cannot read, as their own clause: "Learn to read.", "Can you even read?", "You clearly can't
 * read." With what is read after it, it is plain ("you can't read the article without a subscription", "kids learn to
 * read at five").
 */
const PLAINLY = 'clearly|obviously|really|just|simply|apparently|evidently';
export const READING_TAUNTS: readonly (readonly string[])[] = [
  ['learn', 'to', 'read'],
  ['learn', 'how', 'to', 'read'],
  ['can|do', 'you|u', 'even', 'read'],
  ['can', 'you|u', 'not', 'read'],
  ['can', 't', 'you|u', 'read'],
  ['cant|cannot', 'you|u', 'read'],
  ['you|u', 'can', 't|not', 'read'],
  ['you|u', 'cant|cannot', 'read'],
  ['you|u', PLAINLY, 'can', 't|not', 'read'],
  ['you|u', PLAINLY, 'cant|cannot', 'read'],
];

/** Cries of surprise or delight after "Shut up!" that make it disbelief at good news ("Shut up! That's amazing!"). */
export const DELIGHT_WORDS: readonly string[] = [
  'omg',
  'wow',
  'amazing',
  'awesome',
  'congrats',
  'congratulations',
  'yay',
  'incredible',
  'fantastic',
  'brilliant',
];

/** Words of disbelief opening what follows "Shut up": "Shut up, you did not just win that?", "Shut up, no way!". */
export const DISBELIEF_PHRASES: readonly string[] = [
  'no way',
  'you did not just',
  'you didn t just',
  'you didnt just',
  'are you serious',
  'are you kidding',
  'you re kidding',
  'you re joking',
  'for real',
];

/** Orders that may also close an "or" ("Put up or shut up.", "Show the proof or shut it."). */
export const AFTER_OR: readonly string[] = ['shut'];

/** Words that may open the clause before an order: "Just shut up.", "Oh please go away.", "Now grow up." */
export const LEAD_WORDS: readonly string[] = [
  'just',
  'please',
  'pls',
  'plz',
  'oh',
  'now',
  'well',
  'seriously',
  'honestly',
  'simply',
  'kindly',
  'ok',
  'okay',
  'look',
  'hey',
  'man',
  'dude',
  'then',
];

/** Phrases that hand an order to the reader: "Why don't you go away?", "You need to grow up." */
export const LEAD_PHRASES: readonly (readonly string[])[] = [
  ['why', 'dont', 'you'],
  ['why', 'don', 't', 'you'],
  ['you', 'need', 'to'],
  ['you', 'should'],
  ['you', 'must'],
  ['you', 'ought', 'to'],
  ['you', 'have', 'to'],
  ['you', 'really', 'need', 'to'],
  ['you', 'really', 'should'],
  // "Bloody well shut up.", "damn well go away": the order made ruder.
  ['bloody', 'well'],
  ['damn', 'well'],
  ['damned', 'well'],
];

/** Words that may follow an order and still end its clause: "Shut up already.", "Go away now, please.", "Just go away entirely." */
export const TAIL_WORDS: readonly string[] = [
  'already',
  'entirely',
  'forever',
  'permanently',
  'now',
  'please',
  'pls',
  'plz',
  'then',
  'everyone',
  'everybody',
  'folks',
  'people',
  'guys',
  'man',
  'dude',
  'mate',
  'pal',
  'buddy',
  'sir',
  'lady',
  'kid',
  'son',
  'troll',
  'trolls',
];
