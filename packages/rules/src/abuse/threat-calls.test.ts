/**
 * Calls for violence, killings regretted or offered as the fix, and beatings longed for, said without a threat word
 * (phrases of `lexicon/threat-phrases.ts`), against figurative, sporting and reported uses.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BLADES, DRIVEN, PIERCED } from './lexicon/threat-phrases.js';
import { abuseReasons as abuse } from './test-support.js';

const rules = (body: string) => abuse(body).map((r) => r.rule);

describe('maiming, lynching and bombing called for without a threat word', () => {
  const CALLS = ['Just', 'They should', 'Somebody should', 'We gotta', 'We need to'];
  const LIMBS = ['hands', 'fingers', 'tongue', 'ears', 'feet'];
  it('holds every call to cut off a part of a body, in either order', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...CALLS),
        fc.constantFrom('cut', 'chop', 'hack'),
        fc.constantFrom('his', 'her', 'their'),
        fc.constantFrom(...LIMBS),
        (call, verb, whose, limb) => {
          expect(rules(`${call} ${verb} off ${whose} ${limb}.`)).toContain('abuse.threat');
          expect(rules(`${call} ${verb} ${whose} ${limb} off.`)).toContain('abuse.threat');
        },
      ),
      { numRuns: 80, seed: 3 },
    );
  });

  it('holds every call to tear out a part of a body', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...CALLS),
        fc.constantFrom('cut', 'rip', 'gouge', 'tear'),
        fc.constantFrom('his', 'her', 'their'),
        fc.constantFrom('tongue', 'eyes', 'heart', 'guts'),
        (call, verb, whose, part) => {
          expect(rules(`${call} ${verb} ${whose} ${part} out.`)).toContain('abuse.threat');
        },
      ),
      { numRuns: 80, seed: 5 },
    );
    // What is cut out of a budget or a plan is no one's body.
    expect(rules('They should cut the heart out of the budget.')).not.toContain('abuse.threat');
  });

  it.each([
    'String them all up.',
    'Just string the lot of them up.',
    'Somebody should bomb the hell out of that town.',
    'We should nuke the daylights out of them.',
    'One bullet, problem solved.',
    'KILL KILL KILL',
  ])('%s', (body) => {
    expect(rules(body)).toContain('abuse.threat');
  });

  it.each([
    'The army cut off their supply lines in the winter.',
    'We need to cut off their funding.',
    'Someone should cut off his phone plan.',
    'The surgeon had to cut off his hand to save his life.',
    'String the lights all up before the party.',
    'We should bomb the hell out of this exam.',
    'One bullet point, problem solved.',
    'The film bombed at the box office.',
  ])('stays clean: %s', (body) => {
    expect(rules(body)).not.toContain('abuse.threat');
  });
});

describe('a blade or a spike driven into a person, called for or promised', () => {
  const words = (alternatives: string): string[] => alternatives.split('|');
  const verbs = words(DRIVEN);
  const blades = words(BLADES);
  const parts = words(PIERCED);
  const article = (noun: string): string => (/^[aeiou]/.test(noun) ? 'an' : 'a');

  it('holds every blade driven into every part, after a call, opening a sentence or promised', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...verbs),
        fc.constantFrom(...blades),
        fc.constantFrom('in', 'into', 'through', 'between'),
        fc.constantFrom('his', 'her', 'their', 'your'),
        fc.constantFrom(...parts),
        fc.constantFrom('Somebody should', 'Just', '', "I'll", 'We gotta', 'Someone needs to'),
        (verb, blade, into, whose, part, call) => {
          const act = `${verb} ${article(blade)} ${blade} ${into} ${whose} ${part}`;
          const body = call ? `${call} ${act}.` : `${act[0]?.toUpperCase()}${act.slice(1)}.`;
          const threat = abuse(body).find((r) => r.rule === 'abuse.threat');
          expect(threat, body).toBeDefined();
          expect(threat?.evidence.map((e) => e.text).join(' '), body).toContain(`${blade} ${into} ${whose} ${part}`);
        },
      ),
      { numRuns: 300, seed: 7 },
    );
  });

  it('leaves the same words told of the past, a betrayal, or the heart of a thing', () => {
    fc.assert(
      fc.property(fc.constantFrom(...blades), fc.constantFrom(...parts), (blade, part) => {
        for (const body of [
          `Police said he stuck ${article(blade)} ${blade} in her ${part}.`,
          `The witness saw him drive ${article(blade)} ${blade} into the ${part} of the dummy.`,
          `They ${blade === 'knife' ? 'stuck' : 'put'} ${article(blade)} ${blade} in my ${part} years ago.`,
        ]) {
          expect(rules(body), body).not.toContain('abuse.threat');
        }
      }),
      { numRuns: 120, seed: 7 },
    );
  });

  it.each([
    'The party stuck a knife in his back.',
    'The plan is dead: this budget drives a stake through its heart.',
    "Someone needs to drive a stake through this bill's heart.",
    'Stick a fork in him, he is done.',
    'In the final scene she drives a stake through his heart.',
    'Just put a nail in your tyre and see what the garage says.',
  ])('stays clean: %s', (body) => {
    expect(rules(body)).not.toContain('abuse.threat');
  });
});

describe('a killing regretted as overdue, a beating longed for', () => {
  const DEATHS = ['shot', 'hanged', 'executed', 'lynched', 'strangled'];
  it('holds every killing said to be overdue; a denial or a thing stays clean', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('He', 'She', 'They'),
        fc.constantFrom('should have', "should've", 'ought to have'),
        fc.constantFrom(...DEATHS),
        (who, should, death) => {
          expect(rules(`${who} ${should} been ${death} years ago.`)).toContain('abuse.threat');
          expect(rules(`${who} should never have been ${death}.`)).not.toContain('abuse.threat');
          expect(rules(`${who} should not have been ${death}.`)).not.toContain('abuse.threat');
        },
      ),
      { numRuns: 40, seed: 3 },
    );
  });

  it.each([
    "I'd love to see him get his ass kicked.",
    'I hope she gets her butt whooped.',
    'Watching him get his teeth kicked in would be a treat.',
  ])('%s', (body) => {
    expect(rules(body)).toContain('abuse.threat');
  });

  it.each([
    'The scene should have been shot in daylight.',
    'She should have been elected years ago.',
    "I'd love to see him get his degree.",
    'I hope he gets his act together.',
    'We kicked their butts on Sunday.',
  ])('stays clean: %s', (body) => {
    expect(rules(body)).not.toContain('abuse.threat');
  });
});

describe('an execution called for, a death regretted as not come', () => {
  it('holds every way to a firing squad, and every death regretted', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('He should have gone', "They should've gone", 'She should stand', 'He needs to face'),
        fc.constantFrom('before', 'in front of'),
        fc.constantFrom('Too bad', "It's a shame", 'Pity'),
        fc.constantFrom('he', 'she', 'they'),
        (call, where, regret, who) => {
          expect(rules(`${call} ${where} a firing squad.`)).toContain('abuse.threat');
          const self = { he: 'himself', she: 'herself', they: 'themselves' }[who];
          expect(rules(`${regret} ${who} didn't kill ${self} first.`)).toContain('abuse.threat');
          expect(rules(`${regret} ${who} didn't die.`)).toContain('abuse.threat');
        },
      ),
      { numRuns: 60, seed: 9 },
    );
  });

  it.each([
    'They must be turned over to the regime for execution.',
    'Too bad the bullet missed.',
    "I'd happily pull the trigger on you.",
    'One more reason to shoot them.',
  ])('%s', (body) => {
    expect(rules(body)).toContain('abuse.threat');
  });

  it.each([
    'The firing squad was abolished in 1960.',
    'He was handed over to police for questioning.',
    "Too bad he didn't kill the project sooner.",
    "It's a shame she didn't win.",
    'Too bad the shooter missed the goal.',
    "I'd pull the trigger on that deal.",
    'We need more reason to kill the bill.',
    'He had no reason to kill her, police said.',
  ])('stays clean: %s', (body) => {
    expect(rules(body)).not.toContain('abuse.threat');
  });
});

describe('a killing offered as the answer, named first', () => {
  it('holds every killing offered as the answer to people; a bill or a denial stays clean', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('The only solution is', 'The answer is', 'The real cure is'),
        fc.constantFrom('kill', 'shoot', 'hang', 'nuke', 'exterminate'),
        fc.constantFrom('them', 'them all', 'these savages', 'all the looters', 'those traitors'),
        (answer, verb, whom) => {
          expect(rules(`${answer} to ${verb} ${whom}.`)).toContain('abuse.threat');
          expect(rules(`${answer} not to ${verb} the looters.`)).not.toContain('abuse.threat');
          expect(rules(`${answer} to ${verb} the bill.`)).not.toContain('abuse.threat');
        },
      ),
      { numRuns: 60, seed: 9 },
    );
  });

  it.each(['They should have been strung up years ago.', "He should've been strung up."])('%s', (body) => {
    expect(rules(body)).toContain('abuse.threat');
  });
});

describe('rape in prison wished on someone', () => {
  it.each(['I hope he drops the soap in there.', "Don't drop the soap, buddy."])('%s', (body) => {
    expect(rules(body)).toContain('abuse.harassment');
  });

  it.each(['The soap dropped into the bath.', 'Drop the soap bar in the basket, please.'])(
    'stays clean: %s',
    (body) => {
      expect(rules(body)).not.toContain('abuse.harassment');
    },
  );
});

describe('a beating called for, due or longed for', () => {
  it('holds every beating said to be due to a person', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('He needs', 'She deserves to get', 'He deserved to have'),
        fc.constantFrom('ass', 'arse'),
        fc.constantFrom('kicked', 'whooped'),
        (due, part, verb) => {
          const whose = due.startsWith('She') ? 'her' : 'his';
          expect(rules(`${due} ${whose} ${part} ${verb}.`)).toContain('abuse.threat');
        },
      ),
      { numRuns: 30, seed: 19 },
    );
  });

  it.each([
    'Someone needs to beat some sense into him.',
    'Somebody should slap the stupid out of her.',
    "I'd pay to see him get beaten up.",
    "Someone should give him a beating he won't forget.",
    'Someone should take a bat to him.',
  ])('%s', (body) => {
    expect(rules(body)).toContain('abuse.threat');
  });

  it.each([
    'Voters should give him a beating at the polls.',
    'She will take a hammer to the budget.',
    "I'd love to see him get beaten in the election.",
    'Someone needs to knock some sense into the council.',
    'They deserve to get their asses kicked in the final.',
    'He deserves to get his degree.',
    'He needs his butt kicked into gear by his coach.',
  ])('stays clean: %s', (body) => {
    expect(rules(body)).not.toContain('abuse.threat');
  });
});

describe('a whole people dehumanized through its land', () => {
  it('holds every land full of, or peopled by, those who are not human', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('a country', 'That nation is', 'a shithole', 'the whole continent is'),
        fc.constantFrom('full of', 'inhabited by', 'populated by', 'overrun with'),
        fc.constantFrom('savages', 'amoebas', 'subhumans', 'inbreds', 'barbarians'),
        (land, how, who) => {
          expect(rules(`It's ${land} ${how} ${who}.`)).toContain('abuse.harassment');
        },
      ),
      { numRuns: 60, seed: 23 },
    );
  });

  it.each([
    'The city was overrun by rats last summer.',
    'The country is full of potential.',
    'The place was filled with tourists.',
    'The nation is populated by farmers and fishermen.',
  ])('stays clean: %s', (body) => {
    expect(rules(body)).not.toContain('abuse.harassment');
  });
});

describe('a death urged on someone: "hurry up and die"', () => {
  it('holds it said to the reader, of people, or as an order; not of a thing', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('you', 'they', 'old people', 'boomers', 'he', 'she'),
        fc.constantFrom('should', 'need to', 'can', 'ought to', "why don't"),
        fc.constantFrom('die', 'croak'),
        (who, modal, die) => {
          const body =
            modal === "why don't" ? `Why don't ${who} hurry up and ${die}?` : `${who} ${modal} hurry up and ${die}.`;
          const held = abuse(body).filter((r) => r.rule === 'abuse.threat' || r.rule === 'abuse.self-harm');
          expect(held.length, body).toBeGreaterThan(0);
          expect(held[0]?.evidence.map((e) => e.text).join(' '), body).toContain(`hurry up and ${die}`);
          for (const thing of ['The battery', 'This trend', 'That old printer'])
            expect(rules(`${thing} ${modal === "why don't" ? 'should' : modal} hurry up and ${die}.`)).toEqual([]);
        },
      ),
      { numRuns: 60, seed: 7 },
    );
    expect(rules('Hurry up and die.')).toContain('abuse.self-harm');
    expect(rules('Hurry up and finish your dinner.')).toEqual([]);
  });
});
