import { DEFAULT_POLICY, resolvePolicy } from '@cm/contracts';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze } from '../engine/analysis.js';
import { evaluate } from '../engine/evaluate.js';
import { compilePolicy } from '../policy/compile.js';
import { PATTERNS } from './promotion-patterns.js';
import { checkSelfPromotion, READING_NOUNS } from './self-promotion.js';

const policy = compilePolicy(DEFAULT_POLICY);
const decide = (body: string, p = policy) =>
  evaluate(analyze(body), { policy: p, authorKey: 'a', receivedAt: 0, duplicates: [] });
const promotion = (body: string) => checkSelfPromotion(analyze(body))[0];

/** Requests of each kind, written for these tests; `{w}` takes a work ("channel", "videos", ...). */
const REQUESTS = [
  'check out my {w}',
  'please check our new {w}',
  'come listen to my {w}',
  'go watch my latest {w}',
  'check me out',
  'subscribe to my {w}',
  'sub to me',
  'tell me about your channel and i will subscribe',
  'drop ur channel below',
  'subscribe and i will subscribe back',
  'sub 4 sub',
  'sub for sub anyone',
  'like and subscribe',
  'subscribe if you want more',
  'follow me on instagram',
  'follow 4 follow',
  'like this comment if you agree',
  'thumbs up this comment so everyone sees it',
  'help me get 500 subscribers',
  'be my first subscriber',
  'free gift cards for everyone',
  'giveaway at 1000 subs',
  'make money fast from home',
  'i just started a new gaming channel',
  "i'm a new youtuber",
  'visita mi canal',
  'come subscribe',
  'would you please subscribe',
  'it would mean a lot if you could subscribe',
  'mind checking out my {w}',
  "i'm a 14 yr old beat producer",
  "my {w} are not bad, check them out if you're bored",
  'check it out, my {w} took a week',
  "don't forget to subscribe",
  'never forget to like and share',
  'come to my {w}',
  'check out this gaming channel',
  'please give your email',
  'make sure to like and subscribe',
  'smash that subscribe button',
  'link in my bio',
  'road to 1k subs',
  'drop me your whatsapp',
  'check out this video on YouTu',
  'take a look at this song on youtube',
  'check out beatsby_kay for fresh tunes',
  'can my channel get 500+ subscribers',
  'subscribers please',
  'like & share this page',
  'like and share please',
  'earn money without any financial risk',
  'earning points for free gift cards is easy',
  'enter the giveaway now',
  'my weekly giveaway ends tonight',
  'click the link in my bio',
  'contact me on telegram',
  'message us on whatsapp',
  'follow my insta',
  'follow my youtube',
  'my insta is @bakes_by_sara',
  'our tiktok: @deals4u',
  'my twitter handle is @the_real_sam',
  'i made $5000 last week working from home, ask me how',
  'earn 500 dollars a day from home',
  'he doubled my bitcoin',
  'invest with mr john',
  'my sister makes $85 an hour online, see her site',
  "my best friend's mom earns $6,000 a month from home, find out how here",
  'comment below to enter',
  'like and share to win',
  'tag a friend to win',
  'i sell followers and likes',
  'text me for cheap followers',
  'my new single is out, search my name on spotify',
  'look me up on soundcloud',
  'whatsapp me',
  'visit my page',
  'support my page please',
  'crypto recovery expert, contact mr. james on telegram',
  'my btc doubled thanks to mrs sandra, she is legit',
  'for guaranteed winning lottery numbers contact dr okoro',
  'get your ex back, contact priest abu',
  'i got my ex back thanks to dr zuma, contact him on whatsapp',
  'she brought my ex back, email mama grace',
  'a powerful love spell, email lady grace',
  'hot singles in your area',
  'best essays, 20% off, dm now',
  'my neighbour earns 15k a month on her laptop, ask me how.',
  'start earning today, message me for details',
  'i make 200 a day doing simple tasks, message me',
  'join the group via my bio',
  'details on my profile',
  'anyone want to buy followers',
  'who needs cheap likes',
  'shameless plug, i wrote about this',
  'forgive the shameless self-plug, the book is out',
  'hot singles near you, click my profile',
  'join my telegram for daily signals',
  'best casino bonus, use code win100',
  'promote your business here, dm for rates',
  'lose 20 pounds in 2 weeks, ask me how',
  'buy cheap viagra online',
  'cash app me $5 and i will send $50 back',
  'grants for everyone, apply via my page',
];
const WORKS = ['channel', 'videos', 'music', 'covers', 'songs', 'playlist', 'chanel', 'vids'];
const PROSE = [
  '',
  'Hey everyone!',
  'Great track.',
  'This song never gets old.',
  'I know most people skip comments like these.',
];

/** Case and width disguises a writer or a keyboard may use. */
const SPELLINGS: ReadonlyArray<(s: string) => string> = [
  (s) => s,
  (s) => s.toUpperCase(),
  (s) => s.replace(/(^|\s)([a-z])/g, (_m, sp: string, c: string) => sp + c.toUpperCase()),
  (s) => [...s].map((c) => (c >= 'a' && c <= 'z' ? String.fromCharCode(c.charCodeAt(0) + 0xfee0) : c)).join(''),
];

describe('self-promotion', () => {
  it('holds every kind of request, in any case or width, wherever it stands in the comment', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...REQUESTS),
        fc.constantFrom(...WORKS),
        fc.constantFrom(...PROSE),
        fc.constantFrom(...PROSE),
        fc.constantFrom(...SPELLINGS),
        (request, work, before, after, spell) => {
          const ask = spell(request.replace('{w}', work));
          const body = [before, ask, after].filter(Boolean).join(' ');
          const d = decide(body);
          const reason = d.reasons.find((r) => r.rule === 'spam.self-promotion');
          expect(d.status, body).toBe('flagged');
          expect(reason?.message).toMatch(/^Self-promotion: /);
          // The evidence lies inside the request, not in the prose around it.
          const at = body.indexOf(ask);
          for (const e of reason?.evidence ?? []) {
            expect(e.start).toBeGreaterThanOrEqual(at);
            expect(e.end).toBeLessThanOrEqual(at + ask.length);
            expect(body.slice(e.start, e.end)).toBe(e.text);
          }
        },
      ),
      { numRuns: 400 },
    );
  });

  it('notes a giveaway named on its own without holding the comment', () => {
    for (const body of [
      'Tax giveaways to developers must stop.',
      'Giveaways of public land are how this council works.',
    ]) {
      expect(decide(body).status, body).toBe('approved');
      expect(promotion(body)?.score, body).toBeLessThan(0.5);
    }
  });

  it.each([
    'My insta is broken again after the update.',
    'I agree with @mayor_jones on this one.',
    'My twitter feed is full of @mentions from bots.',
    'Our facebook group @ the library meets on Tuesdays.',
  ])("a network or a handle named without one of the writer's own stays clean: %s", (body) => {
    expect(decide(body).status, body).toBe('approved');
  });

  it('has no cue that begins another, so that scanning the text finds every cue', () => {
    const cues = [...new Set(PATTERNS.flatMap((p) => p.needs.flat()))];
    expect(cues.filter((a) => cues.some((b) => b !== a && b.startsWith(a)))).toEqual([]);
  });

  it('names the kind of request in words a moderator reads', () => {
    expect(promotion('Please subscribe to my channel')?.message).toBe(
      "Self-promotion: asks readers to subscribe: 'Please subscribe to my channel'",
    );
    expect(promotion('follow me on twitter')?.message).toBe(
      "Self-promotion: asks readers to follow or message the writer: 'follow me on twitter'",
    );
  });

  it('lets ordinary comments that use the same words pass', () => {
    for (const body of [
      'Check out the graph in the article: the trend is clear.',
      "I'm giving away my old sofa, anyone want it?",
      'The paper runs a contest: share your story to win a prize.',
      'I liked the comment to enter the draw.',
      'The senator was caught buying followers.',
      'They sell likes and followers to politicians, the report says.',
      'I offer my views humbly.',
      'If you search my name you will find my articles.',
      'Signal me when you are ready.',
      'See my page 3 comment above.',
      'I subscribe to the theory that the council knew all along.',
      'I like this comment, it says what I wanted to say.',
      'The channel tunnel reopened on Monday.',
      'If you were scammed, contact Ms. Alvarez at the consumer protection office.',
      'For loan questions contact Mr. Brown at the credit union.',
      'Contact Dr. Lee, she helped me recover after my stroke.',
      'Thanks to Dr. Smith I recovered from surgery fast.',
      'Thanks to Dr Patel my knee healed and I am back running.',
      'Thanks to Mr Rogers, I learned to spell my name.',
      'Thanks to Mr Jones for the trading card collection photos.',
      'The lottery numbers were drawn last night, call the hotline if you won.',
      'She cast a love spell in the play and the audience loved it.',
      'Single parents in your area can apply for the grant.',
      'My wife earns 15k a month as a nurse, and ask me how proud I am.',
      'Nurses earn 5k a month here, ask me how I know.',
      "I make 20 dollars an hour and can't afford rent. Message me if you know a cheaper place.",
      'Teachers make 4k a month before tax, text me if you want the union figures.',
      'I checked the views: 2 billion and counting.',
      'Free money for the banks, austerity for everyone else.',
      'Follow the money and you will find who paid for this.',
      'My subscription ran out, so I only read the free articles now.',
      'The paper lost 3,000 subscribers after the paywall went up.',
      'Like this song so much, it was my wedding song.',
      'Just checking in on this video every year.',
      'Thumbs up to the reporter for this one.',
      'Our channel of communication with the ministry has gone quiet.',
      'I would subscribe to that view if the figures held up.',
      'Could you subscribe to the idea that both sides lied?',
      'I checked out the library every week as a child.',
      "Don't forget to vote on Thursday.",
      'My account of the meeting is in the minutes.',
      'The videos of the flood went to the council; check the dates.',
      'Come to the meeting on Tuesday, the channel crossing is on the agenda.',
      'Give your view in the consultation before Friday.',
      'Send your letters to the editor, not to me.',
      'Make sure you check the small print before signing.',
      'The road to 2030 is paved with missed targets.',
      'Click here and there and you still cannot find the consultation.',
      'The missing link in the chain is the regulator.',
      'Check out the B52 bomber display at the museum.',
      'I like and share your concern about the budget.',
      'Readers like to share their views here.',
      'You cannot earn money without risk, as any investor knows.',
      'The paper gained 500+ subscribers this year.',
      'Subscribers, please note the new delivery times.',
      'Please subscribe to local journalism, it matters.',
      'Follow me on this: the numbers do not add up.',
      'Like and share if you care about the river.',
      'Thumbs up if this is still on your playlist in 2026.',
      'Like if you came here to see how many views it has.',
      'Thumbs up if you watched it at school.',
      'Sub-4 marathon runners will love the new route.',
      'Sub 3 hours is a fine time for a first marathon.',
      'Click the link in the article for the full report.',
      'I make $20 an hour and cannot afford rent.',
      'I made $900 last week at the plant, how is that a living wage?',
      'Contact us at the council office on Monday.',
      'Call me on Line 3 at the station.',
      'Follow my logic here.',
      'The fund doubled my pension? Hardly.',
      'Bitcoin tips from strangers are how people lose money.',
      'Why would anyone want to buy followers?',
      "The senator's shameless plug for a donor was disgusting.",
      'That was a shameless plug by the mayor.',
      'I joined via my employer plan.',
      'The details of my profile were leaked in the breach.',
      'I lost 20 pounds in 3 weeks after the surgery.',
      'Use code 1 for the staff entrance.',
      'Join our community meeting on Tuesday.',
      'Join our group at the library.',
      'Please message me for details about the food drive.',
      "Send me $5 and I'll buy you a coffee.",
      'The signal group met on Monday; join us.',
    ]) {
      expect(promotion(body), body).toBeUndefined();
    }
  });

  it('keeps enthusiasm clean by default and holds it where a site asks', () => {
    const strict = compilePolicy(resolvePolicy({ flagEnthusiasm: true }));
    for (const body of [
      'looooooooooooove it',
      'BEST SONG EVER, I PLAY IT EVERY SINGLE MORNING!!!',
      'best song!!!!!!!!!!!!',
    ]) {
      expect(decide(body).status, body).toBe('approved');
      expect(decide(body, strict).status, body).toBe('flagged');
    }
  });

  it('reads a named source pointed to for reading as a recommendation, every reading noun', () => {
    const names = ['Paul Krugman', 'Hansard', 'The Economist', 'Mary Beard'];
    for (const noun of READING_NOUNS) {
      for (const name of names) {
        for (const body of [
          `Check out ${name}'s ${noun} on this, it explains a lot.`,
          `Check out ${name} for the ${noun}.`,
        ]) {
          expect(promotion(body), body).toBeUndefined();
        }
      }
    }
    for (const work of ['new song', 'latest video', 'channel', 'mixtape', 'page']) {
      const body = `Check out Some Band's ${work}!`;
      expect(promotion(body), body).toBeDefined();
    }
  });
});

describe("a relative's earnings from work done online, told to send the reader somewhere", () => {
  const KIN = ['sister', 'mom', 'aunt', 'neighbor', 'cousin', 'roommate', 'brother-in-law', 'coworker'];
  const TOLD = ['makes $85 an hour', 'earned 7,000 dollars last month', 'is making $300 a day', 'got $9k a week'];
  const WHERE = ['online', 'from home', 'on her laptop', 'at home on the internet'];
  it('holds every relative, amount and place of the work', () => {
    for (const kin of KIN)
      for (const told of TOLD)
        for (const where of WHERE) {
          const body = `My ${kin} ${told} ${where}, see the link.`;
          expect(
            decide(body).reasons.some((r) => r.rule === 'spam.self-promotion'),
            body,
          ).toBe(true);
        }
  });

  it('leaves a wage, and work done online that sends the reader nowhere', () => {
    for (const kin of KIN)
      for (const told of TOLD)
        for (const body of [
          `My ${kin} ${told} at the hospital.`,
          `My ${kin} ${told} and still cannot pay rent.`,
          `My ${kin} ${told} online tutoring kids, and loves it.`,
        ])
          expect(decide(body).status, body).toBe('approved');
  });
});

describe('chain letters', () => {
  const VERBS = ['share', 'send', 'copy', 'paste', 'post', 'repost', 'forward', 'copy and paste'];
  it('holds every way of passing it on to a number of people or videos, or under a curse', () => {
    const missed: string[] = [];
    for (const verb of VERBS) {
      const bodies = [
        `${verb} this to 10 people`,
        `${verb} this comment on 20 other videos`,
        `${verb} this with at least 5 friends`,
        `${verb} this or you will have bad luck for 7 years`,
        `if you don't ${verb} this your mom will die tonight`,
      ];
      for (const b of bodies) {
        const body = `${b[0]?.toUpperCase()}${b.slice(1)}.`;
        if (decide(body).status === 'approved' || !promotion(body)?.message.includes('chain letter')) missed.push(body);
      }
    }
    expect(missed).toEqual([]);
  });
  it.each([
    'Please share this article with everyone you know.',
    'I shared this with 3 friends already, great recipe.',
    'The bill would send this to 3 committees.',
    "If you don't post this the mods will die laughing.",
    'I posted this on 2 forums last week and nobody answered.',
  ])('stays clean: %s', (body) => {
    expect(promotion(body)).toBeUndefined();
  });
});
