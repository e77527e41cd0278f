import { newId } from '@cm/contracts';
import { uuidv7Floor } from '@cm/db';
import { type Harness, harness } from '@cm/testing';
import { pino } from 'pino';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { HistoryPruner } from '../../src/webhooks/history-pruner.js';
import { auth, createEndpoint, WEBHOOK_ENV } from './support.js';

const DAY = 86_400_000;

/** A UUIDv7 of the millisecond `ms`, told apart from its neighbours by `n`. */
const idAt = (ms: number, n: number) => `${uuidv7Floor(ms).slice(0, 14)}7000-8000-${n.toString(16).padStart(12, '0')}`;

describe('webhook history retention', () => {
  let h: Harness;
  beforeEach(async () => {
    h = await harness({ env: WEBHOOK_ENV, worker: false });
  });
  afterEach(async () => {
    await h?.close();
  });

  it('orders the floor of a millisecond below its ids and above the ids before it', () => {
    const now = Date.now();
    const id = newId();
    expect(uuidv7Floor(now - 1) < id).toBe(true);
    expect(uuidv7Floor(now + 1000) > id).toBe(true);
    expect(uuidv7Floor(0x0123_4567_89ab)).toBe('01234567-89ab-0000-0000-000000000000');
  });

  it('deletes relayed events and delivery attempts past the retention, in batches, and keeps the rest', async () => {
    const endpoint = await createEndpoint(h, 'http://127.0.0.1:9/hook', ['comment.flagged']);
    const now = Date.now();
    const old = now - 31 * DAY;
    const recent = now - 29 * DAY;
    const event = (id: string, relayed: boolean) => ({
      id,
      site_id: 'demo',
      type: 'comment.flagged',
      payload: JSON.stringify({ type: 'comment.flagged' }),
      relayed_at: relayed ? new Date(old) : null,
    });
    const oldRelayed = [1, 2, 3, 4, 5].map((n) => idAt(old, n));
    const oldUnrelayed = idAt(old, 6);
    const recentRelayed = idAt(recent, 1);
    await h.db
      .insertInto('outbox')
      .values([...oldRelayed.map((id) => event(id, true)), event(oldUnrelayed, false), event(recentRelayed, true)])
      .execute();
    const attempt = (id: string, eventId: string) => ({
      id,
      endpoint_id: endpoint.id,
      event_id: eventId,
      event_type: 'comment.flagged',
      trigger: 'event' as const,
      attempt: 1,
      outcome: 'succeeded' as const,
    });
    const oldAttempts = oldRelayed.map((eventId, n) => attempt(idAt(old, 100 + n), eventId));
    const recentAttempt = attempt(idAt(recent, 100), recentRelayed);
    await h.db
      .insertInto('webhook_deliveries')
      .values([...oldAttempts, recentAttempt])
      .execute();

    const pruner = new HistoryPruner({
      db: h.db,
      logger: pino({ level: 'silent' }),
      retentionMs: 30 * DAY,
      batchSize: 2,
    });
    expect(await pruner.pruneOnce(now)).toEqual({ events: 5, deliveries: 5 });

    const events = await h.db.selectFrom('outbox').select('id').orderBy('id').execute();
    // The unrelayed event is still owed to its endpoints, however old.
    expect(events.map((e) => e.id)).toEqual([oldUnrelayed, recentRelayed]);
    const attempts = await h.db.selectFrom('webhook_deliveries').select('id').execute();
    expect(attempts.map((a) => a.id)).toEqual([recentAttempt.id]);
    expect(await pruner.pruneOnce(now)).toEqual({ events: 0, deliveries: 0 });

    // A pruned event cannot be sent again: the API says so instead of queueing a delivery that would find nothing.
    const gone = await h.fetch(`/v1/admin/webhooks/${endpoint.id}/events/${oldRelayed[0]}/redeliver`, {
      method: 'POST',
      headers: auth(h),
    });
    expect(gone.status, await gone.clone().text()).toBe(404);
    expect(((await gone.json()) as { code: string }).code).toBe('NOT_FOUND');
    const kept = await h.fetch(`/v1/admin/webhooks/${endpoint.id}/events/${recentRelayed}/redeliver`, {
      method: 'POST',
      headers: auth(h),
    });
    expect(kept.status).toBe(202);
  });
});
