import { describe, expect, it } from 'vitest';
import { LITERAL_NOUNS } from './lexicon/insults.js';
import { CAMPS } from './lexicon/people.js';
import { CROWD_WORDS, SIDES, TRASH_BRANDS, WING_WORDS } from './lexicon/person-frames.js';
import { abuseReasons as abuse } from './test-support.js';

/** Names for animals and things that only a frame makes insults: "pig", "snake", "puppet". Refuse is a thing alone. */
const ANIMALS = LITERAL_NOUNS.filter((w) => !['trash', 'garbage', 'rubbish', 'filth'].includes(w));
const plural = (w: string): string => (/(?:s|x|sh|ch)$/.test(w) ? `${w}es` : w === 'vermin' ? w : `${w}s`);

/** The evidence of the name-calling found in `body`, lower case, or '' when there is none. */
function calledNames(body: string): string {
  const r = abuse(body).find((x) => x.rule === 'abuse.insult.directed');
  return r ? r.evidence.map((e) => e.text.toLowerCase()).join(' ') : '';
}

function clean(body: string): void {
  expect(
    abuse(body).filter((x) => x.score >= 0.5),
    body,
  ).toEqual([]);
}

describe('a name said to the reader', () => {
  const frames = [
    (w: string) => `Go away ${w}.`,
    (w: string) => `Sit down, ${w}.`,
    (w: string) => `Suck it up, ${w}!`,
    (w: string) => `Get lost ${w}, nobody asked.`,
    (w: string) => `${w[0]?.toUpperCase()}${w.slice(1)}, you have no idea what the tariff does.`,
    (w: string) => `Nobody believes that story, stupid ${w}.`,
  ];
  it('after an order, opening a sentence before a comma, or after a comma with a describing word', () => {
    for (const w of ANIMALS) {
      for (const frame of frames) {
        const body = frame(w);
        expect(calledNames(body), body).toContain(w);
      }
    }
  });

  it.each([
    ['Listen up nut jobs, the tax is not the issue.', 'nut jobs'],
    ['Psycho.', 'psycho'],
    ['Poor little snowflake! Do you need a hug?', 'snowflake'],
    ['Time we voted her out, common thief.', 'thief'],
    ['Cheap oil is over, and parasites like your self will have to work.', 'parasites'],
    ['So the mayor admires this scary freak?', 'freak'],
    ['Mr jones is a paranoid nut job.', 'nut job'],
    ['Hey pig, get a job.', 'pig'],
    ["You're a petty, insecure ass who copies everyone.", 'ass'],
    ["You're about as graceful as a pig gets.", 'pig'],
    ['You lost the vote, snowflakes.', 'snowflakes'],
    ['Keep crying, snowflakes!', 'snowflakes'],
    ['He is as stubborn as a mule.', 'mule'],
  ])('%s', (body, word) => {
    expect(calledNames(body)).toContain(word);
  });

  it.each([
    'Holy cow, the water bill doubled.',
    'Poor pig! It got stuck in the fence.',
    'Pigs, cows and sheep graze on the hill.',
    'Rats, I missed the bus again.',
    'We keep chickens, goats, a donkey.',
    'Take out the trash, please.',
    'Garbage. The bins were not emptied for a week.',
    'So the zoo bought this scary snake?',
    'Karen, thanks for the recipe.',
    'Hey Karen, nice photo.',
    'Dick, you are right about the bridge.',
    'I saw you and a snake in the garden.',
    'He is as happy as a pig in mud.',
    'We sell eggs, cheese, pigs.',
    'Do you sell eggs, pigs?',
    'My dog is as fat as a pig.',
    'The plan is as dumb as a donkey.',
  ])('%s stays clean', (body) => clean(body));

  it('is an exclamation at oneself when the writer speaks of themselves after the comma, for every name', () => {
    for (const w of [...ANIMALS, 'bugger', 'git']) {
      const name = `${w[0]?.toUpperCase()}${w.slice(1)}`;
      clean(`${name}, I left my umbrella on the train again.`);
      clean(`${name}, my train was cancelled again.`);
      // "you" in the same sentence turns it on the reader.
      const body = `${name}, I told you the deadline was Friday.`;
      expect(calledNames(body), body).toContain(w);
    }
  });

  it('is a curse at one\'s luck when the name is also one, whatever follows but "you"', () => {
    for (const w of ['arse', 'bugger', 'sod']) {
      const name = `${w[0]?.toUpperCase()}${w.slice(1)}`;
      clean(`${name}, left my umbrella on the train again.`);
      clean(`${name}, the last bus has gone.`);
      const body = `${name}, you left the gate open.`;
      expect(calledNames(body), body).toContain(w);
    }
  });
});

describe('behaving like an animal', () => {
  it('names whoever behaves so, singular or plural', () => {
    for (const w of ANIMALS) {
      for (const frame of ['acting like a total', 'behaves like a', 'talks like a', 'spoken like a true']) {
        const body = `The senator is ${frame} ${w} again.`;
        expect(calledNames(body), body).toContain(w);
      }
      for (const frame of ['live like', 'eat like', 'vote like']) {
        const body = `Those tenants ${frame} ${plural(w)} and nobody cares.`;
        expect(calledNames(body), body).toContain(plural(w));
      }
    }
  });

  it.each([
    'I eat like a pig when I am tired.',
    'We lived like pigs in that first flat, and loved it.',
    'I sweat like a pig in this heat.',
    'The old engine works like a mule.',
  ])('%s stays clean', (body) => clean(body));
});

describe('a person named by the office they hold', () => {
  it.each([
    ['The lying pig in the White House has done it again.', 'pig'],
    ['Get rid of the rat in the Whitehouse.', 'rat'],
    ['The clown in the mayor\u2019s office has done it again.', 'clown'],
    ['The snakes in Congress voted for it.', 'snakes'],
    ['We now have garbage in the highest office.', 'garbage'],
    ['The rats in power will never change.', 'rats'],
    ['The donkey running the city wants more taxes.', 'donkey'],
  ])('%s', (body, word) => {
    expect(calledNames(body)).toContain(word);
  });

  it.each([
    'We had rats in the office all winter.',
    'The snake in the grass was harmless.',
    'There is a cow in the house of my neighbour.',
    'The rats in the basement chewed the cables.',
  ])('%s stays clean', (body) => clean(body));
});

describe('a name stacked on a political camp', () => {
  it('names the camp, for any camp', () => {
    for (const camp of CAMPS.filter((c) => c.endsWith('s'))) {
      const body = `Those hillbilly ${camp} voted for the tunnel.`;
      expect(calledNames(body), body).toContain('hillbilly');
    }
  });

  it.each([
    ["Don't tell the Demo rats!", 'rats'],
    ['They keep voting for the Democ-rats.', 'democ-rats'],
  ])('%s', (body, word) => {
    expect(calledNames(body)).toContain(word.split('-').at(-1));
  });

  it.each(['The pig farmers met the minister.', 'Snake handlers and rat catchers were hired.'])(
    '%s stays clean',
    (body) => clean(body),
  );
});

describe('only people are elected, deported or a crowd', () => {
  it.each([
    ['Voters keep re-electing this donkey, and it is their fault.', 'donkey'],
    ['Deport all that trash out too.', 'trash'],
    ['Unlike most of the elected parasites, he did his job.', 'parasites'],
    ['Another stunt by the usual kooks.', 'kooks'],
    ['This is the trash voters elected, sadly.', 'trash'],
    ['Absolute garbage human being.', 'garbage'],
    ['There is now garbage in the Oval Office.', 'garbage'],
    ['A family of trailer trash moved in next door.', 'trash'],
    ['Those kids are multi-generational trash.', 'trash'],
  ])('%s', (body, word) => {
    expect(calledNames(body)).toContain(word);
  });

  it.each([
    'The infected rats were removed.',
    'They elected a new board.',
    'The usual suspects were there.',
    'The garbage people put out on Mondays smells.',
    'This is trash.',
    'The trailer garbage was collected on Monday.',
  ])('%s stays clean', (body) => clean(body));
});

describe('trash branded as a kind of people', () => {
  it.each(TRASH_BRANDS)('"%s trash" names people', (brand) => {
    const body = `The street filled up with ${brand} trash again.`;
    expect(calledNames(body), body).toContain('trash');
  });
});

describe('an animal name joined to a tail describes the person named after it', () => {
  const NAMES = ['pig', 'rat', 'weasel'];
  const TAILS = ['eyed', 'faced', 'mouthed', 'nosed'];
  for (const name of NAMES)
    for (const tail of TAILS)
      it(`That ${name}-${tail} senator lied again.`, () => {
        const r = abuse(`That ${name}-${tail} senator lied again.`).find((x) => x.rule === 'abuse.insult.directed');
        expect(r?.evidence.map((e) => e.text.startsWith(name))).toEqual([true]);
      });

  it.each([
    'The pig-eyed fish swam away.',
    'Hawk-eyed fans spotted the error.',
    'The pig, eyed by the farmer, ran off.',
    'A rat-faced clock hung on the wall.',
  ])('%s stays clean', (body) => {
    expect(abuse(body).filter((x) => x.score >= 0.5)).toEqual([]);
  });
});

describe('a crowd of people called names', () => {
  const NAMES = ['kooks', 'loonies', 'cranks', 'clowns', 'troglodytes'];
  it('after a word that makes a crowd of them', () => {
    for (const c of CROWD_WORDS)
      for (const n of NAMES) {
        const body = `Another stunt from the ${c} ${n} today.`;
        expect(calledNames(body), body).toContain(n);
      }
  });
  it('after a side in politics, "left-wing" or "liberal"', () => {
    for (const side of SIDES)
      for (const wing of WING_WORDS)
        for (const n of NAMES) {
          for (const body of [`The ${side}-${wing} ${n} are out again.`, `The ${side} ${wing} ${n} are out again.`])
            expect(calledNames(body), body).toContain(n);
        }
    for (const camp of CAMPS.filter((c) => !c.endsWith('s')).slice(0, 8))
      for (const n of NAMES) {
        const body = `The ${camp} ${n} are out again.`;
        expect(calledNames(body), body).toContain(n);
      }
  });
  it.each([
    'I paid with a loonie and a toonie.',
    'Two loonies and a toonie buy a coffee.',
    'Toss the loonie in the cup.',
    'The loonie fell against the US dollar.',
    'My fellow citizens deserve better.',
    'The left wing flaps were damaged.',
    'A left wing pig farm opened.',
  ])('coins, sides of a plane and fellow citizens stay clean: %s', (body) => clean(body));
});
