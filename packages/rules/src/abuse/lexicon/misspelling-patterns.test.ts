import { describe, expect, it } from 'vitest';
import { abuseReasons as abuse } from '../test-support.js';
import { patternMisspellings } from './misspelling-patterns.js';
import { MISSPELLINGS } from './misspellings.js';

const held = (body: string) => abuse(body).filter((r) => r.score >= 0.5);

describe('spellings derived by the usual patterns', () => {
  it('drops a doubled letter, writes "ck" as "k", "-er" as "-r" or "-a", "ss" as "zz", others as heard', () => {
    const m = patternMisspellings(['fucker', 'dumbass', 'butthole', 'asshole'], (w) => w === 'dumb');
    for (const [wrong, right] of [
      ['fuker', 'fucker'],
      ['fukr', 'fucker'],
      ['fucka', 'fucker'],
      ['dumbas', 'dumbass'],
      ['dumbazz', 'dumbass'],
      ['buthole', 'butthole'],
      ['azzhole', 'asshole'],
    ])
      expect(m[wrong as string], wrong).toBe(right);
    const said = patternMisspellings(['schmuck', 'dickhead', 'twatwaffle', 'dumbass'], () => false);
    for (const [wrong, right] of [
      ['shmuck', 'schmuck'],
      ['smuck', 'schmuck'],
      ['dikhed', 'dickhead'],
      ['twatwaffel', 'twatwaffle'],
      ['dumbarse', 'dumbass'],
    ])
      expect(said[wrong as string], wrong).toBe(right);
  });

  it('leaves out spellings that are two words apart ("to spot") or words of their own ("fiber")', () => {
    const m = patternMisspellings(['tosspot', 'wiseass', 'asshole', 'fibber', 'moocher'], () => false);
    for (const wrong of ['tospot', 'wiseas', 'ashole', 'fiber', 'mocha']) expect(m[wrong], wrong).toBeUndefined();
  });

  it('every misspelling is read as the word it stands for, in every frame', () => {
    const frames = [(w: string) => `You are such a ${w}.`, (w: string) => `The mayor is a ${w}.`];
    for (const [wrong, right] of Object.entries(MISSPELLINGS))
      for (const frame of frames) {
        const said = held(frame(wrong)).map((r) => `${r.rule} ${r.message.replace(wrong, right)}`);
        expect(said.length, frame(wrong)).toBeGreaterThan(0);
        expect(said, frame(wrong)).toEqual(held(frame(right)).map((r) => `${r.rule} ${r.message}`));
      }
  });

  it.each([
    ['You are all loosers.', 'loosers'],
    ['He is so clueles about it.', 'clueles'],
    ['What a corupt politician.', 'corupt'],
    ['Explain it to these smucks.', 'smucks'],
    ['Those nigers again.', 'nigers'],
  ])('%s', (body, words) => {
    expect(held(body).flatMap((r) => r.evidence.map((e) => e.text))).toContain(words);
  });

  it.each([
    'He wore looser clothes in the summer.',
    'The looser rules helped small shops.',
    'Trash is easy to spot from the road.',
    'He is as wise as an owl and smart as a whip.',
    'The fiber network reached the village in May.',
    'I ordered a mocha and a bagel.',
    'Buffon saved a penalty in the final.',
    'Moana was the top film that week.',
    'The minga brought the whole village together.',
    'We spent a week in Tossa de Mar.',
    'Add a pinch of lard as the recipe says.',
    'The new rota starts on Monday.',
    'FIBA moved the qualifiers to June.',
    'Shep Smith anchored the evening news.',
    'Niger is a country in West Africa, and the Niger river floods each year.',
  ])('everyday words stay clean: %s', (body) => {
    expect(held(body)).toEqual([]);
  });
});
