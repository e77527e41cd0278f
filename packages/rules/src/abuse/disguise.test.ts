/**
 * Every disguise the normalizer undoes, generated on every lexicon entry: the abuse check must still see the
 * word. And clean words that contain or resemble listed ones must stay clean.
 */

import { DEFAULT_POLICY } from '@cm/contracts';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze } from '../engine/analysis.js';
import { evaluate } from '../engine/evaluate.js';
import { compilePolicy } from '../policy/compile.js';
import { checkAbuse } from './check.js';
import { DISGUISES } from './disguise-test-support.js';
import { ABUSE_VOCABULARY, lexiconEntries, MASKED_VERBS } from './lexicon/index.js';
import { abuseReasons } from './test-support.js';

const policy = compilePolicy(DEFAULT_POLICY);
const rules = (body: string) =>
  evaluate(analyze(body), { policy, authorKey: 'a', receivedAt: 0, duplicates: [] }).reasons.map((r) => r.rule);

/** Words the checks never act on alone, so there is nothing to find: mild profanity ("damn", "heck"). */
const entries = lexiconEntries().filter((e) => ![...e.kinds].every((k) => k === 'profanity-mild'));

/** A frame that aims the word at the reader, so that every kind of entry acts. */
function frame(word: string, kinds: ReadonlySet<string>): { body: string; at: number } {
  const owned = kinds.has('insult-possessed') || kinds.has('insult-abstract');
  const before = owned ? 'Honestly, your ' : 'Honestly, you ';
  return { body: `${before}${word} again.`, at: before.length };
}

function seen(body: string, from: number, to: number): boolean {
  return checkAbuse(analyze(body)).some((f) => f.evidence.some((e) => e.start < to && e.end > from));
}

describe('every disguise on every lexicon entry', () => {
  for (const [name, disguise] of Object.entries(DISGUISES)) {
    it(name, () => {
      const missed: string[] = [];
      for (const { word, kinds } of entries) {
        // Letters spread out need three or more to be read as a word ("f u" is two letters, not a word).
        if ((name === 'spacing' || name === 'spelled in mixed case') && word.length < 3) continue;
        fc.assert(
          fc.property(
            fc.array(fc.double({ min: 0, max: 0.999, noNaN: true }), { minLength: 40, maxLength: 40 }),
            (r) => {
              const disguised = disguise(word, r);
              const { body, at } = frame(disguised, kinds);
              if (!seen(body, at, at + disguised.length)) missed.push(`${word} as ${JSON.stringify(disguised)}`);
            },
          ),
          { numRuns: 4, seed: 21 },
        );
      }
      expect(missed).toEqual([]);
    });
  }
});

describe('a word spelled out with dots, and a dot after its last letter', () => {
  const dotted = (w: string) => `${[...w].join('.')}.`;
  it('the last dot ends no sentence before a word in lower case: the phrase goes on', () => {
    for (const verb of ['hang', 'kill', 'drown', 'shoot'])
      expect(rules(`Nobody asked you, go ${dotted(verb)} yourself`)).toContain('abuse.self-harm');
    for (const { word, kinds } of entries.filter((e) => e.kinds.has('insult-strong')).slice(0, 60)) {
      const body = `What a ${dotted(word)} little man the columnist is.`;
      expect(seen(body, 7, 7 + dotted(word).length), `${word} ${[...kinds]}`).toBe(true);
    }
  });

  it('spelled with capitals after the first letter, a word is no name; in title case it may be one', () => {
    const capitalized = (body: string) => analyze(body).words.map((w) => w.capitalized);
    expect(capitalized('Typical R·E·T·a·R·d take')).toEqual([true, false, false]);
    expect(capitalized('Typical I.D.I.O.T take')).toEqual([true, false, false]);
    expect(capitalized('Ask J.o.h.n about it')).toEqual([true, true, false, false]);
  });

  it('a capital after it still starts a sentence', () => {
    const words = analyze('We met in the U.S.A. Then we left.').words;
    expect(words.find((w) => w.text === 'then')?.breakBefore).toBe(true);
    expect(analyze('We met in the U.S.A. then left.').words.find((w) => w.text === 'then')?.breakBefore).toBe(false);
  });
});

describe('a symbol for the first letter', () => {
  it('"@" for an "a" and "!" for an "i" at the start of every entry are read as the letter', () => {
    const missed: string[] = [];
    for (const { word, kinds } of entries) {
      const symbol = word[0] === 'a' ? '@' : word[0] === 'i' ? '!' : null;
      if (!symbol || word.length < 3) continue;
      const disguised = symbol + word.slice(1);
      const { body, at } = frame(disguised, kinds);
      if (!seen(body, at, at + disguised.length)) missed.push(disguised);
    }
    expect(missed).toEqual([]);
  });

  it('a mention or a leading "!" that spells no listed word stays what it is', () => {
    for (const body of ['Thanks @ashley for the link.', 'Email me @home tonight.', '!important: read the rules'])
      expect(checkAbuse(analyze(body))).toEqual([]);
    expect(analyze('Good point @ashley, thanks.').words.find((w) => w.text === 'ashley')?.mention).toBe(true);
  });
});

/** Names, places, compounds and words that contain or resemble listed words, and enthusiasm. */
const CLEAN_LOOK_ALIKES = [
  'Scunthorpe',
  'Penistone',
  'Middlesex',
  'Cockburn',
  'Dickens',
  'Hancock',
  'Hitchcock',
  'Peacock',
  'Babcock',
  'Assisi',
  'Pakistan',
  'Niger',
  'Nigeria',
  'Japan',
  'Van Dyke',
  'Mick Jagger',
  'Paddy Power',
  'Jock Stein',
  'Dick Francis',
  'the classic',
  'the assassin',
  'a cocktail',
  'shiitake',
  'the therapist',
  'the analyst',
  'a buttress',
  'a raccoon',
  'the tycoon',
  'a cocoon',
  'fire retardant',
  'spick and span',
  'an idiot-proof design',
  'a knee-jerk reaction',
  'the dimmer switch',
  'the crash test dummy run',
  'the pig farmers',
  'a rat race',
  'looooove it',
  'best song!!!!!!!',
  'sooooo good',
  'killing it',
  'insane goal',
  'a badass solo',
  'gypsum board',
  'a snake plant',
  'the ass of the donkey',
  'Patsy Cline',
  'the Goon Show',
  'a skunk in the garden',
  'vultures over the canyon',
  'the hyenas at the zoo',
  'a toad in the pond',
  'the heifer at the county fair',
  'a mutt from the shelter',
  'the loons on the lake',
  'a wingnut and a bolt',
  'a slice of fruitcake',
  'the knave of hearts',
  'a vicious storm',
  'an obtuse angle',
];
const FRAMES = [
  (w: string) => `I read about ${w} yesterday.`,
  (w: string) => `${w}, what a week.`,
  (w: string) => `We drove past ${w} on the way home and it was lovely.`,
  (w: string) => `Honestly ${w} is the best thing I saw this year!`,
];

// Names as they are written: in lower case or in capitals, "van dyke" cannot be told from a slur.
describe('clean look-alikes stay clean', () => {
  it('names, places, compounds and enthusiasm give no abuse reason', () => {
    fc.assert(
      fc.property(fc.constantFrom(...CLEAN_LOOK_ALIKES), fc.constantFrom(...FRAMES), (w, f) => {
        const body = f(w);
        expect(
          evaluate(analyze(body), { policy, authorKey: 'a', receivedAt: 0, duplicates: [] }).reasons.filter(
            (r) => r.category === 'abuse',
          ),
          body,
        ).toEqual([]);
      }),
      { numRuns: 400, seed: 21 },
    );
  });
});

describe('a letter masked with a star, on every lexicon entry', () => {
  // A mask is read as the listed words it fits (same length and first letter, the letters it shows in place), by a
  // count over the whole lexicon here, not by a list of words.
  const listed = lexiconEntries();
  const fits = (masked: string) =>
    listed
      .filter((e) => e.word.length === masked.length && [...masked].every((c, i) => c === '*' || c === e.word[i]))
      .map((e) => e.word);
  const masks = entries.flatMap(({ word, kinds }) =>
    word.length < 4 || !/^[a-z]+$/.test(word)
      ? []
      : [...word.slice(1)].map((_, k) => ({ word, kinds, masked: `${word.slice(0, k + 1)}*${word.slice(k + 2)}` })),
  );

  it('is seen where the mask fits that word alone', () => {
    const missed: string[] = [];
    let read = 0;
    for (const { word, kinds, masked } of masks) {
      if (fits(masked).length !== 1) continue;
      read++;
      const { body, at } = frame(masked, kinds);
      if (!seen(body, at, at + masked.length)) missed.push(`${word} as ${masked}`);
    }
    expect(missed).toEqual([]);
    expect(read).toBeGreaterThan(1000);
  });

  it('is read as some of the words it fits where it fits two or three, and as none where it fits more', () => {
    const wrong: string[] = [];
    for (const { masked } of masks) {
      const candidates = fits(masked);
      const read = ABUSE_VOCABULARY.unmask(masked);
      const ok =
        candidates.length > 3
          ? read.length === 0
          : read.length > 0 && read.length <= 3 && read.every((w) => candidates.includes(w));
      if (candidates.length > 1 && !ok) wrong.push(`${masked}: ${read.join(' ')} of ${candidates.join(' ')}`);
    }
    expect(wrong).toEqual([]);
  });

  it('masks the verbs of threats too, where the mask fits the verb alone', () => {
    const frames: Record<string, string> = {
      kill: 'go * yourself.',
      shoot: 'someone should * you.',
      hang: 'go * yourself.',
      stab: 'go * yourself.',
      drown: 'go * yourself.',
      die: 'I hope you *.',
      murder: 'I will * you.',
    };
    const shapes = [...listed.map((e) => e.word), ...MASKED_VERBS];
    const missed: string[] = [];
    for (const [verb, frameText] of Object.entries(frames)) {
      expect(MASKED_VERBS).toContain(verb);
      for (let k = 1; k < verb.length; k++) {
        const masked = `${verb.slice(0, k)}*${verb.slice(k + 1)}`;
        const fitting = shapes.filter(
          (w) => w.length === masked.length && [...masked].every((c, i) => c === '*' || c === w[i]),
        );
        if (fitting.length !== 1) continue;
        const body = frameText.replace('*', masked);
        const held = checkAbuse(analyze(body)).filter((f) => f.score >= 0.5 && f.severity === 'critical');
        if (held.length === 0) missed.push(body);
      }
    }
    expect(missed).toEqual([]);
  });

  it.each(['What a bunch of dumb*asses.', 'Sit down, you idiot**brained clown.'])(
    'stars wedged between two words join them: %s',
    (body) => {
      expect(checkAbuse(analyze(body)).map((f) => f.rule)).toContain('abuse.insult.directed');
    },
  );

  it.each(['Meet me at 5*30 outside.', 'Rated 4*5 by critics.', 'The *new* timetable starts today.'])(
    'stars that mask no listed word stay clean: %s',
    (body) => {
      expect(checkAbuse(analyze(body)).filter((f) => f.score >= 0.5)).toEqual([]);
    },
  );
});

describe('a slur capitalised beside "you" or an intensifier, for emphasis, is no part of a name', () => {
  const slurs = lexiconEntries()
    .filter((e) => e.kinds.has('slur') && /^[a-z]{4,}$/.test(e.word))
    .map((e) => e.word);
  it('holds every listed slur so written', () => {
    const missed: string[] = [];
    for (const s of slurs) {
      const title = `${(s[0] as string).toUpperCase()}${s.slice(1)}`;
      for (const body of [`You ${title}.`, `Typical ${title} take on the budget.`, `Shut up, you absolute ${title}.`])
        if (!abuseReasons(body).some((r) => r.rule === 'abuse.slur')) missed.push(body);
    }
    expect(missed).toEqual([]);
    expect(slurs.length).toBeGreaterThan(20);
  });

  it.each(['We drove down Dyke Road to the ferry.', 'Dick Van Dyke sang it.', 'Coon Rapids is in Minnesota.'])(
    'names stay names: %s',
    (body) => {
      expect(abuseReasons(body).filter((r) => r.rule === 'abuse.slur')).toEqual([]);
    },
  );
});

describe('amounts are figures, not l33t', () => {
  it('reads no word into any amount in thousands, millions or billions ("900k")', () => {
    const held: string[] = [];
    for (let n = 0; n < 1000; n++)
      for (const unit of ['k', 'm', 'b']) {
        const body = `The flat sold for ${n}${unit} last spring.`;
        if (abuseReasons(body).length > 0) held.push(body);
      }
    expect(held).toEqual([]);
  });
});
