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

  it("holds a writer's home sought out, for every one sought, called for or asked of the crowd", () => {
    const missed: string[] = [];
    for (const who of ['he', 'she', 'this reporter', 'the author', 'that columnist', 'the editor'])
      for (const verb of ['lives', 'works'])
        for (const body of [
          `Someone should find out where ${who} ${verb}.`,
          `We must find where ${who} ${verb}, then we will see.`,
          `Does anyone know where ${who} ${verb}?`,
        ])
          if (!rules(body).includes('abuse.harassment')) missed.push(body);
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
    'We should find out where the birds live in winter.',
    'Someone should find out where the money went.',
    'Does anyone know where the author lives now? Her early books are set there.',
    'Does anyone know where the bakery moved?',
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
    'We are watching you.',
    "We're watching you, all of you.",
  ])('%s', (body) => {
    expect(rules(body)).toContain('abuse.threat');
  });

  it.each([
    "We'll find you a seat.",
    'We will find you the best deal.',
    "You can run but you can't hide from taxes.",
    "I've been watching you grow up, so proud.",
    'We are watching you play tonight, good luck!',
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

describe('veiled threats at a writer, with no harm named', () => {
  it('holds an end foretold, a last piece, a wait outside, a hated harm, a last warning and regret promised', () => {
    const missed: string[] = [];
    const threatens = (body: string) => {
      if (!rules(body).includes('abuse.threat')) missed.push(body);
    };
    for (const you of ['You', 'U', 'Ya'])
      for (const state of ['writing', 'around', 'breathing', 'alive', 'typing', 'walking'])
        for (const how of ['much longer', 'for much longer', 'for very much longer'])
          threatens(`${you} won't be ${state} ${how}.`);
    for (const piece of ['article', 'column', 'story', 'piece', 'byline', 'broadcast', 'editorial', 'report']) {
      threatens(`Enjoy your last ${piece}.`);
      threatens(`Enjoy your last ${piece} while you can.`);
      threatens(`Enjoy ur last ${piece} while u still can, Jo.`);
    }
    for (const who of ['We', 'I', 'A few of us'])
      for (const will of ['will', "'ll", 'would'])
        for (const place of ['your house', 'your office', 'your door', 'your building', 'your school', 'the newsroom'])
          threatens(`${who}${will.startsWith("'") ? '' : ' '}${will} be waiting outside ${place} tonight.`);
    for (const would of ["I'd", 'I would', 'We would'])
      for (const what of ['anything', 'something', 'something bad'])
        for (const whom of ['you', 'your family', 'your kids'])
          threatens(`${would} hate for ${what} to happen to ${whom}.`);
    for (const body of [
      'This is your last warning.',
      'This is your final warning, Mr. Patel.',
      'Consider this your last warning.',
      'Consider this a final warning.',
    ])
      threatens(body);
    for (const verb of ['writing', 'publishing', 'printing', 'posting'])
      for (const what of ['this', 'that', 'it']) threatens(`You will regret ${verb} ${what}.`);
    for (const body of [
      'You have no idea who you are messing with.',
      "You've got no clue who you're dealing with.",
      "You don't know who you're messing with.",
      'You do not know who you are dealing with.',
    ])
      threatens(body);
    expect(missed).toEqual([]);
  });

  it('holds whereabouts known and what is coming, for every place, time, relative and way of saying it', () => {
    const missed: string[] = [];
    const threatens = (body: string) => {
      if (!rules(body).includes('abuse.threat')) missed.push(body);
    };
    for (const who of ['I', 'We'])
      for (const time of ['what time', 'when'])
        for (const act of ['leave work', 'get home', 'arrive at the office', 'finish your shift'])
          threatens(`${who} know ${time} you ${act}.`);
    for (const what of ['house', 'home', 'address', 'car', 'kids', 'family'])
      for (const how of ['on Google Maps', 'online', 'through the land registry', 'using your plate'])
        threatens(`Found your ${what} ${how}.`);
    for (const ease of ["It's not hard", 'It would be easy', "It isn't difficult"])
      for (const find of ['find', 'find out', 'figure out'])
        for (const act of ['live', 'work', 'sleep']) threatens(`${ease} to ${find} where you ${act}.`);
    for (const people of ['People like you', 'Hacks like you', 'Folks like you'])
      threatens(`${people} get what's coming to them.`);
    for (const look of ['Keep looking', 'Better start watching', 'Start looking'])
      threatens(`${look} over your shoulder.`);
    for (const kin of ['family', 'kids', 'children', 'wife', 'husband'])
      for (const pay of ['will pay', "'ll pay", 'is going to pay', 'is gonna pay'])
        threatens(`Your ${kin}${pay.startsWith("'") ? '' : ' '}${pay}.`);
    expect(missed).toEqual([]);
  });

  it('marks the threat itself, not the name after it', () => {
    expect(evidence("You won't be writing much longer, sweetheart.")).toEqual(["You won't be writing much longer"]);
    expect(evidence('Enjoy your last column while you can.')).toEqual(['Enjoy your last column while you can']);
    expect(evidence("I'd hate for anything to happen to you.")).toEqual(['hate for anything to happen to you']);
  });

  it.each([
    "You won't be employed much longer if the voters have a say.",
    "You won't be around much longer if you keep smoking like that.",
    "I won't be writing much longer, my eyes are going.",
    'Enjoy your last day!',
    'Enjoy your last weekend of summer while you can.',
    'Enjoy the last column of the season, everyone.',
    "I'll be waiting outside the station at six.",
    'Fans will be waiting outside the studio for autographs.',
    'We will be waiting outside the stadium after the game.',
    "I'd hate for anything to happen to him, he's our best player.",
    'This is your last warning to file before the deadline.',
    "You'll regret buying that car.",
    'I have no idea who you are.',
    "You don't know who wrote it.",
    'Your family will pay for it with higher taxes.',
    'Keep looking over your shoulder when you change lanes.',
    'I found your article online, great read.',
    'Found your family tree online, we are cousins!',
    'I know what time you usually post, night owl.',
    'Taxpayers like you get what they pay for.',
    "It's easy to find where you live on the new census map.",
  ])('stays clean: %s', (body) => {
    expect(rules(body)).toEqual([]);
  });
});
