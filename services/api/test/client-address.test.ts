import { type Harness, harness } from '@cm/testing';
import { afterEach, describe, expect, it } from 'vitest';

/** The address stored with a comment posted with these headers, by a harness started with `env`. */
async function storedAddress(h: Harness, headers: Record<string, string>): Promise<string | null> {
  const res = await h.post(
    '/v1/comments',
    { articleId: 'addresses', author: { id: 'addr-reader', name: 'Reader' }, body: 'A calm word about the plan.' },
    headers,
  );
  expect(res.status).toBe(202);
  const { id } = (await res.json()) as { id: string };
  await h.waitForDecision(id);
  const row = await h.db.selectFrom('comments').select('client_ip').where('id', '=', id).executeTakeFirstOrThrow();
  return row.client_ip;
}

describe('the client address stored with a comment', () => {
  let h: Harness | undefined;
  afterEach(async () => {
    await h?.close();
    h = undefined;
  });

  it('behind a trusted proxy is the last X-Forwarded-For entry, the one the proxy appended, not one the client sent', async () => {
    h = await harness({ env: { TRUST_PROXY: 'true' } });
    expect(await storedAddress(h, { 'x-forwarded-for': '198.51.100.9, 203.0.113.7' })).toBe('203.0.113.7');
    expect(await storedAddress(h, { 'x-forwarded-for': '203.0.113.8' })).toBe('203.0.113.8');
  });

  it("without TRUST_PROXY is the socket's, whatever X-Forwarded-For says", async () => {
    h = await harness();
    const stored = await storedAddress(h, { 'x-forwarded-for': '198.51.100.9' });
    expect(stored).not.toBe('198.51.100.9');
    expect(stored).toMatch(/127\.0\.0\.1|::1/);
  });
});
