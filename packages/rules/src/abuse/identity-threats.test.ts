import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BEAST_BRANDED_GROUPS, BEAST_BRANDS } from './lexicon/identity.js';
import { BLUNT_WEAPONS, STRUCK_PARTS, VISITED_PLACES, WORSHIP_PLACES } from './lexicon/phrases.js';
import { UNAMBIGUOUS_SLURS } from './lexicon/slurs.js';
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
    'Someone should put a bullet in him.',
    'Someone put a bullet in the mayor.',
  ])('%s', (body) => {
    expect(rules(body)).toContain('abuse.threat');
  });

  it("a blow with every weapon to every part, called someone's due", () => {
    const bodies = BLUNT_WEAPONS.split('|').flatMap((weapon) =>
      STRUCK_PARTS.split('|').flatMap((part) => [
        `That columnist deserves a ${weapon} to the ${part}.`,
        `Honestly he needs a ${weapon} across the ${part}`,
      ]),
    );
    expect(bodies.filter((b) => !rules(b).includes('abuse.threat'))).toEqual([]);
  });

  it('a visit announced to every place of the addressee, as the whole clause', () => {
    const bodies = VISITED_PLACES.split('|').flatMap((place) => [
      `We'll be paying your ${place} a visit.`,
      `I am going to pay your ${place} a little visit, count on it.`,
    ]);
    expect(bodies.filter((b) => !rules(b).includes('abuse.threat'))).toEqual([]);
  });

  it.each([
    'We will pay your office a visit to discuss the contract, as agreed.',
    'The kids need a hammer to the nails for the birdhouse.',
    'The team needs a bat to the ball more often.',
    'A protester threw a brick through the window of the bank on Friday.',
    'Arsonists torched the house with the family inside, police said.',
    'Militants killed twelve soldiers near the border.',
    'The bomb squad took the bullet casings to the lab.',
    'Put a bullet in this proposal and start again.',
    'The committee put a bullet in the project last year.',
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
    ['Somebody ought to torch the depot down.', 'torch the depot down'],
    ['Someone should burn it down.', 'burn it down'],
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
    // Prison called for is a sentence, not harm: common and civil under crime news.
    'Lock them up and throw away the key.',
    'Every one of them should be locked up and the key thrown away.',
    'He should rot in jail for what he did to those kids.',
    'I hope the killer rots in prison.',
    'May she rot in a prison cell.',
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

describe('a group pointed at as a whole, and returns on a condition', () => {
  it.each([
    ['Those Mexicans belong in a zoo.', ['Mexicans', 'belong in a zoo']],
    ['These immigrants breed like rats.', ['immigrants', 'breed like rats']],
  ])('%s', (body, evidence) => {
    const r = abuse(body).find((x) => x.rule === 'abuse.identity-attack');
    expect(r?.evidence.map((e) => e.text)).toEqual(evidence);
  });

  it('leaves a return on a condition alone, for every condition word', () => {
    for (const condition of ['when it is safe', 'once the war ends', 'until', 'unless', 'if', 'after', 'safely']) {
      const body = `Send the refugees home only ${condition} the fighting stops.`;
      expect(rules(body), body).not.toContain('abuse.identity-attack');
    }
    expect(rules('Send the refugees home when it is safe.')).not.toContain('abuse.identity-attack');
    expect(rules('Send the refugees home now.')).toContain('abuse.identity-attack');
  });
});

describe('a faith or a sexuality branded as beasts', () => {
  it('holds every beast after every faith or sexuality, marking both words', () => {
    for (const group of BEAST_BRANDED_GROUPS) {
      for (const beast of BEAST_BRANDS) {
        const brand = `${group} ${beast.endsWith('ch') ? `${beast}es` : `${beast}s`}`;
        const r = abuse(`Typical ${brand}, all of them.`).find((x) => x.rule === 'abuse.identity-attack');
        expect(
          r?.evidence.map((e) => e.text),
          brand,
        ).toEqual([brand]);
      }
    }
  });

  it.each([
    'African apes are endangered.',
    'African animals are endangered.',
    'Indian animals at the zoo.',
    'White animals hide well in the snow.',
    'Chinese pigs are raised on big farms.',
    'Refugee dogs are being rescued from the war zone.',
    'The Jewish dog show is on Sunday.',
    'Christian rat poison recall',
  ])('leaves animals and compounds alone: %s', (body) => {
    expect(rules(body)).not.toContain('abuse.identity-attack');
  });
});

describe('unambiguous slurs', () => {
  it('holds every unambiguous slur on sight, marking it', () => {
    for (const slur of UNAMBIGUOUS_SLURS) {
      const body = `Look at that ${slur} over there.`;
      const r = abuse(body).find((x) => x.rule === 'abuse.slur');
      expect(
        r?.evidence.map((e) => e.text.toLowerCase()),
        body,
      ).toEqual([slur]);
    }
  });
});

describe('arson of a place of worship, and a whole lot killed or sterilized, called for', () => {
  it('holds every place of worship, burned down, torched or burned to the ground on an order', () => {
    const missed = WORSHIP_PLACES.split('|').flatMap((place) =>
      [
        `Burn down their ${place}.`,
        `Burn the ${place} down!`,
        `Just torch every ${place}.`,
        `Burn their ${place} to the ground.`,
      ].filter((body) => !rules(body).includes('abuse.threat')),
    );
    expect(missed).toEqual([]);
  });

  it.each([
    'Sterilize them all.',
    'Castrate them all!',
    'Exterminate them all.',
    'Execute them all.',
    'Slaughter every one of them.',
  ])('%s', (body) => {
    expect(rules(body)).toContain('abuse.threat');
  });

  it.each([
    'Burn the church candles slowly.',
    'Arsonists burn down the church in the film.',
    'Burn all the church records, the lawyer joked.',
    'They burn the temple incense daily.',
    'We should execute the plan at once.',
  ])('leaves candles, films and plans: %s', (body) => {
    expect(rules(body)).not.toContain('abuse.threat');
  });
});
