import { type Harness, harness, type WebhookReceiver, webhookReceiver } from '@cm/testing';
import { Webhook } from 'standardwebhooks';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createEndpoint, deliveryLog, endpointRow, premoderate, WEBHOOK_ENV, waitForAttempts } from './support.js';

describe('webhook delivery', () => {
  let h: Harness;
  let receiver: WebhookReceiver;
  beforeEach(async () => {
    h = await harness({ env: WEBHOOK_ENV });
    receiver = await webhookReceiver();
  });
  afterEach(async () => {
    await h?.close();
    await receiver?.close();
  });

  it('delivers a flagged comment signed per Standard Webhooks, verifiable by a receiver', async () => {
    const endpoint = await createEndpoint(h, receiver.url, ['comment.flagged']);
    expect(endpoint.secret).toMatch(/^whsec_/);
    await premoderate(h, 'reader-watched');
    const id = await h.postComment({
      author: { id: 'reader-watched', name: 'Watched Reader' },
      body: 'I have a view on this.',
    });
    expect(await h.waitForDecision(id)).toBe('flagged');

    const [delivery] = await receiver.waitFor(1);
    if (!delivery) throw new Error('no delivery');
    const verified = new Webhook(endpoint.secret).verify(delivery.body, delivery.headers) as {
      type: string;
      data: Record<string, unknown>;
    };
    expect(verified.type).toBe('comment.flagged');
    expect(verified.data).toMatchObject({
      commentId: id,
      siteId: 'demo',
      articleId: 'test-article',
      authorName: 'Watched Reader',
      bodyExcerpt: 'I have a view on this.',
      status: 'flagged',
      decidedBy: 'rules',
      moderationUrl: expect.stringContaining(`/moderate#/comments/${id}`),
    });
    expect(verified.data.reasons).toEqual(
      expect.arrayContaining([expect.objectContaining({ rule: 'author.premoderated' })]),
    );

    // webhook-id is the outbox event id, the same for every attempt, for receivers to dedupe on.
    const outbox = await h.db
      .selectFrom('outbox')
      .select(['id', 'relayed_at'])
      .where('type', '=', 'comment.flagged')
      .execute();
    expect(outbox.map((o) => o.id)).toEqual([delivery.headers['webhook-id']]);
    expect(outbox[0]?.relayed_at).not.toBeNull();

    const [attempt] = await waitForAttempts(h, endpoint.id, 1);
    expect(attempt).toMatchObject({
      outcome: 'succeeded',
      status_code: 200,
      attempt: 1,
      response_excerpt: 'ok',
      error: null,
    });
    expect(attempt?.latency_ms).toBeGreaterThanOrEqual(0);

    // A tampered body does not verify: the signature covers id, timestamp and body.
    expect(() =>
      new Webhook(endpoint.secret).verify(delivery.body.replace('flagged', 'approved'), delivery.headers),
    ).toThrow();
  });

  it("delivers a moderator's approval and a ban, saying who decided", async () => {
    const endpoint = await createEndpoint(h, receiver.url, ['comment.approved', 'author.banned']);
    await premoderate(h, 'reader-held');
    const id = await h.postComment({ author: { id: 'reader-held', name: 'Held Reader' } });
    expect(await h.waitForDecision(id)).toBe('flagged');
    const headers = { authorization: `Bearer ${h.adminToken}` };
    expect((await h.fetch(`/v1/moderation/comments/${id}/approve`, { method: 'POST', headers })).status).toBe(200);
    const ban = await h.fetch('/v1/moderation/sites/demo/authors/reader-held/ban', {
      method: 'PUT',
      headers: { ...headers, 'content-type': 'application/json' },
      body: JSON.stringify({ reason: 'copy-paste campaign' }),
    });
    expect(ban.status).toBe(200);

    const received = await receiver.waitFor(2);
    const events = received.map(
      (r) => new Webhook(endpoint.secret).verify(r.body, r.headers) as { type: string; data: Record<string, unknown> },
    );
    const approved = events.find((e) => e.type === 'comment.approved');
    expect(approved?.data).toMatchObject({ commentId: id, status: 'approved', decidedBy: 'moderator' });
    const banned = events.find((e) => e.type === 'author.banned');
    expect(banned?.data).toMatchObject({ siteId: 'demo', authorKey: 'reader-held', reason: 'copy-paste campaign' });
    // The rules' flag was not subscribed to: nothing else arrived.
    expect(receiver.received).toHaveLength(2);
  });

  it('tells a lifted ban once, naming the author and the moderator', async () => {
    const endpoint = await createEndpoint(h, receiver.url, ['author.unbanned']);
    const id = await h.postComment({ author: { id: 'reader-lifted', name: 'Lifted Reader' } });
    await h.waitForDecision(id);
    const headers = { authorization: `Bearer ${h.adminToken}`, 'content-type': 'application/json' };
    const path = '/v1/moderation/sites/demo/authors/reader-lifted/ban';
    // No ban yet: lifting one emits nothing.
    expect((await h.fetch(path, { method: 'DELETE', headers })).status).toBe(200);
    expect((await h.fetch(path, { method: 'PUT', headers, body: '{}' })).status).toBe(200);
    const lifted = await h.fetch(path, { method: 'DELETE', headers });
    expect(lifted.status).toBe(200);
    expect(await lifted.json()).toMatchObject({ banned: false });
    expect((await h.fetch(path, { method: 'DELETE', headers })).status).toBe(200);

    const [delivery] = await receiver.waitFor(1);
    if (!delivery) throw new Error('no delivery');
    expect(new Webhook(endpoint.secret).verify(delivery.body, delivery.headers)).toMatchObject({
      type: 'author.unbanned',
      data: { siteId: 'demo', authorKey: 'reader-lifted', authorName: 'Lifted Reader', moderator: expect.any(String) },
    });
    // The two lifts of no ban wrote nothing: the ban and its one lift are the author events in the outbox.
    const outbox = await h.db.selectFrom('outbox').select('type').where('type', 'like', 'author.%').execute();
    expect(outbox.map((o) => o.type).sort()).toEqual(['author.banned', 'author.unbanned']);
  });

  it('retries a receiver that answers 500 twice, and logs three attempts with one success', async () => {
    receiver.script([{ status: 500, body: 'database on fire' }, 500]);
    const endpoint = await createEndpoint(h, receiver.url, ['comment.flagged']);
    await premoderate(h, 'reader-retry');
    await h.postComment({ author: { id: 'reader-retry', name: 'Retry Reader' } });

    const received = await receiver.waitFor(3);
    expect(new Set(received.map((r) => r.headers['webhook-id'])).size).toBe(1);
    for (const r of received) expect(() => new Webhook(endpoint.secret).verify(r.body, r.headers)).not.toThrow();

    const log = await waitForAttempts(h, endpoint.id, 3);
    expect(log.map((a) => [a.attempt, a.outcome, a.status_code])).toEqual([
      [1, 'failed', 500],
      [2, 'failed', 500],
      [3, 'succeeded', 200],
    ]);
    expect(log[0]?.response_excerpt).toBe('database on fire');
    expect(log[0]?.error).toBe('HTTP 500');
    expect(log[0]?.next_attempt_at).not.toBeNull();
    expect(log[2]?.next_attempt_at).toBeNull();
    // The success ends the failure streak.
    await vi.waitFor(async () => expect((await endpointRow(h, endpoint.id)).failing_since).toBeNull());
    expect((await endpointRow(h, endpoint.id)).disabled_at).toBeNull();
  });

  it('disables the endpoint at once on 410 Gone, and sends it nothing more', async () => {
    receiver.script([410]);
    const endpoint = await createEndpoint(h, receiver.url, ['comment.flagged']);
    await premoderate(h, 'reader-gone');
    await h.postComment({ author: { id: 'reader-gone', name: 'Gone Reader' } });

    const [attempt] = await waitForAttempts(h, endpoint.id, 1);
    expect(attempt).toMatchObject({ outcome: 'gone', status_code: 410, next_attempt_at: null });
    await waitDisabled(h, endpoint.id);
    const res = await h.fetch(`/v1/admin/webhooks/${endpoint.id}`, {
      headers: { authorization: `Bearer ${h.adminToken}` },
    });
    const view = (await res.json()) as { enabled: boolean; disabledReason: string };
    expect(view.enabled).toBe(false);
    expect(view.disabledReason).toMatch(/410/);

    // The next event is not even written to the outbox: no enabled endpoint subscribes to it.
    const next = await h.postComment({ author: { id: 'reader-gone', name: 'Gone Reader' } });
    await h.waitForDecision(next);
    expect(await h.db.selectFrom('outbox').select('id').execute()).toHaveLength(1);
    expect(receiver.received).toHaveLength(1);
    expect(await deliveryLog(h, endpoint.id)).toHaveLength(1);
  });

  it('disables an endpoint that failed every attempt of the schedule, saying why', async () => {
    receiver.script([], { status: 503, body: 'down for maintenance' });
    const endpoint = await createEndpoint(h, receiver.url, ['comment.flagged']);
    await premoderate(h, 'reader-down');
    await h.postComment({ author: { id: 'reader-down', name: 'Down Reader' } });

    const log = await waitForAttempts(h, endpoint.id, 3);
    expect(log.map((a) => a.outcome)).toEqual(['failed', 'failed', 'failed']);
    const row = await waitDisabled(h, endpoint.id);
    expect(row.disabled_reason).toMatch(/failed all 3 attempts \(last: HTTP 503\)/);
  });

  it('honours Retry-After on 429 and does not follow redirects', async () => {
    const elsewhere = await webhookReceiver();
    try {
      receiver.script([
        { status: 429, headers: { 'retry-after': '1' } },
        { status: 302, headers: { location: elsewhere.url } },
      ]);
      const endpoint = await createEndpoint(h, receiver.url, ['comment.flagged']);
      await premoderate(h, 'reader-slow');
      await h.postComment({ author: { id: 'reader-slow', name: 'Slow Reader' } });

      const log = await waitForAttempts(h, endpoint.id, 3);
      expect(log.map((a) => [a.outcome, a.status_code])).toEqual([
        ['failed', 429],
        ['failed', 302],
        ['succeeded', 200],
      ]);
      const [first, second] = log;
      if (!first?.next_attempt_at || !second) throw new Error('missing attempts');
      // The schedule says 100 ms; the receiver asked for a second, and got it.
      expect(first.next_attempt_at.getTime() - first.attempted_at.getTime()).toBeGreaterThanOrEqual(1000);
      expect(second.error).toContain(`redirect to ${elsewhere.url} not followed`);
      expect(elsewhere.received).toHaveLength(0);
    } finally {
      await elsewhere.close();
    }
  });
});

async function waitDisabled(h: Harness, id: string) {
  return vi.waitFor(
    async () => {
      const row = await endpointRow(h, id);
      if (!row.disabled_at) throw new Error('still enabled');
      return row;
    },
    { timeout: 10_000, interval: 25 },
  );
}
