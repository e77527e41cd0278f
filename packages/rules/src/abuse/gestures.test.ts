/** The middle finger emoji is a gesture of "fuck you" at whoever the comment answers; other hands are not. */
import { describe, expect, it } from 'vitest';
import { abuseReasons as abuse } from './test-support.js';

const TONES = ['', '\u{1F3FB}', '\u{1F3FC}', '\u{1F3FD}', '\u{1F3FE}', '\u{1F3FF}'];
const fingers = TONES.map((t) => `\u{1F595}${t}`);

describe('the middle finger emoji', () => {
  it('is profanity aimed at someone, in every skin tone, alone, before or after words', () => {
    for (const f of fingers)
      for (const body of [f, `${f} to you and your paper`, `That is my answer ${f}`]) {
        const r = abuse(body).find((x) => x.rule === 'abuse.profanity.directed');
        expect(
          r?.evidence.map((e) => e.text),
          body,
        ).toEqual([f]);
      }
  });

  it('repeated, is one piece of evidence; apart, one each', () => {
    const [a, b] = [fingers[0] as string, fingers[3] as string];
    expect(abuse(`${a}${a} ${b}`).flatMap((r) => r.evidence.map((e) => e.text))).toEqual([`${a}${a} ${b}`]);
    expect(abuse(`${a} what a game ${b}`).flatMap((r) => r.evidence.map((e) => e.text))).toEqual([a, b]);
  });

  it.each(['👍', '👎', '✌️', '🤘', '👌', '🙏', '👏', '✋', '🤞', '☝️', '👉'])('another hand is no abuse: %s', (hand) => {
    expect(abuse(`Great goal ${hand}`)).toEqual([]);
  });
});
