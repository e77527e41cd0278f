/** Listed words in a literal or idiomatic sense, and harsh adjectives whose noun is a thing, name no one. */
import { describe, expect, it } from 'vitest';
import { lookupWord } from './lexicon/index.js';
import { STRONG_INSULT_NOUNS } from './lexicon/insults.js';
import {
  BEASTS_AND_MACHINES,
  CRIMES,
  DEFINING_ANIMALS,
  DOUBTING,
  IDIOM_PHRASES,
  LITERAL_AFTER,
  LITERAL_AFTER_PAIRS,
  LITERAL_BEFORE,
  LOSING_OUT,
  MACHINES,
  PETS,
  POSSESSED_IDIOMS,
  STORY_PARTS,
  TITLED_WORKS,
  WORKS,
  WRONGS,
} from './lexicon/literal-uses.js';
import { VERB_BEFORE, VERB_LIKE_NOUNS } from './lexicon/name-calling.js';
import { UNAMBIGUOUS_SLURS } from './lexicon/slurs.js';
import { PROCESSES, SLOWING_VERBS } from './literal-uses.js';
import { abuseReasons as abuse } from './test-support.js';

describe('compounds, idioms and things', () => {
  it.each([
    "Every April Fools' Day the office goes quiet.",
    'They replaced the crash test dummy with a new model.',
    'The former lunatic asylum is now a hotel.',
    "The museum shows a dunce's cap and a slate.",
    "We hired a clown at our daughter's birthday and the kids loved it.",
    'The circus clowns were the best part of the show.',
    'The jerk chicken at the street market sold out by noon.',
    'She is a killer on penalties, never misses.',
    'Maps was the killer app of the first smartphones.',
    'He has a killer instinct in the box.',
    'Fraud on this scale should mean prison.',
    'The fraud charges were dropped last week.',
    'Tax fraud costs billions a year.',
    "The minister's handling of the strike was incompetent.",
    'A brainless piece of legislation, rushed through in a week.',
    'Dumbest parking layout in the county.',
    'Our bitch had a litter of five in March.',
    'The Idiot by Dostoevsky is a long read.',
    'The Fool is my favourite role in that play.',
    'He played the fool in the school production and stole the show.',
  ])('%s', (body) => {
    expect(abuse(body)).toEqual([]);
  });
});

describe('the same words aimed at people', () => {
  it.each([
    'You are a clown.',
    'What a clown, read the article.',
    'He is a fraud and always was.',
    'He is a fraud of the first order.',
    'The mayor is a total jerk.',
    'You are a killer of every good idea, idiot.',
    'Stupid traffic wardens everywhere.',
    'Only a dumbass would write this.',
    'The Idiot in charge strikes again.',
    'The Idiot by the door keeps shouting.',
  ])('%s', (body) => {
    expect(abuse(body)).not.toEqual([]);
  });
});

describe('a slur that is also a verb of slowing, used as the verb', () => {
  const verbs = { retard: ['retard', 'retards', 'retarded'], retarded: ['retarded'] };
  it('names no one when a process follows it, for every verb form and process', () => {
    expect([...SLOWING_VERBS].sort()).toEqual(Object.keys(verbs).sort());
    for (const forms of Object.values(verbs))
      for (const v of forms)
        for (const p of PROCESSES) {
          for (const body of [`Higher rates will ${v} ${p}.`, `The new tariff ${v} the ${p} of the region.`]) {
            expect(abuse(body), body).toEqual([]);
          }
        }
  });

  it.each([
    'You retard.',
    'Shut up retard the grown-ups are talking',
    'Only a retard would vote for this.',
    'The retard in charge of roads strikes again.',
  ])('is a slur as a noun: %s', (body) => {
    expect(abuse(body).map((r) => r.rule)).toContain('abuse.slur');
  });
});

describe('a pet called a name in its own clause', () => {
  it('names no one, for every pet', () => {
    for (const pet of PETS) {
      const be = pet.endsWith('s') ? 'are' : 'is';
      const called = pet.endsWith('s') ? 'total idiots' : 'a total idiot';
      for (const body of [`My ${pet} ${be} ${called} around squirrels.`, `Our ${pet} ${be} so stupid sometimes.`]) {
        expect(
          abuse(body).filter((r) => r.score >= 0.5),
          body,
        ).toEqual([]);
      }
    }
  });

  it.each([
    'The senator is a total idiot.',
    'My neighbour is a total idiot around squirrels.',
    'The dog walker is a moron.',
  ])('a person still is: %s', (body) => {
    expect(abuse(body).map((r) => r.rule)).toContain('abuse.insult.directed');
  });
});

describe('every listed compound and idiom', () => {
  it('names no one, for every word and every word after it that makes a thing of it', () => {
    const held: string[] = [];
    for (const [lemma, tails] of Object.entries(LITERAL_AFTER))
      for (const tail of tails) {
        if (tail.length < 2) continue;
        const body = `We talked about the ${lemma} ${tail} at lunch.`;
        if (abuse(body).some((r) => r.score >= 0.5)) held.push(body);
      }
    expect(held).toEqual([]);
  });
});

describe('titles', () => {
  const capital = (n: string) => n[0]?.toUpperCase() + n.slice(1);
  // Slurs have no innocent use and stay held in any title.
  const slurs = new Set(UNAMBIGUOUS_SLURS);
  const single = STRONG_INSULT_NOUNS.filter((n) => !n.includes(' ') && !n.includes('-') && !slurs.has(n));
  it('a capitalised insult right after the kind of work it names is a title, for every kind and insult', () => {
    const held = [...WORKS, ...TITLED_WORKS].flatMap((kind) =>
      single
        .map((n) => `We saw the ${kind} ${capital(n)} last night.`)
        .filter((b) => abuse(b).some((r) => r.score >= 0.5)),
    );
    expect(held).toEqual([]);
  });
  it('the same insult said to someone is still held, capitalised or not', () => {
    const missed = single
      .flatMap((n) => [`Go watch your show, ${capital(n)}.`, `You are such a ${n}.`])
      .filter((b) => !abuse(b).some((r) => r.score >= 0.5));
    expect(missed).toEqual([]);
  });
});

describe('titles of several capitalised words', () => {
  const capital = (n: string) => n[0]?.toUpperCase() + n.slice(1);
  const slurs = new Set(UNAMBIGUOUS_SLURS);
  const single = STRONG_INSULT_NOUNS.filter((n) => !n.includes(' ') && !n.includes('-') && !slurs.has(n));
  it('name a work a few words on, for every insult and frame', () => {
    const held = single.flatMap((n) =>
      [
        `The ${capital(n)} is still the funniest Steve Martin film.`,
        `The Big ${capital(n)} is an album I play every summer.`,
        `Little ${capital(n)} was filmed in Ohio.`,
        `The ${capital(n)} on the Hill is my favourite song.`,
        `The ${capital(n)} by the Weeknd is underrated.`,
        `The Dirty ${capital(n)} films have aged badly.`,
      ].filter((b) => abuse(b).some((r) => r.rule === 'abuse.insult.directed')),
    );
    expect(held).toEqual([]);
  });
  it('are still name-calling when they address someone or name no work', () => {
    const missed = single
      .flatMap((n) => [
        `I wrote a Thank You for Being the ${capital(n)} song for the mayor.`,
        `The ${capital(n)} in charge strikes again.`,
        `The ${capital(n)} by the door keeps shouting.`,
        `${capital(n)} Hendricks went on his TV show again.`,
        `${capital(n)} Hendricks wrote another book about it.`,
      ])
      .filter((b) => !abuse(b).some((r) => r.score >= 0.5));
    expect(missed).toEqual([]);
  });
});

describe('a name given to an animal or a machine after "of a"', () => {
  it('names no one, for every animal and machine', () => {
    const held = [...PETS, ...BEASTS_AND_MACHINES]
      .filter((b) => !b.endsWith('s'))
      .flatMap((b) => [`That fool of a ${b} let us down again.`, `This idiot of a ${b} will not start.`])
      .filter((b) => abuse(b).some((r) => r.score >= 0.5));
    expect(held).toEqual([]);
  });
  it.each(['That fool of a man threw the game.', 'This idiot of a senator voted no.'])('a person still is: %s', (b) => {
    expect(abuse(b).map((r) => r.rule)).toContain('abuse.insult.directed');
  });
});

describe('"only a fool would" doubt someone', () => {
  it('praises them, for every verb of doubting with its particle', () => {
    const held = Object.entries(DOUBTING)
      .flatMap(([verb, particle]) => [
        `Only a fool would ${verb} this team ${particle}.`.replace(' .', '.'),
        `Only an idiot would ever ${verb} her ${particle} after that season.`.replace('  ', ' '),
      ])
      .filter((b) => abuse(b).some((r) => r.score >= 0.5));
    expect(held).toEqual([]);
  });
  it.each([
    'Only a fool would vote for this team.',
    'Only a fool would write this up.',
    'Only an idiot would bet on him being honest.',
    'Only a fool would count on the mayor.',
  ])('names those who do anything else: %s', (b) => {
    expect(abuse(b).map((r) => r.rule)).toContain('abuse.insult.directed');
  });
});

describe('set phrases with a possessive', () => {
  it('name no one, for every listed phrase', () => {
    const held = Object.entries(POSSESSED_IDIOMS)
      .flatMap(([lemma, things]) => things.map((t) => `Chasing that grant is a ${lemma}'s ${t}, says the board.`))
      .filter((b) => abuse(b).some((r) => r.score >= 0.5));
    expect(held).toEqual([]);
  });
  it.each(["That fool's comment was wrong.", "Some idiot's car blocked the drive."])('a person is still: %s', (b) => {
    expect(abuse(b).map((r) => r.rule)).toContain('abuse.insult.directed');
  });
});

describe('those who lose out', () => {
  it('are no one called names, for every word that singles them out', () => {
    const held = LOSING_OUT.flatMap((m) => [
      `The ${m} losers here are the taxpayers who foot the bill.`,
      `The ${m} losers in this budget are rural schools.`,
      `Fares went up, and the ${m} losers are commuters.`,
    ])
      .concat(['There are winners and losers in every trade deal.'])
      .concat(
        ['renters', 'first-time buyers', 'small farmers', 'the towns up north'].flatMap((g) => [
          `${g[0]?.toUpperCase()}${g.slice(1)} are the losers.`,
          `In the end ${g} will be the losers in this deal.`,
          `The losers here are ${g}.`,
        ]),
      )
      .filter((b) => abuse(b).some((r) => r.score >= 0.5));
    expect(held).toEqual([]);
  });
  it.each([
    'Trump is the biggest loser.',
    'The biggest losers are you and your friends.',
    'What a bunch of losers.',
    'The real losers are those idiots that voted him in.',
    'You are the losers.',
    'The losers who voted for him are crying.',
  ])('losers called names are held: %s', (b) => {
    expect(abuse(b).map((r) => r.rule)).toContain('abuse.insult.directed');
  });
});

describe('a machine called a name', () => {
  it('names no one, for every machine and frame', () => {
    const held = MACHINES.flatMap((m) => [
      `My ${m} is an idiot, it never listens.`,
      `The ${m} is so stupid in the cold.`,
      `My idiot ${m} died again.`,
      `This moron ${m} restarted itself.`,
    ]).filter((b) => abuse(b).some((r) => r.score >= 0.5));
    expect(held).toEqual([]);
  });
  it.each([
    'My idiot brother broke the printer.',
    'That idiot phone salesman lied to me.',
    'The printer guy is an idiot.',
  ])('a person is still named: %s', (b) => {
    expect(abuse(b).map((r) => r.rule)).toContain('abuse.insult.directed');
  });
});

describe('a part in a story called a name', () => {
  it('names no one, for every part', () => {
    const held = STORY_PARTS.filter((p) => !p.endsWith('s'))
      .flatMap((p) => [
        `The ${p} in the film is a psychopath, brilliant acting.`,
        `This ${p} was a total idiot by design.`,
      ])
      .concat(STORY_PARTS.filter((p) => p.endsWith('s')).map((p) => `Sociopath ${p} are overused on TV.`))
      .filter((b) => abuse(b).some((r) => r.score >= 0.5));
    expect(held).toEqual([]);
  });
  it.each([
    'Trump is a pig, and McCain was a hero.',
    'The villain here is the mayor, a psychopath.',
    'You are the villain and a psychopath.',
  ])('a real person is still named: %s', (b) => {
    expect(abuse(b).map((r) => r.rule)).toContain('abuse.insult.directed');
  });
});

describe('set phrases of two words after the name', () => {
  it('name no one, for every listed phrase', () => {
    const held = Object.entries(LITERAL_AFTER_PAIRS)
      .flatMap(([lemma, pairs]) => pairs.map(([a, b]) => `Everyone is a ${lemma} ${a} ${b} at some point.`))
      .filter((b) => abuse(b).some((r) => r.score >= 0.5));
    expect(held).toEqual([]);
  });
  it.each(['You are a fool in love with yourself.', 'The mayor is a fool in every way.'])(
    'a name is still: %s',
    (b) => {
      expect(abuse(b).map((r) => r.rule)).toContain('abuse.insult.directed');
    },
  );
});

describe('a word defined as an animal', () => {
  it('names no one, for every animal', () => {
    const held = DEFINING_ANIMALS.flatMap((a) => [
      `A jackass is a male ${a}, my grandfather kept two.`,
      `A runt is a small ${a} in a litter.`,
    ]).filter((b) => abuse(b).some((r) => r.score >= 0.5));
    expect(held).toEqual([]);
  });
  it.each(['A jackass is what you are.', 'The mayor is a jackass.', 'He is a jackass and a donkey.'])(
    'a person is still named: %s',
    (b) => {
      expect(abuse(b).map((r) => r.rule)).toContain('abuse.insult.directed');
    },
  );
});

describe('every word that makes a compound or an idiom of the listed word after it', () => {
  const held = (body: string) => abuse(body).some((r) => r.score >= 0.5);
  it('names no one, for every listed word and every word before it', () => {
    const bodies = Object.entries(LITERAL_BEFORE).flatMap(([lemma, heads]) =>
      heads.map((head) => `They said it was ${head} ${lemma} all along.`),
    );
    expect(bodies.filter(held)).toEqual([]);
  });
  it('still holds each listed word said to the reader', () => {
    const bodies = Object.keys(LITERAL_BEFORE).map((lemma) => `You are such a ${lemma}, honestly.`);
    expect(bodies.filter((b) => !held(b))).toEqual([]);
  });
});

describe('set phrases around a listed word', () => {
  const held = (body: string) => abuse(body).some((r) => r.score >= 0.5);
  const listed = (phrase: string) => (phrase.split(' ').find((w) => /^[A-Z]+$/.test(w)) as string).toLowerCase();
  it('name no one, for every set phrase', () => {
    const bodies = IDIOM_PHRASES.flatMap((p) => [
      `That would open up a ${p.toLowerCase()} for the council.`,
      `Every reform is a ${p.toLowerCase()}, they say.`,
    ]);
    expect(bodies.filter(held)).toEqual([]);
  });
  it("still hold the phrase's word said to the reader", () => {
    expect(IDIOM_PHRASES.map((p) => `You ${listed(p)}.`).filter((b) => !held(b))).toEqual([]);
  });
  it.each([
    'Our kids are guinea pigs for the new syllabus.',
    'Those guinea pigs need a bigger hutch.',
    'She is a gym rat.',
    'She was a mall rat as a teenager.',
    'He was a real party animal at university.',
    'We are lab rats for the insurers.',
    'People are social animals, lockdowns were hard.',
  ])('the name of an animal or a habit names no one: %s', (body) => expect(held(body)).toBe(false));
  it.each(['You filthy rat.', 'Those pigs on the council voted again.', 'You animal.'])(
    'the same words alone still name someone: %s',
    (body) => expect(held(body)).toBe(true),
  );
  it.each(['Every time it thunders you freak out.', 'He freaks out at loud noises.'])(
    'a phrasal verb after its subject names no one: %s',
    (body) => expect(held(body)).toBe(false),
  );
});

describe('"dumb down", the verb', () => {
  const held = (body: string) => abuse(body).some((r) => r.score >= 0.5);
  it('names no one, for every way the verb is written', () => {
    const bodies = ['The board plans to', 'The board will', "Please don't", 'Editors should never'].flatMap((before) =>
      ['down the syllabus', 'it down', 'us all down', 'the whole syllabus down'].map(
        (rest) => `${before} dumb ${rest}.`,
      ),
    );
    expect(bodies.filter(held)).toEqual([]);
    expect(['They dumb it down every year.', 'Editors dumb down the headlines.'].filter(held)).toEqual([]);
  });
  it.each(['Those dumb voters went down to the polls.', 'You are dumb, down to the last vote.'])(
    'the adjective before "down" further on still names people: %s',
    (body) => expect(held(body)).toBe(true),
  );
});

describe('a verb-like name after a word that only a verb follows', () => {
  const held = (body: string) => abuse(body).some((r) => r.score >= 0.5);
  // "fraud" has no verb: it is a crime or a person, tested on its own.
  const verbs = VERB_LIKE_NOUNS.filter((n) => n !== 'fraud');
  const befores = VERB_BEFORE.filter((b) => /^[a-z]{3,}$/.test(b) && b !== 'who');
  it('is the verb, for every such name and every such word', () => {
    const bodies = verbs.flatMap((v) => befores.map((b) => `They ${b} ${v} the voters again.`));
    expect(bodies.filter(held)).toEqual([]);
  });
  it('is a name said of them', () => {
    expect(verbs.map((v) => `They are such ${v}s.`).filter((b) => !held(b))).toEqual([]);
  });
  it('is a name in the plural after "to" or a modal, which take a bare verb', () => {
    const plural = (v: string) => (v.endsWith('y') ? `${v.slice(0, -1)}ies` : `${v}s`);
    // A name that needs someone pointed at ("goof") is held with "like you"; a name of a person is held bare.
    const persons = verbs.filter((v) => lookupWord([v])?.kinds.has('insult-person'));
    const bodies = [
      ...persons.map((v) => `He keeps selling cheap kits to ${plural(v)}.`),
      ...verbs.map((v) => `He keeps selling cheap kits to ${plural(v)} like you.`),
    ];
    expect(bodies.filter((b) => !held(b))).toEqual([]);
  });
});

describe('the name of a crime with no article is the crime', () => {
  const clean = (body: string) => abuse(body).filter((r) => r.score >= 0.5);
  it.each([
    'Recognising that result would only reward fraud.',
    'This is fraud, and the auditors knew it.',
    "That's fraud by any measure.",
    'It was fraud, plain and simple.',
    'Losing candidates always cry fraud.',
    'The inquiry found widespread and systematic fraud.',
  ])('%s', (body) => expect(clean(body)).toEqual([]));
  it('is the crime listed beside every other wrong', () => {
    const bodies = WRONGS.flatMap((w) => [
      `The audit spoke of ${w}, fraud and more.`,
      `They found fraud and ${w} in every department.`,
      `It was a story of fraud, ${w}, cover-ups.`,
    ]);
    expect(bodies.filter((b) => clean(b).length > 0)).toEqual([]);
  });
  it.each([
    'He is a fraud.',
    'What a fraud.',
    'You fraud.',
    'He is a total fraud.',
    'Frauds, all of them.',
    'A lying, cheating fraud.',
    'This is a fraud who should resign.',
    'He is a liar, a fraud and a cheat.',
    'You are a fraud and a liar.',
  ])('%s names a person', (body) => expect(clean(body).length).toBeGreaterThan(0));
  const things = ['referendum', 'whole survey', 'election', 'consensus', 'pension scheme', 'campaign'];
  const people = ['mayor', 'new treasurer', 'man', 'senator', 'author of the survey', 'man behind the campaign'];
  it('is a sham said of a thing, for every crime, and a name said of a person', () => {
    const wrong = CRIMES.flatMap((c) => [
      ...things
        .flatMap((t) => [`The ${t} was a ${c}.`, `This ${t} is a complete ${c}!`])
        .filter((b) => clean(b).length > 0),
      ...people
        .flatMap((p) => [`The ${p} was a ${c}.`, `This ${p} is a complete ${c}!`])
        .filter((b) => clean(b).length === 0),
    ]);
    expect(wrong).toEqual([]);
  });
});
