import { describe, expect, it } from 'vitest';
import { VERDICT_BARE, VERDICT_MALADIES, VERDICT_NAMES, VERDICT_SUPERLATIVES } from './lexicon/person-verdicts.js';
import { abuseReasons as abuse } from './test-support.js';

const directed = (body: string) => abuse(body).filter((r) => r.rule === 'abuse.insult.directed');
const evidence = (body: string) => directed(body).flatMap((r) => r.evidence.map((e) => e.text));
const article = (w: string) => (/^[aeiou]/.test(w) ? 'an' : 'a');

/** Each list with the phrase it is said in: "a nobody", "the worst", "a cancer", "nothing". */
const LISTS: Array<[string, readonly string[], (w: string) => string]> = [
  ['names', VERDICT_NAMES, (w) => `${article(w)} ${w}`],
  ['superlatives', VERDICT_SUPERLATIVES, (w) => `the ${w}`],
  ['maladies', VERDICT_MALADIES, (w) => `${article(w)} ${w}`],
  ['bare words', VERDICT_BARE, (w) => w],
];

describe('a person called a plain word by a verb of being', () => {
  const HELD: Array<[(p: string) => string, string]> = [
    [(p) => `Honestly, you're ${p}.`, 'another reader'],
    [(p) => `You are just ${p}, and everyone here knows it.`, 'another reader'],
    [(p) => `You were always ${p}!`, 'another reader'],
    [(p) => `Face it, he is ${p}.`, 'a named person'],
    [(p) => `Everyone knows she's ${p}.`, 'a named person'],
    [(p) => `You will always be ${p}.`, 'another reader'],
    [(p) => `Our premier is ${p}.`, 'a named person'],
    [(p) => `The president is ${p}, plain and simple.`, 'a named person'],
  ];
  describe.each(LISTS)('%s', (_, list, phrase) => {
    it.each(HELD)('every entry is held in the frame %#, naming %s', (make, target) => {
      expect(list.filter((w) => !evidence(make(phrase(w))).includes(phrase(w)))).toEqual([]);
      expect(list.filter((w) => !directed(make(phrase(w)))[0]?.message.includes(target))).toEqual([]);
    });
  });

  it('a describing word may stand between the article and the name', () => {
    for (const w of VERDICT_NAMES) expect(evidence(`You're a total ${w}.`), w).toContain(`a total ${w}`);
    for (const w of VERDICT_SUPERLATIVES)
      expect(evidence(`He is the absolute ${w}.`), w).toContain(`the absolute ${w}`);
    expect(evidence('He is a cancer on this country.')).toContain('a cancer');
    expect(evidence('You are the worst of them all.')).toContain('the worst');
  });

  // A thing, a noun after it, the writer, a denial, a question, the past of someone else, a condition, a quote.
  const CLEAN: Array<(p: string) => string> = [
    (p) => `This painting is ${p}.`,
    (p) => `It is ${p}, the expert said.`,
    (p) => `I'm ${p}, I know.`,
    (p) => `I was ${p} back then.`,
    (p) => `You're not ${p}.`,
    (p) => `He is no ${p.replace(/^(a|an|the) /, '')}.`,
    (p) => `Is he ${p}?`,
    (p) => `My grandfather was ${p} before the war.`,
    (p) => `If you are ${p}, try harder.`,
    (p) => `Critics said he is ${p}.`,
    (p) => `The villain in the film is ${p}.`,
    (p) => `The team is ${p}.`,
    (p) => `My kid is ${p} today, lol.`,
  ];
  describe.each(LISTS)('%s', (_, list, phrase) => {
    it.each(CLEAN)('no person insulted in the frame %#', (make) => {
      expect(list.map((w) => make(phrase(w))).filter((b) => directed(b).length > 0)).toEqual([]);
    });
  });

  it.each([
    'Nobody came to the meeting.',
    'He is nobody’s fool.',
    'The letter was a fake.',
    'She is a fake blonde.',
    'The worst is over.',
    'He is the worst hit by the floods.',
    'The storm was the worst in years.',
    'The devil is in the details.',
    'Speak of the devil.',
    'He is the devil’s advocate here.',
    'My dad is a cancer survivor.',
    'She is a virus researcher at the lab.',
    'The flu is a disease.',
    'You are nothing like your father.',
    'You are nothing but kind.',
    'It is nothing.',
    'That dope track is on repeat.',
    'Her score was a zero.',
  ])('plain uses stay clean: %s', (body) => {
    expect(abuse(body)).toEqual([]);
  });
});
