import { describe, expect, it } from 'vitest';
import { abuseReasons } from './test-support.js';

const exposed = (body: string) =>
  abuseReasons(body)
    .filter((r) => r.rule === 'abuse.harassment')
    .flatMap((r) => r.evidence.map((e) => e.text));

const STREETS = ['12 Elm Street', '45b Old Mill Rd', '7 Queen Anne Avenue', '301 Lake Shore Dr.', '9 Church Lane'];

describe("someone's home address posted", () => {
  it('holds every way of posting a pronoun’s address or where they live, marking it', () => {
    const missed: string[] = [];
    for (const street of STREETS) {
      for (const whose of ['his', 'her', 'their', 'His'])
        for (const what of ['address is', 'home address is', 'home address:', 'real address -', 'address:']) {
          const said = `${whose} ${what} ${street}`;
          const body = `Here you go, ${said}, if anyone wants to pay a visit.`;
          if (!exposed(body).some((e) => e.startsWith(`${whose} `) && e.includes(street.replace(/\.$/, ''))))
            missed.push(body);
        }
      for (const who of ['He', 'She', 'They'])
        for (const lives of ['lives at', 'live at', 'lives on', 'stays at']) {
          const body = `${who} ${lives} ${street}.`;
          if (!exposed(body).some((e) => e.includes(street.replace(/\.$/, '')))) missed.push(body);
        }
    }
    expect(missed).toEqual([]);
  });

  it.each([
    'His office address is 1 Main St, write to him.',
    "The council's address is 12 High Street.",
    'My address is 12 Elm St, come by for the yard sale.',
    'She lives at the end of the street.',
    'He lives on 5th Avenue now.',
    'They lived at 10 Downing Street for years.',
    'Her address was read out in court: 3 Park Lane.',
    'The shop moved to 12 Elm Street last year.',
  ])('an office, a place, the writer’s own or a past home stays clean: %s', (body) => {
    expect(exposed(body)).toEqual([]);
  });
});
