import { describe, expect, it } from 'vitest';
import { abuseReasons as abuse } from './test-support.js';

const held = (body: string) => abuse(body).filter((r) => r.score >= 0.5);

describe('hostile questions and jibes aimed at the reader', () => {
  it.each([
    ['Who the hell are you to lecture the rest of us?', 'Who the hell are you to'],
    ['What is wrong with you?', 'What is wrong with you'],
    ['Who the heck do you think you are?', 'Who the heck do you think you are'],
    ['So what the hell is your problem?', 'what the hell is your problem'],
    ["What the heck's wrong with you people", "What the heck's wrong with you"],
    ['Stay on topic and get back on your meds.', 'back on your meds'],
    ['Did you forget to take your meds again?', 'forget to take your meds'],
    ['Only a mental midget would write that.', 'mental midget'],
    ['The man is a total mental case.', 'mental case'],
    ['The press secretary is a butt kisser.', 'butt kisser'],
  ])('%s', (body, words) => {
    expect(held(body).flatMap((r) => r.evidence.map((e) => e.text))).toContain(words);
  });

  it.each([
    'What is wrong with the bus timetable?',
    'Who are you voting for in May?',
    'I went back on my meds last spring and feel better.',
    'Please remember to take your medication with food.',
    'The midget submarine was found off the coast.',
    'The mental case load at the clinic rose this year.',
  ])('plain questions and talk of medicine stay clean: %s', (body) => {
    expect(held(body)).toEqual([]);
  });
});

describe('curses and two-word spellings that name people', () => {
  it.each([
    ['He sounds like a real shit bag.', 'shit'],
    ['What a scum bag.', 'scum'],
    ['The man is a slime ball.', 'slime ball'],
    ['Only a dip shit would park there.', 'shit'],
    ['Sick fucks! Those are children.', 'Sick fucks'],
    ['The greedy little shits raised the rent again.', 'shits'],
    ['Some rich fucker bought the beach.', 'fucker'],
    ['My neighbour is a toolbag.', 'toolbag'],
  ])('%s', (body, words) => {
    expect(held(body).flatMap((r) => r.evidence.map((e) => e.text))).toContain(words);
  });

  it.each([
    'Old shit is piling up in the garage.',
    'I give zero fucks about the weather.',
    'The slime mould grew on the log.',
    'Pack a tool bag before the hike.',
    'The dirt balls of clay dried in the sun.',
  ])('stuff stays clean: %s', (body) => {
    expect(held(body)).toEqual([]);
  });
});
