import type { GeneratedLine } from './abuse.js';
import type { Random } from './random.js';

/**
 * Clean comments that look like what the rules look for: product names and abbreviations with dots, versions,
 * prices, times, scores and dates, compounds and names that contain a listed word, criticism of ideas, news
 * language about violence, and enthusiasm. `{x}` slots vary per line.
 */
const TEMPLATES: ReadonlyArray<readonly [string, readonly string[]]> = [
  [
    'We rewrote the booking system in {x} and it finally copes with the Saturday rush.',
    ['ASP.NET', 'Node.js', 'Vue.js', 'VB.NET', 'Next.js', 'D3.js'],
  ],
  [
    'She has an {x} in epidemiology, so maybe listen to her on this one.',
    ['M.Sc.', 'M.A.', 'Ph.D.', 'B.Sc.', 'MSc', 'M.Phil.'],
  ],
  [
    'The patch is {x} and it still drains the battery overnight.',
    ['v3.2.1', 'version 4.0.2', '2.11.0', 'v10.4', 'build 17.3.2'],
  ],
  ['Tickets went from {x} to £48.50 in two years, for the same seats.', ['£32.00', '€29.90', '$27.75', '£30']],
  [
    'Kick-off moved to {x} on Sunday because of the police advice.',
    ['12.30pm', '4.45 p.m.', '17:30', '8 p.m.', '1.15pm'],
  ],
  ['{x} at half time and we still managed to throw it away.', ['2-0 up', '3-1 up', 'Leading 1-0', '2–1 up']],
  [
    'The inquiry reports on {x}, a week after the council vote.',
    ['12.03.2027', '3/4/2027', '2027-03-12', '12 March 2027', '1.6.2026'],
  ],
  ['Inflation at {x} and wages flat. Something has to give.', ['3.8%', '4.25%', '2.9 %', '11.1%']],
  [
    'Their new {x} design is a relief after last year’s mess.',
    ['idiot-proof', 'fool-proof', 'dumb-bell rack', 'kill-switch'],
  ],
  [
    '{x} scored twice and the away end went quiet.',
    ['Dickson', 'Cockburn', 'Hitchcock', 'Babcock', 'Shitole', 'Cumberbatch'],
  ],
  [
    'Flooding again in {x}. Third time since October.',
    ['Scunthorpe', 'Penistone', 'Middlesex', 'Clitheroe', 'Twatt', 'Wetwang', 'Essex'],
  ],
  [
    '{x} this is the best thing the paper has run all year',
    ['looooove it,', 'Sooooo good!', 'Yesss!!!', 'Wowwww,', 'Brilliant!!!!!!'],
  ],
  ['Best song of the summer{x}', ['!!!!!!', '!!!!!!!!!!', ' 😍😍😍', '... again!!!', ' 🔥🔥']],
  [
    'This policy is {x} and the minister should resign over it.',
    ['stupid', 'idiotic', 'moronic', 'dumb', 'pathetic', 'absurd'],
  ],
  ['Militants {x} eleven soldiers near the border, the ministry said.', ['killed', 'shot', 'murdered', 'executed']],
  ['The report calls the old scheme a {x} of public money.', ['waste', 'scandalous waste', 'bloody waste']],
  ['See section 4.2 of the report, e.g. the table on page 31, i.e. the one on {x}.', ['costs', 'staffing', 'delays']],
  ['The U.K. and the U.S. signed it at {x}, according to the BBC.', ['9 a.m.', '10.15', 'noon', '3 p.m.']],
  ['My number of complaints this year: {x}. Still no reply.', ['14', 'seventeen', '2,341', 'over 200']],
  ['The fund grew from 1.2m to 3.4m between {x}.', ['2019 and 2024', '2021 and 2025', 'March and May']],
  ['Population 2,640,000 in {x}, up from 2,410,000.', ['2021', '2011', 'the last census']],
  ['Try the {x} version, it fixed the sync bug for me.', ['1.0.3', 'v2.5', '7.1.2', 'beta 3.0']],
  ['I hate how {x} the coverage has become.', ['one-sided', 'lazy', 'shallow', 'repetitive']],
  ['The {x} of Dr. Alvarez was the only sensible part of the hearing.', ['testimony', 'evidence', 'statement']],
  ['Round {x} to us. Great game all round.', ['one', 'two', '3', '4']],
  ['A {x} by the harbour for lunch, then back for the second half.', ['cocktail', 'pint', 'sandwich', 'cream tea']],
  ['Section 3.14 of the rules covers {x}.', ['this', 'appeals', 'refunds']],
  ['Watch from minute {x}, the commentary is spot on.', ['12:40', '3:15', '45+2']],
  ['Call it what it is: a {x} waste of time.', ['total', 'complete', 'colossal']],
  [
    'Good ideas,{x} and a plan: that is all the council needed.',
    ['information', 'common sense', 'company support', 'organisation'],
  ],
  ['It ended at {x}. Com', ['half past nine', 'ten', 'midnight']],
  ['A dot in the {x} turned out to be the ISS.', ['sky', 'night sky', 'east']],
  ['My polka dot {x} is older than this stadium.', ['dress', 'umbrella', 'tie']],
  ['Over {x} readers signed the petition already.', ['3oo', '1oo', '2,000', '40']],
  ['Firmware {x} bricked my router twice.', ['1.2.3.4', 'v2.10.0.1', '10.0.0.2 build', '4.4.0']],
  ['The match had {x} spectators, a record for the ground.', ['10,342', '9 812', '12.500']],
  [
    'Our band played at {x} last night, what a crowd!',
    ['the Shitterton fete', 'Scunthorpe town hall', 'the Cockermouth festival'],
  ],
];

/** Clean lines from the hand-written templates, each template with every value of its slot. */
export function negativeLines(r: Random): GeneratedLine[] {
  const out: GeneratedLine[] = [];
  for (const [template, values] of TEMPLATES) {
    for (const v of values) {
      const body = template.replace('{x}', () => v);
      out.push({ body, expect: 'approve', categories: [], technique: 'hard-negative', note: v });
    }
  }
  // A few in capitals or with a stretched word, as enthusiastic readers write.
  for (let k = 0; k < 10; k++) {
    const [template, values] = r.pick(TEMPLATES);
    const body = template.replace('{x}', () => r.pick(values)).toUpperCase();
    out.push({ body, expect: 'approve', categories: [], technique: 'hard-negative-shouting', note: 'capitals' });
  }
  return out;
}
