/** Calls to expose or hound someone, and a pursuit promised in a clause of its own, against their everyday uses. */
import { describe, expect, it } from 'vitest';
import { abuseReasons } from './test-support.js';

const rules = (body: string) => abuseReasons(body).map((r) => r.rule);
const evidence = (body: string) => abuseReasons(body).flatMap((r) => r.evidence.map((e) => e.text));

describe('calls to expose or hound someone', () => {
  it('holds every call to dox, find out where someone lives, post their details or flood their inbox', () => {
    const missed: string[] = [];
    for (const who of ['him', 'her', 'them'])
      for (const call of ['Someone should dox', "Let's dox", "We're gonna doxx", 'Please dox'])
        if (!rules(`${call} ${who}.`).includes('abuse.threat')) missed.push(`${call} ${who}.`);
    for (const who of ['he', 'she', 'they'])
      for (const verb of ['lives', 'works', 'sleeps'])
        for (const lets of ["Let's", 'Lets', 'Let us']) {
          const body = `${lets} find out where ${who} ${verb}.`;
          if (!rules(body).includes('abuse.threat')) missed.push(body);
        }
    for (const whose of ['his', 'her', 'their'])
      for (const what of ['home address', 'phone number', 'address'])
        for (const call of ['Post', 'Someone leak', 'Everyone publish']) {
          const body = `${call} ${whose} ${what}.`;
          if (!rules(body).includes('abuse.harassment')) missed.push(body);
        }
    for (const whose of ['his', 'her', 'their'])
      for (const what of ['inbox', 'phone', 'mentions'])
        if (!rules(`Everyone go flood ${whose} ${what}.`).includes('abuse.harassment'))
          missed.push(`Everyone go flood ${whose} ${what}.`);
    expect(missed).toEqual([]);
  });

  it('marks the call without who is asked', () => {
    expect(evidence("Let's dox her.")).toEqual(['dox her']);
    expect(evidence("Let's find out where she lives.")).toEqual(['find out where she lives']);
  });

  it.each([
    "Don't dox him, that's illegal.",
    'They doxxed her last year, the court heard.',
    "Let's find out where they live on the map, kids.",
    'The ads flood your inbox every day.',
    'Post your address to the courier.',
    'Post his letter before noon.',
  ])('stays clean: %s', (body) => {
    expect(rules(body)).toEqual([]);
  });
});

describe('a pursuit promised in a clause of its own', () => {
  it.each([
    'We will find you.',
    "I'll find you, Dave.",
    "You can run but you can't hide.",
    "You'll get yours.",
    "I've been watching you.",
  ])('%s', (body) => {
    expect(rules(body)).toContain('abuse.threat');
  });

  it.each([
    "We'll find you a seat.",
    'We will find you the best deal.',
    "You can run but you can't hide from taxes.",
    "I've been watching you grow up, so proud.",
    "You'll get yours in the mail next week.",
  ])('stays clean: %s', (body) => {
    expect(rules(body)).toEqual([]);
  });
});

describe('a punishment called for without naming the blow', () => {
  it('holds every pronoun taught a lesson, put in its place, shut up or with its teeth knocked in', () => {
    const missed: string[] = [];
    for (const [him, his] of [
      ['him', 'his'],
      ['her', 'her'],
    ] as const)
      for (const body of [
        `Someone should teach ${him} a lesson.`,
        `Somebody needs to teach ${him} a lesson he won't forget.`,
        `${him === 'him' ? 'He' : 'She'} needs to be put in ${his} place.`,
        `Somebody needs to shut ${him} up.`,
        `That one needs ${his} teeth knocked in.`,
        `That one deserves ${his} teeth kicked out.`,
      ])
        if (abuseReasons(body).length === 0) missed.push(body);
    expect(missed).toEqual([]);
  });

  it.each([
    'Someone taught me a lesson about patience.',
    'Somebody shut the door.',
    'The dentist said he needs his teeth pulled out.',
    'The books need to be put in their place on the shelf.',
    'The chair needs to be put in his place at the table.',
  ])('stays clean: %s', (body) => {
    expect(rules(body)).toEqual([]);
  });
});
