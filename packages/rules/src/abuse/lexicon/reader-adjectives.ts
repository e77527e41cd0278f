/**
 * Adjectives that insult only when said to the reader's face ("you're sick", "you are one twisted puppy", "you
 * sick ..."): about anyone else they are often plain description ("sick children", "a disturbed sleep").
 */
export const READER_ADJECTIVES: readonly string[] = ['sick', 'twisted', 'disturbed'];
