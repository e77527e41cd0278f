import { describe, expect, it } from 'vitest';
import { abuseReasons } from './test-support.js';

const abuse = abuseReasons;

describe('abuse: catches', () => {
  it.each([
    ['you absolute moron', 'abuse.insult.directed'],
    ['Honestly you are such a halfwit, Gary', 'abuse.insult.directed'],
    ['the columnist is a lazy, lying weasel', 'abuse.insult.directed'],
    ['people who vote like this are brainless sheep', 'abuse.insult.directed'],
    ['y o u  a r e  p a t h e t i c', 'abuse.insult.directed'],
    ['what a d.i.c.k.h.e.a.d', 'abuse.insult.directed'],
    ['you ıdıot', 'abuse.insult.directed'],
    ['you utter tw@t', 'abuse.insult.directed'],
    ['sh*t for brains, you b*tch', 'abuse.insult.directed'],
    ['you are sooo stuuuuupid', 'abuse.insult.directed'],
    ['you are an id🤡iot', 'abuse.insult.directed'],
    ['you absolute mo_ron', 'abuse.insult.directed'],
    ['YOU ARE AN ID.IOT', 'abuse.insult.directed'],
    ['you are an i🙂d🙂i🙂o🙂t', 'abuse.insult.directed'],
    ['someone should hang the editor', 'abuse.threat'],
    ['I know where you live and where you work', 'abuse.threat'],
    ['people like her should be shot', 'abuse.threat'],
    ['I will find you and hurt you', 'abuse.threat'],
    ["I'm gonna beat you up after the match", 'abuse.threat'],
    ["we'll smash your face in", 'abuse.threat'],
    ['i will break his legs', 'abuse.threat'],
    ['kys', 'abuse.self-harm'],
    ['just go and kill urself', 'abuse.self-harm'],
    ['nobody would miss you if you jumped off a cliff', 'abuse.self-harm'],
    ['I hope you and your family starve', 'abuse.threat.wish'],
    ['go back to where you came from', 'abuse.harassment'],
    ['Put your tiny penis away and read the bylaw.', 'abuse.harassment'],
    ['Does your dick lean left too?', 'abuse.harassment'],
    ['The councillor is just the developer’s lap dog.', 'abuse.insult.directed'],
    ['Those bank lap dogs on the committee voted it through.', 'abuse.insult.directed'],
    ['fuck off and take your opinions with you', 'abuse.profanity.directed'],
    ['those n1ggers again', 'abuse.slur'],
    ['typical f@ggot behaviour', 'abuse.slur'],
  ])('%s', (body, rule) => {
    const reasons = abuse(body);
    expect(reasons.map((r) => r.rule)).toContain(rule);
    for (const r of reasons) for (const e of r.evidence) expect(body.slice(e.start, e.end)).toBe(e.text);
  });

  it('says who the insult is aimed at and quotes the original spelling', () => {
    expect(abuse('Dev you are a m0r0n')[0]?.message).toBe("Insult aimed at another reader: 'm0r0n'");
    expect(abuse('The author is a complete cretin')[0]?.message).toBe("Insult aimed at the author: 'cretin'");
  });
});

describe('abuse: no false alarms', () => {
  it.each([
    'Scunthorpe and Penistone both voted for it.',
    'Essex, Sussex and Middlesex are counties.',
    'A cocktail of heat and drought.',
    'The assassination of the archduke started a war.',
    'Dickens wrote about poverty.',
    'Shiitake mushrooms are tasty.',
    'My therapist agrees with the analysis.',
    'Damn good reporting.',
    'Bloody hell, what a match.',
    'This policy is idiotic and the plan is stupid.',
    'What a dumb decision by the council.',
    'Militants killed twelve soldiers near the border.',
    'Shoot on sight was the order in 1942, the historian said.',
    'The striker should shoot more from distance.',
    'Kill the bill! Write to your MP.',
    'Hancock voted for this. Remember that.',
    'He took his own life after losing his job, please talk to someone.',
    'You reap what you sow.',
    'That was a witch hunt, not an inquiry.',
    'Our keeper is a beast and the defence got murdered.',
    'git push the fix when you can',
    'Pig farmers in the county are struggling.',
    'If you rat on your colleagues you lose trust.',
    'I dropped my pen.Is that a problem?',
    'Mid-term results: a 3-1 win for the co-op members, non-stop coverage.',
    'This will hurt you in the polls, minister.',
    'I will hurt my chances if I vote for them.',
    "I'll beat you at chess any day, and I'll beat you to the next scoop.",
    'We will break the deadlock by Friday.',
    'The referee said he would kick the ball out of play.',
    'Your Dick Francis novels are in the box by the door.',
    'Ask your doctor about your genitals if something hurts.',
    'The penis bone of a walrus is on show at the museum.',
    'My lap dog sleeps through every council meeting.',
    'She bought a lap dog for her mother after the move.',
    'The lap dog breeds are popular in flats.',
  ])('%s', (body) => {
    expect(abuse(body)).toEqual([]);
  });
});
