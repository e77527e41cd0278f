import { resolvePolicy } from '@cm/contracts';
import { describe, expect, it } from 'vitest';
import { compilePolicy } from '../index.js';
import { lexiconEntries } from './lexicon/index.js';
import { TARGETED_INSULT_NOUNS } from './lexicon/insults.js';
import { PERSON_INSULT_NOUNS } from './lexicon/name-calling.js';
import { abuseReasons } from './test-support.js';

const abuse = abuseReasons;

describe('name-calling of anyone, with the target in the reason', () => {
  it.each([
    ['You are a hypocrite and a liar.', 'another reader', 'high'],
    ['The author is a narcissist.', 'the author', 'medium'],
    ['Senator Blake is a sociopath.', 'a named person', 'medium'],
    ['These clowns in the cabinet again.', 'a group of people', 'medium'],
    ['Bigots, the lot of them, all those hypocrites.', 'a group of people', 'medium'],
    ['Only a stupid person would write that.', 'a named person', 'medium'],
    ['Stupid!', 'someone', 'medium'],
    ['what a stupid comment', 'another reader', 'medium'],
    ['He is even dumber than his brother.', 'a named person', 'medium'],
    ['your ignorance is astonishing', 'another reader', 'medium'],
    ['you idiot-brained troll', 'another reader', 'high'],
    ['you really suck at this', 'another reader', 'medium'],
    ['their blatant, shameless hypocrisy', 'a group of people', 'medium'],
    ['Mr Pratt is a piece of garbage', 'a named person', 'medium'],
    ['Spoilt brat, that boy.', 'someone', 'medium'],
    ['The councillor is a sadist.', 'a named person', 'medium'],
    ['Sit down, punk.', 'another reader', 'medium'],
    ['Vote out these corrupt bums.', 'someone', 'medium'],
    ['That treasonous rat should resign.', 'someone', 'medium'],
    ['You heartless, greedy man.', 'another reader', 'medium'],
    ['The minister is a slacker and an opportunist.', 'a named person', 'medium'],
    ['Spare us your own ignorance.', 'another reader', 'medium'],
    ['The usual progressive hypocrisy on display.', 'a group of people', 'medium'],
    ['Honestly, you are a real snake pretending to help.', 'another reader', 'medium'],
    ['Face it, you are such a donkey about parking.', 'another reader', 'medium'],
    ['Stop posting, you ass hole.', 'another reader', 'high'],
    ['Ass holes, every one of them on that board.', 'someone', 'medium'],
  ])('%s', (body, target, severity) => {
    const r = abuse(body).find((x) => x.rule === 'abuse.insult.directed');
    expect(r?.message).toContain(`aimed at ${target}`);
    expect(r?.severity).toBe(severity);
  });

  it.each([
    ["Admit it, you're a complete nut job.", 'another reader', 'nut job'],
    ['The treasurer is a paranoid nut case.', 'someone', 'nut case'],
    ['He is a cold hearted weasel.', 'a named person', 'weasel'],
    ['Those three clowns ignored the ruling again.', 'a group of people', 'clowns'],
    ['The landlords are rent gouging parasites.', 'a group of people', 'parasites'],
    ['Honestly, the landlord is a truly vile human being.', 'a named person', 'vile'],
    ['Such a nasty, sick old man.', 'a named person', 'nasty'],
    ['Honestly, you are arrogance personified.', 'another reader', 'arrogance'],
    ['Sorry, your last post is pure drivel.', 'another reader', 'drivel'],
    ['Your whole argument was garbage.', 'another reader', 'garbage'],
    ['Resign now, your a disgrace to the ward.', 'another reader', 'disgrace'],
    ['Your one sick puppy.', 'another reader', 'sick'],
    ['Honestly, your one nasty troll.', 'another reader', 'troll'],
  ])('%s (two describing words after "is a", "nut job", a plural pointed at)', (body, target, word) => {
    const r = abuse(body).find((x) => x.rule === 'abuse.insult.directed');
    expect(r?.message).toContain(`aimed at ${target}`);
    expect(r?.evidence.map((e) => e.text).join(' ')).toContain(word);
  });

  it.each([
    ['Your one idiot brother ruined the party.', 'another reader'],
    ['Your one job was to stop the idiot.', 'another reader'],
  ])('%s ("your one" before a noun phrase that goes on is the reader\'s)', (body, target) => {
    expect(abuse(body).find((x) => x.rule === 'abuse.insult.directed')?.message ?? '').not.toContain(
      `aimed at ${target}`,
    );
  });

  it.each([
    ['Pull your head out of your butt, councillor.', 'abuse.profanity.directed'],
    ['You are talking out of your arse again.', 'abuse.profanity.directed'],
    ['Move your sorry ass to the back of the queue.', 'abuse.insult.directed'],
    ['Nice work on the budget, smart ass.', 'abuse.insult.directed'],
    ['Get off your lazy butt and vote.', 'abuse.insult.directed'],
    ['Crap for brains over at the depot again.', 'abuse.insult.directed'],
  ])('%s (rude words for a backside said of a person)', (body, rule) => {
    expect(abuse(body).map((r) => r.rule)).toContain(rule);
  });

  it('keeps the evidence to the insulting words', () => {
    const r = abuse('Honestly, what kind of idiot-brained take is this from a so-called expert');
    expect(r.flatMap((x) => x.evidence.map((e) => e.text))).toEqual(['idiot-brained']);
  });
});

describe('criticism of ideas and plain compounds stay clean', () => {
  it.each([
    'This policy is idiotic.',
    'Their plan for the port is reckless and frankly stupid.',
    'A dumb idea, and the budget shows it.',
    'The new menu is idiot-proof.',
    'A knee-jerk reaction from the ministry.',
    'The crash test dummy run went well.',
    'The Taliban are terrorists and this government is corrupt.',
    'Your point about ignorance of the law is fair.',
    'The punk scene here in the eighties was small but loud.',
    'She wrote a history of punk rock and its fans.',
    'Cruel winters and greedy tax rules drove the farm under.',
    'The report calls the cuts heartless.',
    'Fuck Yeah, what a goal!',
    'Suck it up and get back to work, the coach told us.',
    'It is a pig farming county with two abattoirs.',
    'She ordered a nut roast and a job lot of apples.',
    'These two pig farms closed last year.',
    'He is a former pig farmer from the valley.',
    'The court upheld basic human rights for every detainee.',
    'Every human being deserves a fair hearing.',
    'The real problem is ignorance of the rules.',
    'You are right about the ignorance part.',
    'Your own council is rubbish at collecting bins.',
    'Your point is fair, but the toll plan is rubbish.',
    'He slipped and fell on his butt on the ice.',
    'Bring your a game to the derby tomorrow.',
    'Piles of rubbish lay in the street after the strike.',
    'The pig has escaped the farm again.',
    'A criminal case would take years.',
    'Cover your ass before the audit, the union told members.',
    'The whole crowd got off their seats for the anthem.',
    'Our town is a sheep shearing centre every June.',
    'The crew filled the pot hole and the drain hole by the school.',
  ])('%s', (body) => {
    expect(abuse(body)).toEqual([]);
  });
});

describe('site knobs', () => {
  const under = (body: string, p: Parameters<typeof resolvePolicy>[0]) =>
    abuseReasons(body, compilePolicy(resolvePolicy(p))).map((r) => r.rule);

  it('flags only insults aimed at readers when name-calling is set to reader', () => {
    const readerOnly = { abuse: { nameCalling: 'reader' as const } };
    expect(under('The minister is a hypocrite.', readerOnly)).toEqual([]);
    expect(under('The minister is a hypocrite.', {})).toEqual(['abuse.insult.directed']);
    expect(under('You are a hypocrite.', readerOnly)).toEqual(['abuse.insult.directed']);
  });

  it('applies the same knob to insults made of phrases', () => {
    const readerOnly = { abuse: { nameCalling: 'reader' as const } };
    for (const [them, you] of [
      ['The minister is a piece of garbage.', 'You are a piece of garbage.'],
      ['The minister has the maturity of a toddler.', 'You have the maturity of a toddler.'],
      ['Liberals are mentally ill.', 'You are mentally ill.'],
    ] as const) {
      expect(under(them, {}), them).toEqual(['abuse.insult.directed']);
      expect(under(them, readerOnly), them).toEqual([]);
      expect(under(you, readerOnly), you).toEqual(['abuse.insult.directed']);
    }
  });

  it('holds undirected strong language only when the site asks', () => {
    expect(under('Holy shit, what a goal.', {})).toEqual([]);
    expect(under('Holy shit, what a goal.', { abuse: { profanity: 'flag' } })).toEqual(['abuse.profanity']);
    expect(under('fuck you', {})).toEqual(['abuse.profanity.directed']);
  });

  it('keeps denigrating words about a work as a note unless the site flags criticism', () => {
    const body = 'This song sucks and the video is a piece of crap.';
    expect(under(body, {})).toEqual([]);
    expect(under(body, { abuse: { criticism: 'flag' } })).toEqual(['abuse.denigration']);
  });
});

describe('"sap" and "yahoo" name a person only when aimed at one', () => {
  it.each([
    ['What a sap.', 'sap'],
    ['You are such a sap.', 'sap'],
    ['The square was full of dumb yahoos.', 'dumb yahoos'],
  ])('%s', (body, evidence) => {
    const r = abuse(body).find((x) => x.rule === 'abuse.insult.directed');
    expect(r?.evidence.map((e) => e.text)).toEqual([evidence]);
  });

  it.each(['The maple sap is running early.', 'I read it on Yahoo News.', 'Check your yahoo account.'])(
    '%s stays clean',
    (body) => {
      expect(abuse(body).filter((x) => x.score >= 0.5)).toEqual([]);
    },
  );
});

describe('plurals of listed "-man" nouns', () => {
  it('every listed insult ending in "man" is found in its "-men" plural, aimed at the readers', () => {
    const men = lexiconEntries()
      .map((e) => e.word)
      .filter((w) => /^[a-z]+man$/.test(w));
    expect(men.length).toBeGreaterThan(0);
    for (const w of men) {
      const plural = `${w.slice(0, -3)}men`;
      expect(abuse(`You are all ${plural}.`).length, plural).toBeGreaterThan(0);
    }
    for (const body of ['The firemen saved the cat.', 'Women and men are welcome.', 'The linesmen got it wrong.'])
      expect(abuse(body), body).toEqual([]);
  });
});

describe('a plural name said of people, with what they do after it', () => {
  // Regular plurals of every targeted name: "are parasites feeding on", not a compound like "trash talking".
  const PLURALS = TARGETED_INSULT_NOUNS.filter((n) => /^[a-z]+$/.test(n) && !/(s|sh|ch|x|y|f|fe|man)$/.test(n)).map(
    (n) => `${n}s`,
  );
  it('holds every one as aimed at the group', () => {
    const missed = PLURALS.flatMap((x) =>
      [`The bankers are ${x} feeding on the rest of us.`, `Those politicians are all ${x} pretending to care.`].filter(
        (body) =>
          !abuse(body).some((r) => r.rule === 'abuse.insult.directed' && r.message.includes('a group of people')),
      ),
    );
    expect(missed).toEqual([]);
  });
});

describe('a name in "-ist" among describing words describes', () => {
  const ists = PERSON_INSULT_NOUNS.filter((n) => /^[a-z]+ist$/.test(n));
  it('is no name in a list of adjectives said of a body, for every such name', () => {
    expect(ists.length).toBeGreaterThan(3);
    for (const n of ists) {
      for (const body of [
        `The review found the force institutionally racist, ${n} and homophobic.`,
        `The new policy is sexist and ${n}.`,
      ])
        expect(
          abuse(body).filter((r) => r.score >= 0.5),
          body,
        ).toEqual([]);
      for (const body of [`He is a ${n}.`, `A malignant ${n} and pathological liar runs the place.`])
        expect(abuse(body).length, body).toBeGreaterThan(0);
    }
  });
});
