import type { Evidence } from '@cm/contracts';

/**
 * Someone's home posted for all to find: "Here's his home address: 12 Elm Street", "She lives at 45 Oak Road." The
 * address of a person named by a pronoun, with a house number and a street. An office's address is public ("his
 * office address is 1 Main St"), and the writer's own or a place's is no one exposed ("my address is ...", "the
 * council's address is 12 High Street"); written from general knowledge of how addresses are written in English.
 */
const STREET_TYPES =
  'street|road|avenue|lane|drive|boulevard|court|place|way|crescent|close|terrace|parkway|circle|highway';
/** Their abbreviations, which may take a full stop: "St.", "Rd". */
const STREET_ABBREVIATIONS = 'st|rd|ave|ln|dr|blvd|ct|pl|cres|pkwy|cir|hwy';
/** A house number and one to four words of street name before its type: "12 Elm Street", "45b Old Mill Rd." */
const STREET_ADDRESS = String.raw`\d{1,5}[a-z]?\s+(?:[\p{L}'.-]+\s+){1,4}?(?:(?:${STREET_TYPES})\b|(?:${STREET_ABBREVIATIONS})\b\.?)`;
const POSTED = new RegExp(
  String.raw`\b(?:his|her|their)\s+(?:(?:home|house|personal|real|private|new|actual)\s+)?address(?:\s+is|\s+was)?\s*[:=-]?\s*${STREET_ADDRESS}|\b(?:he|she|they)\s+(?:lives?|stays?)\s+(?:at|on)\s+${STREET_ADDRESS}`,
  'giu',
);

/** Each home address posted in `body`, as evidence in its code units. */
export function findPostedAddresses(body: string): Evidence[] {
  if (!/\d/.test(body)) return [];
  return [...body.matchAll(POSTED)].map((m) => ({ text: m[0], start: m.index, end: m.index + m[0].length }));
}
