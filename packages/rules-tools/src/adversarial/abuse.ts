import { applyDisguise, disguiseNames } from './disguises.js';
import type { Random } from './random.js';

/** Insults a comment aims at a person (nouns: "you {word}", "a complete {word}"). */
const NOUNS = [
  'idiot',
  'moron',
  'imbecile',
  'cretin',
  'clown',
  'loser',
  'scumbag',
  'bastard',
  'dumbass',
  'jackass',
  'twat',
  'prick',
  'dickhead',
  'asshole',
  'halfwit',
  'dimwit',
  'buffoon',
  'parasite',
  'bitch',
  'wanker',
  'retard',
  'douchebag',
  'nitwit',
  'numpty',
  'pillock',
  'tosser',
  'degenerate',
  'lowlife',
  'scum',
  'fool',
];
/** Insulting adjectives, before a person or a noun ("you stupid {noun}", "you are so {word}"). */
const ADJECTIVES = [
  'stupid',
  'pathetic',
  'brainless',
  'worthless',
  'useless',
  'dumb',
  'idiotic',
  'moronic',
  'spineless',
];
/** Threats and incitement to self-harm, with the one word in them that gets disguised. */
const THREATS: ReadonlyArray<readonly [string, string]> = [
  ['go kill yourself', 'kill'],
  ['kys', 'kys'],
  ['I hope you die', 'die'],
  ['someone should shoot you', 'shoot'],
  ['go hang yourself', 'hang'],
];
/** Threats and incitement written out whole, for disguises of every word. */
const SPELLED_THREATS = [
  'I will kill you',
  'someone should shoot you',
  'you should die',
  'I know where you live',
  'go hang yourself',
  'I will beat you up',
];
const NAMES = [
  'Oskar',
  'Priya',
  'Tomasz',
  'Aisha',
  'Bjorn',
  'Keiko',
  'Rafael',
  'Nadia',
  'Colm',
  'Yusuf',
  'Ines',
  'Femi',
];
const TOPICS = [
  'the budget',
  'the bypass plan',
  'the new stadium',
  'school meals',
  'the ceasefire',
  'the rail strike',
  'the flood defences',
  'rent controls',
];

/** Frames that aim a noun insult at someone; `{w}` is the insult, `{n}` a name, `{t}` a topic. */
const NOUN_FRAMES = [
  '{n}, you are a complete {w}.',
  'Only a {w} would write this about {t}.',
  'shut up you {w}',
  '{n} is a total {w} and everyone here knows it',
  'Anyone who backs {t} is a {w}',
  'What a {w}. Read the article before commenting, {n}.',
  'The author of this piece is a {w}!!!',
  '@{n} you absolute {w}',
  'you {w}, {t} has nothing to do with it',
  'Typical {w} take on {t}.',
  '"{w}" is the kindest word for you, {n}',
  'Honestly {n}... what a {w} (sorry not sorry)',
];
const ADJECTIVE_FRAMES = [
  'you are so {w}, {n}',
  '{n} you {w} clown, {t} is working fine',
  'What a {w} little man the columnist is.',
  'Shut up, you {w} old fool.',
];
const THREAT_FRAMES = ['{w}, {n}', '{n} {w}', 'Nobody cares about {t}. {w}.'];

export interface GeneratedLine {
  body: string;
  expect: 'approve' | 'flag';
  categories: string[];
  technique: string;
  note: string;
}

function fill(frame: string, w: string, r: Random): string {
  // Replaced by functions: a disguised word may hold "$$", which a replacement string reads as "$".
  return frame
    .replaceAll('{w}', () => w)
    .replaceAll('{n}', () => r.pick(NAMES))
    .replaceAll('{t}', () => r.pick(TOPICS));
}

/** Comments that aim an insult or a threat at a person, with the insulting word disguised every way. */
export function abuseLines(r: Random): GeneratedLine[] {
  const out: GeneratedLine[] = [];
  for (const technique of ['plain', ...disguiseNames()]) {
    const disguise = (w: string) => (technique === 'plain' ? w : applyDisguise(technique, w, r));
    for (const w of NOUNS) {
      const frame = r.pick(NOUN_FRAMES);
      out.push(line(fill(frame, disguise(w), r), technique, `noun ${w}`));
    }
    for (const w of ADJECTIVES) {
      out.push(line(fill(r.pick(ADJECTIVE_FRAMES), disguise(w), r), technique, `adjective ${w}`));
    }
    for (const [phrase, word] of THREATS) {
      const disguised = phrase.replace(word, () => disguise(word));
      out.push(line(fill(r.pick(THREAT_FRAMES), disguised, r), technique, `threat ${phrase}`));
    }
  }
  // Whole sentences disguised, as "y.o.u a.r.e a.n i.d.i.o.t" or "YoU aRe A mOrOn".
  for (const technique of ['punctuated', 'mixed-case', 'zero-width', 'cyrillic', 'spaced']) {
    for (let k = 0; k < 12; k++) {
      const w = r.pick(NOUNS);
      const words = ['you', 'are', w.match(/^[aeiou]/) ? 'an' : 'a', w];
      const body = `${r.pick(NAMES)} ${words.map((x) => applyDisguise(technique, x, r)).join(technique === 'spaced' ? '   ' : ' ')}`;
      out.push(line(body, `sentence-${technique}`, `whole sentence, ${w}`));
    }
    // Threats spelled out word by word: "i w i l l k i l l y o u", "g.o k.i.l.l y.o.u.r.s.e.l.f".
    for (const phrase of SPELLED_THREATS) {
      const body = phrase
        .split(' ')
        .map((x) => applyDisguise(technique, x, r))
        .join(technique === 'spaced' ? '   ' : ' ');
      out.push(line(`${body}, ${r.pick(NAMES)}`, `sentence-${technique}`, `whole threat, ${phrase}`));
    }
  }
  return out;
}

function line(body: string, technique: string, note: string): GeneratedLine {
  return { body, expect: 'flag', categories: ['abuse'], technique, note };
}
