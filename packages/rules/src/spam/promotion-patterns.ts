/**
 * The requests that self-promotion is made of, as patterns on the folded text: each a kind of request with
 * bounded gaps, never a list of remembered sentences. Add a pattern here with the cues it cannot match without.
 */

import {
  CREATOR,
  CREATOR_CUES,
  DETERMINER,
  GIFT,
  MESSENGER,
  MESSENGERS,
  NETWORK,
  NOT_NEWS,
  PROMO_VERB,
  SUB,
  SUB_CUES,
  WORK,
  WORK_CUES,
} from './promotion-words.js';

export type Kind =
  | 'channel'
  | 'subscribe'
  | 'follow'
  | 'likes'
  | 'audience'
  | 'giveaway'
  | 'search'
  | 'pitch'
  | 'scam'
  | 'chain';

/** What a moderator reads for each kind. */
export const LABELS: Record<Kind, string> = {
  channel: "sends readers to the writer's own channel or work",
  subscribe: 'asks readers to subscribe',
  follow: 'asks readers to follow or message the writer',
  likes: 'asks for likes',
  audience: 'asks for subscribers or followers',
  giveaway: 'offers giveaways, free gift cards or easy money',
  search: 'sends readers to search for something',
  pitch: 'pitches the writer as a creator looking for an audience',
  chain: 'passes on a chain letter (copy it to so many people or videos, or bad luck follows)',
  scam: 'sends readers to a scammer (a "recovery expert", a spell caster, lottery numbers, "hot singles", a sale by message)',
};

/** Titles a scammer goes by in "contact Mr James", "thanks to Mrs Sandra". */
const SCAM_TITLE =
  '(?:mr|mrs|ms|miss|dr|doctor|prof|professor|priest|prophet|papa|mama|lady|madam|sir|chief|agent|expert|hacker)';
/** The titles as cues: "mr" also finds "mrs", "dr" also "drs". */
const SCAM_TITLE_CUES = [
  'mr',
  'ms',
  'miss',
  'dr',
  'doctor',
  'priest',
  'prophet',
  'papa',
  'mama',
  'lady',
  'madam',
  'sir',
  'chief',
  'agent',
  'expert',
  'hack',
];
/**
 * What the scams that name a contact are about (crypto, spells, lotteries, a "hacker" who recovers funds) or where
 * they are reached (a messenger, a webmail): "contact Mr Brown at the credit union" names neither.
 */
const SCAM_CUES = [
  'bitcoin',
  'btc',
  'crypto',
  'forex',
  'binary',
  'hack',
  'spell',
  'lottery',
  'legit',
  'gmail',
  ...MESSENGERS,
];
/** How a scam is contacted. */
const CONTACT = String.raw`(?:contact|reach\s+out\s+to|reach|write\s+to|message|text|whatsapp|email|e-mail|call|dm)`;

type Needs = readonly (readonly string[])[];

/** What a chain letter asks done with it. */
const PASS_ON = String.raw`(?:share|send|copy|paste|post|repost|forward|copy\s+(?:and|&)\s+paste)`;

/**
 * Each pattern with its kind, score and `needs`: groups of substrings of which the folded text must hold one from
 * every group for the pattern to match at all (most comments hold none and skip it without running it). A score of
 * 0.5 or more holds the comment under the default policy.
 */
/**
 * `title`: the request counts only before a name or title ("check out Some Band", not "check out the report");
 * `writer`: a request of readers, not the writer telling what they do themselves ("I listen to my playlist").
 */
export const PATTERNS: ReadonlyArray<{
  kind: Kind;
  score: number;
  needs: Needs;
  re: RegExp;
  title?: true;
  writer?: true;
}> = [
  // "check out my channel", "come listen to our new song", "subscribe to my youtube channel"
  {
    kind: 'channel',
    needs: [['my', 'our', 'mah'], WORK_CUES],
    score: 0.8,
    writer: true,
    re: new RegExp(
      String.raw`\b${PROMO_VERB}\b[^.!?\n]{0,30}?\b(?:my|our|mah)\s+(?:[a-z0-9']+\s+){0,3}?${WORK}\b`,
      'g',
    ),
  },
  {
    kind: 'channel',
    needs: [['check']],
    score: 0.75,
    re: /\bcheck\s+(?:(?:me|us)\s+out|out\s+(?:me|us)\b|(?:out\s+)?(?:my|our)\b)/g,
  },
  {
    kind: 'channel',
    needs: [['cha']],
    score: 0.6,
    re: /\b(?:my|our)\s+(?:(?:new|first|own|little|small|gaming|music|youtube|yt)\s+)*(?:chan+el+|channel)\b(?!\s+(?:of|for|to|with)\b)/g,
  },
  {
    kind: 'channel',
    needs: [['youtu']],
    score: 0.75,
    // YouTube's share text, often cut short ("on YouTu")
    re: /\b(?:check|take\s+a\s+look\s+at|watch)\s+(?:out\s+)?this\s+(?:video|playlist|channel|song)\s+on\s+you\s?tu(?:be?)?\b/g,
  },
  {
    kind: 'channel',
    needs: [['check']],
    score: 0.5,
    re: /\bcheck\s+out\s+(?:the|this|these|that)\s+(?:\S+\s+){0,2}?(?:chan+el|channel|playlist)\b/g,
  },
  { kind: 'channel', needs: [['/']], score: 0.7, re: new RegExp(String.raw`\b${NETWORK}\s*/\s*[a-z0-9_]{3}`, 'g') },
  // "mi canal", "ma chaîne", "meu canal", "mein Kanal": one's own channel in other languages
  {
    kind: 'channel',
    needs: [['canal', 'kana', 'cha']],
    score: 0.6,
    re: /\b(?:mi|mio|meu|mon|ma|mein(?:en)?|moj|mój|benim)\s+(?:canal|chaine|chaîne|kanal|kanalim|kanał)\b/g,
  },
  // "my videos", "our new songs": a note alone, promotion next to another kind of request
  {
    kind: 'channel',
    needs: [['my', 'our'], WORK_CUES],
    score: 0.4,
    re: /\b(?:my|our)\s+(?:new\s+|first\s+|latest\s+|own\s+)?(?:vids|videos|vidios|vlogs|covers|songs|raps|remixes|beats|mixtapes?|tracks|album|podcast)\b/g,
  },
  // "my videos are decent, check them out": one's own work, then a request to look at it (or the other way round)
  {
    kind: 'channel',
    needs: [['my', 'our'], ['check']],
    score: 0.7,
    re: new RegExp(
      String.raw`\b(?:my|our)\s+(?:[a-z0-9']+\s+){0,2}?${WORK}\b[^.!?\n]{0,60}?\bcheck\s+(?:them|it|em)\s+out\b|\bcheck\s+(?:them|it|em)\s+out\b[^.!?\n]{0,20}?\b(?:my|our)\s+${WORK}\b`,
      'g',
    ),
  },
  // "come to my channel", "comes to the channel"
  {
    kind: 'channel',
    needs: [['cha'], ['come']],
    score: 0.6,
    re: /\bcome?s?\s+(?:to|on)\s+(?:the|my|our)\s+(?:chan+el|channel)\b/g,
  },
  // "Check out: ...", "check out Some Title", "check this out": a recommendation of something named
  { kind: 'channel', needs: [['check']], score: 0.6, re: /\bcheck\s+(?:it\s+|this\s+)?out\s*:/g },
  { kind: 'channel', needs: [['check']], score: 0.55, re: /\bcheck\s+out\b/g, title: true },
  { kind: 'channel', needs: [['check']], score: 0.45, re: /\bcheck\s+(?:them|these|this|it)\s+out\b/g },
  // "subscribe to me", "sub 4 sub", "like and subscribe", "subscribe if you...", "i'll sub back"
  {
    kind: 'subscribe',
    needs: [SUB_CUES],
    score: 0.75,
    re: new RegExp(
      String.raw`\b${SUB}\s*(?:(?:chan+el|channel)\b|(?:now|back|pls|plz|please|too|for\s+me)\b|(?:you|u)\s+back\b|(?:4|for)\s*${SUB}\b|(?:and|&|\+)\s*(?:like|share|comment|win)\b|if\s+(?:you|u|ur|your)\b)`,
      'g',
    ),
  },
  {
    kind: 'subscribe',
    needs: [SUB_CUES],
    score: 0.75,
    writer: true,
    re: new RegExp(String.raw`\b${SUB}\s*(?:to\s+)?(?:me|my|us|our|mine)\b`, 'g'),
  },
  {
    kind: 'subscribe',
    needs: [SUB_CUES],
    score: 0.75,
    re: new RegExp(String.raw`\b(?:like|comment|share)\s*(?:,|and|&|\+)\s*${SUB}\b`, 'g'),
  },
  {
    kind: 'subscribe',
    needs: [SUB_CUES],
    score: 0.65,
    re: new RegExp(
      String.raw`(?:^|[.!?:]\s*|\b(?:please|pls|plz|pleas|guys)\s+)${SUB}\b(?!\s+to\s+(?:the|a|an|this)\b|-|\s*\d)${NOT_NEWS}`,
      'g',
    ),
  },
  {
    kind: 'subscribe',
    needs: [SUB_CUES],
    score: 0.7,
    re: new RegExp(String.raw`\b(?:i'll|i\s+will|will)\s+${SUB}\w*\s+(?:back|to\s+(?:you|u|yours))\b`, 'g'),
  },
  // "tell me about your channel", "drop your channel below": readers' channels asked for, to swap subscriptions
  {
    kind: 'subscribe',
    needs: [['cha']],
    score: 0.7,
    re: /\b(?:tell\s+me\s+about|comment|drop|leave|post)\s+(?:your|ur)\s+chan+el\b/g,
  },
  // "come subscribe", "could you subscribe", "it would make my day if you could subscribe"
  {
    kind: 'subscribe',
    needs: [SUB_CUES],
    score: 0.6,
    re: new RegExp(
      String.raw`\b(?:(?:come|go|pls|plz|please)\s+|(?:could|would|can|will)\s+(?:you|u|ya)\s+(?:please\s+|pls\s+)?|if\s+(?:you|u)\s+(?:could|would|can)\s+)${SUB}\b(?!\s+to\s+(?:the|a|an|this|that)\b)${NOT_NEWS}`,
      'g',
    ),
  },
  // "don't forget to subscribe", "make sure to like and subscribe", "hit the subscribe button"
  {
    kind: 'subscribe',
    needs: [['forget', 'sure']],
    score: 0.7,
    re: new RegExp(
      String.raw`\b(?:don'?t|do\s+not|never)\s+forget\s+to\s+(?:${SUB}|like|share|(?:follow|check)\b(?!\s+(?:${DETERMINER}|up|for|on|in|if|whether|through)\b))\b|\b(?:make|be)\s+sure\s+(?:to|and|you)\s+(?:${SUB}|like\s*(?:and|&|\+)\s*${SUB}|follow\s+(?:me|us))\b`,
      'g',
    ),
  },
  {
    kind: 'subscribe',
    needs: [SUB_CUES, ['hit', 'smash', 'press', 'click']],
    score: 0.7,
    re: new RegExp(String.raw`\b(?:hit|smash|press|click)\s+(?:that\s+|the\s+)?${SUB}\w*(?:\s+button)?\b`, 'g'),
  },
  // "link in my bio", "click on my name", "road to 1k"; not the video's own link talked about ("the link in the
  // description is broken")
  {
    kind: 'channel',
    needs: [['link', 'click']],
    score: 0.6,
    re: /\blinks?\s+(?:is\s+|are\s+)?in\s+(?:my\s+|the\s+)?(?:bio|profile|description)\b(?!(?<=\bthe\s+description)\s+(?:is|isn't|was|wasn't|are|aren't|were|doesn't|don't|didn't|won't|no\s+longer|has|have|needs|seems|appears|says)\b)|\bclick\s+(?:the\s+link\s+(?:in\s+(?:my|the)\s+(?:bio|profile|description)|below|above)|my\s+name|on\s+my)\b/g,
  },
  {
    kind: 'audience',
    needs: [['road']],
    score: 0.6,
    re: /\broad\s+to\s+\d+\s*(?:k\b|subs\b|subscribers\b|followers\b)/g,
  },
  {
    kind: 'follow',
    needs: [['f4f', 'l4l', 's4s', 'sub', 'follow', 'like']],
    score: 0.85,
    re: /\b(?:f4f|l4l|s4s|sub4sub|follow\s*(?:4|for)\s*follow|like\s*(?:4|for)\s*like)\b/g,
  },
  {
    kind: 'follow',
    needs: [['follow', 'find', 'add']],
    score: 0.8,
    re: new RegExp(String.raw`\b(?:follow|find|add)\s+(?:me|us)\s+on\s+${NETWORK}\b`, 'g'),
  },
  // "contact me on telegram", "message us on whatsapp", "follow my insta": readers sent to a private channel
  {
    kind: 'follow',
    needs: [
      ['contact', 'message', 'text', 'reach', 'write', 'add', 'call', 'follow'],
      [
        'telegram',
        'whatsapp',
        'signal',
        'wechat',
        'viber',
        'kik',
        'snap',
        'insta',
        'facebook',
        'fb',
        'tiktok',
        'twit',
        'page',
        'account',
        'youtu',
        'soundcloud',
      ],
    ],
    score: 0.7,
    re: new RegExp(
      String.raw`\b(?:contact|message|text|reach|write\s+to|add|call)\s+(?:me|us)\s+(?:on|via|at|through)\s+(?:${NETWORK}|${MESSENGER})\b|\bfollow\s+(?:my|our)\s+(?:${NETWORK}|page|account)\b`,
      'g',
    ),
  },
  // "my insta is @sara_bakes", "our tiktok: @deals4u": the writer's own handle on a network, for readers to follow
  {
    kind: 'follow',
    needs: [['@'], ['my', 'our']],
    score: 0.7,
    re: new RegExp(
      String.raw`\b(?:my|our)\s+${NETWORK}(?:\s+(?:handle|account|page|name|username|id))?\s*(?:is\s+|:\s*|-\s*|=\s*)?@[a-z0-9_.]{2,}`,
      'g',
    ),
  },
  // "please give your email", "drop me your number": contact details asked of strangers
  {
    kind: 'follow',
    needs: [['your']],
    score: 0.55,
    re: /\b(?:give|send|leave|drop|dm|pm)\s+(?:me\s+|us\s+)?your\s+(?:e-?mail|number|phone|whatsapp|telegram|snap)\b/g,
  },
  {
    kind: 'follow',
    needs: [['follow', 'dm', 'pm', 'inbox', 'hmu', 'hit']],
    score: 0.6,
    // not "follow me on this", "follow me here": following an argument
    re: /\b(?:follow|dm|pm|inbox|hmu)\s+(?:me|us)\b(?!\s+(?:on\s+(?:this|that)|here|there|closely|through)\b)|\bhit\s+me\s+up\b/g,
  },
  // "whatsapp me", "telegram us": readers moved to a private chat ("signal" is left out: "signal me when ready").
  {
    kind: 'follow',
    needs: [['whatsapp', 'telegram', 'viber', 'wechat', 'kik']],
    score: 0.7,
    re: /\b(?:whatsapp|telegram|viber|wechat|kik)\s+(?:me|us)\b/g,
  },
  // "like this comment", "thumbs up this comment", "give it a like", "if this gets 300 likes": likes asked for
  // the writer's own comment. A poll of readers ("thumbs up if you still play this in 2026") promotes no one.
  {
    kind: 'likes',
    needs: [['like', 'thumb']],
    score: 0.7,
    re: /(?<!\b(?:i|i\s+really|i\s+just|would|i'd|i\s+do)\s)\b(?:like|thumbs?\s+up)\s+this\s+comment\b/g,
  },
  {
    kind: 'likes',
    needs: [['like'], ['give', 'leave', 'dr', 'smash', 'hit']],
    score: 0.6,
    re: /\b(?:give|leave|drop|smash|hit)\s+(?:it\s+|this\s+|that\s+)?(?:a|the)\s+like\b/g,
  },
  { kind: 'likes', needs: [['comment']], score: 0.7, re: /\bcomment\s+gets?\s+\d/g },
  // "like & share this page", "like and share please": a request, not "I like and share your view"
  {
    kind: 'likes',
    needs: [['like'], ['share']],
    score: 0.6,
    re: /(?<!\b(?:i|we|they|you|people|who|to)\s)\blike\s*(?:&|and|\+)\s*share\s+(?:this\s+(?:page|post|video)|(?:my|our)\b|please|pls|plz)/g,
  },
  // Chain letters: "share this with 10 people", "copy and paste this to 20 other videos", "post this on 5 videos or
  // your mom dies tonight", "if you don't share this you will have bad luck" ("please share this article with
  // everyone you know" names no number and no curse).
  {
    kind: 'chain',
    needs: [['share', 'send', 'copy', 'paste', 'post', 'forward']],
    score: 0.7,
    re: new RegExp(
      String.raw`\b${PASS_ON}\s+this\s+(?:comment\s+|message\s+|video\s+|post\s+|picture\s+)?(?:to|with|on|in|into)\s+(?:at\s+least\s+)?\d+\s+(?:other\s+|more\s+|different\s+)?(?:people|persons|friends|videos|comments|pages|groups|walls)\b`,
      'g',
    ),
  },
  {
    kind: 'chain',
    needs: [
      ['share', 'send', 'copy', 'paste', 'post', 'forward'],
      ['luck', 'die', 'curse'],
    ],
    score: 0.7,
    re: new RegExp(
      String.raw`\b(?:${PASS_ON}\s+this\b|if\s+you\s+(?:don'?t|do\s+not|dont)\s+${PASS_ON}\s+(?:this|it)\b)[^.!?\n]{0,60}?\b(?:bad\s+luck|(?:will|gonna|is\s+going\s+to)\s+die\b(?!\s+(?:laughing|of\s+laughter))|dies\s+tonight|die\s+tonight|be\s+cursed)`,
      'g',
    ),
  },
  // "help me get 100 subscribers", "my first subscriber", "if i reach 100 subs"
  {
    kind: 'audience',
    needs: [['sub', 'follow']],
    score: 0.6,
    re: /\b(?:get|reach|hit|gain|have|got|at)\s+(?:over\s+|about\s+)?\d[\d,.]*\s*k?\+?\s*(?:subs|subscribers|followers)\b/g,
  },
  {
    kind: 'audience',
    needs: [['sub', 'follow']],
    score: 0.75,
    re: /\b(?:my|our)\s+(?:first|\d+\w*)\s+(?:subscriber|follower)s?\b/g,
  },
  {
    kind: 'audience',
    needs: [
      ['help', 'need'],
      ['sub', 'follow', 'grow'],
    ],
    score: 0.6,
    re: /\b(?:help|need)\s+(?:me|us|my\s+channel)\b[^.!?\n]{0,40}?\b(?:subs|subscribers|followers|grow)\b/g,
  },
  // "subscribers please", "likes plz"
  {
    kind: 'audience',
    needs: [['sub', 'follow', 'like']],
    score: 0.6,
    re: /\b(?:subs|subscribers|followers|likes)\s+(?:please|pls|plz|pleas)\b/g,
  },
  // giveaways, free gift cards, easy money
  // A giveaway named on its own ("tax giveaways to developers") is a note; a writer's or a prize's is a request.
  { kind: 'giveaway', needs: [['give']], score: 0.45, re: /\bgive\s*aways?\b/g },
  {
    kind: 'giveaway',
    needs: [['give']],
    score: 0.6,
    re: /\b(?:my|our|free|huge|big|holiday|christmas|weekly|monthly)\s+give\s*aways?\b|\b(?:enter|join|win)\b[^.!?\n]{0,20}?\bgive\s*away\b|\bgive\s*aways?\s+(?:on|at)\s+(?:my|our)\b/g,
  },
  {
    kind: 'giveaway',
    needs: [['free']],
    score: 0.7,
    re: new RegExp(String.raw`\bfree\s+(?:[a-z]+\s+){0,2}?${GIFT}\b`, 'g'),
  },
  {
    kind: 'giveaway',
    needs: [['money', 'cash', 'rich']],
    score: 0.65,
    re: /\b(?:make|making|earn|earning)\s+(?:a\s+lot\s+of\s+|lots\s+of\s+|real\s+|easy\s+|extra\s+|quick\s+|big\s+)?(?:money|cash)\s+(?:fast|online|from\s+home|quick(?:ly)?|easily|today|now|from\s+(?:a|this|my)\s+(?:game|app|site|website))\b|\bearn\s+real\s+money\b|\b(?:make|making|earn|earning|get|getting)\s+(?:some\s+)?easy\s+money\b|\bget\s+rich\s+quick\b(?![\s-]+(?:schemes?|scams?|promises?)\b)/g,
  },
  // "I made $5,000 last week working from home, ask me how", "earn 500 dollars a day from home": earnings told to
  // sell a scheme, with a cue of one in the comment (a wage told in a debate is no scheme: "I make $20 an hour").
  {
    kind: 'giveaway',
    needs: [
      ['made', 'make', 'earn', 'got', 'received'],
      ['$', 'dollar', 'usd'],
      ['home', 'how', 'message', 'dm', 'contact', 'click', 'visit'],
    ],
    score: 0.7,
    re: /\b(?:i|we|you\s+can|anyone\s+can|just)?\s*(?:have\s+)?(?:made|make|earned|earn|got|received)\s+(?:over\s+|about\s+|around\s+|up\s+to\s+)?(?:\$\s?\d[\d,.]*k?|\d[\d,.]*k?\s*(?:dollars|usd|\$))\s+(?:last|this|every|a|per|each|in\s+(?:a|one|the\s+last))\s+(?:week|month|day|hour)s?\b(?=[\s\S]{0,120}?\b(?:from\s+home|ask\s+me\s+how|here'?s\s+how|message\s+me|dm\s+me|contact\s+me|click\s+(?:here|the\s+link|my)|visit\s+(?:my|our|the\s+site))\b)/g,
  },
  // "My sister makes $85 an hour online, see her site": a relative's earnings from work done online, told to send the
  // reader somewhere (a wage told in a debate is no scheme: "my wife makes $20 an hour"; nor a relative's pride: "my
  // mom makes $30 an hour online tutoring kids").
  {
    kind: 'giveaway',
    needs: [
      ['made', 'make', 'making', 'earn', 'got'],
      ['$', 'dollar', 'usd'],
      ['online', 'home', 'internet', 'laptop', 'computer', 'website', 'link'],
    ],
    score: 0.7,
    re: /\bmy\s+(?:best\s+friend'?s\s+|friend'?s\s+|neighbou?r'?s\s+)?(?:sister|mom|mum|mother|aunt|uncle|friend|neighbou?r|cousin|room-?\s?mate|brother|dad|father|wife|husband|girlfriend|boyfriend|step-?(?:mom|mum|mother|dad|father|sister|brother)|daughter|son|co-?worker|colleague|classmate)(?:[\s-]+in[\s-]+law)?\s+(?:makes|made|earns|earned|is\s+making|has\s+made|gets|got)\s+(?:over\s+|about\s+|around\s+|up\s+to\s+)?(?:\$\s?\d[\d,.]*k?|\d[\d,.]*k?\s*(?:dollars|usd|\$))\s+(?:a|an|per|each|every|this|last|in\s+(?:a|one))\s+(?:hour|day|week|month)s?\b(?=[^.!?\n]{0,60}?\b(?:online|from\s+home|at\s+home|on\s+the\s+internet|on\s+(?:her|his|their|the)\s+(?:laptop|computer)|website|link)\b)(?=[\s\S]{0,200}?\b(?:see|visit|check|click|go\s+to|read\s+more\s+at|more\s+(?:info|at)|find\s+out\s+(?:more|how))\b[^.!?\n]{0,30}?\b(?:site|link|page|website|profile|here|this|url|blog)\b)/g,
  },
  // "he doubled my bitcoin", "invest with Mr John": the testimonial of an investment scam
  {
    kind: 'giveaway',
    needs: [['bitcoin', 'btc', 'crypto', 'invest']],
    score: 0.65,
    re: /\b(?:doubled|tripled|recovered)\s+(?:my|our)\s+(?:bitcoin|btc|crypto|investment)\b|\binvest(?:ed|ing)?\s+with\s+(?:mr|mrs|ms|miss|dr|sir|madam)\.?\s+[a-z]+/g,
  },
  // "contact Mr James on telegram, he recovered my bitcoin", "thanks to Mrs Sandra my bitcoin doubled": a titled
  // contact named beside what such scams are about or where they are reached ("contact Dr Patel's clinic" names
  // neither); thanks only beside crypto or "legit" ("thanks to Mr Jones for the trading cards").
  {
    kind: 'scam',
    needs: [SCAM_TITLE_CUES, SCAM_CUES],
    score: 0.7,
    re: new RegExp(String.raw`\b${CONTACT}\s+${SCAM_TITLE}\.?\s+[a-z]+`, 'g'),
  },
  {
    kind: 'scam',
    needs: [SCAM_TITLE_CUES, ['bitcoin', 'btc', 'crypto', 'forex', 'binary', 'legit']],
    score: 0.7,
    re: new RegExp(String.raw`\b(?:thanks\s+to|thank\s+you)\s+${SCAM_TITLE}\.?\s+[a-z]+`, 'g'),
  },
  // "get your ex back", "a powerful love spell", "winning lottery numbers": the classic offers, with a way to
  // reach the one making them.
  {
    kind: 'scam',
    needs: [
      ['spell', ' ex ', 'lottery'],
      ['contact', 'reach', 'whatsapp', 'email', 'e-mail', 'call', 'text', 'message', 'dm', 'write'],
    ],
    score: 0.7,
    re: /\b(?:love\s+spells?|spell\s*-?\s*casters?|(?:get|got|getting|bring|brought)\s+(?:your|my|her|his)\s+ex\s+back|(?:winning|guaranteed|lucky)\s+lottery\s+numbers)\b/g,
  },
  // "Hot singles in your area"
  {
    kind: 'scam',
    needs: [['area', 'city', 'town']],
    score: 0.75,
    re: /\b(?:hot|lonely|sexy|horny|single|local)\s+(?:singles|girls|women|ladies|moms|mums|milfs|wives|housewives)\s+(?:in|near|around)\s+(?:your|ur)\s+(?:area|city|town)\b/g,
  },
  // "Hot singles near you, click my profile": the reader sent to the writer's profile by a click.
  {
    kind: 'channel',
    needs: [['click', 'tap']],
    score: 0.6,
    re: /\b(?:click|tap)\s+(?:on\s+)?(?:my|our)\s+(?:profile|page|bio|pic|picture|photo|avatar)\b/g,
  },
  // "Join my Telegram group", "join our discord": the reader moved to the writer's group on a messenger (not "join our
  // community meeting", "join our group at the library").
  {
    kind: 'channel',
    needs: [['join'], [...MESSENGERS, 'discord']],
    score: 0.7,
    re: new RegExp(String.raw`\bjoin\s+(?:my|our)\s+(?:${MESSENGER}|discord)\b`, 'g'),
  },
  // "use code WIN100", "use my code SAVE10 at checkout": an affiliate code pressed on the reader.
  {
    kind: 'pitch',
    needs: [['code']],
    score: 0.6,
    re: /\buse\s+(?:my\s+|the\s+|promo\s+|referral\s+)?code\s*[:"']?\s*[a-z]*\d[a-z\d]{2,}\b/g,
  },
  // "DM for rates", "inbox me for prices": a sale made in private (not "message me for details about the food
  // drive", which readers write in good faith).
  {
    kind: 'follow',
    needs: [['dm', 'pm', 'inbox', 'message']],
    score: 0.6,
    re: /\b(?:dm|pm|inbox|message)\s+(?:me\s+|us\s+)?for\s+(?:rates|prices|price|pricing|the\s+link|a\s+quote)\b/g,
  },
  // "lose 20 pounds in 2 weeks", "buy cheap Viagra online", "cash app me $5 and I'll send $50 back": the diet, pill and
  // money-flipping offers.
  {
    kind: 'scam',
    needs: [
      ['lose', 'lost'],
      ['pound', 'lbs', 'kg', 'kilo', 'stone'],
    ],
    score: 0.65,
    re: /\b(?:lose|lost)\s+\d{1,3}\s*(?:pounds|lbs|kg|kilos|stone)\s+in\s+(?:\d{1,2}|one|two|three|four)\s+(?:days|weeks|day|week)\b[^\n]{0,40}?\b(?:ask\s+me\s+how|dm|pm|inbox|message\s+me|click|my\s+(?:profile|page|bio))\b/g,
  },
  {
    kind: 'scam',
    needs: [['viagra', 'cialis', 'xanax', 'oxycodone', 'tramadol', 'valium', 'percocet']],
    score: 0.7,
    re: /\b(?:buy|order|cheap)\s+(?:cheap\s+|generic\s+|real\s+)?(?:viagra|cialis|xanax|oxycodone|tramadol|valium|percocet)\b/g,
  },
  {
    kind: 'scam',
    needs: [['cash', 'venmo', 'paypal', 'send']],
    score: 0.7,
    re: /\b(?:cash\s*app|venmo|paypal|send)\s+me\s+[$£€]\s?\d+[^\n]{0,30}?\b(?:i\s*(?:'|’)?ll|i\s+will|and\s+get)\s+(?:send\s+(?:you\s+)?|get\s+)?(?:back\s+)?[$£€]\s?\d+/g,
  },
  // "20% off, DM now", "50% off today only, order now": a sale made by message.
  {
    kind: 'scam',
    needs: [
      ['% off', '%off'],
      ['dm', 'pm', 'inbox', 'order', 'whatsapp', 'message', 'text'],
    ],
    score: 0.65,
    re: /\b\d{1,2}\s?%\s?off\b[^\n]{0,60}?\b(?:dm|pm|inbox|order|whatsapp|message|text)\s+(?:(?:me|us)\s+)?(?:now|today)\b/g,
  },
  // "My neighbour earns 15k a month on her laptop, ask me how", "I make 200 a day doing simple tasks, message me",
  // "Start earning today, message me": money made by the day or month, and the reader told to ask the writer how
  // ("ask me how proud I am" asks nothing).
  {
    kind: 'giveaway',
    needs: [
      ['earn', 'make', 'made'],
      ['how', 'message', 'inbox', 'dm', 'pm', 'text', 'whatsapp'],
    ],
    score: 0.7,
    re: /\b(?:(?:earns?|earned|earning|makes?|made|making)\s+(?:over\s+|about\s+|around\s+|up\s+to\s+)?(?:\$\s?\d[\d,.]*k?|\d[\d,.]*k\b|\d[\d,.]*\s*(?:dollars|usd|bucks|pounds|euros)?)\s*(?:(?:a|an|per|each|every)\s+(?:hour|day|week|month)|daily|weekly|monthly)|start\s+earning\s+(?:today|now|from\s+home|online))\b(?=[^.!?\n]{0,80}?\b(?:ask\s+me\s+how\b(?!\s+(?:i|proud|much|many|it|this|that|they|he|she|we|you|to)\b)|(?:message|inbox|dm|pm|text|whatsapp)\s+me\b(?!\s+(?:if|when|whether|and|or|about|with|so)\b)))/g,
  },
  // "easy money" named on its own ("he made easy money from the scheme") is a note, like a giveaway
  { kind: 'giveaway', needs: [['money']], score: 0.45, re: /\beasy\s+money\b/g },
  {
    kind: 'giveaway',
    needs: [['money']],
    score: 0.6,
    re: /\b(?:websites?|sites?|apps?|ways?)\s+to\s+(?:make|earn)\s+(?:easy\s+|real\s+|extra\s+)?money\b/g,
  },
  // "earn money without any risk", "making income without financial risk", "earn points for gift cards"
  {
    kind: 'giveaway',
    needs: [
      ['money', 'income', 'cash', 'point'],
      ['risk', 'gift', 'voucher', 'paypal', 'robux', 'buck'],
    ],
    score: 0.65,
    re: new RegExp(
      String.raw`(?<!\b(?:cannot|can't|can\s+not|never|don't|won't|nobody|not|no\s+one)\s+)\b(?:make|making|earn|earning|earned)\s+(?:some\s+|extra\s+|real\s+)?(?:money|income|cash|points)\s+(?:with\s*out|without|with\s+no)\s+(?:any\s+)?(?:financial\s+)?risk\b|\b(?:earn|earning|earned)\s+(?:some\s+|free\s+)?(?:money|cash|points)\s+(?:for|to\s+get)\s+(?:free\s+)?${GIFT}`,
      'g',
    ),
  },
  // "comment below to enter", "like and share to win", "tag a friend to be entered": a contest the reader enters by
  // promoting the writer's post.
  {
    kind: 'giveaway',
    needs: [['enter', 'win']],
    score: 0.7,
    re: /\b(?:comment|like|subscribe|sub|follow|share|retweet|reply|tag)\s+(?:below|now|it|me|us|this(?:\s+(?:post|comment|video))?|a\s+friend|(?:and|&)\s+(?:comment|like|subscribe|sub|follow|share|retweet))\s+to\s+(?:enter|win|be\s+entered|get\s+entered)\b/g,
  },
  // "I sell followers, likes and subscribers", "text me for cheap followers": an audience sold.
  {
    kind: 'audience',
    needs: [['follow', 'sub', 'like']],
    score: 0.7,
    re: /\b(?:i|we)\s+(?:sell|offer|provide)\s+(?:[a-z]+\s+){0,3}?(?:followers|subscribers|likes)\b|\bcheap\s+(?:[a-z]+\s+)?(?:followers|subscribers|likes)\b/g,
  },
  // "anyone want to buy followers?", "need cheap likes? DM": an audience offered for sale as a question (not "why
  // would anyone want to buy followers?").
  {
    kind: 'audience',
    needs: [['buy']],
    score: 0.7,
    re: /(?<!\bwhy\s+(?:would|do|does|did)\s+)\b(?:anyone|anybody|who|u|you|ya)\s+(?:wants?|wanna|needs?)\s+(?:to\s+)?buy\s+(?:[a-z]+\s+){0,2}?(?:followers|subscribers|subs|likes|views)\b/g,
  },
  // "join via my bio", "sign up through my profile", "details on my page": the reader sent to the writer's profile.
  {
    kind: 'channel',
    needs: [['bio', 'profile', 'page']],
    score: 0.6,
    re: /\b(?:join|sign\s+up|register|apply|details|info|dm|message)(?:\s+(?:the|our|a|us|me|group|channel|server|chat|now|here|today)){0,2}\s+(?:via|through|on|in|at|from)\s+(?:my|our)\s+(?:bio|profile|page)\b/g,
  },
  // "Shameless plug: my podcast covers this", "forgive the shameless plug": a plug the writer declares, opening a
  // sentence or owned (not "the senator's shameless plug for a donor").
  {
    kind: 'channel',
    needs: [['plug']],
    score: 0.6,
    re: /(?<=(?:^|[.!?\n(:]\s*|\b(?:my|obligatory|(?:heres|here's|here\s+is|time\s+for)\s+a|forgive\s+the|excuse\s+the|pardon\s+the)\s+))shameless\s+(?:self[\s-]?)?plug\b/g,
  },
  // "search my name on spotify", "look me up on soundcloud": the reader sent to find the writer's work (the name
  // ends the request or a platform follows it: "if you search my name you will find my articles" tells, not sends).
  {
    kind: 'search',
    needs: [['search', 'look']],
    score: 0.7,
    re: new RegExp(
      String.raw`\bsearch\s+(?:for\s+|up\s+)?(?:my|our)\s+(?:name|channel|band|songs?|music|page)\b(?=\s*(?:$|[.!?\n]|on\b|in\b))|\blook\s+(?:me|us)\s+up\s+on\s+(?:${NETWORK}|spotify|youtube|apple\s+music)\b`,
      'g',
    ),
  },
  // "just search ...", "search up ...", "type in "..."", "do a search on google"
  {
    kind: 'search',
    needs: [['search', 'google', 'type']],
    score: 0.55,
    re: new RegExp(
      String.raw`\b(?:search|google|type)\s+(?:up\s+|for\s+|in\s+)?"|\b(?:search\s+up|just\s+search)\b(?!\s+(?:for\s+)?(?:${DETERMINER})\b)|\bdo\s+a\s+search\s+on\b|\bgoogle\s+and\s+type\b|\bjust\s+type\s+in\b`,
      'g',
    ),
  },
  // "i'm a new youtuber", "i just started a gaming channel", "no money for advertising", "sorry for the spam"
  {
    kind: 'pitch',
    needs: [CREATOR_CUES],
    score: 0.6,
    re: new RegExp(
      String.raw`\b(?:i'm|im|i\s+am|we're|we\s+are)\s+(?:a\s+|an\s+)?(?:new|small|aspiring|upcoming|young|\d+\s*(?:years?|yrs?|yo)\s+old)\s+(?:[a-z]+\s+){0,2}?${CREATOR}s?\b`,
      'g',
    ),
  },
  {
    kind: 'pitch',
    needs: [CREATOR_CUES],
    score: 0.45,
    re: new RegExp(String.raw`\b(?:i'm|im|i\s+am|we're|we\s+are)\s+(?:a|an)\s+(?:[a-z]+\s+){0,2}?${CREATOR}\b`, 'g'),
  },
  { kind: 'pitch', needs: [['youtu']], score: 0.5, re: /\bnew\s+youtuber\b|\bnew\s+(?:to|on)\s+youtube\b/g },
  {
    kind: 'pitch',
    needs: [['cha']],
    score: 0.7,
    re: /\b(?:started|made|created|opened|launched|start|starting)\s+(?:up\s+)?(?:a|my|our)\s+(?:new\s+|first\s+|own\s+)?(?:[a-z]+\s+)?(?:youtube\s+|yt\s+)?(?:chan+el|channel)\b/g,
  },
  {
    kind: 'pitch',
    needs: [
      ['money', 'budget'],
      ['advertis', 'promotion', 'marketing'],
    ],
    score: 0.65,
    re: /\b(?:money|budget)\s+for\s+(?:advertis\w*|promotion|marketing)\b/g,
  },
  {
    kind: 'pitch',
    needs: [['comment', 'spam']],
    score: 0.6,
    // not the writer's own dislike: "I hate these comments about her weight"
    re: /(?<!\b(?:i|we)\s+(?:(?:really|just|also|always|honestly|truly)\s+)?)\b(?:skip|pass\s+up|ignore|hate)\s+(?:[a-z]+\s+)?(?:these|this|such)\s+(?:kinds?\s+of\s+)?comments\b|\b(?:intention|mean|trying)\s+to\s+spam\b|\bsorry\s+(?:for|about)\s+(?:the\s+|this\s+)?spam/g,
  },
];
