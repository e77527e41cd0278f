/**
 * Threats, harassment, insults and attacks on groups quoted as someone else's words, reported as news or
 * condemned, are not the commenter's own; quoted to agree, or with no one else saying them, they are.
 */
import { describe, expect, it } from 'vitest';
import { abuseReasons as abuse } from './test-support.js';

describe('quotations reported as someone else words', () => {
  it.each([
    'The court heard the voicemails, including "I know where you live", before the verdict.',
    'His note read "I\'ll kill you if you go to the police." The jury saw it twice.',
    'The councillor was told to "die in a fire" in dozens of emails this month.',
    'The MEP\'s old post called refugees "vermin". He has since apologised.',
    'My aunt was called a "dirty foreigner" when she started school here.',
    'The report says the supervisor told cleaners they were "worthless".',
    "The landlord texted 'I know where your kids go to school' and the police did nothing.",
    'In court he went on to say "I\'ll kill you" to the witness, the paper reports.',
  ])('%s', (body) => {
    expect(abuse(body)).toEqual([]);
  });
});

describe('a quotation opening its sentence, named as a slogan, a headline or a line', () => {
  const quotes = ['Bomb them all', 'Women belong in the kitchen', 'Feed him to the sharks', 'You are an idiot'];
  const names = ['was the headline in 1955', 'was a terrible slogan', 'is a line from the film', 'was their chant'];
  it('is mentioned, not said: every quotation under every name', () => {
    for (const q of quotes)
      for (const n of names) {
        const body = `"${q}" ${n}.`;
        expect(
          abuse(body).filter((r) => r.score >= 0.5),
          body,
        ).toEqual([]);
      }
  });

  it.each([
    '"Bomb them all" is my motto.',
    '"You are an idiot" is what I think of you.',
    'Bomb them all was the plan.',
  ])("is said when it is the commenter's, or named as nothing: %s", (body) => {
    expect(abuse(body).filter((r) => r.score >= 0.5)).not.toEqual([]);
  });
});

describe('quotations the commenter makes their own', () => {
  it.each([
    'As my uncle says, "refugees are vermin" and he is right.',
    'Here is my reply: "I know where you live"',
    'I\'ll say it once more: "die in a fire"',
    'You were told to "die in a fire" and you deserved it.',
    'These so-called "journalists" are worthless.',
    'They should all be told "I know where you live".',
  ])('%s', (body) => {
    expect(abuse(body)).not.toEqual([]);
  });
});

describe('a sentence given to someone else after a comma', () => {
  const insults = ['You are an idiot', 'What a stupid comment', 'That was a silly thing to say', 'You moron'];
  const others = ['the mayor admitted', 'her spokesman said', 'the coach conceded', 'a neighbour wrote'];
  const own = ['as I said', 'I said', 'you know', 'and everyone agrees', 'the mayor said to nobody in particular'];

  it('is theirs when the sentence ends on the verb that says whose it was', () => {
    for (const insult of insults) for (const who of others) expect(abuse(`${insult}, ${who}.`), who).toEqual([]);
  });

  it('stays the commenter’s when they say it, or the sentence goes on', () => {
    for (const insult of insults) for (const tail of own) expect(abuse(`${insult}, ${tail}.`), tail).not.toEqual([]);
  });
});

describe("a quotation given as someone else's words, messages or names", () => {
  const quotes = [
    'you are a worthless tramp',
    'the players are cowards',
    'those lying crooks',
    'idiots, the lot of you',
  ];
  const reported = [
    (q: string) => `The inquiry quoted an email reading '${q}' from the head of department.`,
    (q: string) => `The coach's actual words were '${q}', according to the club.`,
    (q: string) => `The text message was "${q}" and the police are looking into it.`,
    (q: string) => `My uncle always called the bank '${q}' at dinner.`,
    (q: string) => `The sign outside was saying "${q}" all week.`,
  ];
  const own = [
    (q: string) => `My words were '${q}' and I stand by them.`,
    (q: string) => `Our reply was "${q}", and we meant it.`,
    (q: string) => `I'd call them '${q}' to their faces.`,
    (q: string) => `We can call them "${q}" now, can't we?`,
  ];
  it('is reported, every quotation in every frame', () => {
    for (const q of quotes)
      for (const frame of reported) {
        const body = frame(q);
        expect(
          abuse(body).filter((r) => r.score >= 0.5),
          body,
        ).toEqual([]);
      }
  });
  it("is the commenter's own when the words are theirs", () => {
    for (const q of quotes)
      for (const frame of own) {
        const body = frame(q);
        expect(abuse(body).length, body).toBeGreaterThan(0);
      }
  });
  it('ends at a one-word quotation: a name after it is no longer inside a quotation', () => {
    const body = 'Quit calling this country the "fatherland" and fire that idiot "no comment" spokesman.';
    expect(abuse(body).map((r) => r.rule)).toContain('abuse.insult.directed');
  });
});
