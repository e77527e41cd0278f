/** Harm wished, foretold or called for without a threat word, against reports and sympathy that stay clean. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ASSAULT_VERBS, BODY_PARTS, ORDER_PEOPLE, SPORTS_WORDS, WISHED_THINGS } from './lexicon/harm.js';
import { abuseReasons } from './test-support.js';

const rules = (body: string) => abuseReasons(body).map((r) => r.rule);
const evidenceOf = (body: string, rule: string) =>
  abuseReasons(body)
    .find((r) => r.rule === rule)
    ?.evidence.map((e) => e.text);

const WISHERS = ['I hope', 'I really hope', 'Hoping', 'I pray that'];
const WHO = ['they', 'he', 'she', 'the guy', 'this man', 'Councillor Vance'];
/** A harm after "I hope he ...", and the same after "May he ...". */
const HARMS: ReadonlyArray<readonly [string, string]> = [
  ['suffers', 'suffer'],
  ['suffers greatly', 'suffer greatly'],
  ['burns in hell', 'burn in hell'],
  ['fries', 'fry'],
  ['dies in a fire', 'die in a fire'],
  ['gets kicked in the teeth', 'get kicked in the teeth'],
  ['is beaten to death', 'be beaten to death'],
  ['gets shot in the face', 'get shot in the face'],
];
/** The words marked: the harm without its auxiliary or its manner ("kicked in the teeth", "suffer"). */
const marked = (harm: string) => harm.replace(/^(gets|get|is|be) /, '').replace(/ greatly$/, '');

describe('wishes of harm', () => {
  it('holds a harm hoped or wished on a person, marking the harm', () => {
    fc.assert(
      fc.property(fc.constantFrom(...WISHERS), fc.constantFrom(...WHO), fc.constantFrom(...HARMS), (w, who, [h]) => {
        const body = `${w} ${who} ${h}.`;
        const found = abuseReasons(body).find((r) => r.rule === 'abuse.threat.wish' || r.rule === 'abuse.harassment');
        // "I hope they rot": the harassment phrase for wishes on "you", "he", "they" may mark it first.
        if (found?.rule === 'abuse.harassment') return;
        expect(found?.evidence[0]?.text.toLowerCase(), body).toBe(marked(h));
      }),
      { numRuns: 120 },
    );
  });

  it('holds a harm wished on someone said to be ready or about to come to it, marking the harm', () => {
    for (const [who, be] of [
      ['they', 'are'],
      ['he', 'is'],
      ['you', 'are'],
    ])
      for (const soon of ['ready to', 'about to'])
        for (const [, h] of HARMS) {
          const body = `I hope ${who} ${be} ${soon} ${h}.`;
          expect(evidenceOf(body, 'abuse.threat.wish')?.[0]?.toLowerCase(), body).toBe(marked(h));
        }
  });

  it.each(["I hope they're ready to die for their country.", 'I hope you are ready to suffer the consequences.'])(
    'a readiness that is no harm stays clean: %s',
    (body) => {
      expect(rules(body)).not.toContain('abuse.threat.wish');
    },
  );

  it('holds a harm wished with "may", marking the harm', () => {
    fc.assert(
      fc.property(fc.constantFrom(...WHO), fc.constantFrom(...HARMS), (who, [, h]) => {
        const body = `May ${who} ${h}.`;
        expect(evidenceOf(body, 'abuse.threat.wish')?.[0]?.toLowerCase(), body).toBe(marked(h));
      }),
      { numRuns: 60 },
    );
  });

  it.each(['May he rest in pieces.', 'Hope the thugs rot in pieces.'])('%s', (body) => {
    expect(evidenceOf(body, 'abuse.threat.wish')?.[0]).toMatch(/in pieces$/);
  });

  it.each([
    ...WISHED_THINGS.filter((t) => t !== 'ill').map((t) => `Honestly I wish ${t} on them.`),
    'I wish the worst on all of them.',
    'Wishing him ill, frankly.',
  ])('%s', (body) => {
    expect(rules(body)).toContain('abuse.threat.wish');
  });

  it.each([
    ['I hope you and your family starve.', 'starve'],
    ['Hope your shop closes and you starve.', 'starve'],
    ['I hope you get cancer.', 'cancer'],
    ['I hope his kids go hungry and he rots in there.', 'rots in there'],
    ['Hope you rot in prison.', 'rot in prison'],
    ['I hope he dies a slow death.', 'dies a slow death'],
    ['I hope they suffer for it.', 'suffer'],
  ])('%s', (body, ev) => {
    expect(evidenceOf(body, 'abuse.threat.wish')).toEqual([ev]);
  });

  it.each([
    ['I hope he gets hit by a bus.', 'hit by a bus'],
    ['Hope you get run over by a truck.', 'run over by a truck'],
    ['I wish he was dead.', 'dead'],
    ['Honestly I wish you were dead.', 'dead'],
    ['I hope someone shoots him.', 'someone shoots him'],
    ['Hope somebody strangles her.', 'somebody strangles her'],
    ['I hope your house burns down.', 'your house burns down'],
    ['I hope his plane crashes.', 'his plane crashes'],
    ['Hope their yacht sinks, honestly.', 'their yacht sinks'],
  ])('a death or a blow wished: %s', (body, ev) => {
    expect(evidenceOf(body, 'abuse.threat.wish')).toEqual([ev]);
  });

  it.each([
    'I hope he gets hit by a pitch in the ninth.',
    'I hope the bus gets hit by a train of thought.',
    'I hope nobody gets hit by a car on that road.',
    'I hope he is not dead.',
    "I hope she's dead wrong about this.",
    'I hope he was dead before the fire reached him.',
    'I hope someone shoots him a message about the meeting.',
    'I hope someone kills him off in the next season.',
    'I hope someone slaps him with a lawsuit.',
    'I hope nobody shoots him.',
    'I hope his house burns brightly with Christmas lights.',
    'I hope her plane lands safely.',
    'I hope the house burns down in the movie, it is a great scene.',
  ])('stays clean: %s', (body) => {
    expect(rules(body).filter((r) => r.startsWith('abuse.threat'))).toEqual([]);
  });

  it.each([
    'Let them starve.',
    'Just let him rot in hell.',
    'So let them burn.',
    'Please just let them die, honestly.',
  ])('an order to let someone suffer: %s', (body) => {
    expect(rules(body)).toContain('abuse.threat.wish');
  });

  it.each([
    'I hope she did not suffer.',
    "I hope they suffer no more after all they've been through.",
    'I hope she finds the support she needs.',
    'I hope they suffer the consequences at the ballot box.',
    'I hope the bill dies in committee.',
    'I hope he gets beaten in the next election.',
    'I hope she gets kicked off the council.',
    'I hope the senator gets shot down in the vote.',
    'The killer should die in prison.',
    'I hope the man dies in jail of old age.',
    "I don't wish them harm.",
    'I would never wish the worst on anyone.',
    'The new rules would let them starve, the charity says.',
    'The new rules would just let them starve, the charity says.',
    'May they rest in peace.',
    'I wish her pain would ease soon.',
    'I hope they suffer a heavy defeat on Saturday.',
    'I hope they suffer like I did with this airline.',
    'I hope he burns as bright as his father did.',
    'I hope the Oilers suffer on the road this week.',
    'I hope they starve for attention now.',
    'I hope he chokes less in the playoffs this year.',
    'I hope you get shot with the flu vaccine early.',
    'I hope he dies peacefully at home, surrounded by family.',
    'I hope you do not die of boredom reading this.',
    'I wish the worst was over.',
    'I hope the fire burns out before it reaches the town.',
    'I hope that he gets burned by this deal.',
  ])('stays clean: %s', (body) => {
    expect(rules(body)).toEqual([]);
  });
});

describe('a home or a vehicle wished destroyed with its people inside', () => {
  const OWNED = ['your house', 'his restaurant', 'their car', 'her office', 'your apartment'];
  const FATES = ['burns down', 'burns to the ground', 'blows up'];
  const INSIDE = [
    'with you in it',
    'with him inside',
    'with them and their kids still in it',
    'with her family inside',
  ];

  it('holds every fate of an owned place, alone or with someone inside, and of any place with someone inside', () => {
    const missed: string[] = [];
    for (const place of OWNED)
      for (const fate of FATES) {
        for (const inside of ['', ...INSIDE]) {
          const body = `I hope ${place} ${fate}${inside ? ` ${inside}` : ''}.`;
          if (!rules(body).includes('abuse.threat.wish')) missed.push(body);
        }
        const building = `I hope the ${place.split(' ')[1]} ${fate} ${INSIDE[1]}.`;
        if (!rules(building).includes('abuse.threat.wish')) missed.push(building);
      }
    expect(missed).toEqual([]);
  });

  it('marks the place, its fate and who is inside', () => {
    expect(evidenceOf('I hope your house burns down with you in it.', 'abuse.threat.wish')).toEqual([
      'your house burns down with you in it',
    ]);
  });

  it.each([
    'I hope the house burns down.',
    'I hope the house burns down with the old furniture in it.',
    "I hope the old building burns down, it's an eyesore.",
    'I hope your house burns down with love, like a candle.',
    'I hope your house burns to the ground in the game so you get the insurance quest.',
    'The house burns down with him inside in the last scene.',
  ])('stays clean: %s', (body) => {
    expect(rules(body).filter((r) => r.startsWith('abuse.threat'))).toEqual([]);
  });

  it.each(['Let them all burn.', 'Let them both rot.', 'Just let them all starve.'])(
    'all of them let suffer: %s',
    (body) => {
      expect(rules(body)).toContain('abuse.threat.wish');
    },
  );

  it.each(['Let them all go home early.', 'They let them all die in the camps, the historian wrote.'])(
    'stays clean: %s',
    (body) => {
      expect(rules(body)).toEqual([]);
    },
  );
});

describe('harm said to be due', () => {
  const WHO = ['He', 'She', 'They', 'You'];
  const DUE = ['needs to', 'should', 'must', 'ought to'];
  const HARM = ['die', 'suffer', 'rot', 'burn in hell', 'suffer for it'];
  it('holds a harm said to be due a person', () => {
    fc.assert(
      fc.property(fc.constantFrom(...WHO), fc.constantFrom(...DUE), fc.constantFrom(...HARM), (who, due, harm) => {
        const body = `${who} ${due} ${harm}.`;
        expect(rules(body), body).toContain('abuse.threat.wish');
      }),
      { numRuns: 80 },
    );
  });

  it.each([
    ['Some posters here need a smack in the mouth.', 'smack in the mouth'],
    ['He deserves a swift boot in the rear for that.', 'boot in the rear'],
  ])('a blow said to be due: %s', (body, ev) => {
    expect(evidenceOf(body, 'abuse.threat')).toContain(ev);
  });

  it.each([
    'They should burn the old files.',
    'He should suffer the consequences at the polls.',
    'The proposal should die in committee.',
    'Patients should die with dignity.',
    'The economy needs a kick in the pants.',
  ])('stays clean: %s', (body) => {
    expect(rules(body)).toEqual([]);
  });
});

describe('death foretold to the reader', () => {
  it.each([
    ["You'll end up in a coffin.", "You'll end up in a coffin"],
    ['you will be six feet under by spring', 'you will be six feet under'],
    ["You're going out in a body bag.", "You're going out in a body bag"],
    ["You're dead!", "You're dead"],
    ["When the lights go out, I'll be waiting. You'll end up in a coffin.", "You'll end up in a coffin"],
  ])('%s', (body, ev) => {
    expect(evidenceOf(body, 'abuse.threat')).toEqual([ev]);
  });

  it.each([
    "If you drive like that you'll end up in a coffin.",
    'They will end up in a coffin one day, like all of us.',
    'You will not end up in a coffin for a parking fine.',
    'You are dead wrong about the levy.',
    "If you miss the ferry, you're dead.",
  ])('stays clean: %s', (body) => {
    expect(rules(body)).toEqual([]);
  });
});

describe('assaults called for', () => {
  const VERBS = ASSAULT_VERBS.filter((v) => !['shoot', 'stab'].includes(v));
  it('holds an assault verb on a person and a body part, marking it', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...VERBS),
        fc.constantFrom('him', 'her', 'them', 'you'),
        fc.constantFrom(...BODY_PARTS),
        fc.constantFrom(
          (o: string) => `${o[0]?.toUpperCase()}${o.slice(1)}.`,
          (o: string) => `Honestly, I'd ${o} and sleep well.`,
        ),
        (v, who, part, frame) => {
          const order = `${v} ${who} in the ${part}`;
          const body = frame(order);
          const marked = evidenceOf(body, 'abuse.threat')?.map((e) => e.toLowerCase());
          expect(marked, body).toContain(order);
        },
      ),
      { numRuns: 150 },
    );
  });

  it.each([
    ['Beat his ass.', 'Beat his ass'],
    ["I'd knock the stuffing out of her.", 'knock the stuffing out of her'],
    ['Smash her nose!', 'Smash her nose'],
    ['If I could, I would kick him in the teeth.', 'kick him in the teeth'],
    ['Someone should bust his teeth.', 'bust his teeth'],
    ["We'll smash their faces.", 'smash their faces'],
  ])('%s', (body, ev) => {
    expect(evidenceOf(body, 'abuse.threat')).toContain(ev);
  });

  it.each([
    'He tried to punch him in the face before police arrived.',
    'This budget will kick them in the teeth.',
    'Never punch him in the face, the coach told the boxer.',
    'He kicked her in the stomach, the court heard.',
    'The officer was stabbed in the back during the raid.',
    'We beat the crap out of them in the derby.',
    'They kicked their butts in the final.',
    "That'll break your neck if the ladder slips.",
    'These banks kick you in the teeth with every fee.',
    'Break a leg tonight!',
    'The doctor had to break his nose again to set it.',
  ])('stays clean: %s', (body) => {
    expect(rules(body)).toEqual([]);
  });
});

describe('killing a people called for', () => {
  const CALLS = ['We should just', "Let's", 'Time to', 'We must'];
  const VERBS = ['shoot', 'kill', 'hang', 'slaughter', 'bomb'];
  const GROUPS = ['the immigrants', 'all the Muslims', 'more Canadian children', 'the mexicans'];
  it('holds a call to kill a people, whichever rule marks it', () => {
    fc.assert(
      fc.property(fc.constantFrom(...CALLS), fc.constantFrom(...VERBS), fc.constantFrom(...GROUPS), (c, v, g) => {
        const body = `${c} ${v} ${g}.`;
        expect(
          rules(body).some((r) => r.startsWith('abuse.threat')),
          body,
        ).toBe(true);
      }),
      { numRuns: 80 },
    );
  });

  it.each([
    'Militants kill Christians in Egypt, the agency reports.',
    'We should not shoot the immigrants, we should hear them.',
    'Someone should never hang the editor for a headline.',
    'I hope you do not die of this.',
  ])('reports and denials stay clean: %s', (body) => {
    expect(rules(body)).toEqual([]);
  });
});

describe('an execution called for', () => {
  it.each([
    'The traitor should face a firing squad.',
    'That judge deserves the guillotine.',
    'This town needs a good electric chair.',
    'He ought to be tarred and feathered.',
  ])('%s', (body) => {
    expect(rules(body)).toContain('abuse.threat');
  });

  it.each([
    'The firing squad should be abolished everywhere.',
    'They should not face a firing squad for a protest.',
    'The committee should face the music on this.',
  ])('stays clean: %s', (body) => {
    expect(rules(body)).toEqual([]);
  });
});

describe('disguised harm words', () => {
  const LEET: Record<string, string> = { o: '0', e: '3', i: '1', a: '4', s: '$' };
  const disguise = (word: string) => [...word].map((c) => LEET[c] ?? c).join('');
  it.each([
    ['I hope they', 'suffer', '.'],
    ['May they burn in', 'hell', '.'],
    ['', 'Kick', 'her in the stomach.'],
    ["You'll end up in a", 'coffin', '.'],
    ['I hope he', 'rots', 'in there.'],
  ])('%s [%s] %s', (before, word, after) => {
    const body = `${before} ${disguise(word)} ${after}`.trim();
    expect(
      rules(body).some((r) => r.startsWith('abuse.threat')),
      body,
    ).toBe(true);
  });
});

describe('a second harm wished on the same one', () => {
  it.each([
    ['I hope he gets life and gets raped in prison.', 'raped in prison'],
    ['I hope she loses and gets beaten to death.', 'beaten to death'],
    ['Hope they get caught and get beaten in jail.', 'beaten in jail'],
  ])('%s', (body, marked) => {
    expect(evidenceOf(body, 'abuse.threat.wish')).toEqual([marked]);
  });

  it.each([
    'I hope he gets life and gets better in prison.',
    'I hope he gets sentenced and is beaten in the appeal.',
    'He was beaten in prison, his lawyer said.',
  ])('leaves recoveries, courts and reports alone: %s', (body) => {
    expect(rules(body)).not.toContain('abuse.threat.wish');
  });
});

describe('a beating of a group called for, and killings of wrongdoers', () => {
  it.each([
    ['Someone needs to beat the crap out of them.', 'beat the crap out of them'],
    ['Beat the hell out of them!', 'Beat the hell out of them'],
    ['They should beat the stuffing out of em.', 'beat the stuffing out of em'],
  ])('%s', (body, marked) => {
    expect(evidenceOf(body, 'abuse.threat')).toEqual([marked]);
  });

  it('leaves a beating of a team alone, won or called for in a game, for every sports word', () => {
    expect(rules('We beat the crap out of them last night, 6-1.')).not.toContain('abuse.threat');
    for (const word of SPORTS_WORDS) {
      const body = `We need to beat the crap out of them, this ${word} matters.`;
      expect(rules(body), body).not.toContain('abuse.threat');
    }
  });

  it('holds a call to kill every listed kind of wrongdoer', () => {
    for (const who of ORDER_PEOPLE.filter((w) => w.endsWith('s'))) {
      const body = `Honestly we should just shoot the ${who}.`;
      // Another threat pattern may take the call in too ("should just shoot the cops"): the killing ends the evidence.
      expect(evidenceOf(body, 'abuse.threat')?.[0]?.endsWith(`shoot the ${who}`), body).toBe(true);
    }
  });

  it.each([
    ['We need to kill every last one of them.', 'kill every last one of them'],
    ["Let's hang every single one of them.", 'hang every single one of them'],
  ])('%s', (body, marked) => {
    expect(evidenceOf(body, 'abuse.threat')).toEqual([marked]);
  });

  it.each(['We must kill every one of these proposals.', 'We should kill the last bills before recess.'])(
    'leaves things alone: %s',
    (body) => {
      expect(rules(body)).not.toContain('abuse.threat');
    },
  );
});

describe('harm wished done by anyone, and a drop dead wished', () => {
  it.each([
    ['I hope somebody runs him over.', 'somebody runs him over'],
    ['I hope someone runs her over with a truck.', 'someone runs her over'],
    ['I hope someone beats him senseless.', 'someone beats him senseless'],
    ['I hope someone beats him to death.', 'someone beats him to death'],
    ['I hope somebody beats her up.', 'somebody beats her up'],
    ['I wish they would all drop dead.', 'drop dead'],
    ['Hope she drops dead.', 'drops dead'],
  ])('%s', (body, marked) => {
    expect(evidenceOf(body, 'abuse.threat.wish')).toEqual([marked]);
  });

  it.each([
    'I hope someone runs him over to the station.',
    'I hope someone runs him through the drills.',
    'I hope somebody beats him in the primary.',
    "I hope sales don't drop dead in winter.",
  ])('leaves lifts, drills, races and sales alone: %s', (body) => {
    expect(rules(body)).not.toContain('abuse.threat.wish');
  });
});

describe('a wish run on after a stop, and rotting joined to an order', () => {
  it.each([
    ['Hope she goes broke. And gets punched in the face.', 'punched in the face'],
    ['Throw the lot of them in a cell and let them rot.', 'rot'],
  ])('%s', (body, marked) => {
    expect(evidenceOf(body, 'abuse.threat.wish')).toEqual([marked]);
  });

  it.each([
    'The regime shut the gates and let them starve.',
    'I hope he wins. And gets better soon.',
    'They picked the apples and let them rot on the ground.',
  ])('leaves reports, recoveries and fruit alone: %s', (body) => {
    expect(rules(body)).not.toContain('abuse.threat.wish');
  });
});

describe('an assault on a person pointed at', () => {
  it('holds every assault verb on a person pointed at and a body part, marking it', () => {
    for (const verb of ASSAULT_VERBS) {
      const body = `Someone should ${verb} that idiot in the face.`;
      expect(evidenceOf(body, 'abuse.threat'), body).toEqual([`${verb} that idiot in the face`]);
    }
  });

  it.each([
    'Kick the ball in the net.',
    'Punch the numbers in the spreadsheet.',
    'He kicked the guy in the teeth, police said.',
  ])('leaves balls, numbers and reports alone: %s', (body) => {
    expect(rules(body)).not.toContain('abuse.threat');
  });
});

describe('a harm wished on all of a group, on wrongdoers and on someone named badly', () => {
  it.each([
    ['I hope every one of them suffers.', 'suffers'],
    ['I hope both of them rot in hell.', 'rot in hell'],
    ['I hope the whole lot of them burn.', 'burn'],
    ['I hope the bastard rots.', 'rots'],
  ])('%s', (body, marked) => {
    expect(evidenceOf(body, 'abuse.threat.wish')).toEqual([marked]);
  });

  it('holds a harm wished on every listed kind of wrongdoer', () => {
    for (const who of ORDER_PEOPLE) {
      const verb = who.endsWith('s') || who === 'gunmen' ? 'suffer' : 'suffers';
      const body = `I hope the ${who} ${verb}.`;
      expect(evidenceOf(body, 'abuse.threat.wish'), body).toEqual([verb]);
    }
  });

  it.each([
    'I hope all of the money suffers no loss.',
    'I hope each of them gets better.',
    'I hope the shooter gets better care.',
  ])('leaves sums and recoveries alone: %s', (body) => {
    expect(rules(body)).not.toContain('abuse.threat.wish');
  });
});

describe('a harm called due to a whole group', () => {
  it.each([
    ['All Muslims must die.', 'Muslims must die'],
    ['The gays should burn.', 'gays should burn'],
    ['These people need to die.', 'people need to die'],
    ['The dealers should rot in hell.', 'dealers should rot in hell'],
  ])('%s', (body, marked) => {
    expect(evidenceOf(body, 'abuse.threat.wish')).toEqual([marked]);
  });

  it.each([
    'The bill must die in committee.',
    'Old men must die out eventually.',
    'Many people will die of the heat.',
    'People should suffer the consequences.',
    'People need to burn fewer fossil fuels.',
    'Refugees should not die at sea.',
  ])('leaves bills, the heat, consequences and pleas alone: %s', (body) => {
    expect(rules(body)).not.toContain('abuse.threat.wish');
  });
});

describe('people left to rot', () => {
  it('holds every person left to rot, marking the harm; fruit and a possibility stay clean', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('He', 'She', 'The dealers', 'These people', 'They'),
        fc.constantFrom('can all', 'can go', 'can just'),
        fc.constantFrom(['.', 'rot'], [' in hell.', 'rot in hell'], [' for all I care.', 'rot']),
        (who, can, [tail, marked]) => {
          expect(evidenceOf(`${who} ${can} rot${tail}`, 'abuse.threat.wish'), `${who} ${can} rot${tail}`).toEqual([
            marked,
          ]);
        },
      ),
      { numRuns: 60, seed: 17 },
    );
  });

  it.each(['He can rot.', 'The homeless men can rot.'])('%s', (body) => {
    expect(rules(body)).toContain('abuse.threat.wish');
  });

  it.each([
    'Leave the apples out and they can rot quickly.',
    'Potatoes stored warm, they may rot.',
    "Don't refrigerate tomatoes; they can rot.",
    'They can rot if left in the heat, the farmer said.',
    'He can rot in jail for all I know, the judge did not say.',
  ])('stays clean: %s', (body) => {
    expect(rules(body)).not.toContain('abuse.threat.wish');
  });
});
