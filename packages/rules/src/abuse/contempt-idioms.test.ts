import { describe, expect, it } from 'vitest';
import {
  DISGUST_PHRASES,
  DISGUST_STATES,
  DISGUST_VERBS,
  HIT_VERBS,
  KNOW_VERBS,
  NO_HOPE_FOR,
  PAST_SAVING,
} from './lexicon/contempt-idioms.js';
import { abuseReasons as abuse } from './test-support.js';

const directed = (body: string) => abuse(body).filter((r) => r.rule === 'abuse.insult.directed');
const evidence = (body: string) => directed(body).flatMap((r) => r.evidence.map((e) => e.text));
/** The bodies of `bodies` that are not held as an insult with `expected` as evidence. */
const missed = (bodies: string[], expected: (body: string) => string) =>
  bodies.filter((b) => !evidence(b).includes(expected(b)));
const heldOf = (bodies: string[]) => bodies.filter((b) => abuse(b).length > 0);

describe('a person as the cause of the writer’s disgust', () => {
  const HELD: Array<[(s: string) => string, string]> = [
    [(s) => `You make me ${s}.`, 'You make me'],
    [(s) => `Honestly, people like you make me ${s}.`, 'people like you make me'],
    [(s) => `You people really make us ${s}.`, 'You people really make us'],
    [(s) => `Every week the author makes me ${s}.`, 'the author makes me'],
    [(s) => `I read his posts and he makes me ${s}.`, 'he makes me'],
    [(s) => `You make me want to ${s} with every comment.`, 'You make me want to'],
    [(s) => `Honestly, our mayor makes me ${s}.`, 'our mayor makes me'],
    [(s) => `Their supporters make me ${s}.`, 'Their supporters make me'],
  ];
  it.each(HELD)('every feeling is held in the frame %#', (make, said) => {
    const bodies = DISGUST_STATES.map((s) => make(s));
    expect(missed(bodies, (b) => `${said} ${DISGUST_STATES[bodies.indexOf(b)]}`)).toEqual([]);
  });
  it('the reader named as the target', () => {
    expect(directed('You make me sick.')[0]?.message).toContain('another reader');
    expect(directed('The author makes me sick.')[0]?.message).toContain('the author');
  });
  it.each(DISGUST_VERBS)('"%s" said by a person of the writer is held', (v) => {
    expect(evidence(`You ${v} me.`)).toContain(`You ${v} me`);
    expect(evidence(`Frankly, your kind ${v} us.`)).toContain(`your kind ${v} us`);
  });
  it.each(DISGUST_PHRASES.map((p) => p.join(' ')))('"%s" is held', (p) => {
    const body = p.startsWith('my') || p.startsWith('our') ? `You make ${p}.` : `You make me ${p}.`;
    expect(evidence(body)).toContain(body.slice(0, -1));
  });
  // Things make people ill; the reader is made to feel it; a condition, negation or worry is no verdict.
  const CLEAN: Array<(s: string) => string> = [
    (s) => `This heat makes me ${s}.`,
    (s) => `The smell made me ${s}.`,
    (s) => `Eggs make you ${s}.`,
    (s) => `Oysters make me ${s}, so I skip them.`,
    (s) => `If you make me ${s} again I will complain to the cafe.`,
    (s) => `You don't make me ${s}, you make me laugh.`,
    (s) => `The thought of it makes me ${s}.`,
  ];
  it.each(CLEAN)('things and conditions stay clean in the frame %#', (make) => {
    expect(heldOf(DISGUST_STATES.map((s) => make(s)))).toEqual([]);
  });
  it.each(DISGUST_VERBS)('"%s" said of a thing or denied stays clean', (v) => {
    expect(heldOf([`It ${v} me that the council did this.`, `The smell ${v} me.`, `You never ${v} me.`])).toEqual([]);
  });
  it.each([
    'Sorry to hear you’re sick.',
    'You make me laugh every time, love your columns.',
    'You made me sick with worry last night.',
    'You make me so proud.',
    'They make me sick, those cheap pills.',
  ])('plain sentences stay clean: %s', (body) => {
    expect(abuse(body)).toEqual([]);
  });
});

describe('a person said to be past saving', () => {
  const phrases = PAST_SAVING.map((p) => p.join(' '));
  const HELD: Array<[(p: string) => string, string]> = [
    [(p) => `You are ${p}.`, 'You are'],
    [(p) => `Honestly, you’re ${p}.`, 'you’re'],
    [(p) => `You people are clearly ${p}.`, 'You people are clearly'],
    [(p) => `Forget it, he is ${p}.`, 'he is'],
    [(p) => `You must be ${p}.`, 'You must be'],
    [(p) => `You seem to be ${p}.`, 'You seem to be'],
  ];
  it.each(HELD)('every phrase is held in the frame %#', (make, said) => {
    expect(missed(phrases.map(make), (b) => `${said} ${phrases.find((p) => b.includes(` ${p}.`))}`)).toEqual([]);
  });
  // Things, denials, nobody, the writer, and a report of someone's health or fate.
  const CLEAN: Array<(p: string) => string> = [
    (p) => `The bridge is ${p}.`,
    (p) => `Don't give up, you're not ${p}!`,
    (p) => `Nobody is ${p}.`,
    (p) => `I felt like I was ${p}.`,
    (p) => `The patient is ${p}, the doctor said.`,
    (p) => `He was ${p} by the time the ambulance arrived.`,
    (p) => `This is ${p} for the council.`,
    (p) => `Honestly, Arsenal are ${p} this season.`,
  ];
  it.each(CLEAN)('stays clean in the frame %#', (make) => {
    expect(heldOf(phrases.map(make))).toEqual([]);
  });
});

describe('nothing can be done for the person', () => {
  const phrases = NO_HOPE_FOR.map((p) => p.join(' '));
  it.each(phrases)('"%s" said of a person is held', (p) => {
    expect(evidence(`There's ${p} you.`)).toContain(`There's ${p} you`);
    expect(evidence(`Sadly there is just ${p} people like you.`)).toContain(`there is just ${p} people like you`);
    expect(evidence(`There's ${p} him.`)).toContain(`There's ${p} him`);
  });
  it.each(phrases)('"%s" said of a thing, in the past or denied stays clean', (p) => {
    expect(
      heldOf([
        `There's ${p} the team this season.`,
        `There was ${p} him after the crash.`,
        `I don't think there's ${p} you.`,
        `The vet said there was ${p} the dog.`,
        `Sadly there's ${p} Arsenal this season.`,
      ]),
    ).toEqual([]);
  });
});

describe('a person blind to the obvious', () => {
  const pairs = KNOW_VERBS.flatMap((k) => HIT_VERBS.map((h) => [k, h] as const));
  it('every verb of knowing and every blow is held', () => {
    const bodies = pairs.flatMap(([k, h]) => [
      `You wouldn't ${k} a fact if it ${h} you in the face.`,
      `He would not ${k} the truth if it ${h} him.`,
      `They wouldn't ${k} a good idea if it came up and ${h} them.`,
    ]);
    expect(bodies.filter((b) => directed(b).length === 0)).toEqual([]);
  });
  it('the evidence is the idiom up to the one struck', () => {
    expect(evidence('You wouldn’t know a fact if it hit you in the face.')).toEqual([
      'You wouldn’t know a fact if it hit you',
    ]);
    expect(evidence('Smith? He wouldn’t know the truth if it landed on him.')).toEqual([
      'He wouldn’t know the truth if it landed on him',
    ]);
  });
  it.each(KNOW_VERBS)('"%s" without the blow, or said by the writer, stays clean', (k) => {
    expect(
      heldOf([
        `I wouldn't ${k}, I wasn't there.`,
        `You wouldn't ${k} the place if you saw it now.`,
        `I wouldn't ${k} a good fit if it hit me, I admit.`,
        `He wouldn't ${k} about it, he was away.`,
      ]),
    ).toEqual([]);
  });
});
