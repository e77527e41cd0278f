/**
 * Words for demeaning stereotypes of a whole group without an insult word, written from general knowledge: what a
 * group is said to be unable to do by nature ("Xs can't drive") and a faith called a religion of violence.
 */

/**
 * Things a group is said to be unable to do as a kind, one word or several: "Xs can't drive", "Xs can't think for
 * themselves". Rights and laws ("can't vote", "can't work") are left out: "Xs can't vote" is usually a report.
 */
export const UNABLE_TO: readonly string[] = [
  'drive',
  'park',
  'swim',
  'think',
  'reason',
  'lead',
  'govern',
  'learn',
  'assimilate',
  'integrate',
  'do math',
  'do maths',
  'think straight',
  'think for themselves',
  'govern themselves',
  'control themselves',
  'be educated',
  'be civilized',
  'be civilised',
  'be reasoned with',
];

/**
 * Words that may follow the ability and keep it a verdict on the group's nature: "can't drive for shit", "can't
 * drive to save their lives", "can't drive properly". Any other word ("in that country", "before 16") makes it a
 * report of a rule, a place or a time.
 */
export const UNABLE_TAILS: readonly string[] = [
  'properly',
  'well',
  'either',
  'anyway',
  'at',
  'all',
  'lol',
  'period',
  'for',
  'shit',
  'crap',
  'toffee',
  'worth',
  'a',
  'damn',
  'to',
  'save',
  'their',
  'lives',
  'life',
  'safely',
  'straight',
  'right',
];

/** Words for what a faith is called when it is smeared: "a religion of violence", "a cult of death". */
export const FAITH_KINDS: readonly string[] = ['religion', 'faith', 'ideology', 'cult', 'creed', 'doctrine'];

/** What a faith is called a religion of: "violence", "hate", "terror", "the sword" (not "peace", "1.8 billion"). */
export const FAITH_SMEARS: readonly string[] = [
  'violence',
  'hate',
  'hatred',
  'terror',
  'terrorism',
  'terrorists',
  'war',
  'death',
  'murder',
  'murderers',
  'killing',
  'killers',
  'rape',
  'rapists',
  'pedophiles',
  'paedophiles',
  'evil',
  'barbarism',
  'barbarians',
  'bloodshed',
  'sword',
  'savages',
];

/** Adjectives that smear a faith before its kind: "a violent religion", "a death cult", "an evil ideology". */
export const FAITH_SMEAR_ADJECTIVES: readonly string[] = [
  'violent',
  'hateful',
  'evil',
  'barbaric',
  'murderous',
  'satanic',
  'demonic',
  'bloodthirsty',
  'death',
  'terrorist',
  'vile',
  'disgusting',
  'savage',
];

/**
 * What a whole group is said to be bad at being: "Xs make terrible drivers", "Xs are lousy parents" (not "poor", which
 * may be a fact of money).
 */
export const BAD_AT: readonly string[] = ['terrible', 'lousy', 'awful', 'bad', 'horrible', 'rotten', 'useless'];
/** The roles a group is said to fill badly by nature. */
export const ROLES: readonly string[] = [
  'drivers',
  'leaders',
  'parents',
  'mothers',
  'fathers',
  'husbands',
  'wives',
  'neighbours',
  'neighbors',
  'citizens',
  'employees',
  'workers',
  'soldiers',
  'bosses',
  'doctors',
  'teachers',
  'tenants',
  'friends',
  'decisions',
  'choices',
  'people',
  'human beings',
];
