import { describe, expect, it } from 'vitest';
import { abuseReasons } from './test-support.js';

const abuse = abuseReasons;

describe('a strong adjective said of people by the shape of the clause', () => {
  it.each([
    ['They lost the vote by being stupid and careless.', 'someone', 'stupid'],
    ['Were the senators really that idiotic?', 'a group of people', 'idiotic'],
    ['Are they dumb or just lazy?', 'a group of people', 'dumb'],
    ['At least we are not stupid enough to buy his book.', 'someone', 'stupid'],
    ['It is remarkable how ignorant you are about farming.', 'another reader', 'ignorant'],
    ['Few people are as dumb as you.', 'another reader', 'dumb'],
    ['Spineless, the lot, and more corrupt than they were.', 'a group of people', 'corrupt'],
    ['The mayor keeps saying ridiculous things about the harbour.', 'a named person', 'ridiculous'],
    ['Honestly, those councillors do a lot of idiotic things.', 'a group of people', 'idiotic'],
    ['He must be deranged.', 'a named person', 'deranged'],
    ['The ferry was late again. Was the senator drunk or just stupid?', 'a named person', 'stupid'],
    ['Some people that are so stupid believe it.', 'a group of people', 'stupid'],
    ['It is easy to mock the stupid and lazy.', 'a group of people', 'stupid'],
    ['She not careful, she dumb!', 'a named person', 'dumb'],
    ['Cutting useless recycled bureaucrats saves money.', 'a group of people', 'useless'],
    ['Those four are a disgrace.', 'a group of people', 'disgrace'],
    ['They might be delusional, or worse.', 'a group of people', 'delusional'],
    ["It's not the weapon, stupid.", 'another reader', 'stupid'],
    ["No, it isn't about money, dumb.", 'another reader', 'dumb'],
    ['Honestly the panel members could not be any more idiotic.', 'a group of people', 'idiotic'],
  ])('%s', (body, target, word) => {
    const r = abuse(body).find((x) => x.rule === 'abuse.insult.directed');
    expect(r?.message).toContain(`aimed at ${target}`);
    expect(r?.evidence.map((e) => e.text)).toEqual([word]);
  });
});

describe('ideas and denials stay clean', () => {
  it.each([
    'The plan being stupid was never the question.',
    'He is not stupid enough to sign that contract.',
    'Investors win by not being stupid with money.',
    'The plan was so stupid you could laugh.',
    'This policy is as dumb as the last one.',
    'We all do silly things at that age.',
    'I did stupid things as a student, like everyone.',
    'The mayor never says stupid things in public.',
    'The council does a lot of silly things with parking.',
    'The plan must be deranged.',
    'That was the stupid part, honestly.',
    'She said it was not dumb.',
    'These four rules are a disgrace.',
    'The plan that is stupid failed.',
    'It must be insane out there tonight.',
    'She would be crazy to turn the offer down.',
    "He's not lazy, stupid, or corrupt.",
    'My uncle would never have been so ignorant about the rules.',
    "She wouldn't ever be so stupid with money.",
    "They haven't been so lazy since the strike.",
  ])('%s', (body) => {
    expect(abuse(body).filter((x) => x.rule === 'abuse.insult.directed')).toEqual([]);
  });
});

describe('"being" or "been" after the verb of being', () => {
  it.each([
    ["You're being ridiculous.", 'another reader', 'ridiculous'],
    ['You are being silly again.', 'another reader', 'silly'],
    ['The senators have been useless for years.', 'a group of people', 'useless'],
  ])('%s', (body, target, word) => {
    const r = abuse(body).find((x) => x.rule === 'abuse.insult.directed');
    expect(r?.message).toContain(`aimed at ${target}`);
    expect(r?.evidence.map((e) => e.text)).toEqual([word]);
  });

  it.each(['The plan has been stupid from the start.', 'It has been ridiculous.', 'This is being silly about it.'])(
    '%s stays clean',
    (body) => {
      expect(abuse(body).filter((x) => x.rule === 'abuse.insult.directed')).toEqual([]);
    },
  );
});

describe('"how X are you": the question puts the verb of being first', () => {
  it.each([
    ['How crazy are you?', 'another reader', 'crazy'],
    ['Honestly, how silly are they?', 'a group of people', 'silly'],
    ['How ridiculous is he?', 'a named person', 'ridiculous'],
  ])('%s', (body, target, word) => {
    const r = abuse(body).find((x) => x.rule === 'abuse.insult.directed');
    expect(r?.message).toContain(`aimed at ${target}`);
    expect(r?.evidence.map((e) => e.text)).toEqual([word]);
  });

  it.each(['How crazy is it?', 'How crazy are the prices?', 'How silly is this plan?'])('%s stays clean', (body) => {
    expect(abuse(body).filter((x) => x.rule === 'abuse.insult.directed')).toEqual([]);
  });
});

describe('"like you" after the noun an adjective describes makes the reader one of them', () => {
  const NOUNS = ['mouths', 'tools', 'specimens', 'creatures'];
  const ADJECTIVES = ['useless', 'lazy', 'stupid', 'clueless'];
  for (const noun of NOUNS)
    for (const adjective of ADJECTIVES)
      it(`We need fewer ${adjective} ${noun} like you.`, () => {
        const r = abuse(`We need fewer ${adjective} ${noun} like you.`).find((x) => x.rule === 'abuse.insult.directed');
        expect(r?.message).toContain('aimed at another reader');
        expect(r?.evidence.map((e) => e.text)).toEqual([adjective]);
      });

  it.each([
    'I have a stupid car like you have.',
    'We bought the same useless phone like you did.',
    'Stupid ideas like you always post.',
  ])('%s stays clean', (body) => {
    expect(abuse(body).filter((x) => x.rule === 'abuse.insult.directed')).toEqual([]);
  });
});

describe('a question opening with the verb of being asks about the person after it', () => {
  it.each([
    ['Is he insane?', 'a named person', 'insane'],
    ['Is the mayor crazy?', 'a named person', 'crazy'],
    ['Is this guy stupid or what?', 'a named person', 'stupid'],
    ['Are these senators that silly?', 'a group of people', 'silly'],
  ])('%s', (body, target, word) => {
    const r = abuse(body).find((x) => x.rule === 'abuse.insult.directed');
    expect(r?.message).toContain(`aimed at ${target}`);
    expect(r?.evidence.map((e) => e.text)).toEqual([word]);
  });

  it.each(['Is it crazy?', 'Is this plan crazy?', 'Is the weather crazy today?', 'Is that ridiculous?'])(
    '%s stays clean',
    (body) => {
      expect(abuse(body).filter((x) => x.rule === 'abuse.insult.directed')).toEqual([]);
    },
  );
});

describe('"appear" says what someone is, as "look" and "seem" do', () => {
  it.each([
    ['It makes you appear less foolish.', 'another reader', 'foolish'],
    ['You appear clueless about farming.', 'another reader', 'clueless'],
    ['He appears lazy to me.', 'a named person', 'lazy'],
  ])('%s', (body, target, word) => {
    const r = abuse(body).find((x) => x.rule === 'abuse.insult.directed');
    expect(r?.message).toContain(`aimed at ${target}`);
    expect(r?.evidence.map((e) => e.text)).toEqual([word]);
  });

  it.each(['The plan appears stupid.', 'It appears ridiculous.', 'The results appear silly at first.'])(
    '%s stays clean',
    (body) => {
      expect(abuse(body).filter((x) => x.rule === 'abuse.insult.directed')).toEqual([]);
    },
  );
});

describe('the reader told not to be it, and a sentence opening with "X enough to"', () => {
  it.each([
    ["Don't be this lazy and check the facts.", 'another reader', 'lazy'],
    ['Please do not be that clueless.', 'another reader', 'clueless'],
    ['Dumb enough to believe him.', 'someone', 'Dumb'],
    ['Lazy enough to skip the vote, as usual.', 'someone', 'Lazy'],
  ])('%s', (body, target, word) => {
    const r = abuse(body).find((x) => x.rule === 'abuse.insult.directed');
    expect(r?.message).toContain(`aimed at ${target}`);
    expect(r?.evidence.map((e) => e.text)).toEqual([word]);
  });

  it.each([
    "Don't be late.",
    "He said don't be lazy about it.",
    'Crazy enough to work, the plan passed.',
    'The plan is stupid enough to work.',
  ])('%s stays clean', (body) => {
    expect(abuse(body).filter((x) => x.rule === 'abuse.insult.directed')).toEqual([]);
  });
});

describe('an adjective "of" the one who did it', () => {
  const adjectives = ['stupid', 'idiotic', 'dumb', 'silly', 'foolish'];
  const doers: Array<[string, string]> = [
    ['you', 'another reader'],
    ['the councillors', 'a group of people'],
    ['the new premier', 'a named person'],
    ['Mr Smith', 'a named person'],
  ];
  it('names the doer', () => {
    for (const a of adjectives)
      for (const [who, target] of doers) {
        const body = `That was really ${a} of ${who}.`;
        const r = abuse(body).find((x) => x.rule === 'abuse.insult.directed');
        expect(r?.message, body).toContain(`aimed at ${target}`);
        expect(r?.evidence.map((e) => e.text)).toEqual([a]);
      }
  });
  it.each(['It is the most stupid of ideas.', 'That was the silliest of the three plans.', 'How silly of me.'])(
    'ideas and the writer stay clean: %s',
    (body) => {
      expect(abuse(body).filter((x) => x.rule === 'abuse.insult.directed')).toEqual([]);
    },
  );
});
