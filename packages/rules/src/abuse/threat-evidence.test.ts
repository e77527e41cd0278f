/** A call for violence shows the violence and whom it is aimed at; a promise, a passive or a due shows it whole. */
import { describe, expect, it } from 'vitest';
import { abuseReasons } from './test-support.js';

const marked = (body: string) =>
  abuseReasons(body)
    .filter((r) => r.rule === 'abuse.threat')
    .flatMap((r) => r.evidence.map((e) => e.text));

const CALLERS = ['Someone should', 'Somebody should', 'Someone needs to', 'Somebody must'];
const VIOLENCE = ['slit his throat', 'cut off his hands', 'bomb the hell out of', 'exterminate them', 'smack him'];

describe('the evidence of a call for violence', () => {
  it('marks every violence after every call without the call', () => {
    for (const call of CALLERS)
      for (const violence of VIOLENCE) {
        const body = `${call} ${violence}${violence.endsWith('of') ? ' that town' : ''}.`;
        const ev = marked(body);
        expect(ev.length, body).toBeGreaterThan(0);
        for (const e of ev) expect(e.startsWith(call), `${body}: ${e}`).toBe(false);
        expect(ev.join(' | '), body).toContain(violence);
      }
  });

  it('keeps the speaker of a promise, the modal of a passive and the verb of a due', () => {
    expect(marked("I'd smack him.")).toEqual(["I'd smack him"]);
    expect(marked('He should be publicly hanged.')).toEqual(['should be publicly hanged']);
    expect(marked('That councillor deserves a bullet.')).toEqual(['deserves a bullet']);
    expect(marked('He should hang for this.')).toEqual(['hang for this']);
  });
});
