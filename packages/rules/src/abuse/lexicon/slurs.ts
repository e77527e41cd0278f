/**
 * Slurs against groups (race, ethnicity, religion, sexuality, gender identity, disability), written from
 * general knowledge of English usage. UNAMBIGUOUS slurs act on sight. AMBIGUOUS ones also have an everyday
 * meaning (a British "fag" is a cigarette, to "tinker", a "slope") and act only when aimed at someone.
 */
export const UNAMBIGUOUS_SLURS: readonly string[] = [
  'nigger', 'nigga', 'niggah', 'nigguh', 'negroid', 'faggot', 'fagot', 'faggit', 'dyke', 'tranny',
  'shemale', 'retard', 'retarded', 'spastic', 'spacker', 'mongoloid', 'paki', 'chink', 'gook', 'kike',
  'wetback', 'spic', 'spick', 'beaner', 'raghead', 'towelhead', 'sandnigger', 'camel-jockey', 'wog',
  'golliwog', 'darkie', 'darky', 'sambo', 'pickaninny', 'jigaboo', 'porchmonkey', 'junglebunny', 'gyppo',
  'pikey', 'kaffir', 'zipperhead', 'chinky', 'dago', 'wop', 'greaseball', 'polack', 'hymie', 'heeb',
  'muzzie', 'mussie', 'sodomite', 'poofter', 'pooftah', 'battyman', 'lesbo', 'ladyboy', 'trannie', 'troon',
  'boong', 'halfbreed', 'half-breed', 'injun', 'squaw', 'feminazi', 'shemale',
];

export const AMBIGUOUS_SLURS: readonly string[] = [
  'fag', 'spaz', 'spazz', 'homo', 'queer', 'jap', 'nip', 'gypsy', 'gyp', 'mick', 'paddy', 'taff', 'jock',
  'limey', 'frog', 'chinaman', 'oriental', 'negro', 'colored', 'coloured', 'tard', 'window-licker', 'tinker',
  'slope', 'slant', 'bender', 'batty', 'cripple', 'mongol', 'abo', 'coolie', 'kraut', 'poof', 'yid',
  'shylock', 'coon', 'redskin', 'gringo', 'cholo', 'mulatto', 'kafir', 'illegals', 'mong',
];
