/** Threats, wishes of harm, sexual jibes and attacks on groups said without a threat word, against news that stays clean. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SILENCED } from './lexicon/phrases.js';
import { abuseReasons as abuse } from './test-support.js';

const rules = (body: string) => abuse(body).map((r) => r.rule);

describe('arson and torment promised to someone', () => {
  const PROMISES = ['I will', "I'll", "We're going to", "I'm gonna", "We'd"];
  const OWNERS = ['your', 'his', 'her'];
  const GOODS = ['house', 'car', 'shop', 'office', 'farm'];
  it("holds a promise to burn someone's home or goods, marking the whole promise", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...PROMISES),
        fc.constantFrom('burn', 'torch', 'firebomb'),
        fc.constantFrom(...OWNERS),
        fc.constantFrom(...GOODS),
        fc.boolean(),
        (p, verb, owner, thing, down) => {
          const promise = `${p} ${verb} ${owner} ${thing}${down ? ' down' : ''}`;
          const r = abuse(`${promise}, wait and see.`).find((x) => x.rule === 'abuse.threat');
          expect(r?.evidence.map((e) => e.text)).toEqual([promise]);
        },
      ),
      { numRuns: 60 },
    );
  });

  it.each(["We'll make your life pure hell.", 'I am going to make his life hell.'])('%s', (body) => {
    expect(rules(body)).toContain('abuse.threat');
  });

  it.each([
    'The arsonist said he would burn her house down, police said.',
    'I will burn my old tax papers in the fire pit.',
    'We will burn the mortgage papers when the house is paid off.',
    'This new tax will make your life hell.',
    'I would never burn your house down, relax.',
    'He made her life a living hell for years, the court heard.',
  ])('stays clean: %s', (body) => {
    expect(rules(body).filter((r) => r === 'abuse.threat')).toEqual([]);
  });
});

describe('calls for killing a whole people or place', () => {
  it.each(['Bomb them all.', 'Just bomb em all, I say.'])('%s', (body) => {
    expect(rules(body)).toContain('abuse.threat');
  });

  it.each(['The jets bombed them all week, the agency reported.', 'They bomb every exam they take.'])(
    'stays clean: %s',
    (body) => {
      expect(rules(body)).toEqual([]);
    },
  );
});

describe('sexual jibes handed to someone', () => {
  const ORGANS = ['dick', 'cock', 'penis', 'knob'];
  it.each(ORGANS.flatMap((o) => [`Here is a ${o} for you to suck.`, `Got a ${o} for him to lick, Kevin.`]))(
    '%s',
    (body) => {
      const r = abuse(body).find((x) => x.rule === 'abuse.harassment');
      expect(r?.evidence[0]?.text).toMatch(/ to (suck|lick)$/);
    },
  );

  it.each(['Here is a lollipop for you to suck.', 'The doctor checked his penis for signs of infection.'])(
    'stays clean: %s',
    (body) => {
      expect(rules(body)).toEqual([]);
    },
  );
});

describe('people told they do not belong in the country', () => {
  it.each(['Go on, get the heck out of our country!', 'Illegals, go the fuck out of our country.'])('%s', (body) => {
    expect(rules(body)).toContain('abuse.harassment');
  });

  it.each(['We had to get out of the country before the storm.', 'They got the hell out of the flood zone.'])(
    'stays clean: %s',
    (body) => {
      expect(rules(body)).toEqual([]);
    },
  );
});

describe('a whole group shut out in the singular, and hatred joined to fear', () => {
  it.each([
    ['Ban all Muslim!', 'Ban all Muslim'],
    ['Deport every Mexican now.', 'Deport every Mexican'],
    ['Honestly, we must hate and shun Muslims.', 'hate and shun Muslims'],
    ['I despise and distrust immigrants.', 'despise and distrust immigrants'],
  ])('%s', (body, marked) => {
    const r = abuse(body).find((x) => x.rule === 'abuse.identity-attack');
    expect(r?.evidence.map((e) => e.text)).toEqual([marked]);
  });

  it.each([
    'The city may ban every Muslim holiday parade, critics fear.',
    'Ban all gay conversion therapy.',
    'People who hate and fear Muslims are the real problem here.',
    'Deport every Mexican-born criminal, the bill said.',
  ])('stays clean: %s', (body) => {
    expect(rules(body).filter((r) => r === 'abuse.identity-attack')).toEqual([]);
  });

  it('holds a group called the problem, whatever is set against it', () => {
    expect(rules('Muslims are the problem not the guns.')).toContain('abuse.identity-attack');
  });
});

describe('a death or a torment the commenter longs to watch', () => {
  const WANTS = ["I'd love to see", 'I want to see', 'We would like to see'];
  const WHO = ['him', 'them', 'all these crooks'];
  const FATES = ['dead', 'suffer', 'hanged', 'rot'];
  it('holds every longing for a fate, marking it whole', () => {
    fc.assert(
      fc.property(fc.constantFrom(...WANTS), fc.constantFrom(...WHO), fc.constantFrom(...FATES), (w, who, fate) => {
        const said = `${w} ${who} ${fate}`;
        const r = abuse(`${said}.`).find((x) => x.rule === 'abuse.threat');
        expect(r?.evidence.map((e) => e.text)).toEqual([said]);
      }),
      { numRuns: 40 },
    );
  });

  it.each([
    "I'd love to see them shot down in the vote.",
    "I'd love to see them killed off in the next season.",
    'I want to see them win the cup.',
    "I'd like to see him run again.",
  ])('stays clean: %s', (body) => {
    expect(rules(body)).toEqual([]);
  });
});

describe('damnation and rape wished on someone', () => {
  it.each([
    ["There's a special place in hell for people like him.", 'special place in hell'],
    ['She needs a good raping.', 'needs a good raping'],
    ['He deserves a good beating.', 'deserves a good beating'],
  ])('%s', (body, marked) => {
    const r = abuse(body).find((x) => x.rule === 'abuse.threat' || x.rule === 'abuse.harassment');
    expect(r?.evidence.map((e) => e.text)).toEqual([marked]);
  });

  it.each([
    'The hiking trail has a special place in my heart.',
    'Dante placed the traitors in the lowest circle of hell.',
  ])('stays clean: %s', (body) => {
    expect(rules(body)).toEqual([]);
  });
});

describe('a group said to belong in a kitchen, a zoo or a cage', () => {
  it.each([
    ['Women belong in the kitchen.', 'belong in the kitchen'],
    ['Muslims all belong in cages.', 'belong in cages'],
    ['Immigrants belong in a zoo, frankly.', 'belong in a zoo'],
    ['Women should stay in the kitchen.', 'stay in the kitchen'],
    ['Women should be in the kitchen.', 'be in the kitchen'],
    ['Muslims should be in cages.', 'be in cages'],
  ])('%s', (body, marked) => {
    const r = abuse(body).filter((x) => x.rule === 'abuse.identity-attack');
    expect(r.flatMap((x) => x.evidence.map((e) => e.text))).toContain(marked);
  });

  it.each([
    "Women don't belong in the kitchen any more than men do.",
    'Women belong in the boardroom.',
    'Not all women belong in the kitchen, you know.',
    'Children belong in schools, not cages.',
    'Women should stay in the race.',
    'The kids should stay in the kitchen while we paint.',
    "Women shouldn't stay in the kitchen if they don't want to.",
  ])('stays clean: %s', (body) => {
    expect(rules(body).filter((r) => r === 'abuse.identity-attack')).toEqual([]);
  });
});

describe('killings, maimings and beatings called for or promised without a threat word', () => {
  it.each([
    ['They should be put in front of a firing squad.', 'should be put in front of a firing squad'],
    ['Send them to the gas chambers.', 'Send them to the gas chambers'],
    ['Throw him off a bridge.', 'Throw him off a bridge'],
    ['Push her out of a helicopter.', 'Push her out of a helicopter'],
    ['Feed him to the sharks.', 'Feed him to the sharks'],
    ['We should wipe them off the map.', 'wipe them off the map'],
    ["I'm going to find out where you live.", "I'm going to find out where you live"],
    ['I will cut your tongue out.', 'I will cut your tongue'],
    ["We'll rip his heart out.", "We'll rip his heart"],
    ['Wait till I get my hands on you.', 'till I get my hands on you'],
    ["You are going to get what's coming to you.", "You are going to get what's coming to you"],
    ['I will end you.', 'I will end you'],
    ["You're a dead man.", "You're a dead man"],
    ['You are a dead man walking.', 'You are a dead man'],
    ['ur a dead man', 'ur a dead man'],
    ['Enjoy your last days on earth.', 'Enjoy your last days on earth'],
    ['enjoy ur last day alive', 'enjoy ur last day alive'],
  ])('%s', (body, marked) => {
    const r = abuse(body).find((x) => x.rule === 'abuse.threat');
    expect(r?.evidence.map((e) => e.text)).toEqual([marked]);
  });

  it.each([
    'When I get my hands on the new phone I will post a review.',
    'I will end my subscription.',
    'We will end the season on a high.',
    'The tour will take you up to the roof of the tower.',
    'They pushed him off the roof in 1998, the court heard.',
    'I can find where you live on the map using the postal code.',
    'The pigs will eat the scraps if you feed them to the pigs.',
    'The museum shows how the guards sent them to the gas chambers.',
    'He got what was coming to him at the polls.',
    "He's a dead man walking after this scandal.",
    'Are you a dead man or what? Answer the door.',
    'You see a dead man in the first scene.',
    'Enjoy your last days of summer!',
    "Enjoy your last days on the job, we'll miss you.",
    'The Allies wanted to wipe them off the map in 1945, historians note.',
  ])('stays clean: %s', (body) => {
    expect(rules(body).filter((r) => r === 'abuse.threat')).toEqual([]);
  });
});

describe('revenge promised, and a killing of every one of them', () => {
  const PROMISES = ["I'll", 'I will', "I'm going to", 'We will', "We're gonna"];
  it('holds every promise of regret or suffering, and of a price for what was done', () => {
    const missed = PROMISES.flatMap((p) =>
      [
        `${p} make you regret writing this.`,
        `${p} make you suffer.`,
        `${p} make you pay for this.`,
        `${p} make you pay for what you did.`,
      ].filter((body) => !rules(body).includes('abuse.threat')),
    );
    expect(missed).toEqual([]);
  });
  it.each([
    ["I'm going to find you and make you pay.", 'find you and make you pay'],
    ["I'd shoot every one of them if I could.", "I'd shoot every one of them"],
    ['We should hang each and every one of them.', 'We should hang each and every one of them'],
    ["I'd kill every last one of you.", "I'd kill every last one of you"],
  ])('%s', (body, marked) => {
    const r = abuse(body).find((x) => x.rule === 'abuse.threat');
    expect(r?.evidence.map((e) => e.text)).toEqual([marked]);
  });
  it.each([
    "We'll make you pay for parking from next month.",
    'The council will make you pay for the permit.',
    'I will make you pay less tax.',
    'You will regret buying this car.',
    'I made you pay for dinner last time.',
    "Find you and make you smile, that's the job.",
    "I'd execute every one of those plays better.",
  ])('stays clean: %s', (body) => {
    expect(rules(body).filter((r) => r === 'abuse.threat')).toEqual([]);
  });
});

describe('hangings, lynchings and shootings called for in their own words, and visits dreaded', () => {
  it.each([
    'They should all hang for treason.',
    'He deserves to hang for his crimes.',
    'She should swing for what she did.',
    'A rope and a tree would fix this.',
    'A noose and a lamppost would sort them out.',
    'Exercise your second amendment rights on these traitors.',
    'Time for a second amendment solution.',
    'Pray we never meet in person.',
    'Pray that we never cross paths.',
    "We're coming for you and your family.",
    "I'm outside your house right now.",
    "We'll be outside your office tomorrow.",
    'Someone should pay this journalist a visit.',
    'Maybe somebody will pay you a little visit.',
    'The whole lot of them should hang.',
    'Every last one of them ought to hang!',
  ])('%s', (body) => {
    expect(rules(body)).toContain('abuse.threat');
  });
  it.each([
    // A lament about violence reads as the call would: "open season on" is left alone.
    "It's open season on journalists in Mexico, the report says.",
    'The plotters of 1605 were sentenced to hang for treason.',
    'My view of second amendment rights on these issues has changed.',
    'The Second Amendment on the other hand says nothing about it.',
    'A rope and a tree is all you need for a tyre swing.',
    'The painting will hang for the exhibition.',
    'Pictures should hang for a week before varnishing.',
    'The portraits should hang in the east wing.',
    'Where should the mirror hang?',
    'The election could swing.',
    'A rope and a tree make a great swing for the kids.',
    'The second amendment protects gun owners.',
    'I pray we never meet such a storm again.',
    'Someone should pay grandma a visit, she is lonely.',
    "I'll pay you a visit next week.",
    'The protesters were outside the office all day.',
  ])('stays clean: %s', (body) => {
    expect(rules(body).filter((r) => r === 'abuse.threat')).toEqual([]);
  });
});

describe('a group put out of the country or called a plague on it', () => {
  const GROUPS = ['Muslims', 'immigrants', 'refugees', 'Mexicans', 'Jews'];
  const PUT_OUT: ReadonlyArray<(g: string) => readonly [string, string]> = [
    (g) => [`Kick the ${g} out.`, `Kick the ${g} out`],
    (g) => [`Honestly, just send all the ${g} back.`, `send all the ${g} back`],
    (g) => [`We need to ship the ${g} home.`, `ship the ${g} home`],
    (g) => [`Keep the ${g} out of our country.`, `Keep the ${g} out`],
    (g) => [`${g} out!`, `${g} out`],
    (g) => [`Get rid of all the ${g}.`, `rid of all the ${g}`],
  ];
  it('holds every call to put a group out, marking the call', () => {
    fc.assert(
      fc.property(fc.constantFrom(...GROUPS), fc.constantFrom(...PUT_OUT), (g, f) => {
        const [body, marked] = f(g);
        const r = abuse(body).filter((x) => x.rule === 'abuse.identity-attack');
        expect(
          r.flatMap((x) => x.evidence.map((e) => e.text)),
          body,
        ).toContain(marked);
      }),
      { numRuns: 40 },
    );
  });

  it.each([
    ['Muslims have no place in this country.', 'have no place'],
    ['Immigrants are ruining this country.', 'ruining'],
    ['Gays are destroying the family.', 'destroying'],
  ])('%s', (body, marked) => {
    const r = abuse(body).filter((x) => x.rule === 'abuse.identity-attack');
    expect(r.flatMap((x) => x.evidence.map((e) => e.text))).toContain(marked);
  });

  it.each([
    'The government will send the refugees back to Italy, the minister said.',
    'They plan to send the refugees back.',
    'Muslims out in force at the rally on Sunday.',
    'Keep the Muslims out of it, this is about taxes.',
    'Kick the Canadians out of the tournament!',
    'Get the women out of the building first.',
    'Some immigrants are ruining it for the rest.',
    'Immigrants are not ruining anything.',
    'Critics say immigrants are ruining the country, which is false.',
    'Politics has no place in sport.',
    'Women are destroying the old records at every meet this season.',
  ])('stays clean: %s', (body) => {
    expect(rules(body).filter((r) => r === 'abuse.identity-attack')).toEqual([]);
  });
});

describe('sexual jibes about someone, and a group said to be good for one thing', () => {
  it.each([
    ['She needs a good dicking.', 'needs a good dicking'],
    ['He probably has a tiny penis.', 'has a tiny penis'],
    ['That guy has a little dick, trust me.', 'has a little dick'],
  ])('%s', (body, marked) => {
    const r = abuse(body).find((x) => x.rule === 'abuse.harassment');
    expect(r?.evidence.map((e) => e.text)).toEqual([marked]);
  });

  it.each([
    ['Women are only good for sex.', 'good for sex'],
    ['Women are only good for one thing.', 'good for one thing'],
    ['Immigrants are just good for labour.', 'good for labour'],
  ])('%s', (body, marked) => {
    const r = abuse(body).filter((x) => x.rule === 'abuse.identity-attack');
    expect(r.flatMap((x) => x.evidence.map((e) => e.text))).toContain(marked);
  });

  it.each([
    'The baby has a tiny penis infection, the doctor said.',
    'The engine needs a good cleaning.',
    'Women are good for the economy, the study found.',
    'Immigrants are good for labour markets in ageing countries.',
  ])('stays clean: %s', (body) => {
    expect(rules(body)).toEqual([]);
  });
});

describe('a death called for as a slogan, or wished as a due', () => {
  it.each([
    ['Death to the traitors.', 'Death to the traitors'],
    ['Death to America!', 'Death to America'],
    ['Death to all Muslims.', 'Death to all Muslims'],
    ['Death to them!', 'Death to them'],
    ['He deserves a slow painful death.', 'deserves a slow painful death'],
    ['I pray for his death.', 'pray for his death'],
  ])('%s', (body, marked) => {
    const r = abuse(body).find((x) => x.rule === 'abuse.threat');
    expect(r?.evidence.map((e) => e.text)).toEqual([marked]);
  });

  it.each([
    'Death to Smoochy was a bad film.',
    'Death to the idea of a free press, sadly.',
    'From birth to death to taxes, we pay.',
    'I pray for his recovery.',
    'He deserves a peaceful death at home.',
  ])('stays clean: %s', (body) => {
    expect(rules(body)).toEqual([]);
  });
});

describe('a killing or a blow wanted, asked for or called due', () => {
  const VERBS = ['kill', 'stab', 'strangle', 'murder', 'punch', 'slap', 'hang', 'choke', 'throttle', 'torture'];
  it('holds a killing or a blow the writer wants to deal, marking it', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('I want to', 'We wish to', "I'd love to", 'I would like to', 'we wanna'),
        fc.constantFrom(...VERBS),
        fc.constantFrom('him', 'her', 'them', 'you'),
        (wanting, verb, whom) => {
          const body = `${wanting} ${verb} ${whom}.`;
          const r = abuse(body).find((x) => x.rule === 'abuse.threat');
          expect(r?.evidence[0]?.text.endsWith(`${verb} ${whom}`), body).toBe(true);
        },
      ),
      { numRuns: 80 },
    );
  });

  it.each([
    ['I hope someone cuts their heads off.', 'hope someone cuts their heads'],
    ['Someone should slit his throat.', 'slit his throat'],
    ['He should be kicked in the crotch.', 'should be kicked in the crotch'],
    ['They need to get punched in the face, hard.', 'need to get punched in the face'],
    ['Those dealers should just be summarily executed.', 'should just be summarily executed'],
    ['He should be publicly hanged.', 'should be publicly hanged'],
  ])('%s', (body, marked) => {
    const r = abuse(body).find((x) => x.rule === 'abuse.threat');
    expect(r?.evidence.map((e) => e.text)).toEqual([marked]);
  });

  it.each([
    "I don't want to kill him, I want him to resign.",
    'She wants to kill the bill before the vote.',
    'The bill should be summarily killed in committee.',
    'Militants cut their heads off, the report said.',
    'The project should be publicly funded.',
    'We wish to punch above our weight at the summit.',
  ])('leaves denials, things and reports alone: %s', (body) => {
    expect(rules(body).filter((r) => r === 'abuse.threat')).toEqual([]);
  });
});

describe('executions and mob punishments called for', () => {
  it.each([
    ['He should be put to death.', 'should be put to death'],
    ['They should be dragged through the streets.', 'should be dragged through the streets'],
    ['He should hang for this.', 'hang for this'],
    ['They ought to swing for treason.', 'swing for treason'],
    ['Someone needs to put him down like a rabid dog.', 'put him down like a rabid dog'],
    ['Off with their heads!', 'Off with their heads'],
    ['Someone should knock his teeth out.', 'knock his teeth'],
  ])('%s', (body, marked) => {
    const r = abuse(body).find((x) => x.rule === 'abuse.threat');
    expect(r?.evidence.map((e) => e.text)).toEqual([marked]);
  });

  it.each([
    'The kids should be put up for adoption.',
    'The new portraits should hang for their opening week.',
    'The bill should be dragged through committee.',
    'Put it down like a good dog.',
    'Knock his hat off.',
    'They knocked his teeth out, police said.',
  ])('leaves things and reports alone: %s', (body) => {
    expect(rules(body).filter((r) => r === 'abuse.threat')).toEqual([]);
  });
});

describe('a death looked forward to or welcomed', () => {
  it.each([
    ["Can't wait to see him hang.", 'wait to see him hang'],
    ['I would pay to see them suffer.', 'pay to see them suffer'],
    ["I'd be happy if they all died.", 'happy if they all died'],
  ])('%s', (body, marked) => {
    const r = abuse(body).find((x) => x.rule === 'abuse.threat');
    expect(r?.evidence.map((e) => e.text)).toEqual([marked]);
  });

  it.each([
    'I would pay to see them live in concert.',
    "Can't wait to see them play tonight.",
    "I'll be happy when they die down, these rumours.",
  ])('leaves shows and rumours alone: %s', (body) => {
    expect(rules(body).filter((r) => r === 'abuse.threat')).toEqual([]);
  });
});

describe("a people's end called for, and people told to go back", () => {
  it.each([
    ['Bomb them back to the stone age.', 'abuse.threat', 'Bomb them back to the stone age'],
    ['We should exterminate them.', 'abuse.threat', 'exterminate them'],
    ['Lock them all in concentration camps.', 'abuse.threat', 'Lock them all in concentration camps'],
    ['Death is too good for him.', 'abuse.threat', 'Death is too good for him'],
    ['Send them back where they came from.', 'abuse.harassment', 'Send them back where they came'],
    ['They should go back where they came from.', 'abuse.harassment', 'should go back where they came'],
    ['They can all just go back to Africa.', 'abuse.identity-attack', 'go back to Africa'],
    ['Send them back to the desert.', 'abuse.harassment', 'Send them back to the desert'],
  ])('%s', (body, rule, marked) => {
    const r = abuse(body).find((x) => x.rule === rule);
    expect(r?.evidence.map((e) => e.text)).toEqual([marked]);
  });

  it.each([
    'Many immigrants go back where they came from after retiring.',
    'Many retirees go back to Mexico each winter.',
    'The scientists will go back to Africa next year.',
    'Refugees want to go back where they came from when it is safe.',
    'The bombs sent them back to the stone age, historians say.',
    'We should wipe them out of the budget.',
    'Prison is too good for him.',
  ])('leaves reports, returns and budgets alone: %s', (body) => {
    expect(rules(body).filter((r) => r === 'abuse.threat' || r === 'abuse.harassment')).toEqual([]);
  });
});

describe('a blow promised or asked for', () => {
  it('holds every blow verb after every promiser, marking from the promiser, or from the blow when it is asked of someone', () => {
    for (const verb of ['smack', 'whack', 'deck', 'clobber', 'pummel']) {
      for (const [who, marked] of [
        ["I'd", `I'd ${verb} him`],
        ['Someone should', `${verb} him`],
      ]) {
        const body = `${who} ${verb} him.`;
        const r = abuse(body).find((x) => x.rule === 'abuse.threat');
        expect(
          r?.evidence.map((e) => e.text),
          body,
        ).toEqual([marked]);
      }
    }
  });

  it('holds a knock-out promised', () => {
    const r = abuse("I'd knock him out cold.").find((x) => x.rule === 'abuse.threat');
    expect(r?.evidence.map((e) => e.text)).toEqual(["I'd knock him out cold"]);
  });

  it.each(["I'd knock him out of the race.", 'He knocked him out cold in the third round.'])(
    'leaves races and fights reported alone: %s',
    (body) => {
      expect(rules(body).filter((r) => r === 'abuse.threat')).toEqual([]);
    },
  );
});

describe('a harm to someone called justice', () => {
  it.each([
    ['The only justice would be if they each got beaten to death.', 'only justice would be if they each got beaten'],
    ['Real justice is to see him hanged.', 'Real justice is to see him hanged'],
  ])('%s', (body, marked) => {
    const r = abuse(body).find((x) => x.rule === 'abuse.threat');
    expect(r?.evidence.map((e) => e.text)).toEqual([marked]);
  });

  it.each([
    'Justice was done when he was shot down in the vote.',
    'There is no justice if they are killed without a trial.',
  ])('leaves figures and pleas for due process alone: %s', (body) => {
    expect(rules(body).filter((r) => r === 'abuse.threat')).toEqual([]);
  });
});

describe('the writer as the one harmed', () => {
  const MODALS = ['is going to', 'will', 'is gonna', 'would'];
  const VIOLENT = ['kill', 'murder', 'shoot', 'strangle'];
  const CLAUSES = ['when she sees the bill', 'if I buy another guitar', 'because of the dent'];
  it('"My mom is going to kill me when she sees the bill" threatens nobody; the same about him still does', () => {
    fc.assert(
      fc.property(fc.constantFrom(...MODALS), fc.constantFrom(...VIOLENT), fc.constantFrom(...CLAUSES), (m, v, c) => {
        expect(abuse(`My mom ${m} ${v} me ${c}.`), `${m} ${v} me`).toEqual([]);
        expect(rules(`Someone ${m === 'is going to' ? 'is going to' : 'should'} ${v} him ${c}.`)).toContain(
          'abuse.threat',
        );
      }),
    );
  });
});

describe('a punishment asked about', () => {
  const PUNISHMENTS = ['put to death', 'hanged', 'executed', 'publicly hanged'];
  it('"Should murderers be put to death?" asks; "He should be put to death." calls for it', () => {
    for (const p of PUNISHMENTS) {
      for (const q of [
        `Should murderers be ${p}?`,
        `Would the killers be ${p} today?`,
        `Should he be ${p}? I doubt it.`,
      ])
        expect(rules(q), q).not.toContain('abuse.threat');
    }
    expect(rules('He should be put to death.')).toContain('abuse.threat');
    expect(rules('They must be put to death, all of them.')).toContain('abuse.threat');
  });
});

describe('an execution told step by step, or by its idiom', () => {
  const SUBJECTS = ['They', 'He', 'Traitors like him', 'Those people'];
  const CALLS = ['should', 'must', 'ought to', 'deserve to', 'need to'];
  const STEPS = ['lined up', 'rounded up', 'taken out', 'taken out back', 'dragged outside', 'marched out'];
  const ENDS = ['shot', 'hanged', 'executed', 'lynched', 'beaten'];
  it('holds every call × every step × every violent end, marking the end', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...SUBJECTS),
        fc.constantFrom(...CALLS),
        fc.constantFrom(...STEPS),
        fc.constantFrom(...ENDS),
        (who, call, step, end) => {
          const body = `${who} ${call} be ${step} and ${end}.`;
          const r = abuse(body).find((x) => x.rule === 'abuse.threat');
          expect(r?.evidence.map((e) => e.text).join(' ')).toContain(end);
        },
      ),
      { numRuns: 120 },
    );
  });

  it.each(['He should be strung up.', 'Traitors like them must be strung up.'])('%s', (body) => {
    expect(rules(body)).toContain('abuse.threat');
  });

  it.each([
    'The graduates should be lined up and photographed.',
    'The ducks should be rounded up and counted before dark.',
    'The files need to be taken out and sorted.',
    'Christmas lights should be strung up by Friday.',
    'The banners should be strung up across the street.',
    'The kids should be lined up against the wall for the photo.',
  ])('stays clean: %s', (body) => {
    expect(rules(body)).toEqual([]);
  });
});

describe("knowing where someone's family is, numbered days, silencing for good, camps", () => {
  const KIN = ['kids', 'children', 'family', 'wife', 'husband', 'daughter', 'son', 'parents'];
  const WHERE = ['live', 'sleep', 'go to school', 'play', 'work'];
  it('holds every "I know where your <kin> <are>", marking the claim', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('I know', 'We know', 'we know'),
        fc.constantFrom('your', 'his', 'her'),
        fc.constantFrom(...KIN),
        fc.constantFrom(...WHERE),
        (know, owner, kin, where) => {
          const verb = ['daughter', 'son', 'wife', 'husband', 'family'].includes(kin)
            ? where.replace(/^(\w+)/, (v) => (v === 'go' ? 'goes' : `${v}s`))
            : where;
          const body = `${know} where ${owner} ${kin} ${verb}.`;
          expect(rules(body)).toContain('abuse.threat');
        },
      ),
      { numRuns: 80 },
    );
  });

  it.each([
    'Your days are numbered.',
    'Somebody needs to shut him up permanently.',
    'Someone should put him out of his misery.',
    'Round them all up and put them in camps.',
  ])('%s', (body) => {
    expect(rules(body)).toContain('abuse.threat');
  });

  it('holds lying in wait outside where someone is found, for every person and place; a meeting stays clean', () => {
    for (const [who, owner] of [
      ['you', 'your'],
      ['him', 'his'],
      ['her', 'her'],
    ])
      for (const place of ['home', 'house', 'office', 'door', 'work', 'school', 'apartment'])
        for (const lead of ["I'll be", 'We will be', 'Someone is'])
          expect(rules(`${lead} waiting for ${who} outside ${owner} ${place}.`), place).toContain('abuse.threat');
    for (const body of [
      "I'll wait for you at your place, we can walk to the game together.",
      'Mum was waiting for him outside the school.',
      'We were waiting for you outside the cinema, where were you?',
      'The reporters waiting for him outside his office left at noon.',
    ])
      expect(rules(body), body).toEqual([]);
  });

  it('holds harm hinted at for people like the reader; good things and other people stay clean', () => {
    for (const what of ['Accidents happen', 'Bad things happen', 'Terrible things happen', 'Nasty things happen'])
      for (const who of ['people like you', 'folks like you', 'those like you'])
        expect(rules(`${what} to ${who}.`), what).toContain('abuse.threat');
    for (const body of ['Keep talking and see what happens.', 'Keep mouthing off then watch what happens.'])
      expect(rules(body), body).toContain('abuse.threat');
    for (const body of [
      'Good things happen to people like you.',
      'Accidents happen to people like you and me every day on that road.',
      'Bad things happen to folks like you and I, that is life.',
      'Accidents happen to people who text and drive.',
      'Keep posting and watch what happens to your follower count!',
      'Keep stirring and see what happens to the sauce.',
    ])
      expect(rules(body), body).toEqual([]);
  });

  it('holds every person silenced for good after a pointing word; a shop or a door shut for good stays clean', () => {
    for (const who of SILENCED.split('|'))
      for (const pointer of ['this', 'that', 'the'])
        for (const tail of ['up permanently', 'up for good', 'for good'])
          expect(rules(`Someone should shut ${pointer} ${who} ${tail}.`), who).toContain('abuse.threat');
    for (const body of ['The council will shut the library permanently.', 'Shut the door for good.'])
      expect(rules(body), body).toEqual([]);
  });

  it.each([
    'His days as mayor are numbered, the polls say.',
    'The vet put the old dog out of its misery.',
    'Put the Leafs out of their misery and fire the coach.',
    'The farmer rounded them all up and put them in the barn.',
    'I know where your office is: the new building on Main Street.',
  ])('stays clean: %s', (body) => {
    expect(rules(body)).toEqual([]);
  });
});

describe('intimidation without a threat word', () => {
  it('holds knowing where someone is found, for every knower, person and place', () => {
    for (const knower of ['I know', 'We know', 'Now we know'])
      for (const who of ['you', 'he', 'she', 'they'])
        for (const where of ['live', 'work', 'park', 'sleep', 'shop'])
          expect(rules(`${knower} where ${who} ${where}.`)).toContain('abuse.threat');
  });

  it.each([
    'One day someone will shut you up for good.',
    'You better hope we never meet in person.',
    "You'd better pray I never cross paths with you.",
    'People like you end up in ditches.',
    'Scum like you ends up in a coffin.',
  ])('%s', (body) => {
    expect(rules(body)).toContain('abuse.threat');
  });

  it.each([
    'I know where you stand on this, and I disagree.',
    'We know where the money goes.',
    'Finally they shut the mine for good.',
    'People like you end up in government, sadly.',
    'I hope we never meet a storm like that again.',
  ])('stays clean: %s', (body) => {
    expect(rules(body)).not.toContain('abuse.threat');
  });
});

describe('sex prescribed for a person', () => {
  const PEOPLE = ['She', 'He', 'You'];
  const ACTS = ['lay', 'shag', 'dicking', 'shagging'];
  it('holds every person and act, with "just" or without', () => {
    const missed = PEOPLE.flatMap((p) =>
      ACTS.flatMap((a) => [`${p} needs a good ${a}.`, `${p} just needs a good ${a}.`]).map((b) =>
        p === 'You' ? b.replace('needs', 'need') : b,
      ),
    ).filter((body) => !rules(body).includes('abuse.harassment'));
    expect(missed).toEqual([]);
  });
  it.each([
    "She needs a good night's sleep.",
    'He needs a good lawyer.',
    'You need a good layer of paint on that.',
    'The team needs a good lay of the land first.',
    'The roof needs a good pounding.',
  ])('stays clean: %s', (body) => {
    expect(rules(body).filter((r) => r === 'abuse.harassment')).toEqual([]);
  });
});

describe('told to go and die, as an order', () => {
  const ILLNESSES = ['cancer', 'aids', 'covid', 'ebola'];
  const LEADS = ['', 'Go ', 'Just go ', 'Please '];
  it('holds the order opening its sentence or after "go", "just", "please", for every illness', () => {
    for (const illness of ILLNESSES)
      for (const lead of LEADS) {
        const body = `${lead}${lead ? 'get' : 'Get'} ${illness} and die.`;
        expect(rules(body), body).toContain('abuse.self-harm');
      }
    for (const body of ['Go play in traffic.', 'Seriously, go play in traffic.', 'Just go play in the traffic, troll.'])
      expect(rules(body), body).toContain('abuse.self-harm');
  });

  it.each([
    'Smokers get cancer and die younger, says the study.',
    'Many people get cancer and die every year.',
    'Smokers, as we know, get cancer and die younger.',
    "Kids shouldn't go play in traffic, teach them.",
    'Some go play in traffic for fun.',
  ])('leaves statements about people alone: %s', (body) => {
    expect(rules(body).filter((r) => r === 'abuse.self-harm')).toEqual([]);
  });
});

describe('a beating promised by where it ends', () => {
  it.each([
    ["I'll put you in the hospital.", 'put you in the hospital'],
    ['We will send him to the hospital.', 'send him to the hospital'],
    ["I'm going to put you in the hospital.", 'put you in the hospital'],
    ["You'll be sleeping with the fishes.", 'sleeping with the fishes'],
  ])('%s', (body, marked) => {
    const r = abuse(body).find((x) => x.rule === 'abuse.threat');
    expect(r?.evidence.map((e) => e.text).join(' ')).toContain(marked);
  });
  it.each([
    'The ambulance will take you to the hospital.',
    'My dad will send me to the hospital for tests.',
    'The doctor will put him in the ICU for observation.',
    'They will send her to the ER if the fever rises.',
  ])('stays clean: %s', (body) => {
    expect(rules(body).filter((r) => r === 'abuse.threat')).toEqual([]);
  });
});

describe('rape called for, excused or used as a cure', () => {
  it.each([
    ['She deserves to be gang raped.', 'abuse.threat'],
    ['You should be gang raped.', 'abuse.threat'],
    ["She's asking to be raped dressed like that.", 'abuse.harassment'],
    ['She was begging to get groped.', 'abuse.harassment'],
    ['Someone should rape some sense into her.', 'abuse.threat'],
    ['Somebody needs to beat some sense into him.', 'abuse.threat'],
  ])('%s', (body, rule) => {
    expect(rules(body)).toContain(rule);
  });

  it.each([
    'She was asking for directions when she was assaulted.',
    'The victim was asked to be interviewed after she was raped.',
    'Her parents tried to talk some sense into her.',
    'My dad used to knock some sense into me with extra chores.',
  ])('stays clean: %s', (body) => {
    expect(rules(body)).toEqual([]);
  });
});

describe('threats made of a role or a name, not only of "you", "him", "her"', () => {
  const ROLES = ['the mayor', 'the reporter', 'that judge', 'the author', 'this councillor'];
  it('holds each threat said of each role, marking it', () => {
    for (const role of ROLES)
      for (const [body, evidence] of [
        [`We know where ${role} lives.`, `We know where ${role} lives`],
        [`I will find ${role} and hurt him.`, `find ${role} and hurt him`],
        [`Line ${role} up against a wall.`, `Line ${role} up against a wall`],
        [`Burn ${role} at the stake.`, `Burn ${role} at the stake`],
      ] as const) {
        const r = abuse(body).find((x) => x.rule === 'abuse.threat');
        expect(
          r?.evidence.map((e) => e.text),
          body,
        ).toEqual([evidence]);
      }
  });

  it.each([
    'We know where the library is.',
    'Everyone knows where the PM lives.',
    'Find the recipe and kill the heat before it boils.',
    'Line the shelves up against the wall.',
    'Burn the leaves at the end of the garden.',
  ])('stays clean: %s', (body) => {
    expect(rules(body)).toEqual([]);
  });
});

describe('harm hinted at, not named: a fate for people like the reader, a weapon with their name, a meeting to fear', () => {
  const LIKE_YOU = ['People like you', 'Reporters like you', 'Folks like you', 'Journalists like you'];
  const FATES = [
    'tend to disappear',
    'have a way of disappearing',
    'often vanish',
    'go missing',
    'end up dead',
    'turn up dead',
    'have accidents',
  ];
  it('holds every fate hinted at for people like the reader', () => {
    fc.assert(
      fc.property(fc.constantFrom(...LIKE_YOU), fc.constantFrom(...FATES), (who, fate) => {
        expect(rules(`${who} ${fate}.`), `${who} ${fate}`).toContain('abuse.threat');
      }),
      { numRuns: 60, seed: 7 },
    );
  });

  it("holds every weapon with the reader's name on it, every bravado to be tested at a meeting, every misfortune hinted at", () => {
    for (const weapon of ['a bullet', 'a shotgun', 'a rope', 'a knife', 'a grave'])
      expect(rules(`I've got ${weapon} with your name on it.`), weapon).toContain('abuse.threat');
    for (const trait of ['brave', 'tough', 'cocky', 'mouthy'])
      for (const meet of ['when we meet', 'once I find you', 'if we ever meet']) {
        expect(rules(`You won't be so ${trait} ${meet}.`), `${trait} ${meet}`).toContain('abuse.threat');
        expect(rules(`We'll see how ${trait} you are ${meet}.`), `${trait} ${meet}`).toContain('abuse.threat');
      }
    for (const harm of [
      'your house caught fire',
      'your car went up in flames',
      'your kids got hurt',
      'your dog went missing',
    ])
      expect(rules(`Would be a shame if ${harm}.`), harm).toContain('abuse.threat');
    for (const call of ['Someone should', "Let's", 'Somebody ought to'])
      for (const damage of ['key his car', 'slash her tyres', 'smash their windows'])
        expect(rules(`${call} ${damage}.`), `${call} ${damage}`).toContain('abuse.threat');
    expect(rules('Keep writing this stuff and see what happens to you.')).toContain('abuse.threat');
  });

  it.each([
    'People like you are missing the point.',
    'Folks like you are hurt by these cuts.',
    'Voters like you are missing out on the rebate.',
    'People like you get hurt the most by inflation.',
    'Readers like you see their savings vanish under this plan.',
    'People like you make me want to disappear into the mountains.',
    'People like you are dead right.',
    'Customers like you end up paying more.',
    "There's a trophy with your name on it.",
    "You won't be so smart when the exam comes.",
    "Let's see how funny you are when we get to the punchline.",
    'Someone keyed his car last night.',
    'It would be a pity if your kids missed the show.',
    'Somebody should smash his record.',
    'Try the soup and see what happens to your cholesterol.',
  ])('stays clean: %s', (body) => {
    expect(rules(body)).not.toContain('abuse.threat');
  });
});

describe('the reader told their death would be no loss, or looked forward to; harm hinted at with a wink', () => {
  it('holds every way of saying it', () => {
    const SELF_HARM = [
      'Nobody would care if you died.',
      'No one would notice if you disappeared.',
      'Honestly nobody will care if you vanished.',
      'The world would be a better place without people like you.',
      'Everyone would be better off without scum like you.',
      'Why are you still breathing?',
      'Please delete your life.',
      'You should just end it all.',
    ];
    for (const body of SELF_HARM) expect(rules(body), body).toContain('abuse.self-harm');
    for (const body of [
      "Can't wait to dance on your grave.",
      'I will spit on your grave.',
      'He needs to be dealt with, if you know what I mean.',
      'She should be taken care of, if you know what I mean.',
      "Where's Oswald when you need him?",
      'Where is Hinckley now that we need him?',
      'Where is Lee Harvey Oswald when we need him.',
      'Where is John Wilkes Booth now that we need him?',
      'Somebody should take care of him, permanently.',
      'Someone needs to take care of her forever, if you get my drift.',
    ])
      expect(rules(body), body).toContain('abuse.threat');
  });

  it.each([
    'Nobody would care if you left the group.',
    'Why are you still up at this hour?',
    'Delete your account if you hate it so much.',
    'We danced on the grave of the old regime.',
    'Booth was a famous actor before the assassination.',
    "I'll take care of him for good, said the foster mother.",
    'Somebody should take them out to dinner.',
    'The world would be a better place with more people like you.',
  ])('stays clean: %s', (body) => {
    expect(rules(body)).toEqual([]);
  });
});
