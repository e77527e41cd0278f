/**
 * Kinds of people a comment talks about (roles, ages, families, politics), written from general knowledge of
 * English usage. Listed in the singular: `withPlurals` adds "-s", "-es" and "-ies", so "stupid kids", "these lazy
 * taxpayers" and "the stupid commoner" all name people. Words with an everyday sense besides a person stay out
 * ("coach", "rep", "party").
 */
/** People named by the side they take in politics. */
const PARTISANS: readonly string[] = [
  'liberal',
  'conservative',
  'republican',
  'democrat',
  'progressive',
  'leftist',
  'lefty',
  'trumper',
];

const PEOPLE_NOUNS: readonly string[] = [
  'kid',
  'teen',
  'teenager',
  'youngster',
  'youth',
  'student',
  'parent',
  'mother',
  'father',
  'mom',
  'mum',
  'dad',
  'wife',
  'husband',
  'brother',
  'sister',
  'neighbour',
  'neighbor',
  'couple',
  'citizen',
  'resident',
  'taxpayer',
  'commoner',
  'stoner',
  'hippie',
  'hipster',
  ...PARTISANS,
  'winger',
  'activist',
  'protester',
  'protestor',
  'cop',
  'officer',
  'soldier',
  'lawyer',
  'attorney',
  'banker',
  'landlord',
  'tourist',
  'millionaire',
  'billionaire',
  'celebrity',
  'candidate',
  'bureaucrat',
  'lawmaker',
  'legislator',
  'congressman',
  'congresswoman',
  'evangelical',
  'atheist',
  'believer',
  'follower',
  'senator',
  'governor',
  'judge',
  'mayor',
  'president',
  'premier',
  'organiser',
  'organizer',
  'friend',
  'buddy',
  'pal',
  'crony',
  'minion',
  'colleague',
  'pundit',
  'spokesman',
  'spokeswoman',
  'spokesperson',
  'boss',
  'employee',
  'immigrant',
  'commissioner',
  'investigator',
  'apologist',
  'deputy',
  'staffer',
  'cyclist',
  'motorist',
  'homeowner',
  'shareholder',
  'councillor',
  'councilor',
  'trustee',
  'minister',
  // Politics and public life.
  'politico',
  'rightist',
  'righty',
  'trumpster',
  'dem',
  'repub',
  'lib',
  'communist',
  'unionist',
  'environmentalist',
  'greenie',
  'rioter',
  'looter',
  'demonstrator',
  'commentator',
  'blogger',
  'pollster',
  'councilman',
  'councilwoman',
  'administrator',
  // Trades, learning and the pulpit.
  'professor',
  'scientist',
  'economist',
  'manager',
  'owner',
  'tenant',
  'hunter',
  'priest',
  'bishop',
  'preacher',
  'pastor',
  'cleric',
];

/**
 * "kid" → "kid", "kids"; "youth" → "youths"; "lefty" → "lefties"; "bus"-like endings take "-es"; "congressman" →
 * "congressmen".
 */
function withPlurals(list: readonly string[]): string[] {
  return list.flatMap((w) => {
    if (w.endsWith('man')) return [w, `${w.slice(0, -2)}en`];
    if (/[^aeiou]y$/.test(w)) return [w, `${w.slice(0, -1)}ies`];
    if (/(?:s|x|z|ch|sh)$/.test(w)) return [w, `${w}es`];
    return [w, `${w}s`];
  });
}

export const PEOPLE: readonly string[] = withPlurals(PEOPLE_NOUNS);

/**
 * Political camps and those who vote or sit for them: a name stacked on one ("hillbilly Republicans", "clown
 * politicians") calls the camp names. Not trades ("pig farmers", "snake handlers"), where the animal is literal.
 */
export const CAMPS: readonly string[] = withPlurals([
  ...PARTISANS,
  'tory',
  'socialist',
  'politician',
  'lawmaker',
  'bureaucrat',
  'senator',
  'voter',
  'supporter',
]);
