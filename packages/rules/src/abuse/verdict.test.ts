/**
 * Verdicts ("That's ridiculous.", "What a stupid question", "your analogy is silly") against criticism of an idea
 * under debate ("this levy is stupid", "a dumb policy") and denials ("not a stupid question").
 */
import { resolvePolicy } from '@cm/contracts';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compilePolicy } from '../index.js';
import { VERDICT_ADJECTIVES } from './lexicon/denigration.js';
import { abuseReasons } from './test-support.js';

const strict = compilePolicy(resolvePolicy({ abuse: { criticism: 'flag' } }));
const abuse = abuseReasons;

const adjective = fc.constantFrom(...VERDICT_ADJECTIVES);

const VERDICTS: ReadonlyArray<(a: string) => string> = [
  (a) => `${a[0]?.toUpperCase()}${a.slice(1)}.`,
  (a) => `How ${a}! The bridge was paid for twice.`,
  (a) => `We waited an hour for the shuttle. That's ${a}.`,
  (a) => `Honestly, it was ${a}, and everyone in the hall knew it.`,
  (a) => `Absolutely ${a}!!!`,
  (a) => `I think that is just ${a}.`,
  (a) => `What a ${a} question to ask a nurse.`,
  (a) => `Nobody needs any more ${a} excuses from the ferry operator.`,
  (a) => `${a[0]?.toUpperCase()}${a.slice(1)} overreaction by the parish board.`,
  (a) => `The whole committee looked ${a}, as usual.`,
  (a) => `Only someone ${a} enough to trust the operator would pay that.`,
  (a) => `It was so ${a} I walked out before the vote.`,
  (a) => `Honestly that is so ${a} that nobody in the hall laughed.`,
];

const CRITICISM: ReadonlyArray<(a: string) => string> = [
  (a) => `The parking policy is ${a} and short-sighted.`,
  (a) => `This is a ${a} policy. Tax the lorries instead.`,
  (a) => `Their budget for the ferries is ${a} and frankly careless.`,
  (a) => `That was not a ${a} question at all.`,
  (a) => `There are no ${a} questions in a council meeting.`,
  (a) => `It isn't ${a} to ask for a refund.`,
  (a) => `The ferry timetable is so ${a} that I drove instead.`,
  (a) => `No ${a} questions, I promise, just the figures.`,
  (a) => `It is not your ${a} idea I object to, it is the cost.`,
  (a) => `It isn't your ${a} idea I object to, it is the cost.`,
];

describe('a verdict adjective said of what someone said or did is denigration', () => {
  it('holds it alone, of a bare "this"/"that"/"it", or of an act, with only the adjective as evidence', () => {
    fc.assert(
      fc.property(adjective, fc.constantFrom(...VERDICTS), (a, frame) => {
        const body = frame(a);
        const reasons = abuse(body, strict);
        expect(reasons, body).toHaveLength(1);
        const r = reasons[0];
        expect(r?.evidence.map((e) => e.text.toLowerCase())).toEqual([a]);
        // A strong adjective alone ("Stupid!") is name-calling of someone; the rest judge what was said or done,
        // which only a site that flags criticism holds: by default it is a note.
        if (r?.rule === 'abuse.denigration') expect(abuse(body), body).toEqual([]);
        else expect(r?.rule).toBe('abuse.insult.directed');
      }),
      { numRuns: 200 },
    );
  });

  it("aims it at the reader when it judges the reader's words", () => {
    fc.assert(
      fc.property(adjective, (a) => {
        for (const body of [
          `Your analogy is ${a}.`,
          `Spare us your ${a} excuses.`,
          `Don't be ${a}.`,
          `It is in the article, ${a}!`,
        ]) {
          const r = abuse(body).find((x) => x.rule === 'abuse.insult.directed');
          expect(r, body).toBeDefined();
          expect(r?.message, body).toContain('another reader');
        }
      }),
      { numRuns: 60 },
    );
  });

  it("aims it at the reader when it judges the reader's thought, or a reply in a bare verdict", () => {
    fc.assert(
      fc.property(adjective, (a) => {
        for (const body of [
          `Nobody shares your ${a} belief about the toll.`,
          `We should tax ${a} ideas like yours.`,
          `What a ${a} comment.`,
          `What a ${a} response of yours.`,
          `That is a ${a} reply, nothing more.`,
          `No, that is your ${a} racist opinion.`,
          `What a ${a} thing to say.`,
          `Your logic is ${a} as always.`,
          `That has to be the most ${a} rebuttal I have read on this forum.`,
          `This must be the most ${a} retort yet.`,
          `That does not prove your ${a} generalization.`,
          `It never changes your ${a} view.`,
        ]) {
          const r = abuse(body).find((x) => x.rule === 'abuse.insult.directed');
          expect(r?.message, body).toContain('another reader');
          expect(
            r?.evidence.map((e) => e.text.toLowerCase()),
            body,
          ).toEqual([a]);
        }
      }),
      { numRuns: 60 },
    );
  });

  it("leaves someone else's words, and ideas nobody owns, to the criticism policy", () => {
    fc.assert(
      fc.property(adjective, (a) => {
        for (const body of [
          `What a ${a} idea from the ferry board.`,
          `A ${a} comment by the mayor started the row.`,
          `The ferry board's ${a} reply was read out twice.`,
          `Their ${a} theory about the bridge fell apart.`,
          `Sorry, that was a ${a} comment of mine.`,
          `The ${a} response of the agency cost the town a week.`,
          `What a ${a} thing to do with the ferry budget.`,
        ])
          expect(abuse(body), body).toEqual([]);
      }),
      { numRuns: 60 },
    );
  });

  it('leaves criticism of a policy, plan or budget, and denied verdicts, approved', () => {
    fc.assert(
      fc.property(adjective, fc.constantFrom(...CRITICISM), (a, frame) => {
        const body = frame(a);
        expect(abuse(body), body).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });

  it.each([
    'That is insane, what a goal!',
    'It was sad to see the old pier go.',
    'That is crazy good value for a season ticket.',
  ])('leaves praise and sympathy alone: %s', (body) => {
    expect(abuse(body)).toEqual([]);
  });
});

describe('whom harsh words are aimed at', () => {
  const insult = (body: string) => abuse(body).find((x) => x.rule === 'abuse.insult.directed');

  it.each([
    ['You sound like an idiot, frankly.', 'another reader'],
    ['He looks like a complete fool on that stage.', 'a named person'],
    ["It's just stupid people shouting again.", 'a group of people'],
    ['Only stupid local councillors would sign that.', 'a group of people'],
    ['The mayor is a lying, gutless, two-faced weasel.', 'Insult aimed at'],
    ['Fucking maggots, the lot of them.', 'Insult aimed at'],
    ["Senator Blake's hypocrisy is breathtaking.", 'a named person'],
    ['The hypocrisy of these politicians never ends.', 'a group of people'],
    ['These three clowns ran the budget into the ground.', 'a group of people'],
    ['Xenophobic vermin like you ruin this site.', 'another reader'],
  ])('%s', (body, target) => {
    expect(insult(body)?.message, body).toContain(target);
  });

  it('judges what someone said when it is the subject ("her statement was stupid"), not a plan', () => {
    fc.assert(
      fc.property(adjective, fc.constantFrom('statement', 'comment', 'remark', 'answer'), (a, act) => {
        // Held where a site flags criticism; by default denigration of the words is a note.
        expect(abuse(`Her ${act} was ${a}.`, strict).length, act).toBe(1);
        expect(
          abuse(`Her ${act} was ${a}.`).filter((r) => r.rule === 'abuse.denigration'),
          act,
        ).toEqual([]);
        expect(
          abuse(`Her budget plan was ${a} and costly.`, strict).filter((r) => r.rule === 'abuse.denigration'),
        ).toEqual([]);
      }),
      { numRuns: 80 },
    );
  });
});

describe('body-part idioms', () => {
  it('holds "X my ass!" as a dismissal, not "laughing my ass off"', () => {
    expect(abuse('Hard-working my ass! He never turned up.', strict).map((r) => r.rule)).toEqual(['abuse.denigration']);
    expect(abuse('Hard-working my ass! He never turned up.')).toEqual([]);
    expect(abuse('Laughing My Fucking Ass Off at this one')).toEqual([]);
    expect(abuse('We worked our asses off for that trophy.')).toEqual([]);
  });
});

describe('adjectives that also name a person', () => {
  it.each(['racist', 'sexist'])('holds "%s" used as a noun, not describing a noun', (w) => {
    expect(abuse(`Hollis backs a ${w} for mayor.`).map((r) => r.rule)).toEqual(['abuse.insult.directed']);
    expect(abuse(`Hit the ${w}s where it hurts.`).map((r) => r.rule)).toEqual(['abuse.insult.directed']);
    expect(abuse(`That is a ${w} term and the paper should drop it.`)).toEqual([]);
    expect(abuse(`We must never be ${w}s about this.`)).toEqual([]);
  });
});

describe('"your" and "you\'re" written for each other', () => {
  const ADJECTIVES = ['stupid', 'lazy', 'ridiculous'];
  for (const adjective of ADJECTIVES) {
    for (const between of ['so', 'too', 'just', 'really', 'being'])
      it(`Your ${between} ${adjective}.`, () => {
        const r = abuse(`Your ${between} ${adjective}.`).filter((x) => x.score >= 0.5);
        expect(r.map((x) => x.message).every((m) => m.includes('aimed at another reader'))).toBe(true);
        expect(r.flatMap((x) => x.evidence.map((e) => e.text))).toEqual([adjective]);
      });
  }
  for (const adjective of ['stupid', 'idiotic', 'ridiculous']) {
    for (const noun of ['post', 'comment', 'argument'])
      for (const youre of ["You're", 'Youre'])
        it(`${youre} ${noun} was ${adjective}.`, () => {
          const r = abuse(`${youre} ${noun} was ${adjective}.`).filter((x) => x.score >= 0.5);
          expect(r.map((x) => x.message).every((m) => m.includes('aimed at another reader'))).toBe(true);
          expect(r.flatMap((x) => x.evidence.map((e) => e.text))).toEqual([adjective]);
        });
  }

  it.each([
    'Your so stupid plan failed.',
    'Your just cause is lost.',
    "You're right, the plan was stupid.",
    "You're late and the bus was ridiculous.",
  ])('%s stays with the thing', (body) => {
    expect(abuse(body).filter((x) => x.score >= 0.5)).toEqual([]);
  });
});

describe('"your" before an adjective that describes no noun is "you\'re"', () => {
  it.each([
    ['Your lazy.', 'lazy'],
    ['We know your insane, and rude.', 'insane'],
    ['Your clueless and it shows.', 'clueless'],
  ])('%s', (body, word) => {
    const r = abuse(body).filter((x) => x.score >= 0.5);
    expect(r.map((x) => x.message).every((m) => m.includes('aimed at another reader'))).toBe(true);
    expect(r.flatMap((x) => x.evidence.map((e) => e.text))).toEqual([word]);
  });

  it.each(['Your lazy dog barked.', 'I love your crazy hat.'])('%s stays clean', (body) => {
    expect(abuse(body).filter((x) => x.score >= 0.5)).toEqual([]);
  });
});

describe('"a useless piece of ..." is said of whoever the clause names', () => {
  it.each([
    ['You are honestly one useless piece of work.', 'another reader'],
    ["He's a useless piece of work.", 'a named person'],
  ])('%s', (body, target) => {
    const r = abuse(body).find((x) => x.evidence.some((e) => e.text === 'useless'));
    expect(r?.message).toContain(`aimed at ${target}`);
  });

  it.each(['This article is a useless piece of junk.', 'That was a stupid piece of legislation.'])(
    '%s stays clean',
    (body) => {
      expect(abuse(body).filter((x) => x.score >= 0.5)).toEqual([]);
    },
  );
});
