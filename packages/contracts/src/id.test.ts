import { describe, expect, it } from 'vitest';
import { newId } from './id.js';

describe('newId', () => {
  it('makes UUIDv7 strings, unique and increasing, across many refills of its random buffer', () => {
    const ids = Array.from({ length: 5000 }, () => newId());
    for (const id of ids) expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual(ids);
  });
});
