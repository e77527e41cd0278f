/** A call echoed as a question and refuted in the next sentence is the writer answering it, not making it. */
import { describe, expect, it } from 'vitest';
import { abuseReasons as abuse } from './test-support.js';

const CALLS = ['Deport them all', 'Go back to Mexico', 'Kill them all', 'Shoot them all', 'Send them all back'];
const REFUTATIONS = [
  "That's not how the law works.",
  "That isn't the answer.",
  'It would never pass a vote.',
  "No, that's a crime.",
  'Nope. Most of them were born here.',
  'Not in this country.',
  "That won't fix anything.",
];
const held = (bodies: string[]) => bodies.filter((b) => abuse(b).length > 0);

describe('a call echoed and refuted', () => {
  it('is the writer answering it, for every call and refutation', () => {
    expect(held(CALLS.flatMap((c) => REFUTATIONS.map((r) => `${c}? ${r}`)))).toEqual([]);
  });

  it('is the call when the question stands alone, is answered yes or is an order', () => {
    const kept = ['Deport them all', 'Go back to Mexico', 'Kill them all', 'Shoot them all']
      .flatMap((c) => [`${c}?`, `${c}? Yes, every one.`, `${c}! That's not a joke.`, `${c}? Absolutely.`])
      .filter((b) => abuse(b).length === 0);
    expect(kept).toEqual([]);
  });

  it('is still an incitement to self-harm', () => {
    expect(abuse('Kill yourself? No. Get help.').map((r) => r.rule)).toContain('abuse.self-harm');
  });
});
