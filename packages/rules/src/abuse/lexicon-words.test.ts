/**
 * Lexicon words beyond the core: misspelt insults read as the words they stand for ("an ignoramous like him" is
 * name-calling as "an ignoramus like him" is; each misspelling must stand for a listed word, so a typo in the list
 * is caught here), and nouns with a plain meaning that insult only when aimed at someone.
 */

import { describe, expect, it } from 'vitest';
import { PREDICATE_INSULT_NOUNS } from './lexicon/denigration.js';
import { ABUSE_VOCABULARY, lexiconEntries, lookupWord } from './lexicon/index.js';
import { MISSPELLINGS } from './lexicon/misspellings.js';
import { PERSON_INSULT_NOUNS } from './lexicon/name-calling.js';
import { PROFANE_NAME_STEMS, PROFANE_NAME_TAILS } from './lexicon/profanity.js';
import { abuseReasons } from './test-support.js';

const listed = new Set(lexiconEntries().map((e) => e.word));

describe('misspellings', () => {
  it.each(Object.entries(MISSPELLINGS))('%s is read as %s', (wrong, right) => {
    expect(listed.has(right.replaceAll('-', ''))).toBe(true);
    expect(lookupWord([wrong])?.lemma).toBe(right.replaceAll('-', ''));
  });

  it.each([
    ['The mayor is a total bufoon.', 'bufoon'],
    ['Only an ignoramous would vote for that.', 'ignoramous'],
    ['You hypocrits never learn.', 'hypocrits'],
    ['You are so stoopid.', 'stoopid'],
    ['That hypocrital senator again.', 'hypocrital'],
    ['He is an incompetant and arrogent man.', 'incompetant'],
    ['You rasist.', 'rasist'],
    ['The mayor is a theif.', 'theif'],
    ['He is so bigotted.', 'bigotted'],
  ])('%s', (body, word) => {
    const r = abuseReasons(body).find((x) => x.rule === 'abuse.insult.directed');
    expect(r?.evidence.map((e) => e.text)).toContain(word);
  });

  it.each(['Looser rules on parking came in this week.', 'Buffon saved two penalties.', 'Moran scored twice.'])(
    'real words and names near a misspelling stay clean: %s',
    (body) => {
      expect(abuseReasons(body)).toEqual([]);
    },
  );
});

describe('nouns with a plain meaning act only when aimed at someone', () => {
  it.each([
    ['Go home, you sucker.', 'sucker'],
    ['The senator is a stinker.', 'stinker'],
    ['You are such a goof.', 'goof'],
    ['The mayor is a vulture.', 'vulture'],
  ])('%s', (body, word) => {
    expect(abuseReasons(body).flatMap((r) => r.evidence.map((e) => e.text))).toContain(word);
  });

  it.each(['Repeal that sucker.', 'That match was a stinker.', "Don't goof off at work.", 'A sucker punch.'])(
    'a thing or a verb stays clean: %s',
    (body) => {
      expect(abuseReasons(body)).toEqual([]);
    },
  );
});

describe('masked curses stay readable as the lexicon grows', () => {
  it.each(['fuc***', 'fuck**', 'f***', 'f*ck', 'sh*t', 's**t', 'c*nt', 'b*tch', 'fu**ing', 'a**hole'])(
    '%s',
    (masked) => {
      expect(ABUSE_VOCABULARY.unmask(masked).length).toBeGreaterThan(0);
    },
  );
});

describe('a "v" written for every "u" ("fvck", "cvnt", "stvpid")', () => {
  // The listed words themselves (a misspelling, "numbskul", is read as its word only as it is written).
  const withU = lexiconEntries().filter(
    (e) => /^[a-z]{4,}$/.test(e.word) && e.word.includes('u') && lookupWord([e.word])?.lemma === e.word,
  );

  it('reads every listed word so written as that word, with its kinds', () => {
    const missed = withU.filter(({ word, kinds }) => {
      const hit = lookupWord([word.replaceAll('u', 'v')]);
      return !hit || [...kinds].some((k) => !hit.kinds.has(k));
    });
    expect(missed.map((e) => e.word)).toEqual([]);
    expect(withU.length).toBeGreaterThan(150);
  });

  it.each([
    ['fvck you', 'fvck you'],
    ['Go fvck yourself, troll.', 'fvck'],
    ['You are so stvpid.', 'stvpid'],
    ['Shut up, you dvmb cvnt.', 'dvmb cvnt'],
  ])('%s', (body, evidence) => {
    expect(abuseReasons(body).flatMap((r) => r.evidence.map((e) => e.text))).toContain(evidence);
  });

  it.each(['I drove my Volvo to the vet in Vancouver.', 'The vulture circled over the valley.', 'A nvt or a DVD?'])(
    '%s',
    (body) => {
      expect(abuseReasons(body)).toEqual([]);
    },
  );
});

describe('nouns that insult only the person they are said of', () => {
  const held = (body: string) => abuseReasons(body).filter((r) => r.score >= 0.5);
  // Those that are also words for a person alone ("wacko") insult whatever they are said of.
  const person = new Set(PERSON_INSULT_NOUNS);
  it.each(PREDICATE_INSULT_NOUNS.filter((n) => !person.has(n)))('%s', (noun) => {
    const a = /^[aeiou]/.test(noun) ? 'an' : 'a';
    expect(held(`The senator is ${a} ${noun}.`).map((r) => r.rule)).toContain('abuse.insult.directed');
    expect(held(`The new bus timetable is ${a} ${noun}.`)).toEqual([]);
  });
});

describe('names coined with "-tard"', () => {
  it.each(['demtard', 'repubtards', 'greentard', 'Brexitards'])('%s', (word) => {
    expect(abuseReasons(`Honestly, you ${word} again.`).map((r) => r.rule)).toContain('abuse.insult.directed');
  });
  it.each(['mustard', 'custard', 'leotards', 'unitard', 'bustards', 'petard'])('%s stays a word', (word) => {
    expect(abuseReasons(`We talked about the ${word} all afternoon.`)).toEqual([]);
  });
});

describe('plurals in "-ves"', () => {
  const nouns = lexiconEntries()
    .filter((e) => /^[a-z]+f$/.test(e.word) && [...e.kinds].some((k) => k.startsWith('insult')))
    .map((e) => e.word);

  it('reads every listed insult in "-f" written "-ves" as that word, and holds it said of people', () => {
    expect(nouns.length).toBeGreaterThan(0);
    for (const n of nouns) {
      const plural = `${n.slice(0, -1)}ves`;
      // A misspelling's plural ("theives") is read as the word it stands for, as the misspelling is.
      expect(lookupWord([plural])?.lemma, plural).toBe(lookupWord([n])?.lemma);
      const body = `They are ${plural}.`;
      expect(
        abuseReasons(body).map((r) => r.rule),
        body,
      ).toContain('abuse.insult.directed');
    }
  });

  it.each(['Wolves howled all night in the valley.', 'The knives were sharpened before dinner.'])(
    'plain plurals stay clean: %s',
    (body) => {
      expect(abuseReasons(body)).toEqual([]);
    },
  );
});

describe('plurals in "-z"', () => {
  const nouns = lexiconEntries()
    .filter((e) => /^[a-z]{3,}$/.test(e.word) && !e.word.endsWith('s'))
    .filter((e) => [...e.kinds].some((k) => k === 'insult-strong' || k === 'slur'))
    .map((e) => e.word);

  it('reads every strong insult and slur written with "-z" as that word, and holds it said to the reader', () => {
    expect(nouns.length).toBeGreaterThan(100);
    const missed = nouns.filter((n) => {
      const body = `Get lost, you ${n}z.`;
      return lookupWord([`${n}z`])?.lemma !== lookupWord([n])?.lemma || abuseReasons(body).length === 0;
    });
    expect(missed).toEqual([]);
  });

  it.each([
    'The pub quiz starts at eight.',
    'They danced a waltz at the wedding.',
    'The Blitz flattened the docks.',
    'A fez and a bow tie.',
    'She is a whiz with spreadsheets.',
    'Dinner at the Ritz was overpriced.',
  ])('words that end in "z" stay clean: %s', (body) => {
    expect(abuseReasons(body)).toEqual([]);
  });
});

describe('names coined from a curse and a tail', () => {
  const names = PROFANE_NAME_STEMS.flatMap((stem) => PROFANE_NAME_TAILS.map((tail) => stem + tail));

  it('reads every curse glued to every tail as a name, said to the reader, one or many', () => {
    const missed = names.filter(
      (n) =>
        lookupWord([n]) === null ||
        abuseReasons(`Get lost, you ${n}.`).length === 0 ||
        abuseReasons(`Get lost, you ${n}s.`).length === 0,
    );
    expect(missed).toEqual([]);
  });

  it.each([
    'The cocktail menu changed again.',
    'Hancock scored twice before the break.',
    'An assassin was arrested at the border.',
    'She reads Dickens on the train.',
    'Add the shiitake and stir.',
    'The assessor visits on Monday.',
    'Cockburn Sound is south of Perth.',
  ])('words that only begin with a curse stay clean: %s', (body) => {
    expect(abuseReasons(body)).toEqual([]);
  });
});

describe('euphemisms of listed insults', () => {
  it.each(["You're an a-hole.", 'What an ahole.', 'These a-holes on the council again.'])('%s', (body) => {
    expect(abuseReasons(body).map((r) => r.rule)).toContain('abuse.insult.directed');
  });
});
