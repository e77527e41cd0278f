import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { capital, PLURAL_GROUPS } from './group-test-support.js';
import { CONTINENTS, COUNTRIES } from './lexicon/exclusion.js';
import { CONQUERING, CONTROLLED, STINKING, WOMANS_PLACES } from './lexicon/identity-attacks.js';
import { abuseReasons as abuse } from './test-support.js';

const attack = (body: string) => abuse(body).find((r) => r.rule === 'abuse.identity-attack');

/** Protected groups as commenters name them in the plural. */
const GROUPS = [
  'Muslims',
  'Jews',
  'Catholics',
  'Evangelicals',
  'Hindus',
  'Mexicans',
  'Somalis',
  'Immigrants',
  'Refugees',
  'Gays',
  'Lesbians',
  'Homosexuals',
  'Women',
  'Black people',
  'Gay men',
  'Transgender people',
  'Chinese people',
];

/** What is said of a whole group to brand it, with the words a moderator should see. */
const SLANDERS: Array<[string, string]> = [
  ['are sick.', 'sick'],
  ['are perverts', 'perverts'],
  ['are all degenerates.', 'degenerates'],
  ['are the problem.', 'problem'],
  ['are too stupid to vote.', 'stupid'],
  ['are mentally ill!', 'mentally ill'],
  ['are inherently violent.', 'violent'],
  ['are too emotional to lead.', 'emotional'],
  ['are cowards.', 'cowards'],
  ['are locusts.', 'locusts'],
  ['are all maggots', 'maggots'],
  ['are a social problem.', 'problem'],
  ['are barbaric.', 'barbaric'],
  ['are all drug dealers.', 'drug dealers'],
  ['are money grubbers', 'money grubbers'],
  ['are genetically inferior', 'genetically inferior'],
  ["can't be trusted.", "can't be trusted"],
  ['breed like rabbits', 'breed like rabbits'],
  ['should go back where they came from.', 'go back where they came from'],
  ['need to go back to their own country', 'go back to their own country'],
];

describe('generalizations that attack a whole group', () => {
  it('every group said to be a burden on everyone else, or to have no conscience', () => {
    const said: Array<[string, string]> = [
      ['are a burden on society.', 'burden'],
      ['are just a burden to the rest of us.', 'burden'],
      ['are a burden.', 'burden'],
      ['have no morals.', 'have no morals'],
      ['have no conscience', 'have no conscience'],
      ['have no souls!', 'have no souls'],
    ];
    const missed = GROUPS.flatMap((group) =>
      said
        .filter(([s, word]) => {
          const r = attack(`Honestly, ${group} ${s}`);
          return JSON.stringify(r?.evidence.map((e) => e.text)) !== JSON.stringify([group, word]);
        })
        .map(([s]) => `${group} ${s}`),
    );
    expect(missed).toEqual([]);
  });

  it.each([
    'The pension scheme is a burden on taxpayers.',
    'Carers say the disabled are not a burden.',
    'The disabled have no ramps at the station.',
    'Politicians have no morals.',
    'Immigrants have no vote in local elections.',
  ])('a burden or a lack said of no whole people, or denied, stays clean: %s', (body) => {
    expect(attack(body)).toBeUndefined();
  });

  it('every group, every slander', () => {
    fc.assert(
      fc.property(fc.constantFrom(...GROUPS), fc.constantFrom(...SLANDERS), (group, [said, word]) => {
        const r = attack(`Honestly, ${group} ${said}`);
        expect(r?.evidence.map((e) => e.text)).toEqual([group, word]);
      }),
      { numRuns: 300, seed: 7 },
    );
  });

  it('every group, every slander as a comparison or with the phrase going on ("more violent than", "by nature", "living off")', () => {
    const WORDS: Array<[string, string]> = [
      ['are more violent', 'violent'],
      ['are far more dangerous', 'dangerous'],
      ['are even more ignorant', 'ignorant'],
      ['are the most dishonest', 'dishonest'],
      ['are drunks', 'drunks'],
      ['are leeches', 'leeches'],
    ];
    const TAILS = [' than anyone.', ' by nature.', ' living off our taxes.', ' feeding on welfare.', '.'];
    fc.assert(
      fc.property(
        fc.constantFrom(...GROUPS),
        fc.constantFrom(...WORDS),
        fc.constantFrom(...TAILS),
        (group, [said, word], tail) => {
          const body = `Honestly, ${group} ${said}${tail}`;
          expect(
            attack(body)?.evidence.map((e) => e.text),
            body,
          ).toEqual([group, word]);
        },
      ),
      { numRuns: 200, seed: 7 },
    );
  });

  it('every group told to go back to every land the exclusion calls know, one word or several', () => {
    for (const land of [...CONTINENTS, ...COUNTRIES]) {
      const group = GROUPS[land.length % GROUPS.length] as string;
      const body = `Honestly, ${group} should go back to ${land}.`;
      expect(
        attack(body)?.evidence.map((e) => e.text.toLowerCase()),
        body,
      ).toEqual([group.toLowerCase(), `go back to ${land}`]);
    }
  });

  it('every group branded by an insulting adjective, or to be got rid of', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...GROUPS),
        fc.constantFrom('nasty', 'stupid', 'disgusting', 'lazy', 'dirty', 'worthless', 'vile'),
        (group, adjective) => {
          expect(attack(`Typical, ${adjective} ${group} everywhere.`)?.evidence.map((e) => e.text)).toEqual([
            `${adjective} ${group}`,
          ]);
          expect(attack(`Just get rid of the ${group}.`)?.evidence.map((e) => e.text)).toEqual([`rid of the ${group}`]);
        },
      ),
      { numRuns: 100, seed: 7 },
    );
  });

  it.each([
    'We got rid of the old buses at last.',
    'The poor Mexicans in the story lost everything.',
    'Sick children wait months for a bed.',
    'Women are sick of being ignored by the council.',
    'Nurses and immigrants are sick and tired of the rota.',
    'Immigrants are the backbone of the care homes.',
    'Muslims are the problem solvers in this story, the report says.',
    'Muslims are not the problem.',
    'Refugees want to go back to their country when the war ends.',
    'Syrians can go back home now that the fighting is over.',
    'Two Mexicans were arrested after the match.',
    'Women are too often left out of the research.',
    'Gay people are dangerous drivers, claims a survey nobody can find.',
    'The Russian government cannot be trusted with the pipeline.',
    'Black voters can be trusted to decide for themselves.',
    'Catholics should go back to confession more often, the bishop said.',
    'Migrants are sick working in the heat, the union says.',
    'Refugees are sick by the hundreds in the camps.',
    'Muslims are more likely to be victims of hate crimes.',
    'Women are much more than their looks.',
    'Christians are more generous than most, the charity found.',
  ])('neutral and reported mentions stay clean: %s', (body) => {
    expect(attack(body)).toBeUndefined();
  });
});

describe('tropes about a whole group', () => {
  const marks = (body: string) => attack(body)?.evidence.map((e) => e.text);

  it('holds a group said to be out to conquer a land, for every conquering verb', () => {
    for (const verb of CONQUERING) {
      expect(marks(`Muslims are trying to ${verb} Europe.`), verb).toEqual(['Muslims', verb]);
      expect(marks(`Immigrants want to ${verb} our country.`), verb).toEqual(['Immigrants', verb]);
    }
    expect(marks('Immigrants want to take over our country.')).toEqual(['Immigrants', 'take over']);
  });

  it('holds a group said to be taking over a land, for every group and land', () => {
    for (const group of ['Muslims', 'Immigrants', 'Mexicans', 'Jews', 'Africans'])
      for (const land of ['our country', 'this country', 'Europe', 'the West', 'our cities']) {
        const body = `${group} are taking over ${land}.`;
        expect(marks(body), body).toEqual([group, 'taking over']);
      }
  });

  it.each([
    'Immigrants are not taking over our country.',
    'Are immigrants taking over the country? No, the data says otherwise.',
    'Robots are taking over our jobs.',
    'Women are taking over the boardroom.',
    'The Chinese are taking over the property market.',
  ])('leaves a denial, a question and a market alone: %s', (body) => {
    expect(attack(body)).toBeUndefined();
  });

  it('holds a conspiracy of control, for every thing said controlled', () => {
    for (const thing of CONTROLLED)
      expect(marks(`Jews control the ${thing}.`), thing).toEqual(['Jews', `control the ${thing}`]);
  });

  it('holds a whole sex kept to a room, for every room', () => {
    for (const room of WOMANS_PLACES) {
      expect(marks(`A woman's place is in the ${room}.`), room).toEqual([`woman's place is in the ${room}`]);
      expect(marks(`Women's place is in the ${room}.`), room).toEqual([`Women's place is in the ${room}`]);
    }
  });

  it.each([
    ['All terrorists are Muslims.', ['All terrorists are Muslims']],
    ['Every rapist is a Mexican, believe me.', ['Every rapist is a Mexican']],
    ['Immigrants are not human.', ['Immigrants', 'not human']],
  ])('%s', (body, evidence) => {
    expect(marks(body)).toEqual(evidence);
  });

  it.each([
    'Not all terrorists are Muslims.',
    'It is a myth that all terrorists are Muslims.',
    'People who keep claiming every terrorist is a Muslim should read the study.',
    'Men run the world and women pay for it.',
    'Jews run the deli on Main Street.',
    'Immigrants want to replace the old rail line.',
    'Migrants are trying to enter Europe through Greece.',
    'Women want to take over the family business.',
    "A woman's place is wherever she wants it to be.",
    "Women's place in history is often forgotten.",
    "A woman's place is in the House, and the Senate, as the old button says.",
    'Most women are not human rights lawyers.',
  ])('leaves denials, businesses and plain facts alone: %s', (body) => {
    expect(attack(body)).toBeUndefined();
  });
});

describe('a group shut out, made the enemy, or called drunks', () => {
  const marks = (body: string) => attack(body)?.evidence.map((e) => e.text);
  it.each([
    ['Muslims are not welcome here.', ['Muslims', 'not welcome here']],
    ['Muslims are not welcome in this country.', ['Muslims', 'not welcome in this country']],
    ['Muslims are our enemy.', ['Muslims', 'enemy']],
    ['Natives are all drunks.', ['Natives', 'drunks']],
    ['Mexicans are alcoholics.', ['Mexicans', 'alcoholics']],
  ])('%s', (body, evidence) => {
    expect(marks(body)).toEqual(evidence);
  });

  it.each([
    'Women are not welcome in the club, which is wrong.',
    'Refugees are not welcome in the shelter after ten.',
    'Muslims are the enemy of ISIS.',
    'Immigrants are our strength.',
    'Women are more emotional than men, the study claims.',
    'Muslims are a big part of our community.',
    'Mexicans are a huge market for exports.',
    'Locust swarms hit farms near the border.',
  ])('leaves reports of a rule, an enemy of someone and praise alone: %s', (body) => {
    expect(attack(body)).toBeUndefined();
  });
});

describe('a whole people likened to vermin or a plague', () => {
  const LIKENESSES = ['rats', 'cockroaches', 'locusts', 'vermin', 'parasites', 'a virus', 'a plague', 'a cancer'];
  it('holds every group said to be, or to move, like every likeness, marking the group and the likeness', () => {
    const missed: string[] = [];
    for (const g of PLURAL_GROUPS.map(capital))
      for (const like of LIKENESSES) {
        const last = like.split(' ').at(-1) as string;
        for (const body of [
          `${g} are like ${like}.`,
          `${g} are flooding in like ${like}.`,
          `${g} swarm over like ${like}.`,
        ])
          if (!attack(body)?.evidence.some((e) => e.text.endsWith(last))) missed.push(body);
      }
    expect(missed).toEqual([]);
  });
  it.each([
    'Immigrants are like everyone else.',
    'Refugees are coming in like never before.',
    'Women are like that sometimes.',
    'Fans flooded in like ants.',
    'Canadians are spread across a huge country.',
    'Muslims are coming here to work.',
  ])('stays clean: %s', (body) => {
    expect(attack(body)).toBeUndefined();
  });
});

describe('a whole people said to smell', () => {
  it('holds every group said to smell or stink, marking the verb and its tail', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...GROUPS),
        fc.constantFrom(...STINKING),
        fc.constantFrom('.', ' bad.', ' like garbage.', ' of garlic.'),
        (group, verb, tail) => {
          const marked = tail === ' bad.' ? `${verb} bad` : verb;
          expect(attack(`${group} ${verb}${tail}`)?.evidence.map((e) => e.text)).toEqual([group, marked]);
        },
      ),
      { numRuns: 100, seed: 7 },
    );
  });

  it.each([
    'Indians smell the spices long before the market opens.',
    'Muslims smell a rat in the new law.',
    'Women smell danger faster, the study says.',
    'Not all Mexicans stink at soccer.',
  ])('stays clean: %s', (body) => {
    expect(attack(body)).toBeUndefined();
  });
});

describe('a group named in the singular with a plural verb, or after a clause of its own', () => {
  const marks = (body: string) => attack(body)?.evidence.map((e) => e.text);
  it.each([
    ['Muslim are trying to destroy europe.', ['Muslim', 'destroy']],
    ['Mexican are lazy.', ['Mexican', 'lazy']],
    ['Like it or lump it, Muslims are a social problem.', ['Muslims', 'problem']],
    ['Whether you accept it or not, immigrants are ruining canada.', ['immigrants', 'ruining']],
    ['Abort blacks!', ['Abort blacks']],
  ])('%s', (body, evidence) => {
    expect(marks(body)).toEqual(evidence);
  });

  it.each([
    'Muslim are the majority in Indonesia.',
    'Whether you like it or not, Muslims are part of this country.',
    'Immigrants are building canada.',
    'Not all Muslims are a problem.',
    'I am not saying Mexicans are lazy.',
  ])('stays clean: %s', (body) => {
    expect(attack(body)).toBeUndefined();
  });
});

describe('"they" soon after a group is the group', () => {
  it('holds every slander said of "they" right after a group is named, marking "they" and the slander', () => {
    fc.assert(
      fc.property(fc.constantFrom(...GROUPS), fc.constantFrom(...SLANDERS), (group, [said, word]) => {
        const r = attack(`${group} again? They ${said}`);
        expect(r?.evidence.map((e) => e.text)).toEqual(['They', word]);
      }),
      { numRuns: 100, seed: 7 },
    );
  });

  it.each([
    'They are invaders.',
    'Refugees are not invaders; they are people fleeing war.',
    'Immigrants work hard. They are the backbone of the farms.',
    'Muslims were attacked by the mob. They are victims.',
    'Women voters were angry. They are sick of being ignored.',
    'Muslims are our neighbours. They are not a problem.',
    'Refugees arrived. Nobody thinks they are criminals.',
    'Muslims fear the Taliban; they are terrorists.',
    'Immigrants pay the taxes of the government, they are a problem for it.',
    'Women want special rights? They are a cancer, those rights.',
  ])('stays clean: %s', (body) => {
    expect(attack(body)).toBeUndefined();
  });
});

describe('a right denied to every member of a group, and a group called an invasion', () => {
  const RIGHTS = ['vote', 'work', 'marry', 'adopt', 'own property', 'hold office', 'worship', 'live here'];
  const DENIALS = ['should not be allowed to', "shouldn't be allowed to", 'must never be permitted to'];
  // Groups named by a legal status are left out: their rights are a matter of policy ("refugees should not be
  // allowed to work until their claim is heard").
  const BY_WHO = GROUPS.filter((g) => g !== 'Immigrants' && g !== 'Refugees');
  it('holds every group, denial and right, marking the group and the right', () => {
    const missed: string[] = [];
    for (const g of BY_WHO)
      for (const d of DENIALS)
        for (const r of RIGHTS) {
          const body = `${g} ${d} ${r}.`;
          const right = r.split(' ')[0] as string;
          if (!attack(body)?.evidence.some((e) => e.text.endsWith(right))) missed.push(body);
        }
    expect(missed).toEqual([]);
  });
  it('holds every group kept out of the land or "here", marking the group and the land', () => {
    const missed: string[] = [];
    for (const g of BY_WHO)
      for (const d of DENIALS.map((x) => x.replace(/ to$/, '')))
        for (const place of ['in this country', 'into our country', 'in our nation', 'here']) {
          const body = `${g} ${d} ${place}.`;
          const last = place.split(' ').at(-1) as string;
          if (!attack(body)?.evidence.some((e) => e.text.endsWith(last))) missed.push(body);
        }
    expect(missed).toEqual([]);
  });
  it('holds every group denied as a whole by "no", and kept out of office, service or the company of children', () => {
    const missed: string[] = [];
    for (const g of BY_WHO) {
      for (const r of RIGHTS) {
        const body = `No ${g.toLowerCase()} should be allowed to ${r}.`;
        if (!attack(body)?.evidence.some((e) => e.text.endsWith(r.split(' ')[0] as string))) missed.push(body);
      }
      for (const place of ['in Congress', 'in public office', 'in the military', 'in this country', 'near children']) {
        const last = place.split(' ').at(-1) as string;
        for (const body of [
          `No ${g.toLowerCase()} should ever be allowed ${place}.`,
          `${g} should not be allowed ${place}.`,
        ])
          if (!attack(body)?.evidence.some((e) => e.text.endsWith(last))) missed.push(body);
      }
    }
    expect(missed).toEqual([]);
  });
  it.each([
    'No Muslims were allowed to vote back then.',
    'No women were allowed in the military until 1976.',
    'Saying no Muslims should be allowed in Congress is wrong.',
    'No politicians should be allowed to trade stocks.',
    'No children should be allowed in the bar.',
    'Sex offenders should not be allowed near children.',
    'No Muslims are terrorists, whatever he says.',
    'Women were not allowed to vote until 1918.',
    'Women were not allowed here until 1990, the club admits.',
    'Immigrants should not be allowed in this country without papers.',
    'Kids are not allowed in the building after six.',
    'Muslims should be allowed in this country, like anyone.',
    'Muslims should be allowed to pray at work.',
    'Children should not be allowed to vote.',
    'Refugees should not be allowed to work until their claim is heard.',
    'Nobody says women should not be allowed to vote.',
    'Some Muslims should not be allowed to enter, the court found.',
    'Muslims should not be allowed to go unchecked by the regulator.',
    'Russians are an invasion force in Ukraine.',
    'The Norman invasion changed England.',
  ])('stays clean: %s', (body) => {
    expect(attack(body)).toBeUndefined();
  });
  it.each(['Muslims are an invasion.', 'These Mexicans are an invasion of our land.'])('%s', (body) => {
    expect(attack(body)?.evidence.map((e) => e.text)).toContain('invasion');
  });
});

describe('a conduct put down to a people: "typical black behaviour"', () => {
  const WORDS = ['Muslim', 'Jewish', 'Mexican', 'black', 'white', 'gay', 'Chinese', 'Somali', 'Indian'];
  it('holds every group word between "typical" and a word for conduct, marking the three', () => {
    const missed: string[] = [];
    for (const group of WORDS)
      for (const conduct of ['behavior', 'behaviour', 'mentality', 'mindset'])
        for (const body of [`Typical ${group} ${conduct}.`, `That's just typical ${group} ${conduct}, nothing new.`]) {
          const shown = attack(body)?.evidence.map((e) => e.text.toLowerCase());
          if (!shown?.includes(`typical ${group} ${conduct}`.toLowerCase())) missed.push(body);
        }
    expect(missed).toEqual([]);
  });
  it.each([
    'Typical liberal behavior.',
    'Typical teenage behavior.',
    'A typical Mexican meal costs ten dollars.',
    'Typical Japanese culture includes the tea ceremony.',
    'Typical German efficiency.',
  ])('stays clean: %s', (body) => {
    expect(attack(body)).toBeUndefined();
  });
});

describe('a place put down to who someone is: "she only got the job because she\'s a woman"', () => {
  it('holds "only ... because he/she/they is/are" before every group word ending the clause', () => {
    const missed: string[] = [];
    for (const [who, being] of [
      ['she', "'s"],
      ['he', ' is'],
      ['they', "'re"],
    ] as const)
      for (const group of ['a woman', 'black', 'Mexican', 'gay', 'Muslim', 'a Jew', 'Chinese'])
        for (const frame of [
          '{w} only got the job because {w}{b} {g}.',
          'The only reason {w} won is because {w}{b} {g}, sadly.',
        ]) {
          const body = frame.replaceAll('{w}', who).replace('{b}', being).replace('{g}', group);
          const shown = attack(body)?.evidence.map((e) => e.text.toLowerCase()) ?? [];
          if (!shown.includes('only') || !shown.some((e) => e.endsWith(group.split(' ').at(-1)?.toLowerCase() ?? '')))
            missed.push(body);
        }
    expect(missed).toEqual([]);
  });
  it.each([
    "She only got the job because she's a woman who knows the law.",
    "I only went because she's a friend.",
    "Only women apply because they're women-only grants.",
    'He got the job because he is black belt in judo.',
  ])('stays clean: %s', (body) => {
    expect(attack(body)).toBeUndefined();
  });
});

describe('those who collect refuse', () => {
  it('keeps the garbage men and the bin man clean, and still holds men called refuse by what is said of them', () => {
    for (const trade of ['garbage', 'trash', 'rubbish', 'refuse', 'bin', 'dust']) {
      for (const body of [`The ${trade} men were on strike today.`, `Thank the ${trade} man for his hard work.`])
        expect(attack(body), body).toBeUndefined();
    }
    expect(attack('Garbage immigrants should leave.')).toBeDefined();
    expect(attack('The garbage men are subhuman.')).toBeDefined();
  });
});

describe('a people denied humanity or told it is not welcome, for every listed people', () => {
  const marks = (body: string) => attack(body)?.evidence.map((e) => e.text);
  it('"Xs are not even human", "Xs are less than human", "Xs not welcome!"', () => {
    for (const g of PLURAL_GROUPS.map(capital)) {
      expect(marks(`${g} are not even human.`), g).toEqual([g, 'not even human']);
      expect(marks(`Honestly, ${g.toLowerCase()} are less than human.`), g).toEqual([
        g.toLowerCase(),
        'less than human',
      ]);
      expect(marks(`${g} not welcome!`), g).toEqual([`${g} not welcome`]);
      expect(marks(`${g} not welcome here. Go home.`), g).toEqual([`${g} not welcome here`]);
    }
  });

  it('leaves machines, rules reported and slogans quoted', () => {
    for (const g of PLURAL_GROUPS.map(capital)) {
      for (const body of [
        `${g} not welcome in the hotel, says the owner.`,
        `The banner read "${g} not welcome" and police removed it.`,
        `Honestly, ${g.toLowerCase()} not welcome is a disgraceful slogan.`,
        `${g} are not even human rights lawyers, most of them.`,
      ])
        expect(attack(body), body).toBeUndefined();
    }
    expect(attack('Robots are not even human, so they cannot be blamed.')).toBeUndefined();
  });
});
