/**
 * Adjectives that insult only when said to the reader's face ("you're sick", "you are one twisted puppy", "you
 * sick ..."): about anyone else they are often plain description ("sick children", "a disturbed sleep").
 */
export const READER_ADJECTIVES: readonly string[] = [
  'sick',
  'twisted',
  'disturbed',
  'damaged',
  'warped',
  // A verdict on the reader's character or worth ("you are so insecure", "you're irrelevant", "you are one bitter
  // man"): of anyone else, often a report ("an insecure job", "bitter cold", "toxic waste", "a rude awakening").
  'insecure',
  'unpleasant',
  'bitter',
  'jealous',
  'irrelevant',
  'shameless',
  'unbearable',
  'annoying',
  'nauseating',
  'disingenuous',
  'rude',
  'toxic',
  'mediocre',
];
