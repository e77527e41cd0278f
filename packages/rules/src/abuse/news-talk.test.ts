import { describe, expect, it } from 'vitest';
import { abuseReasons } from './test-support.js';

/** Abuse reasons that would hold the comment under the default policy. */
const held = (body: string) => abuseReasons(body).filter((r) => r.score >= 0.5);

/** Violent verbs in their figurative news sense: said of a deal, a bill, a budget named with a capitalised word. */
const VERBS = ['kill', 'shoot down', 'torch', 'gut', 'bomb', 'execute', 'bury'];
const THINGS = [
  'the Canadian pipeline deal',
  'the Keystone project',
  'the Ford budget',
  'the Fisheries Act reforms',
  'the Olympics bid',
  'the Walmart deal',
  'the Trudeau agenda',
];
const THING_FRAMES = [
  (v: string, t: string) => `We should ${v} ${t}.`,
  (v: string, t: string) => `The committee will ${v} ${t} next week.`,
  (v: string, t: string) => `Someone needs to ${v} ${t} before it passes.`,
  (v: string, t: string) => `Let's ${v} ${t} once and for all.`,
];

describe('violent verbs said of things stay clean', () => {
  for (const frame of THING_FRAMES)
    for (const v of VERBS)
      for (const t of THINGS) {
        const body = frame(v, t);
        it(body, () => expect(held(body)).toEqual([]));
      }
});

describe('the same verbs said of people are still threats', () => {
  const PEOPLE = ['Trudeau', 'Harper', 'the Mayor', 'the Liberal scum', 'the Canadian', 'the Mexican', 'him', 'them'];
  const VIOLENT = ['kill', 'shoot', 'stab', 'hang'];
  for (const v of VIOLENT)
    for (const p of PEOPLE)
      for (const body of [`Someone should ${v} ${p}.`, `We should ${v} ${p}.`]) {
        it(body, () => expect(held(body).map((r) => r.rule)).toContain('abuse.threat'));
      }
  for (const body of ['Kill the Mayor now.', "Let's kill the Liberal scum.", 'Kill the traitors.'])
    it(body, () => expect(held(body).map((r) => r.rule)).toContain('abuse.threat'));
});

describe('threats a news report gives to someone else stay clean', () => {
  const REPORTS = [
    (v: string) => `The court heard he said he would ${v} her.`,
    (v: string) => `According to police, the suspect told the victim he would ${v} him.`,
    (v: string) => `He was charged after telling a clerk he would ${v} him.`,
    (v: string) => `Witnesses said the gunman shouted that he would ${v} everyone.`,
    (v: string) => `She allegedly texted her ex that she would ${v} him.`,
  ];
  for (const frame of REPORTS)
    for (const v of ['kill', 'shoot', 'stab', 'strangle']) {
      const body = frame(v);
      it(body, () => expect(held(body)).toEqual([]));
    }
  it('a warning attributed after a comma', () => expect(held('Smoking will kill you, doctors warn.')).toEqual([]));

  for (const body of [
    'I said he would kill you and I meant it.',
    'I will kill you.',
    'He deserves to be shot.',
    'Someone should hang Trudeau.',
  ])
    it(`still held: ${body}`, () => expect(held(body).map((r) => r.rule)).toContain('abuse.threat'));
});

describe('claims about a group that the sentence denies or reports stay clean', () => {
  const GROUPS = ['Muslims', 'Mexicans', 'immigrants', 'Jews', 'refugees', 'black people'];
  const CLAIMS = ['terrorists', 'rapists', 'criminals', 'vermin', 'lazy'];
  const DENIALS = [
    (g: string, c: string) => `Not all ${g} are ${c}.`,
    (g: string, c: string) => `It is wrong to say that ${g} are ${c}.`,
    (g: string, c: string) => `Trump claimed ${g} are ${c}, which is a lie.`,
    (g: string, c: string) => `The idea that ${g} are ${c} is a myth.`,
  ];
  for (const frame of DENIALS)
    for (const g of GROUPS)
      for (const c of CLAIMS) {
        const body = frame(g, c);
        it(body, () => expect(held(body)).toEqual([]));
      }
  for (const g of GROUPS)
    for (const c of ['terrorists', 'rapists', 'vermin']) {
      for (const body of [`${g} are ${c}.`, `All ${g} are ${c}.`, `I think ${g} are ${c}.`])
        it(`still held: ${body}`, () => expect(held(body)).not.toEqual([]));
    }
});

describe('ordinary news sentences with risky words stay clean', () => {
  for (const body of [
    'I hope the Leafs suffer a long losing streak.',
    'The Raptors killed it tonight.',
    'The Leafs should fire the coach.',
    'I hope the Oilers crush the Flames tonight.',
    'Kill the bill.',
    "Let's hang this policy out to dry.",
    'We need to beat the deadline.',
    'The Liberals will crush the opposition at the polls.',
    'She would destroy their argument in a debate.',
    'Most immigrants are hard-working.',
    'The Chinese government is corrupt.',
    'Jews and Muslims marched together.',
    'Police said the suspect threatened to kill his neighbour.',
    "The minister called the protesters 'thugs', which was unfair.",
    "I'm such an idiot, I forgot my keys.",
    'My silly dog ate the newspaper again.',
    'The team did a dummy run of the evacuation.',
    'The gay pride parade drew thousands downtown.',
    'Black voters turned out in record numbers.',
    'We stayed at the Oriental Hotel in Bangkok.',
    'Dick Cheney defended the war again.',
    'Scunthorpe United won on Saturday.',
    "I'd kill for a Stanley Cup in Toronto.",
    'The vaccine will kill the virus.',
    'High rents are killing small businesses downtown.',
  ])
    it(body, () => expect(held(body)).toEqual([]));
});

describe('violent passives said of a thing, and phrasal verbs, stay clean', () => {
  const THINGS = ['The bill', 'The pipeline', 'This new carbon tax', 'The proposal', 'That policy'];
  const PASSIVES = ['should be killed', 'deserves to be buried', 'must be shot down', 'needs to be gutted'];
  for (const t of THINGS)
    for (const p of PASSIVES) {
      const body = `${t} ${p}.`;
      it(body, () => expect(held(body)).toEqual([]));
    }
  for (const body of [
    'That policy needs to be put out of its misery.',
    'The Jays should hang onto Stroman.',
    'We should hang on to Kessel for another year.',
  ])
    it(body, () => expect(held(body)).toEqual([]));
  for (const body of ['He should be killed.', 'The mayor deserves to be shot.', 'That traitor must be hanged.'])
    it(`still held: ${body}`, () => expect(held(body).map((r) => r.rule)).toContain('abuse.threat'));
});

describe('crimes, pets and dogs are not people', () => {
  for (const body of [
    'He should be jailed for fraud.',
    'She was convicted of fraud last year.',
    'He was charged with fraud and breach of trust.',
    "The breeder's bitch had a litter of six.",
    'Our bitch goes to the stud next month.',
    'Not every immigrant is a criminal.',
  ])
    it(body, () => expect(held(body)).toEqual([]));
  for (const adjective of ['stupid', 'dumb', 'silly', 'lazy'])
    for (const pet of ['cat', 'dog', 'puppy'])
      for (const owner of ['My', 'Our']) {
        const body = `${owner} ${adjective} ${pet} knocked over the coffee again.`;
        it(body, () => expect(held(body)).toEqual([]));
      }
  for (const body of ['He is a fraud.', 'What a fraud you are.', 'Not all of them are as dumb as you.'])
    it(`still held: ${body}`, () => expect(held(body)).not.toEqual([]));
});

describe('business, health and self-deprecation', () => {
  for (const body of [
    'This merger will gut Canadian jobs.',
    'The tariffs should kill Ontario subsidies.',
    'Police say the teen posted that he would shoot up his school.',
    "I must be stupid, but I don't understand the new tax form.",
    'I might be dumb, but this budget makes no sense.',
  ])
    it(body, () => expect(held(body)).toEqual([]));
  for (const body of ['We should kill Muslim kids.', 'I posted that I would kill him.', 'You must be stupid.'])
    it(`still held: ${body}`, () => expect(held(body)).not.toEqual([]));
});

describe("another's name for a group, reported", () => {
  for (const g of ['Mexicans', 'Muslims', 'immigrants'])
    for (const n of ['rapists', 'terrorists', 'criminals']) {
      for (const body of [`Trump called ${g} ${n} in 2015.`, `Calling all ${g} ${n} is bigotry.`])
        it(body, () => expect(held(body)).toEqual([]));
      it(`still held: ${g} ${n} everywhere.`, () => expect(held(`${g} ${n} everywhere.`)).not.toEqual([]));
    }
});
