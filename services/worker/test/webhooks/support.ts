import type { Harness } from '@cm/testing';
import { expect, vi } from 'vitest';

/** Harness env of the webhook tests: loopback receivers allowed, a retry schedule of a few hundred ms. */
export const WEBHOOK_ENV = { WEBHOOKS_ALLOW_PRIVATE_NETWORKS: 'true', WEBHOOK_RETRY_SCHEDULE: '0,100ms,200ms' };

export interface CreatedEndpoint {
  id: string;
  secret: string;
  enabled: boolean;
}

/** Registers an endpoint through the admin API (asserting the 201). */
export async function createEndpoint(
  h: Harness,
  url: string,
  events: string[] = ['comment.flagged', 'comment.rejected', 'comment.approved', 'author.banned'],
): Promise<CreatedEndpoint> {
  const res = await h.post('/v1/admin/webhooks', { siteId: 'demo', url, events }, auth(h));
  expect(res.status, await res.clone().text()).toBe(201);
  return (await res.json()) as CreatedEndpoint;
}

export const auth = (h: Harness): Record<string, string> => ({ authorization: `Bearer ${h.adminToken}` });

/** Puts an author on pre-moderation: every comment of theirs is flagged, whatever the rules think of it. */
export async function premoderate(h: Harness, authorKey: string): Promise<void> {
  await h.db
    .insertInto('author_states')
    .values({ site_id: 'demo', author_key: authorKey, banned: false, premoderated: true })
    .execute();
}

/** The delivery log of an endpoint, oldest attempt first. */
export async function deliveryLog(h: Harness, endpointId: string) {
  return h.db
    .selectFrom('webhook_deliveries')
    .selectAll()
    .where('endpoint_id', '=', endpointId)
    .orderBy('id')
    .execute();
}

/** Waits until the log holds `count` attempts. */
export function waitForAttempts(h: Harness, endpointId: string, count: number, timeoutMs = 15_000) {
  return vi.waitFor(
    async () => {
      const rows = await deliveryLog(h, endpointId);
      if (rows.length < count) throw new Error(`${rows.length} of ${count} attempts logged`);
      return rows;
    },
    { timeout: timeoutMs, interval: 25 },
  );
}

export async function endpointRow(h: Harness, id: string) {
  return h.db.selectFrom('webhook_endpoints').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
}
