import { describe, expect, it } from 'vitest';
import { adversarialCorpus } from './generate.js';

describe('the adversarial corpus', () => {
  it('is the same for a seed and different for another', () => {
    const a = adversarialCorpus(7);
    expect(adversarialCorpus(7)).toEqual(a);
    expect(adversarialCorpus(8).map((r) => r.body)).not.toEqual(a.map((r) => r.body));
  });

  it('has unique ids, a label on every line, and the kinds it promises', () => {
    const rows = adversarialCorpus();
    expect(new Set(rows.map((r) => r.id)).size).toBe(rows.length);
    for (const r of rows) expect(r.expect === 'flag' ? r.categories.length : 0).toBe(r.expect === 'flag' ? 1 : 0);
    const techniques = new Set(rows.map((r) => r.technique));
    for (const t of ['leet', 'zero-width', 'leet+punctuated', 'dot-word', 'ip-url', 'phone-spoken', 'hard-negative'])
      expect(techniques).toContain(t);
  });

  it('disguises the word it says it does: a disguised line differs from the plain one', () => {
    const rows = adversarialCorpus();
    const plain = new Set(rows.filter((r) => r.technique === 'plain').map((r) => r.body));
    const disguised = rows.filter((r) => r.categories.includes('abuse') && r.technique !== 'plain');
    expect(disguised.filter((r) => plain.has(r.body))).toEqual([]);
  });
});
