/**
 * Nouns for what someone did or is accused of ("criminal", "murderer", "terrorist"), written from general
 * knowledge of English usage. News reports them ("the murderer was sentenced", "terrorists attacked a convoy") and
 * compounds use them ("criminal case", "killer whale"), so they act only when said of someone: "he is a murderer",
 * "you criminals", "they are all terrorists", "that lying murderer".
 */
export const LABEL_INSULT_NOUNS: readonly string[] = [
  'criminal',
  'murderer',
  'killer',
  'terrorist',
  'rapist',
  'molester',
  'predator',
  'tyrant',
  'despot',
  'animal',
  'psychotic',
];
