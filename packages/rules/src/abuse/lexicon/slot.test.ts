import { describe, expect, it } from 'vitest';
import { anyOf } from './slot.js';

describe('anyOf (a phrase slot from a list of words)', () => {
  it('joins one-word alternatives', () => {
    expect(anyOf(['sheep', 'lemmings', "o'clock", 'x-ray'])).toBe("sheep|lemmings|o'clock|x-ray");
  });

  it('refuses an entry that would become two slots or change the syntax', () => {
    for (const bad of ['bet you', '', 'a|b', '@you', '~2', 'maybe?', 'tab\there']) {
      expect(() => anyOf(['fine', bad]), JSON.stringify(bad)).toThrow(/one word/);
    }
  });
});
