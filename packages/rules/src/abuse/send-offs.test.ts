import { describe, expect, it } from 'vitest';
import {
  AFTER_OR,
  DELIGHT_WORDS,
  DISBELIEF_PHRASES,
  LEAD_PHRASES,
  READING_TAUNTS,
  SEND_OFFS,
} from './lexicon/send-offs.js';
import { abuseReasons as abuse } from './test-support.js';

const held = (body: string) => abuse(body).filter((r) => r.score >= 0.5);
const evidence = (body: string) => held(body).flatMap((r) => r.evidence.map((e) => e.text.toLowerCase()));
const cap = (s: string) => `${s[0]?.toUpperCase()}${s.slice(1)}`;

/** Every spelling of every slot, each once, the other slots at their first spelling. */
function spellings(order: readonly string[]): string[] {
  const first = order.map((s) => s.split('|')[0] as string);
  const out = new Set<string>([first.join(' ')]);
  order.forEach((slot, k) => {
    for (const alt of slot.split('|')) out.add(first.map((w, j) => (j === k ? alt : w)).join(' '));
  });
  return [...out];
}
const ORDERS = SEND_OFFS.flatMap(spellings);

describe('orders that silence or send away whoever is addressed', () => {
  const HELD: Array<(o: string) => string> = [
    (o) => `${cap(o)}.`,
    (o) => `Seriously, ${o}!`,
    (o) => `${cap(o)}, Dave.`,
    (o) => `Enough of this. ${cap(o)}, pal.`,
    (o) => `Oh please, just ${o}.`,
  ];
  it.each(HELD)('each order standing as its clause is held: %s', (make) => {
    expect(ORDERS.filter((o) => !evidence(make(o)).includes(o))).toEqual([]);
  });

  it('each order handed to the reader is held', () => {
    for (const lead of LEAD_PHRASES.filter((p) => !p.includes('don')))
      for (const o of ORDERS) {
        const body = `${cap(lead.join(' '))} ${o}.`;
        expect(evidence(body), body).toContain(o);
      }
  });

  // After "then" or "bloody well", before a name ending the sentence, "I" going on or "entirely".
  const MORE: Array<(o: string) => string> = [
    (o) => `Then ${o}.`,
    (o) => `If you hate it here, then bloody well ${o}.`,
    (o) => `Damn well ${o}, Dave.`,
    (o) => `${cap(o)} Dave.`,
    (o) => `You need to ${o} Roy.`,
    (o) => `${cap(o)}, I mean it.`,
    (o) => `Just ${o} entirely.`,
  ];
  it.each(MORE)('each order is held in the frame %#', (make) => {
    expect(ORDERS.filter((o) => !evidence(make(o)).includes(o))).toEqual([]);
  });

  it('"bloody well" makes leaving an order; on its own it is plain', () => {
    for (const body of ['Then bloody well leave.', 'You hate it? Damn well leave, then.'])
      expect(evidence(body), body).toContain(body.includes('Damn') ? 'damn well leave' : 'bloody well leave');
    for (const body of [
      'Please leave a message.',
      'Then leave it in the oven for an hour.',
      'I know damn well leave was cancelled.',
      'They can bloody well leave the keys with us.',
    ])
      expect(held(body), body).toEqual([]);
  });

  it('"shut up" as disbelief at good news is no order; before anything else it is one', () => {
    for (const o of ORDERS.filter((x) => x.startsWith('shut'))) {
      for (const cry of [...DELIGHT_WORDS, 'no way']) {
        const body = `${cap(o)}! ${cap(cry)}, you got the job?`;
        expect(evidence(body), body).not.toContain(o);
      }
      for (const p of DISBELIEF_PHRASES) {
        const body = `${cap(o)}, ${p.replace(/ (re|t) /g, "'$1 ")} get the job?! 😂`;
        expect(evidence(body), body).not.toContain(o);
      }
      for (const body of [
        `${cap(o)}! No one cares.`,
        `${cap(o)}, nobody asked.`,
        `${cap(o)}. Go away.`,
        `${cap(o)}. Seriously, nobody wants to hear it.`,
        `${cap(o)}, you didn't even read it.`,
        `${cap(o)}, you know nothing.`,
      ])
        expect(evidence(body), body).toContain(o);
    }
  });

  it('calls to be silent close an "or"', () => {
    for (const o of ORDERS.filter((x) => AFTER_OR.includes(x.split(' ')[0] as string)))
      for (const body of [`Show some proof or ${o}.`, `Put up or ${o}, Dave.`])
        expect(evidence(body), body).toContain(o);
  });

  // Running on into a sentence, or after words that are not an order to the reader, the same words are no order
  // (a word inside them, "your bigotry", may still be name-calling of its own).
  const PLAIN: Array<(o: string) => string> = [
    (o) => `We watched them ${o} for the whole afternoon.`,
    (o) => `She said the kids would ${o} after the holidays, as they always do.`,
    (o) => `Don't ${o}.`,
    (o) => `I told myself to ${o}.`,
  ];
  it.each(PLAIN)('each order inside a sentence stays clean: %s', (make) => {
    expect(ORDERS.filter((o) => evidence(make(o)).includes(o))).toEqual([]);
  });

  it.each([
    'The pain will go away.',
    "It won't just go away on its own.",
    'Kids grow up fast these days.',
    'Then you grow up and pay the bills.',
    'You have to grow up quickly on a farm.',
    'The shop was shut up for the winter.',
    'Shut up and dance with me was the song of the summer.',
    'Just shut up and listen to the experts for once.',
    'Shut up and take my money, this phone is great.',
    'Nobody asked you to pay for it.',
    'Who asked you to the dance?',
    'Will the rash stay or go away?',
    'The factory may sell or shut up shop.',
    'She told him to shut up.',
    'My kids keep telling me to get a life.',
    'If the problem does not go away, call us.',
    'I want to go away for the summer.',
    'Nobody cares what you think about the weather more than the farmers do.',
    'Take your kids somewhere else for the holidays.',
    'We should take our business elsewhere.',
    'Let us go eat somewhere else.',
    'We will go away Monday.',
    'The rash should go away Tuesday.',
    'If it rains, then go away early and come back later.',
    'Nice rack on that buck!',
    'The spice rack is nice.',
    "I'd hit that ball harder next time.",
    'Would bang my head against the wall if I could.',
    'Back to the kitchen renovation: the tiles are in.',
  ])('look-alikes stay clean: %s', (body) => {
    expect(held(body)).toEqual([]);
  });
});

describe("the reader's complaint dismissed as a whine", () => {
  it.each([
    'Stop whining.',
    'Quit your bitching, pal.',
    'Stop moaning, you lost fair and square.',
    'Quit whining and man up.',
    'Grow up and stop whinging!',
  ])('is held standing as its clause: %s', (body) => {
    expect(held(body).map((r) => r.rule)).toContain('abuse.harassment');
  });

  it.each([
    "The dog won't stop whining at night.",
    'My kids never stop moaning about homework.',
    'Please stop crying, it is only a scratch.',
    'The hinge stopped squeaking once I oiled it, and the pup quit whining soon after.',
    'The fans will stop moaning once the team starts winning.',
  ])('stays clean when it is no order to the reader: %s', (body) => {
    expect(held(body)).toEqual([]);
  });
});

describe('the reader told they cannot read', () => {
  // "can t" as the tokenizer reads "can't".
  const TAUNTS = READING_TAUNTS.flatMap(spellings).map((t) => t.replace(/ t /g, "'t "));
  const said = (t: string) => t.replace(/'t /g, ' t ').toLowerCase();

  it('holds every spelling of every taunt standing as its clause', () => {
    for (const t of TAUNTS)
      for (const body of [`${cap(t)}.`, `Seriously, ${t}?`, `${cap(t)}, Dave.`, `Wow. ${cap(t)}!`])
        expect(
          evidence(body).map((e) => e.replace(/'t /g, ' t ')),
          body,
        ).toContain(said(t));
  });

  it('leaves every one running on to what is read, or inside a sentence', () => {
    for (const t of TAUNTS)
      for (const body of [
        `${cap(t)} the article without a subscription?`,
        `${cap(t)} music in ten lessons.`,
        `We watched them ${t} for the whole afternoon.`,
        `${cap(t)}, so you have to listen to the audiobook instead.`,
      ])
        expect(held(body), body).toEqual([]);
  });
});

describe('the reader told to shut a mouth named with insults between', () => {
  it('holds every mouth word after "shut your" or "zip your", with up to two words between', () => {
    const missed: string[] = [];
    for (const verb of ['Shut', 'Zip'])
      for (const between of ['', 'big ', 'ugly lying '])
        for (const mouth of ['mouth', 'trap', 'gob', 'cakehole', 'piehole', 'yap', 'mug']) {
          const body = `${verb} your ${between}${mouth}.`;
          if (!abuse(body).some((r) => r.rule === 'abuse.harassment')) missed.push(body);
        }
    expect(missed).toEqual([]);
  });
  it.each([
    'Shut your eyes and face the wall.',
    "Zip your coat, it's cold.",
    'Shut your car door and open your mouth wide, said the dentist.',
  ])('stays clean: %s', (body) => {
    expect(abuse(body)).toEqual([]);
  });
});

describe('a woman dismissed as a woman, and sexual harassment without a body word', () => {
  const rules = (body: string) => abuse(body).map((r) => r.rule);
  it('holds every way of saying it, marking the dismissal', () => {
    const cases: Array<[string, string]> = [];
    for (const who of ['Women like her', 'Women', 'She'])
      cases.push([`${who} should be seen and not heard.`, 'seen and not heard']);
    for (const who of ['She', "She's", 'Shes']) {
      cases.push([`${who} must be on her period.`, 'on her period']);
      cases.push([`${who} probably on her period lol`, 'on her period']);
    }
    for (const what of ['diversity hire', 'DEI hire', 'token hire', 'diversity pick'])
      for (const lead of ['just a', 'only a', 'just another'])
        cases.push([`She's ${lead} ${what}.`, `${lead} ${what}`]);
    for (const who of ['her', 'him', 'you'])
      for (const want of ["I'd love to", 'I want to', 'Gonna'])
        cases.push([`${want} bend ${who} over.`, `bend ${who} over`]);
    const missed = cases.filter(
      ([body, said]) =>
        !abuse(body).some((r) => r.rule === 'abuse.harassment' && r.evidence.some((e) => e.text.includes(said))),
    );
    expect(missed).toEqual([]);
  });

  it.each([
    'Children should be seen and not heard, my gran said.',
    "She can't swim today because she's on her period, so she'll sit out.",
    'The firm made its first diversity hire in 2019.',
    'He bent over backwards to help.',
    'Bend them over the edge of the pan and bake.',
  ])('leaves the proverb, health, reports and cooking: %s', (body) => {
    expect(rules(body)).toEqual([]);
  });
});
