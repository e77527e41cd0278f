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
  // A leader's followers as mindless devotees: "Trumpbots", "Obamabots", "Trumplodytes".
  'trumpbot',
  'obamabot',
  'hillbot',
  'trumplodyte',
  'trumplodite',
  'trumpnut',
];
