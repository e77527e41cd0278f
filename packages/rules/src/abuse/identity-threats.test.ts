import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { abuseReasons as abuse } from './test-support.js';

const rules = (body: string) => abuse(body).map((r) => r.rule);

describe('identity attacks', () => {
  it.each([
    ['Those migrants are vermin, every one of them.', ['migrants', 'vermin']],
    ['Expel the Somalis.', ['Expel the Somalis']],
    ['filthy Albanians everywhere', ['filthy Albanians']],
    ['Refugees must be deported at once.', ['Refugees', 'deported']],
    ['gays are an abomination', ['gays', 'abomination']],
  ])('%s', (body, evidence) => {
    const r = abuse(body).find((x) => x.rule === 'abuse.identity-attack');
    expect(r?.evidence.map((e) => e.text)).toEqual(evidence);
  });

  it.each([
    'The Taliban are terrorists and this government is corrupt.',
    'The junta is brutal, the party is rotten and the militia are terrorists.',
    'Immigrants are victims of violent crime too.',
    'Muslims are not terrorists.',
    'The council wants to ban gay marriage ceremonies in the town hall.',
    'Indian food is the best in the city.',
    'The stupid American government is at it again.',
    'If the shitty Chinese government stopped blocking the site, the numbers would be higher.',
    'The Russian army are savages.',
    'Muslim officials should be banned from the talks, the minister said.',
  ])('political speech and plain mentions stay clean: %s', (body) => {
    expect(rules(body)).toEqual([]);
  });
});

describe('threats without threat words', () => {
  it.each([
    'We know which office you write from. Be careful.',
    'I have your home address now.',
    'That editor deserves a brick through the window.',
    'Someone should torch the place with them inside.',
    'Line them up against the wall.',
    'Kill them all and let God sort it out.',
    'Would be a shame if something happened to your car.',
    'Put a bullet in his head.',
  ])('%s', (body) => {
    expect(rules(body)).toContain('abuse.threat');
  });

  it.each([
    'A protester threw a brick through the window of the bank on Friday.',
    'Arsonists torched the house with the family inside, police said.',
    'Militants killed twelve soldiers near the border.',
    'The bomb squad took the bullet casings to the lab.',
  ])('news about violence stays clean: %s', (body) => {
    expect(rules(body)).toEqual([]);
  });
});

describe('groups named by a colour or faith before a word for people', () => {
  const ADJECTIVES = ['White', 'Black', 'Muslim', 'Jewish', 'Gay'];
  const PEOPLE = ['men', 'women', 'people', 'guys'];
  const PREDICATES = ['are vermin', 'are all criminals', 'are disgusting', 'should be deported'];
  const bodies = ADJECTIVES.flatMap((a) => PEOPLE.flatMap((p) => PREDICATES.map((q) => `${a} ${p} ${q}.`)));

  it.each(bodies)('%s', (body) => {
    const r = abuse(body).find((x) => x.rule === 'abuse.identity-attack');
    const [group, predicate] = body.split(/ (?:are|should)/) as [string, string];
    expect(r?.evidence[0]?.text).toBe(group);
    expect(predicate).toContain(r?.evidence[1]?.text);
  });

  it.each([
    ['Not like the white trash down the road.', 'white trash'],
    ['Another gay pedophile in the paper.', 'gay pedophile'],
    ['Muslim terrorists, again.', 'Muslim terrorists'],
  ])('a group branded as a kind: %s', (body, evidence) => {
    const r = abuse(body).find((x) => x.rule === 'abuse.identity-attack');
    expect(r?.evidence.map((e) => e.text)).toEqual([evidence]);
  });

  it.each([
    'Black-owned businesses got new grants this year.',
    'Our gay neighbours threw a party.',
    'Muslim voters turned out in large numbers.',
    'Two men were criminals known to the police.',
    'Three women were locked out of the hall.',
    'The white house on the corner is a disgrace.',
    'Jewish cancer patients get a new ward.',
    'Gay rights activists marched on Sunday.',
    'Hang the white sheets on the line.',
    'The killing of black men by police is a scandal.',
  ])('plain mentions stay clean: %s', (body) => {
    expect(rules(body).filter((r) => r === 'abuse.identity-attack')).toEqual([]);
  });
});

describe('calls for harm and wishes of harm', () => {
  it.each([
    ['That councillor deserves a bullet.', 'deserves a bullet'],
    ['The whole board needs a beating.', 'needs a beating'],
    ['Lock them up and throw away the key.', 'Lock them up and throw away the key'],
    ['Every one of them should be locked up and the key thrown away.', 'locked up and the key thrown away'],
    ['Somebody ought to torch the depot down.', 'Somebody ought to torch the depot down'],
    ['Someone should burn it down.', 'Someone should burn it down'],
    ['A thief like that deserves to rot.', 'deserves to rot'],
    ["Honestly I'm glad he was shot.", 'glad he was shot'],
    ['Track them and hang them.', 'Track them and hang them'],
  ])('%s', (body, evidence) => {
    const r = abuse(body).find((x) => x.rule === 'abuse.threat');
    expect(r?.evidence.map((e) => e.text)).toEqual([evidence]);
  });

  it.each([
    'She deserves a break after that season.',
    'The old boat needs a rope and a new sail.',
    'I lost the spare, so I had to throw away the key ring.',
    'Someone burned down the barn in 1990, police said.',
    'Fans hope the team can burn down the league this year.',
    'The gang was locked up for ten years.',
    'She deserves to win the award.',
    'We are glad they were not hurt in the crash.',
    "I'm glad he is dead set on fixing the roads.",
    'Happy they are dead right about the tax.',
    'Police found them and arrested them on Monday.',
    'I am happy they got beaten by the visitors.',
  ])('stays clean: %s', (body) => {
    expect(rules(body)).toEqual([]);
  });
});

describe('sexual harassment', () => {
  const BODY = ['tits', 'boobs', 'breasts', 'crotch'];
  it.each(BODY.flatMap((b) => [`Grab her by the ${b}.`, `I'd grope her ${b}.`, `Show us your ${b}, Dana.`]))(
    '%s',
    (body) => {
      expect(rules(body)).toContain('abuse.harassment');
    },
  );

  it.each([
    'He groped her breasts on the train, the court heard.',
    'The breast cancer screening van will be at the mall on Saturday.',
    'They grab their coats by the door.',
    'The cat likes to sit on my lap.',
    'Show your tickets at the door.',
  ])('stays clean: %s', (body) => {
    expect(rules(body)).toEqual([]);
  });
});

describe('hatred declared for a group, and a group called a problem', () => {
  const GROUPS = ['Muslims', 'immigrants', 'gays', 'Jews', 'refugees'];
  const DECLARED = [
    (g: string) => ({ body: `I hate ${g}.`, marked: `hate ${g}` }),
    (g: string) => ({
      body: `Honestly we should all despise the ${g.toLowerCase()}.`,
      marked: `despise the ${g.toLowerCase()}`,
    }),
    (g: string) => ({ body: `${g} are a menace.`, marked: 'menace' }),
  ];
  it('holds the commenter hating a group, marking the hatred', () => {
    fc.assert(
      fc.property(fc.constantFrom(...GROUPS), fc.constantFrom(...DECLARED), (g, f) => {
        const { body, marked } = f(g);
        const r = abuse(body).find((x) => x.rule === 'abuse.identity-attack');
        expect(
          r?.evidence.map((e) => e.text),
          body,
        ).toContain(marked);
      }),
      { numRuns: 40 },
    );
  });

  it.each([
    'Polls show that people who hate immigrants are a shrinking minority.',
    'Why do so many still hate Muslims after all these years?',
    'Refugees are not a problem for the housing market, the study says.',
    'I hate the Muslim holiday traffic jams downtown, though.',
  ])('reported hatred and denials stay clean: %s', (body) => {
    expect(rules(body).filter((r) => r === 'abuse.identity-attack')).toEqual([]);
  });
});

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

  it.each(["We'll make your life a living hell.", 'I am going to make his life hell.'])('%s', (body) => {
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
  it.each(['Get the hell out of my country!', 'Illegals, go the fuck out of our country.'])('%s', (body) => {
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
    ['Yeah, we should hate and fear Muslims.', 'hate and fear Muslims'],
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
  ])('%s', (body, marked) => {
    const r = abuse(body).filter((x) => x.rule === 'abuse.identity-attack');
    expect(r.flatMap((x) => x.evidence.map((e) => e.text))).toContain(marked);
  });

  it.each([
    "Women don't belong in the kitchen any more than men do.",
    'Women belong in the boardroom.',
    'Not all women belong in the kitchen, you know.',
    'Children belong in schools, not cages.',
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
    ['We should wipe them off the map.', 'should wipe them off the map'],
    ["I'm going to find out where you live.", "I'm going to find out where you live"],
    ['I will cut your tongue out.', 'I will cut your tongue'],
    ["We'll rip his heart out.", "We'll rip his heart"],
    ['Wait till I get my hands on you.', 'till I get my hands on you'],
    ["You are going to get what's coming to you.", "You are going to get what's coming to you"],
    ['I will end you.', 'I will end you'],
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
    'The Allies wanted to wipe them off the map in 1945, historians note.',
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
