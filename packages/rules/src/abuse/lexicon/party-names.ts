/**
 * Names coined to mock a party or its voters ("demonrats", "rethuglicans", "trumpanzees"): a party's name bent
 * into an insult has no innocent use, so like the strong insult nouns it names people wherever it stands.
 * Plurals are matched through the lexicon's plural forms.
 */
export const PARTY_INSULT_NOUNS: readonly string[] = [
  'libutard',
  'libturd',
  'lieberal',
  'moonbat',
  'demonrat',
  'demorat',
  'dimocrat',
  'dumbocrat',
  'democrap',
  'repugnican',
  'rethuglican',
  'republicant',
  'trumpanzee',
  'brexshitter',
  'brextremist',
  // A leader's followers as mindless devotees: "Trumpbots", "Obamabots", "Trumplodytes".
  'trumpbot',
  'obamabot',
  'hillbot',
  'trumplodyte',
  'trumplodite',
  'trumpnut',
  // A camp's creed bent into a name for its people: "Islamofascists", "commies", "SJWs", "ammosexuals".
  'islamofascist',
  'commie',
  'commy',
  'fashy',
  'sjw',
  'soyboy',
  'ammosexual',
  'homosexualist',
];

/**
 * Names coined to mock a leader ("Drumpf", "Killary", "Trudope"): like a party's name bent into an insult, a leader's
 * name bent into one has no innocent use, and names the leader wherever it stands.
 */
export const LEADER_INSULT_NAMES: readonly string[] = [
  'drumpf',
  'drumpfster',
  'cheetolini',
  'trumpette',
  'obummer',
  'obozo',
  'killary',
  'hitlery',
  'shillary',
  'hellary',
  'hildebeast',
  'trudope',
  'turdeau',
  'trudumb',
  'harpercrite',
  'repug',
  'rethug',
  'demoncrat',
  'dimwitocrat',
  'teabagger',
  'libiot',
  'remoaner',
];
