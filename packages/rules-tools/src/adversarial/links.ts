import type { GeneratedLine } from './abuse.js';
import { applyDisguise, INVISIBLES, MATH_DIGITS } from './disguises.js';
import type { Random } from './random.js';

const HEADS = ['cheap', 'best', 'fast', 'free', 'top', 'crypto', 'easy', 'smart', 'mega', 'real'];
const TAILS = ['pills', 'loans', 'deals', 'bets', 'coins', 'tickets', 'jobs', 'streams', 'diets', 'promo'];
const TLDS = ['com', 'net', 'org', 'io', 'biz', 'info', 'xyz', 'shop', 'online', 'site', 'club', 'ru', 'co.uk'];
const PATHS = ['', '', '/offer', '/join?ref=42', '/free-trial', '/x7k2'];
const PITCHES = [
  'Earn £400 a day from home, see {l}',
  'Best odds on the derby at {l}',
  'The real story is on {l} before they delete it',
  'Lose 10kg in a month: {l}',
  'Cheap flights this summer → {l}',
  'I doubled my savings with {l} honestly',
  '{l} has the full list, worth a look',
  'Tickets still available at {l} !!',
  'Free crypto for the first 100 people: {l}',
  'Read this first: {l}',
];
const SHORTENERS = ['bit.ly', 'tinyurl.com', 't.co', 'cutt.ly', 'rb.gy', 'is.gd', 'ow.ly', 'shorturl.at'];
const DOT_WORDS = [
  'dot',
  'punto',
  'ponto',
  'point',
  'punkt',
  'nokta',
  'kropka',
  'tochka',
  'punt',
  'точка',
  'tačka',
  'ドット',
];
const MAIL_CUES = ['email', 'write to', 'contact', 'mail me at', 'reach me at'];
const LOCALS = ['sales', 'info', 'deals4u', 'john.smith', 'winner2026', 'support'];

function domain(r: Random): { label: string; tld: string } {
  const sep = r.pick(['', '-', '', '24', '-the-']);
  return { label: `${r.pick(HEADS)}${sep}${r.pick(TAILS)}`, tld: r.pick(TLDS) };
}

function ip(r: Random): string {
  return `${1 + r.int(222)}.${r.int(256)}.${r.int(256)}.${1 + r.int(254)}`;
}

/** A link written in one of the ways spam writes it; `kind` is the corpus' technique label. */
const FORMS: Readonly<Record<string, (r: Random) => string>> = {
  plain: (r) => {
    const { label, tld } = domain(r);
    return r.pick([`${label}.${tld}`, `www.${label}.${tld}`, `https://${label}.${tld}${r.pick(PATHS)}`]);
  },
  'plain-path': (r) => {
    const { label, tld } = domain(r);
    return `${label}.${tld}${r.pick(PATHS.filter((p) => p))}`;
  },
  email: (r) => {
    const { label, tld } = domain(r);
    return `${r.pick(MAIL_CUES)} ${r.pick(LOCALS)}@${label}.${tld}`;
  },
  'email-disguised': (r) => {
    const { label, tld } = domain(r);
    const at = r.pick([' at ', ' [at] ', '(at)', ' (at) ', '[@]']);
    const dot = r.pick([' dot ', ' [dot] ', '(dot)', '[.]']);
    return `${r.pick(MAIL_CUES)} ${r.pick(LOCALS)}${at}${label}${dot}${tld.replace('.', dot)}`;
  },
  'email-provider': (r) => {
    const provider = r.pick(['gmail', 'yahoo', 'hotmail', 'outlook', 'protonmail']);
    return `${r.pick(MAIL_CUES)} ${r.pick(LOCALS)}${r.pick(['@', ' at ', ' (at) ', '[at]'])}${provider}`;
  },
  'email-spaced-at': (r) => {
    const { label, tld } = domain(r);
    return `${r.pick(MAIL_CUES)} ${r.pick(LOCALS)} @ ${label}.${tld}`;
  },
  'html-link': (r) => {
    const { label, tld } = domain(r);
    const q = r.pick(['"', "'"]);
    return `<a href=${q}https://${label}.${tld}${r.pick(PATHS)}${q}>click here</a>`;
  },
  'markdown-link': (r) => {
    const { label, tld } = domain(r);
    return `[the offer](http://${label}.${tld}${r.pick(PATHS)})`;
  },
  hxxp: (r) => {
    const { label, tld } = domain(r);
    return `${r.pick(['hxxp', 'hxxps', 'hXXps'])}://${label}.${tld}${r.pick(PATHS)}`;
  },
  'bracket-dot': (r) => {
    const { label, tld } = domain(r);
    const dot = r.pick(['[.]', '(.)', '{.}', '[dot]', '(dot)']);
    return `${label}${dot}${tld.replace('.', dot)}`;
  },
  'dot-word': (r) => {
    const { label } = domain(r);
    const tld = r.pick(['com', 'net', 'org', 'io', 'biz', 'info', 'xyz']);
    const word = r.pick(DOT_WORDS);
    const cased = r.pick([word, word.toUpperCase(), `${word[0]?.toUpperCase()}${word.slice(1)}`]);
    return r.pick([`${label} ${cased} ${tld}`, `${label} (${cased}) ${tld}`, `${label} [${cased}] ${tld}`]);
  },
  'spaced-dot': (r) => {
    const { label, tld } = domain(r);
    return `${label} . ${tld}`;
  },
  'ip-url': (r) =>
    r.pick([`http://${ip(r)}/login`, `${ip(r)}:8080`, ip(r).replaceAll('.', '[.]'), `https://${ip(r)}/free`]),
  spaced: (r) => {
    const { label, tld } = domain(r);
    return [...`${label}.${tld}`].join(' ');
  },
  'zero-width': (r) => {
    const { label, tld } = domain(r);
    const at = 1 + r.int(label.length - 1);
    return `${label.slice(0, at)}${r.pick(INVISIBLES)}${label.slice(at)}${r.pick(INVISIBLES)}.${tld}`;
  },
  'mixed-case': (r) => {
    const { label, tld } = domain(r);
    return applyDisguise('mixed-case', `www.${label}.${tld}`, r);
  },
  fullwidth: (r) => {
    const { label, tld } = domain(r);
    return [...`${label}.${tld}`].map((c) => String.fromCodePoint(c.charCodeAt(0) + 0xfee0)).join('');
  },
  'confusable-unicode': (r) => {
    const { label, tld } = domain(r);
    return `${applyDisguise('cyrillic', label, r)}.${tld}`;
  },
  'math-alphanumeric': (r) => {
    const { label, tld } = domain(r);
    return `${applyDisguise('math-alphanumeric', label, r)}.${tld}`;
  },
  'dot-leet': (r) => {
    const { label } = domain(r);
    return `${label}${r.pick([' d0t ', ' D0T ', '[d0t]', '(d0t)'])}${r.pick(['com', 'net', 'org', 'xyz'])}`;
  },
  'dot-space': (r) => `${domain(r).label}. ${r.pick(['com', 'org', 'biz', 'info', 'xyz'])}`,
  'comma-dot': (r) => `${domain(r).label},${r.pick(['com', 'net', 'org', 'biz', 'info', 'io'])}`,
  'emoji-dot': (r) =>
    `${domain(r).label}${r.pick(['🔴', '⚫', '🔵', '•️', '💲'])}${r.pick(['com', 'net', 'xyz', 'shop'])}`,
  'tld-leet': (r) => `${domain(r).label}${r.pick(['.', ' dot ', '[.]'])}${r.pick(['c0m', 'n3t', '0rg'])}`,
  'underscore-dot': (r) => `${domain(r).label}_${r.pick(['com', 'org', 'biz', 'info'])}`,
  'hyphen-dot': (r) => `${domain(r).label}-dot-${r.pick(['com', 'net', 'shop'])}`,
  'tld-bracket-spelled': (r) => `${domain(r).label}(.)${[...r.pick(['com', 'net', 'org'])].join('(.)')}`,
  'rare-dot': (r) => `${domain(r).label}${r.pick(['⸳', '・', '·', '∙', '｡'])}${r.pick(['com', 'net', 'org'])}`,
  'space-com': (r) => `${r.pick(['SwagDeals', 'cheapbets', 'loans4u', 'FreeSpins24'])} com`,
  'www-spaced': (r) => `www ${domain(r).label} ${r.pick(['com', 'net', 'org', 'biz'])}`,
  'spelled-tld': (r) => {
    const tld = r.pick(['com', 'net', 'org', 'xyz', 'biz']);
    return `${domain(r).label}${r.pick(['.', ' dot ', ' . '])}${[...tld].join(' ')}`;
  },
  'dot-wordy-tld': (r) => `${domain(r).label}${r.pick(['24', 'club', '-hub'])} dot ${r.pick(['me', 'us', 'in', 'to'])}`,
  'ip-spoken': (r) => ip(r).replaceAll('.', r.pick([' dot ', ' DOT '])),
  'ip-numeric': (r) =>
    r.pick([
      `http://${1_000_000_000 + r.int(2_000_000_000)}/`,
      `http://0x${(0x10000000 + r.int(0xe0000000)).toString(16)}/win`,
    ]),
  shortener: (r) => {
    const id = [...'aZ3kQ9xB7m']
      .sort(() => r.next() - 0.5)
      .join('')
      .slice(0, 6 + r.int(3));
    return `${r.pick(SHORTENERS)}/${id}`;
  },
};

const PHONE_CUES = ['Call', 'Text', 'WhatsApp', 'Ring', 'Call or text', 'Telegram'];
const DIGIT_WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];

function digits(n: number, r: Random): string {
  let s = '';
  for (let i = 0; i < n; i++) s += String(r.int(10));
  return s;
}

function spoken(number: string, r: Random): string {
  const out: string[] = [];
  for (let i = 0; i < number.length; i++) {
    const d = Number(number[i]);
    if (number[i + 1] === number[i] && r.chance(0.7)) {
      out.push(`double ${d === 0 && r.chance(0.5) ? 'oh' : DIGIT_WORDS[d]}`);
      i++;
    } else out.push(d === 0 && r.chance(0.6) ? 'oh' : (DIGIT_WORDS[d] as string));
  }
  return out.join(' ');
}

/** Phone numbers as spam writes them, in every digit disguise. */
const PHONES: Readonly<Record<string, (r: Random) => string>> = {
  'phone-us': (r) => r.pick([`(555) ${digits(3, r)}-${digits(4, r)}`, `+1 555 ${digits(3, r)} ${digits(4, r)}`]),
  'phone-uk': (r) =>
    r.pick([`07700 900${digits(3, r)}`, `+44 7700 900${digits(3, r)}`, `+44 20 7946 0${digits(3, r)}`]),
  'phone-dotted': () => '555.014.2277',
  'phone-math-digits': (r) => {
    const base = r.pick(MATH_DIGITS);
    return `+44 7700 900${digits(3, r)}`.replace(/\d/g, (d) => String.fromCodePoint(base + Number(d)));
  },
  'phone-keycap': (r) => `07700 900${digits(3, r)}`.replace(/\d/g, (d) => `${d}\ufe0f\u20e3`),
  'phone-dingbat': (r) =>
    `07700 9${digits(5, r)}`.replace(/[1-9]/g, (d) => String.fromCodePoint(0x2776 + Number(d) - 1)).replace(/0/g, '⓿'),
  'phone-fullwidth': (r) => `07700 900${digits(3, r)}`.replace(/\d/g, (d) => String.fromCodePoint(0xff10 + Number(d))),
  'phone-spoken': (r) => spoken(`0770090${digits(4, r)}`, r),
  'phone-mixed-words': (r) => {
    const n = `07700${digits(6, r)}`;
    return [...n].map((d) => (r.chance(0.5) ? d : (DIGIT_WORDS[Number(d)] as string))).join(' ');
  },
  'phone-zero-width': (r) => `+1 555 ${digits(3, r)}\u200b ${digits(4, r)}`,
  'phone-letters-for-digits': (r) =>
    `07${digits(3, r)} 9OO ${digits(3, r)}`.replace(/0/g, () => (r.chance(0.5) ? 'O' : '0')),
  'phone-unspaced': (r) => `07911${digits(6, r)}`,
  'phone-vanity': (r) => `1800 ${r.pick(['FLOWERS', 'LOANNOW', 'CASHNOW', 'WINBIG'])}`,
};

/** Promotional comments with a link, e-mail address or phone number in every form. */
export function linkLines(r: Random, perForm: number): GeneratedLine[] {
  const out: GeneratedLine[] = [];
  for (const [technique, form] of Object.entries(FORMS)) {
    for (let k = 0; k < perForm; k++) {
      const link = form(r);
      const body = r.pick(PITCHES).replace('{l}', () => link);
      out.push({ body, expect: 'flag', categories: ['link'], technique, note: 'link' });
    }
  }
  for (const [technique, form] of Object.entries(PHONES)) {
    for (let k = 0; k < perForm; k++) {
      const body = `${r.pick(['Cheap loans today!', 'Best tips for the match.', 'Work from home.', 'Limited offer:'])} ${r.pick(PHONE_CUES)} ${form(r)}`;
      out.push({ body, expect: 'flag', categories: ['link'], technique, note: 'phone' });
    }
  }
  return out;
}
