import { insertAuthorEvent } from '@cm/db';
import { type Harness, harness, type WebhookReceiver, webhookReceiver } from '@cm/testing';
import { Webhook } from 'standardwebhooks';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

const ENV = { WEBHOOKS_ALLOW_PRIVATE_NETWORKS: 'true', WEBHOOK_RETRY_SCHEDULE: '0,100ms,200ms' };

interface Endpoint {
  id: string;
  url: string;
  events: string[];
  enabled: boolean;
  description: string | null;
  disabledReason: string | null;
  secret?: string;
}

describe('webhook administration', () => {
  let h: Harness;
  let receiver: WebhookReceiver;
  const call = async (method: string, path: string, body?: unknown) => {
    const res = await h.fetch(path, {
      method,
      headers: { authorization: `Bearer ${h.adminToken}`, ...(body ? { 'content-type': 'application/json' } : {}) },
      ...(body ? { body: JSON.stringify(body) } : {}),
    });
    const text = await res.text();
    return {
      status: res.status,
      headers: res.headers,
      json: text ? (JSON.parse(text) as Record<string, unknown>) : {},
    };
  };
  const audit = (targetId: string) =>
    h.db.selectFrom('audit_log').select(['action', 'after']).where('target_id', '=', targetId).orderBy('id').execute();

  beforeAll(async () => {
    h = await harness({ env: ENV });
    receiver = await webhookReceiver();
  });
  afterAll(async () => {
    await h?.close();
    await receiver?.close();
  });

  it('creates, lists, reads, updates, disables, enables and deletes an endpoint, auditing each step', async () => {
    const created = await call('POST', '/v1/admin/webhooks', {
      siteId: 'demo',
      url: receiver.url,
      events: ['comment.flagged'],
      description: 'night desk',
    });
    expect(created.status).toBe(201);
    expect(created.headers.get('cache-control')).toBe('no-store');
    const ep = created.json as unknown as Endpoint;
    expect(ep).toMatchObject({
      url: receiver.url,
      events: ['comment.flagged'],
      enabled: true,
      description: 'night desk',
    });
    expect(ep.secret).toMatch(/^whsec_/);

    // The secret is never shown again, nor stored in the audit log.
    const read = await call('GET', `/v1/admin/webhooks/${ep.id}`);
    expect(read.status).toBe(200);
    expect(read.json).not.toHaveProperty('secret');
    const list = await call('GET', '/v1/admin/webhooks?siteId=demo');
    expect((list.json.items as Endpoint[]).map((e) => e.id)).toContain(ep.id);
    expect(JSON.stringify(list.json)).not.toContain(ep.secret?.slice(6));

    const updated = await call('PATCH', `/v1/admin/webhooks/${ep.id}`, {
      events: ['comment.flagged', 'author.banned'],
      description: null,
    });
    expect(updated.json).toMatchObject({ events: ['comment.flagged', 'author.banned'], description: null });
    const disabled = await call('POST', `/v1/admin/webhooks/${ep.id}/disable`, { reason: 'receiver migration' });
    expect(disabled.json).toMatchObject({ enabled: false, disabledReason: 'receiver migration' });
    expect((await call('POST', `/v1/admin/webhooks/${ep.id}/test`)).status).toBe(409);
    const enabled = await call('POST', `/v1/admin/webhooks/${ep.id}/enable`);
    expect(enabled.json).toMatchObject({ enabled: true, disabledReason: null });
    expect((await call('DELETE', `/v1/admin/webhooks/${ep.id}`)).status).toBe(204);
    expect((await call('GET', `/v1/admin/webhooks/${ep.id}`)).json.code).toBe('WEBHOOK_NOT_FOUND');

    const rows = await audit(ep.id);
    expect(rows.map((r) => r.action)).toEqual([
      'webhook.create',
      'webhook.update',
      'webhook.disable',
      'webhook.enable',
      'webhook.delete',
    ]);
    expect(JSON.stringify(rows)).not.toContain(ep.secret?.slice(6));
    expect(JSON.stringify(await h.db.selectFrom('webhook_deliveries').selectAll().execute())).toBe('[]');
  });

  it('sends a test event, logs it, and redelivers it with the same webhook-id', async () => {
    const ep = (
      await call('POST', '/v1/admin/webhooks', { siteId: 'demo', url: receiver.url, events: ['comment.approved'] })
    ).json as unknown as Endpoint;
    const before = receiver.received.length;
    const test = await call('POST', `/v1/admin/webhooks/${ep.id}/test`);
    expect(test.status).toBe(202);
    const [first] = (await receiver.waitFor(before + 1)).slice(before);
    if (!first || !ep.secret) throw new Error('no test delivery');
    const payload = new Webhook(ep.secret).verify(first.body, first.headers) as {
      type: string;
      data: { endpointId: string };
    };
    expect(payload).toMatchObject({ type: 'webhook.test', data: { endpointId: ep.id } });
    expect(first.headers['webhook-id']).toBe(test.json.eventId);

    const deliveries = await vi.waitFor(async () => {
      const page = await call('GET', `/v1/admin/webhooks/${ep.id}/deliveries`);
      const items = page.json.items as { id: string; outcome: string; trigger: string; statusCode: number }[];
      if (items.length === 0) throw new Error('not logged yet');
      return items;
    });
    expect(deliveries[0]).toMatchObject({ outcome: 'succeeded', trigger: 'test', statusCode: 200 });

    const again = await call('POST', `/v1/admin/webhooks/${ep.id}/deliveries/${deliveries[0]?.id}/redeliver`);
    expect(again.status).toBe(202);
    const [second] = (await receiver.waitFor(before + 2)).slice(before + 1);
    expect(second?.headers['webhook-id']).toBe(first.headers['webhook-id']);
    const log = await vi.waitFor(async () => {
      const page = await call('GET', `/v1/admin/webhooks/${ep.id}/deliveries?limit=1`);
      if ((page.json.items as unknown[]).length === 0 || page.json.nextCursor === null) throw new Error('one attempt');
      return page.json;
    });
    expect(log.items).toMatchObject([{ trigger: 'redeliver', outcome: 'succeeded' }]);
    const next = await call('GET', `/v1/admin/webhooks/${ep.id}/deliveries?limit=1&cursor=${log.nextCursor}`);
    expect(next.json.items).toMatchObject([{ trigger: 'test' }]);
    expect((await audit(ep.id)).map((r) => r.action)).toEqual(['webhook.create', 'webhook.test', 'webhook.redeliver']);
    expect((await call('POST', `/v1/admin/webhooks/${ep.id}/events/${crypto.randomUUID()}/redeliver`)).status).toBe(
      404,
    );
  });

  it('rotation: old and new secret both verify during the grace period, only the new one after it', async () => {
    const ep = (
      await call('POST', '/v1/admin/webhooks', { siteId: 'demo', url: receiver.url, events: ['author.banned'] })
    ).json as unknown as Endpoint;
    const oldSecret = ep.secret ?? '';
    const rotated = await call('POST', `/v1/admin/webhooks/${ep.id}/rotate-secret`, { graceSeconds: 3600 });
    expect(rotated.status).toBe(200);
    const newSecret = String(rotated.json.secret);
    expect(newSecret).toMatch(/^whsec_/);
    expect(newSecret).not.toBe(oldSecret);

    const before = receiver.received.length;
    await h.db.transaction().execute((trx) =>
      insertAuthorEvent(trx, {
        type: 'author.banned',
        data: {
          siteId: 'demo',
          authorKey: 'troll-1',
          authorName: 'Troll',
          until: null,
          reason: 'spam',
          moderator: 'Ana',
        },
      }),
    );
    const [during] = (await receiver.waitFor(before + 1)).slice(before);
    if (!during) throw new Error('no delivery');
    expect(during.headers['webhook-signature']?.split(' ')).toHaveLength(2);
    expect(new Webhook(oldSecret).verify(during.body, during.headers)).toMatchObject({
      type: 'author.banned',
      data: { authorKey: 'troll-1' },
    });
    expect(new Webhook(newSecret).verify(during.body, during.headers)).toMatchObject({ type: 'author.banned' });

    // A rotation with no grace: the secret before it stops signing at once.
    const final = String(
      (await call('POST', `/v1/admin/webhooks/${ep.id}/rotate-secret`, { graceSeconds: 0 })).json.secret,
    );
    await call('POST', `/v1/admin/webhooks/${ep.id}/test`);
    const [after] = (await receiver.waitFor(before + 2)).slice(before + 1);
    if (!after) throw new Error('no delivery');
    expect(after.headers['webhook-signature']?.split(' ')).toHaveLength(1);
    expect(() => new Webhook(final).verify(after.body, after.headers)).not.toThrow();
    expect(() => new Webhook(newSecret).verify(after.body, after.headers)).toThrow();
    expect(() => new Webhook(oldSecret).verify(after.body, after.headers)).toThrow();
  });
});
