/**
 * Which nouns name things and which name people by their role: "the stupid printer" is a thing, "the stupid tenant"
 * a person. Used to tell a harsh word about an object from one about someone.
 */
import { CAMPS, PEOPLE } from './lexicon/people.js';

/** Kinds of people and camps, and the endings of words for what people do ("developer", "lobbyist", "secretary"). */
export const ROLES: ReadonlySet<string> = new Set([...PEOPLE, ...CAMPS]);
export const AGENT = /(?:er|or|ist|ian)$/;
/**
 * People named by endings that name things more often ("-ant", "-ent", "-ary", "-ee", "-ive": "the stupid
 * tenant" but "the stupid comment", "this stupid amendment", "the stupid incentive").
 */
export const ROLE_WORDS: ReadonlySet<string> = new Set(
  'agent client delinquent tyrant dissident insurgent vagrant peasant servant tenant migrant immigrant emigrant secretary missionary refugee detective executive relative representative native attendant assistant accountant consultant applicant defendant claimant occupant participant correspondent opponent proponent dependent adolescent regent incumbent sergeant lieutenant merchant dignitary adversary emissary visionary reactionary revolutionary mercenary notary functionary beneficiary appointee nominee detainee retiree draftee licensee employee trustee operative captive fugitive president resident student parent patient inhabitant informant protestant deviant militant combatant descendant'.split(
    ' ',
  ),
);
/** Everyday things whose names end like a role's: "the stupid printer", "these stupid meters". */
export const NOT_ROLES: ReadonlySet<string> = new Set(
  'behavior behaviour humor humour rumor rumour labor labour honor honour favor favour terror horror manner weather water paper number letter matter order border power answer offer tower computer river summer winter corner dinner charter register library salary summary budget printer meter router charger scanner heater blender timer controller browser container freezer dryer washer toaster sticker counter filter folder chapter monitor elevator escalator calculator generator refrigerator radiator motor sensor processor detector tractor indicator error mirror factor sector color colour flavor flavour floor door trailer laptop headphone speaker layer cluster disaster deer center centre theatre theater shelter'.split(
    ' ',
  ),
);
/** Endings of nouns for things and ideas: "these stupid requirements", "the stupid incentives". */
const THING_ENDING = /(?:ment|tion|sion|ness|ity|ance|ence|ism|ant|ent|ary|ive|um)$/;

/**
 * Animals that are no insult and everyday things, seen in the plural with a rude word and a verb of wanting or
 * knowing: "these stupid pigeons have no idea", "those idiotic scooters want the whole sidewalk".
 */
export const PLAIN_THINGS: ReadonlySet<string> = new Set(
  'pigeon cat kitten bird duck squirrel raccoon seagull gull crow mosquito fly ant bee wasp horse goose geese mice phone app bike car truck bus train machine camera light signal alarm siren email text call ad advert robocall popup scooter website site game show movie film song book article column headline poll survey form rule law tax fee lyric mistake decision question ending plot script season trade penalty move choice sign logo design menu recipe price ticket bill proposal video clip channel stream upload beat track album chorus verse commercial trailer sequel remake episode mask shoe boot sock shirt jean hat coat jacket glove chair table sofa bed window wall roof road street lane pavement sidewalk pothole bridge tunnel bin lamp screen keyboard button setting update graphic visual effect sound control level map mission quest server bug glitch cable battery plug charger tyre tire wheel seat lid cup plate fork spoon knife pan pot oven fridge tap toilet sink shower towel curtain carpet tile brick fence gate hedge tree flower plant weed leaf cloud wave note slide chart graph spreadsheet password login notification list queue service rate delay cut pension wage fine hospital school sale turnout ridership'.split(
    ' ',
  ),
);

/** The plural of an everyday thing listed by name ("printers", "prices"), which no surname is. */
export function everydayThings(text: string): boolean {
  if (!text.endsWith('s')) return false;
  const one = text.slice(0, -1);
  return NOT_ROLES.has(one) || PLAIN_THINGS.has(one);
}

/** A plural naming things: an everyday thing's, or one whose singular ends as things' names do and names no role. */
export function thingsPlural(text: string): boolean {
  if (PLAIN_THINGS.has(text)) return true;
  // "movies", "buses", "libraries": the singular is one of these.
  const ones = text.endsWith('ies')
    ? [`${text.slice(0, -3)}y`, text.slice(0, -1)]
    : [text.slice(0, -1), text.slice(0, -2)];
  return ones.some(
    (one) =>
      NOT_ROLES.has(one) ||
      PLAIN_THINGS.has(one) ||
      (THING_ENDING.test(one) && !ROLE_WORDS.has(one) && !ROLES.has(one)),
  );
}

/** Abstract things and times often judged harshly: "a sad memory", "a stupid problem", "the careless use of ...". */
const ABSTRACT_THINGS: ReadonlySet<string> = new Set(
  'memory problem use attempt attempts chapter moment period era time day year event episode affair incident outcome habit trend record legacy place building'.split(
    ' ',
  ),
);

/**
 * A noun that names a thing by what it is, not merely by naming no person: listed ("printer", "memory"), or ending as
 * things' names do and naming no role ("amendment", "closure"); a plural as `thingsPlural` reads it.
 */
export function thingNoun(text: string): boolean {
  if (NOT_ROLES.has(text) || PLAIN_THINGS.has(text) || ABSTRACT_THINGS.has(text)) return true;
  if (THING_ENDING.test(text) && !ROLE_WORDS.has(text) && !ROLES.has(text)) return true;
  return text.endsWith('s') && thingsPlural(text);
}
