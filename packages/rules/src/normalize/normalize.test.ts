import { describe, expect, it } from 'vitest';
import { ABUSE_VOCABULARY } from '../abuse/lexicon/index.js';
import { foldText } from './fold.js';
import { wordForms } from './forms.js';
import { originalSpan } from './mapped-text.js';
import { tokenize } from './tokens.js';
import { buildWords } from './words.js';

const words = (body: string) => {
  const folded = foldText(body);
  return buildWords(tokenize(folded, body), folded, ABUSE_VOCABULARY);
};

describe('folding', () => {
  it('folds fullwidth, mathematical, Cyrillic and Greek look-alikes and case', () => {
    expect(foldText('ＨＥＬＬＯ 𝐰𝐨𝐫𝐥𝐝 ѕсаm ΑΒΕ Café').text).toBe('hello world scam abe cafe');
  });

  it('removes invisible characters and maps every unit back to the original', () => {
    const body = 'a\u200bb\u00adc\u202e d';
    const f = foldText(body);
    expect(f.text).toBe('abc d');
    const span = originalSpan(f, 0, 3);
    expect(body.slice(span.start, span.end)).toBe('a\u200bb\u00adc');
  });

  it('maps astral characters to both UTF-16 units', () => {
    const body = '😀 𝐦𝐨𝐫𝐨𝐧';
    const f = foldText(body);
    const i = f.text.indexOf('moron');
    const span = originalSpan(f, i, i + 5);
    expect(body.slice(span.start, span.end)).toBe('𝐦𝐨𝐫𝐨𝐧');
  });
});

describe('word forms', () => {
  it('reads l33t and collapses stretched letters both ways', () => {
    expect(wordForms('m0r0n')).toContain('moron');
    expect(wordForms('1d10t')).toContain('idiot');
    expect(wordForms('b@stard')).toContain('bastard');
    expect(wordForms('stuuuuupid')).toContain('stupid');
    expect(wordForms('looooser')).toEqual(expect.arrayContaining(['loser', 'looser']));
    expect(wordForms('cocktail')).toEqual(['cocktail']);
  });
});

describe('spaced-out letters', () => {
  it('joins letters split by spaces, dots, underscores, slashes and dashes into words', () => {
    expect(words('f u c k off').map((w) => w.text)).toEqual(['fuck', 'off']);
    expect(words('f.u.c.k').map((w) => w.text)).toEqual(['fuck']);
    expect(words('f_u/c-k').map((w) => w.text)).toEqual(['fuck']);
    expect(words('u r a l o s e r').map((w) => w.text)).toEqual(['ur', 'a', 'loser']);
  });

  it('leaves abbreviations alone', () => {
    expect(words('The U.S. and e.g. Ph.D.').map((w) => w.text)).toEqual(['the', 'u', 's', 'and', 'e', 'g', 'ph', 'd']);
  });

  it('keeps offsets of joined words on the original letters', () => {
    const body = 'you are a t w a t!';
    const w = words(body).find((x) => x.text === 'twat');
    const f = foldText(body);
    const span = originalSpan(f, w?.start ?? 0, w?.end ?? 0);
    expect(body.slice(span.start, span.end)).toBe('t w a t');
  });
});
