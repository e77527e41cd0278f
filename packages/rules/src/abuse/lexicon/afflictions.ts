/**
 * Illnesses and the hardships of a life, for `directedness.ts` and `contempt-idioms.ts`: a judgement passed on one is
 * passed on a thing ("Dementia is cruel", "Cancer is brutal", "Life is unfair"), whatever its capital at the start of
 * a sentence, and one named beside "beyond help" makes that a fact about someone's health ("He's beyond help now,
 * sadly; the cancer spread"). General English, written from general knowledge.
 */

/** Illnesses and conditions of body and mind, and what treats them. */
export const ILLNESSES: readonly string[] = [
  'cancer',
  'dementia',
  'alzheimers',
  'alzheimer',
  'parkinsons',
  'parkinson',
  'sclerosis',
  'depression',
  'anxiety',
  'addiction',
  'alcoholism',
  'illness',
  'disease',
  'sickness',
  'stroke',
  'sepsis',
  'leukaemia',
  'leukemia',
  'lymphoma',
  'tumour',
  'tumor',
  'covid',
  'flu',
  'pneumonia',
  'diabetes',
  'arthritis',
  'epilepsy',
  'psychosis',
  'anorexia',
  'bulimia',
  'infection',
  'virus',
  'pandemic',
  'chemo',
  'chemotherapy',
  'radiotherapy',
  'infertility',
  'miscarriage',
  'tuberculosis',
  'malaria',
  'asthma',
];

/** The hardships of any life, judged as things: "Grief is cruel", "Life is unfair", "War is stupid". */
export const HARDSHIPS: readonly string[] = [
  'life',
  'death',
  'fate',
  'nature',
  'grief',
  'loss',
  'war',
  'poverty',
  'loneliness',
  'ageing',
  'aging',
];
