/**
 * Names pointed at as the one who speaks ("Nothing this traitor says is true") and adjectives used as nouns with a
 * word that brands ("an avowed racist"): every targeted noun that names only a person in each speaking frame, every
 * such adjective after every branding word. Literal nouns speaking ("this parrot says hello"), degree words ("a
 * little racist") and a branded adjective before its noun ("a known racist slogan") stay clean.
 */

import { describe, expect, it } from 'vitest';
import { lexiconEntries } from './lexicon/index.js';
import { LITERAL_NOUNS } from './lexicon/insults.js';
import { ADJECTIVES_AS_NOUNS } from './lexicon/name-calling.js';
import { BRANDING_QUALIFIERS, SPEAKING_VERBS } from './lexicon/person-frames.js';
import { abuseReasons } from './test-support.js';

const LITERAL: ReadonlySet<string> = new Set(LITERAL_NOUNS);
/** Targeted nouns with no literal sense: a pointing word and a verb of saying make them a person. */
const TARGETED = lexiconEntries()
  .filter((e) => /^[a-z]+$/.test(e.word) && !e.word.endsWith('s') && e.kinds.has('insult-targeted'))
  .filter((e) => !e.kinds.has('slur') && !e.kinds.has('slur-ambiguous') && !LITERAL.has(e.word))
  .map((e) => e.word);
const AS_NOUNS = ADJECTIVES_AS_NOUNS.filter((w) => !w.endsWith('s'));

/** A noun and a verb that also make a compound for a thing: "that fraud claims process". */
const COMPOUNDS: ReadonlySet<string> = new Set(['fraud claims']);

const SPEAKING_FRAMES: Array<(w: string, verb: string) => string> = [
  (w, verb) => `Nothing this ${w} ${verb} makes any sense to me.`,
  (w, verb) => `Whatever that ${w} ${verb} about the levy, ignore it.`,
];

describe('a name pointed at as the one who speaks', () => {
  it('flags every targeted noun and adjective used as a noun before every verb of saying', () => {
    const missed: string[] = [];
    for (const w of [...TARGETED, ...AS_NOUNS])
      for (const verb of SPEAKING_VERBS.filter((v) => !COMPOUNDS.has(`${w} ${v}`)))
        for (const frame of SPEAKING_FRAMES) {
          const body = frame(w, verb);
          if (abuseReasons(body).length === 0) missed.push(body);
        }
    expect(missed).toEqual([]);
  });

  it('marks the name, not the verb', () => {
    const body = 'Nothing this traitor tweets is true.';
    const ev = abuseReasons(body).flatMap((r) => r.evidence.map((e) => body.slice(e.start, e.end)));
    expect(ev).toEqual(['traitor']);
  });

  it.each([
    ...LITERAL_NOUNS.filter((w) => /^[a-z]+$/.test(w)).map((w) => `This ${w} wants food and says nothing.`),
    'That song says it all.',
    'This parrot says hello to every visitor.',
    'This report claims the bridge is safe.',
  ])('leaves "%s" clean', (body) => {
    expect(abuseReasons(body)).toEqual([]);
  });
});

describe('an adjective used as a noun after a word that brands', () => {
  const article = (w: string) => (/^[aeiou]/.test(w) ? 'an' : 'a');
  it('flags every adjective used as a noun after every branding word', () => {
    const missed: string[] = [];
    for (const w of AS_NOUNS)
      for (const q of BRANDING_QUALIFIERS)
        for (const body of [
          `You keep backing Smith, ${article(q)} ${q} ${w}.`,
          `The new chair is ${article(q)} ${q} ${w}`,
        ]) {
          if (abuseReasons(body).length === 0) missed.push(body);
        }
    expect(missed).toEqual([]);
  });

  it.each([
    'The joke was a little racist.',
    'That old law is a bit sexist, honestly.',
    'The known racist slogans were removed from the wall.',
    'An open racist remark like that would get anyone fired.',
    'Is the hiring rule racist?',
  ])('leaves "%s" clean', (body) => {
    expect(abuseReasons(body)).toEqual([]);
  });
});
