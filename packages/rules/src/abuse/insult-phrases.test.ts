import { describe, expect, it } from 'vitest';
import { DENIGRATING_NOUNS } from './lexicon/denigration.js';
import { REFUSE_DESCRIBED } from './lexicon/insult-phrases.js';
import { CLASSES } from './lexicon/phrases.js';
import { abuseReasons as abuse } from './test-support.js';

const held = (body: string) => abuse(body).filter((r) => r.score >= 0.5);

describe('hostile questions and jibes aimed at the reader', () => {
  it.each([
    ['Who the hell are you to lecture the rest of us?', 'Who the hell are you to'],
    ['What is wrong with you?', 'What is wrong with you'],
    ['Who the heck do you think you are?', 'Who the heck do you think you are'],
    ['So what the hell is your problem?', 'what the hell is your problem'],
    ["What the heck's wrong with you people", "What the heck's wrong with you"],
    ['Stay on topic and get back on your meds.', 'back on your meds'],
    ['Did you forget to take your meds again?', 'forget to take your meds'],
    ['Only a mental midget would write that.', 'mental midget'],
    ['The man is a total mental case.', 'mental case'],
    ['The press secretary is a butt kisser.', 'butt kisser'],
  ])('%s', (body, words) => {
    expect(held(body).flatMap((r) => r.evidence.map((e) => e.text))).toContain(words);
  });

  it.each([
    'What is wrong with the bus timetable?',
    'Who are you voting for in May?',
    'I went back on my meds last spring and feel better.',
    'Please remember to take your medication with food.',
    'The midget submarine was found off the coast.',
    'The mental case load at the clinic rose this year.',
  ])('plain questions and talk of medicine stay clean: %s', (body) => {
    expect(held(body)).toEqual([]);
  });
});

describe('curses and two-word spellings that name people', () => {
  it.each([
    ['The guy is a total shit bag.', 'shit'],
    ['What a scum bag.', 'scum'],
    ['The man is a slime ball.', 'slime ball'],
    ['Only a dip shit would park there.', 'shit'],
    ['Sick fucks! Those are children.', 'Sick fucks'],
    ['The greedy little shits raised the rent again.', 'shits'],
    ['Some rich fucker bought the beach.', 'fucker'],
    ['My neighbour is a toolbag.', 'toolbag'],
  ])('%s', (body, words) => {
    expect(held(body).flatMap((r) => r.evidence.map((e) => e.text))).toContain(words);
  });

  it.each([
    'Old shit is piling up in the garage.',
    'I give zero fucks about the weather.',
    'The slime mould grew on the log.',
    'Pack a tool bag before the hike.',
    'The dirt balls of clay dried in the sun.',
  ])('stuff stays clean: %s', (body) => {
    expect(held(body)).toEqual([]);
  });
});

describe("the reader's mind or life run down", () => {
  const small = ['tiny', 'small', 'little', 'puny', 'feeble', 'addled', 'warped', 'twisted'];
  const seat = ['brain', 'brains', 'mind', 'minds'];
  it('a small or addled mind of the reader', () => {
    for (const a of small)
      for (const n of seat) {
        const body = `Try harder, your ${a} ${n} is not up to this.`;
        expect(held(body).length, body).toBeGreaterThan(0);
      }
  });
  it.each(['pea brain', 'bird brain', 'peanut brains', 'pea brained'])('"%s" names someone', (p) => {
    const body = `Only a ${p} would vote for that.`;
    expect(
      held(body)
        .flatMap((r) => r.evidence.map((e) => e.text))
        .join(' '),
      body,
    ).toContain(p.split(' ')[0]);
  });
  const rundown = ['shitty', 'crappy', 'pathetic', 'miserable', 'meaningless', 'pitiful', 'worthless', 'boring'];
  it('a rude word for the reader’s life, with or without "little"', () => {
    for (const a of rundown)
      for (const little of ['', 'little ']) {
        const body = `Go back to your ${a} ${little}existence and leave us be.`;
        expect(held(body).length, body).toBeGreaterThan(0);
      }
  });
  it.each([
    'Keep your mind on the road.',
    'The surgeon found a small brain bleed in the scan.',
    'Birds have tiny brains for their size.',
    'I was sorry to read your sad life story.',
    'I hope your life is never miserable.',
    'The bird brain study was published in May.',
  ])('plain talk of minds and lives stays clean: %s', (body) => {
    expect(held(body)).toEqual([]);
  });
});

describe('refuse in the plural, pointed at people', () => {
  const heaps = ['piles', 'sacks', 'bags'];
  const refuse = ['shit', 'crap', 'scum', 'filth'];
  it('"these two piles of shit", "you sacks of crap"', () => {
    for (const h of heaps)
      for (const r of refuse)
        for (const p of ['these two', 'those', 'you']) {
          const body = `The judge should lock up ${p} ${h} of ${r} for good.`;
          expect(held(body).length, body).toBeGreaterThan(0);
        }
  });
  it.each([
    'I put out those bags of trash yesterday.',
    'Piles of garbage lined the street after the strike.',
    'These sacks of rubbish go to the tip on Monday.',
  ])('refuse put out stays a note: %s', (body) => {
    expect(held(body).filter((r) => r.rule === 'abuse.insult.directed')).toEqual([]);
  });
});

describe('a person called refuse with a describing word between', () => {
  it('every describing word before every kind of refuse, said of a person and of a thing', () => {
    for (const adjective of REFUSE_DESCRIBED.split('|'))
      for (const refuse of CLASSES.refuse as readonly string[]) {
        const person = `The senator is a piece of ${adjective} ${refuse}.`;
        expect(
          held(person).some((r) => r.rule === 'abuse.insult.directed'),
          person,
        ).toBe(true);
        // Only the words that denigrate things too: scum and dirt are people when described.
        const thing = `That bill is a piece of ${adjective} ${refuse}.`;
        if (DENIGRATING_NOUNS.includes(refuse)) expect(held(thing), thing).toEqual([]);
      }
  });
});

describe('names for a person in two words', () => {
  it.each(['drama queen', 'mouth breather', 'keyboard warrior', 'keyboard warriors', 'chicken hawks', 'window licker'])(
    '"%s" is name-calling',
    (name) => {
      for (const body of [`Only a ${name} would write that.`, `The ${name} strikes again.`, `This ${name} again.`])
        expect(
          held(body).flatMap((r) => r.evidence.map((e) => e.text)),
          body,
        ).toContain(name);
    },
  );
  it.each([
    'The keyboard was a warrior of a machine, typing for ten years.',
    'The drama club crowned its queen on Friday.',
    'A chicken and a hawk shared the yard.',
    'The cat sat by the window, a licker of its own paws.',
  ])('the words apart stay clean: %s', (body) => {
    expect(held(body)).toEqual([]);
  });
});

describe('a person dismissed: "a special kind of stupid", "you don\'t know shit"', () => {
  it('the adjective made a noun for the person', () => {
    for (const k of ['special kind', 'whole new level', 'rare breed'])
      for (const a of ['stupid', 'dumb', 'ignorant']) {
        const body = `You are a ${k} of ${a}, honestly.`;
        expect(held(body).length, body).toBeGreaterThan(0);
      }
  });
  it.each(["You don't know shit about farming.", "He doesn't know crap about it.", 'They dont know shit.'])(
    '%s',
    (body) => {
      expect(held(body).length).toBeGreaterThan(0);
    },
  );
  it.each(["I don't know jack about cars.", 'She knows the new level of the game.', "I don't know shit about cars."])(
    'stays clean: %s',
    (body) => {
      expect(held(body)).toEqual([]);
    },
  );
});

describe('a mind compared to a thing, a troll sent home, a grown person called a child', () => {
  const THINGS = ['potato', 'rock', 'brick', 'goldfish', 'toaster', 'doorknob', 'houseplant', 'amoeba'];
  it.each(THINGS)('"the IQ of a %s" names whoever has it', (thing) => {
    for (const body of [`You have the IQ of a ${thing}.`, `He has the brains of a ${thing}.`])
      expect(
        held(body).map((r) => r.rule),
        body,
      ).toContain('abuse.insult.directed');
  });
  it.each([
    'Go back under your bridge.',
    'Crawl back under your rock.',
    "Crawl back into your mom's basement.",
    "You're acting like a child.",
    'Stop behaving like a toddler.',
    'People like you are the problem.',
    'You people are the problem.',
    'Honestly, you people are the worst.',
    'Did your parents drop you on your head?',
    'Did you even finish high school?',
    'You clearly have a room temperature IQ.',
    'Only a smooth brain would believe that.',
    'Those people breed like rabbits.',
    'They keep breeding like cockroaches.',
    'Those people multiply like cockroaches.',
    'They multiply like rats, these folks.',
    "Folks like you're why nothing nice lasts around here.",
  ])('%s', (body) => {
    expect(held(body).map((r) => r.rule)).toContain('abuse.insult.directed');
  });
  it.each([
    'The puppy is acting like a baby.',
    'You people are the reason I subscribe.',
    'We moved the boxes back into your basement.',
    'A potato has more vitamin C than you think.',
    'Put the potatoes back under the sink, it is cooler there.',
    'Did you finish the school run before nine?',
    'The rabbits in my garden breed like rabbits, obviously.',
    'Mosquitoes breed like flies in this heat.',
    'Bacteria multiply like crazy in warm milk.',
    'Keep the room temperature below twenty degrees for the dough.',
  ])('stays clean: %s', (body) => {
    expect(held(body)).toEqual([]);
  });
});

describe('a person called bad with a word that is plain about things', () => {
  const bad = ['horrible', 'terrible', 'awful', 'wretched', 'rotten', 'dreadful', 'appalling', 'atrocious'];
  it('every word, said of a reader, a person or a group', () => {
    for (const a of bad)
      for (const [body, words] of [
        [`What a ${a} person.`, `${a} person`],
        [`You are a truly ${a} human being.`, `${a} human being`],
        [`The senator is a ${a} individual.`, `${a} individual`],
        [`His cronies are ${a} people.`, `${a} people`],
      ] as const)
        expect(
          held(body).flatMap((r) => r.evidence.map((e) => e.text)),
          body,
        ).toContain(words);
  });
  it('the same words about things, skills, rights and the writer stay clean', () => {
    for (const a of bad)
      for (const body of [
        `The ${a} weather kept people home.`,
        `He has ${a} people skills.`,
        `The regime has an ${a} human rights record.`,
        `I was a ${a} person to my brother back then.`,
        `I feel like a ${a} person for forgetting.`,
        `She is not a ${a} person, just tired.`,
      ])
        expect(held(body), body).toEqual([]);
  });
});

describe('"a sorry excuse for a man": a person said to fall short of being one', () => {
  it.each([
    ['He is a sorry excuse for a man.', 'sorry excuse for a man'],
    ['You are a pathetic excuse for a human being.', 'pathetic'],
    ['The premier is a poor excuse for a leader.', 'poor excuse for a leader'],
    ['What a sorry excuse for a prime minister.', 'sorry excuse for a prime minister'],
  ])('%s', (body, words) => {
    expect(held(body).flatMap((r) => r.evidence.map((e) => e.text))).toContain(words);
  });
  it.each(['That is a poor excuse for a road.', 'What a lousy excuse for being late.', 'A sorry excuse for a budget.'])(
    'things stay clean: %s',
    (body) => {
      expect(held(body)).toEqual([]);
    },
  );
});

describe('a person sent back to the hole they came from', () => {
  const holes = ['hole', 'rock', 'sewer', 'swamp', 'gutter', 'cesspool'];
  it('every hole, crawled back into or come from', () => {
    for (const h of holes)
      for (const body of [
        `Crawl back into the ${h} you came from.`,
        `Go slither back under your ${h}.`,
        `Back to the ${h} he crawled out of, I hope.`,
        `Senator, scurry back to whatever ${h} you live in.`,
      ])
        expect(held(body).length, body).toBeGreaterThan(0);
  });
  it.each([
    'The miners will crawl back into the tunnel after lunch.',
    'The golfer walked back to the hole he came from.',
    'Bats return to the cave they came from at dawn.',
    'The snake slithered back under the rock in the garden.',
    'The baby can crawl back to the couch now.',
    'Crews filled the hole in the road again.',
  ])('stays clean: %s', (body) => {
    expect(held(body)).toEqual([]);
  });
});

describe('a mind said to be injured or lacking, to the reader', () => {
  it.each([
    ["You're brain damaged.", 'brain damaged'],
    ['You must be brain-damaged to believe that.', 'brain-damaged'],
    ["You're un-smart and it shows.", 'un-smart'],
    ['You are so unsmart.', 'unsmart'],
    ['Stop brown-nosing the premier.', 'brown-nosing'],
    ['Nobody cares what that piece of garbage thinks.', 'garbage'],
    ['This sack of crap wants another term.', 'crap'],
  ])('%s', (body, words) => {
    expect(held(body).flatMap((r) => r.evidence.map((e) => e.text))).toContain(words);
  });
  it.each([
    'The patient was declared brain dead on Friday.',
    'He was left brain damaged after the crash.',
    'You know, my uncle was brain damaged in the war.',
    'The smart meters are un-smart, honestly.',
    'This piece of garbage washed up on the beach.',
    'That pile of trash says a lot about the city.',
  ])('injuries, things and idioms stay clean: %s', (body) => {
    expect(held(body)).toEqual([]);
  });
});

describe('names for a person in two words', () => {
  it('every race-baiting name, said of someone', () => {
    for (const n of ['baiter', 'hustler', 'pimp', 'huckster'])
      for (const body of [`The mayor is a race ${n}.`, `Those race ${n}s on cable never quit.`])
        expect(
          held(body).some((r) => r.evidence.some((e) => e.text.includes(n))),
          body,
        ).toBe(true);
  });
  it.each([
    ['His backers are the spawn of Satan.', 'spawn of Satan'],
    ['Those two clerks are anal retentive.', 'anal retentive'],
    ['You are the spawn of the devil.', 'spawn of the devil'],
    ['The new minister is the devil incarnate.', 'devil incarnate'],
    ['Those looters are the dregs of society.', 'dregs of society'],
    ['You are the dregs of the earth.', 'dregs of the earth'],
    ['They are the lowest of the low.', 'lowest of the low'],
    ["You're a real piece of work.", 'real piece of work'],
    ['You are a piece of work.', 'a piece of work'],
    ['The senator is a right piece of work.', 'right piece of work'],
  ])('%s', (body, words) => {
    expect(held(body).flatMap((r) => r.evidence.map((e) => e.text))).toContain(words);
  });
  it.each([
    'Catfish are bottom feeders in the lake.',
    'Salmon spawn in the river each fall.',
    'The dregs of the coffee were bitter.',
    'Prices fell to the lowest of the year.',
    'The new bridge is a real piece of work, engineers say.',
    'You did a fine piece of work on that report.',
    'The anal retentive phase is a Freudian idea.',
    'The race organiser thanked the volunteers.',
  ])('stays clean: %s', (body) => {
    expect(held(body)).toEqual([]);
  });
});

describe('a mock title for the reader, and the reader wished unborn', () => {
  it('every mock title after a mock compliment', () => {
    for (const title of ['genius', 'Einstein', 'Sherlock', 'sparky'])
      for (const opening of ['Nice try', 'Good job', 'Nice one'])
        expect(held(`${opening}, ${title}.`).length, `${opening}, ${title}.`).toBeGreaterThan(0);
  });
  it.each([
    'Hey genius, read the article first.',
    'Listen, smartypants, that is not how tax works.',
    'Your mother should have swallowed you.',
    'His mom should have aborted him.',
    'The premier is a wretched excuse for a leader.',
  ])('%s', (body) => {
    expect(held(body).length).toBeGreaterThan(0);
  });
  it.each([
    'Einstein was a genius and a pacifist.',
    'Nice try by the goalkeeper in the second half.',
    'Good job on the article, great reporting.',
    'Hey chief, thanks for the tip on the trail.',
    "Sure, Einstein's theory held up.",
    'Her mother should have been told about the surgery.',
    'Mothers should have the right to paid leave.',
  ])('stays clean: %s', (body) => {
    expect(held(body)).toEqual([]);
  });
});

describe("the reader's conceit, shame, talk or home as a jibe", () => {
  it.each([
    ["Retire for good. You're embarrassing yourself.", 'embarrassing yourself'],
    ['You are humiliating yourself, Dave.', 'humiliating yourself'],
    ['Stop embarrassing yourself.', 'Stop embarrassing yourself'],
    ["You're so full of yourself.", 'so full of yourself'],
    ['Or do you just like to shoot your mouth off?', 'shoot your mouth off'],
    ['So which gutter did you live in before this?', 'which gutter did you live'],
    ['What rock did you crawl out from?', 'What rock did you crawl'],
  ])('%s', (body, words) => {
    expect(held(body).flatMap((r) => r.evidence.map((e) => e.text))).toContain(words);
  });
  it.each([
    "If you're embarrassing yourself at karaoke, sing louder.",
    "Don't worry about embarrassing yourself on stage, everyone does.",
    'I was so full of myself back then.',
    'He shoots his mouth off at every meeting.',
    'Which swamp do you live near?',
    'What rock do you climb on weekends?',
  ])('conditions, the writer, others and plain questions stay clean: %s', (body) => {
    expect(held(body)).toEqual([]);
  });
});

describe('medicine: the jibe and the reminder', () => {
  const JIBES = [
    'Take your meds, buddy.',
    'Did you forget to take your meds?',
    'Go take your meds before you post again.',
  ];
  const REMINDERS = ['Remember to take your {m}.', "Don't forget to take your {m}.", 'Make sure to take your {m}.'];
  const WHEN = ['', ' with food', ' every day', ' before bed', ' on time', ' in the morning'];
  it.each(JIBES)('holds the jibe: %s', (body) => {
    expect(abuse(body).map((r) => r.rule)).toContain('abuse.insult.directed');
  });

  it('leaves every reminder, with or without when, for every medicine word', () => {
    for (const m of ['meds', 'medication', 'pills', 'medicine'])
      for (const r of REMINDERS)
        for (const when of WHEN) {
          const body = r.replace('{m}', m).replace('.', `${when}.`);
          expect(abuse(body), body).toEqual([]);
        }
  });

  it.each(['Take your meds with food, Dad.', 'Take your pills every day and rest.'])(
    'leaves the schedule of a dose: %s',
    (body) => {
      expect(abuse(body)).toEqual([]);
    },
  );
});

describe('a person said to be full of dung, in any barnyard words', () => {
  const ANIMALS = ['cow', 'bull', 'horse', 'dog', 'chicken'];
  const DUNG = ['poop', 'poo', 'manure', 'dung', 'droppings'];
  it('holds every animal and every word for its dung said of a person', () => {
    for (const who of ["You're", 'He is', 'That senator is'])
      for (const animal of ANIMALS)
        for (const dung of DUNG) {
          const body = `${who} full of ${animal} ${dung}.`;
          expect(held(body).length, body).toBeGreaterThan(0);
        }
  });

  it('leaves fields, barns and nappies full of it', () => {
    for (const place of ['The field was', 'The barn is', 'Their yard is', 'The trailer was'])
      for (const animal of ANIMALS)
        for (const dung of DUNG) {
          const body = `${place} full of ${animal} ${dung}.`;
          expect(held(body), body).toEqual([]);
        }
    expect(held('The nappy was full of poop again.')).toEqual([]);
  });
});

describe('a career put down to sex, a person told to keep quiet, a dull mind by idiom', () => {
  it('holds every gain put down to sleeping with whoever gave it', () => {
    for (const gain of ['got the job', 'got promoted', 'only got the part', 'got her raise'])
      for (const boss of ['the boss', 'the producer', 'her editor', 'the director']) {
        const body = `She ${gain} because she slept with ${boss}.`;
        expect(
          held(body).map((r) => r.rule),
          body,
        ).toContain('abuse.harassment');
      }
  });

  it('holds a person said to look better with their mouth shut, and a mind by its lift', () => {
    for (const who of ['you', 'he', 'she'])
      for (const whose of ['your', 'his', 'her'])
        expect(held(`Bet ${who}'d look better with ${whose} mouth shut.`).length, `${who} ${whose}`).toBeGreaterThan(0);
    for (const whose of ['His', 'Her', 'Your'])
      for (const lift of ['elevator', 'lift'])
        expect(held(`${whose} ${lift} doesn't go to the top floor.`).length, `${whose} ${lift}`).toBeGreaterThan(0);
  });

  it.each([
    'She was fired because she slept with the boss, the tribunal heard.',
    'Kids look better with their mouths shut during the anthem.',
    'The elevator does not go to the top floor on weekends.',
    'The lift doesn’t go to the top floor, so take the stairs.',
    'She got the job because she impressed the director.',
  ])('stays clean: %s', (body) => {
    expect(held(body)).toEqual([]);
  });
});

describe('a taunt with a mock pet name', () => {
  it('holds every taunt with every pet name; warmth and encouragement stay clean', () => {
    for (const name of ['buttercup', 'snowflake', 'princess', 'sweetie', 'cupcake', 'sunshine', 'champ', 'kiddo'])
      for (const taunt of ['Keep crying', 'Stay mad', 'Cry harder', 'Learn to read', 'Learn to spell']) {
        const body = `${taunt}, ${name}.`;
        expect(held(body).length, body).toBeGreaterThan(0);
      }
    for (const body of [
      'Keep going, champ, you are nearly there!',
      'Stay warm, sweetheart, it is cold out.',
      'Learn to read with your kids, it is fun.',
      'Stay safe, sunshine.',
    ])
      expect(held(body), body).toEqual([]);
  });
});

describe('a person called a bottom feeder or bottom dweller', () => {
  const names = ['bottom feeder', 'bottom dweller'];
  it('is name-calling said of someone, in every form', () => {
    const bodies = names.flatMap((n) => [
      `The mayor is a ${n}.`,
      `You ${n}.`,
      `${n[0]?.toUpperCase()}${n.slice(1)}s like you never learn.`,
    ]);
    expect(bodies.filter((b) => held(b).length === 0)).toEqual([]);
  });
  it('is the fish of a lake or a tank after "the"', () => {
    const bodies = names.flatMap((n) => [
      `Catfish are the ${n}s of the pond.`,
      `The ${n}s in the tank clean the glass.`,
    ]);
    expect(bodies.filter((b) => held(b).length > 0)).toEqual([]);
  });
});
