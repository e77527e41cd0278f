import type { ChildProcess } from 'node:child_process';
import { QUEUES, type WebhookDeliveryJob } from '@cm/contracts';
import { saveDecidedComments } from '@cm/db';
import { type Harness, harness, type WebhookReceiver, webhookReceiver } from '@cm/testing';
import { OutboxRelay } from '@cm/worker';
import { Queue } from 'bullmq';
import { pino } from 'pino';
import { Webhook } from 'standardwebhooks';
import { uuidv7 } from 'uuidv7';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { type CreatedEndpoint, createEndpoint, premoderate, WEBHOOK_ENV, waitForAttempts } from './support.js';

/** What the worker's decide step commits for a flagged comment: the comment, its decision, its outbox event. */
async function commitFlaggedDecision(h: Harness): Promise<string> {
  const id = uuidv7();
  await saveDecidedComments(
    h.db,
    [
      {
        id,
        siteId: 'demo',
        articleId: 'crash-article',
        articleUrl: 'https://news.example/crash',
        articleTitle: 'Crash',
        parentId: null,
        authorKey: 'reader-crash',
        authorName: 'Crash Reader',
        authorEmail: null,
        body: 'Held for review.',
        status: 'flagged',
        reasons: [],
        scores: {},
        receivedAt: new Date(),
        requestId: null,
        clientIp: null,
      },
    ],
    { publicUrl: h.config.http.publicUrl },
  );
  return id;
}

async function outboxRows(h: Harness) {
  return h.db.selectFrom('outbox').select(['id', 'relayed_at']).execute();
}

describe('webhooks survive crashes', () => {
  let h: Harness;
  let receiver: WebhookReceiver;
  let endpoint: CreatedEndpoint;
  beforeEach(async () => {
    h = await harness({ worker: false, env: WEBHOOK_ENV });
    receiver = await webhookReceiver();
    endpoint = await createEndpoint(h, receiver.url, ['comment.flagged']);
  });
  afterEach(async () => {
    await h?.close();
    await receiver?.close();
  });

  it('delivers an event whose worker died right after the decision committed', async () => {
    const commentId = await commitFlaggedDecision(h);
    const [event] = await outboxRows(h);
    expect(event?.relayed_at).toBeNull();
    expect(receiver.received).toHaveLength(0);

    await h.startWorker();
    const [delivery] = await receiver.waitFor(1);
    if (!delivery || !event) throw new Error('no delivery');
    const payload = new Webhook(endpoint.secret).verify(delivery.body, delivery.headers) as {
      data: { commentId: string };
    };
    expect(payload.data.commentId).toBe(commentId);
    expect(delivery.headers['webhook-id']).toBe(event.id);
  });

  it('adds one job, and sends once, when the relay died between enqueueing and marking the event', async () => {
    await commitFlaggedDecision(h);
    const queue = new Queue<WebhookDeliveryJob>(QUEUES.webhookDeliver, {
      connection: h.redis,
      prefix: h.config.redis.prefix,
    });
    try {
      // A relay whose process dies right after its jobs reached Redis: its transaction never commits.
      const dying = {
        addBulk: async (jobs: Parameters<typeof queue.addBulk>[0]) => {
          await queue.addBulk(jobs);
          throw new Error('killed after enqueue');
        },
      } as unknown as Queue<WebhookDeliveryJob>;
      const relay = new OutboxRelay({
        db: h.db,
        queue: dying,
        scheduleMs: h.config.webhooks.retryScheduleMs,
        logger: pino({ level: 'silent' }),
      });
      await expect(relay.relayOnce()).rejects.toThrow('killed after enqueue');
      expect((await outboxRows(h))[0]?.relayed_at).toBeNull();
      expect(await queue.getJobCountByTypes('waiting', 'delayed', 'active', 'completed')).toBe(1);

      await h.startWorker();
      await receiver.waitFor(1);
      await vi.waitFor(async () => expect((await outboxRows(h))[0]?.relayed_at).not.toBeNull());
      await vi.waitFor(async () => expect(await queue.getJobCountByTypes('completed')).toBe(1));
      // The second relay pass added the same job id: nothing new to run.
      expect(await queue.getJobCountByTypes('waiting', 'delayed', 'active', 'completed')).toBe(1);
      expect(receiver.received).toHaveLength(1);
      expect(await waitForAttempts(h, endpoint.id, 1)).toHaveLength(1);
    } finally {
      await queue.close();
    }
  });

  it('delivers when the worker process is SIGKILLed as soon as the outbox row exists', async () => {
    await premoderate(h, 'reader-killed');
    const child: ChildProcess = h.spawnWorker();
    const exited = new Promise((resolve) => child.once('exit', resolve));
    await h.postComment({ author: { id: 'reader-killed', name: 'Killed Reader' } });
    await vi.waitFor(
      async () => {
        if ((await outboxRows(h)).length === 0) throw new Error('no outbox row yet');
      },
      { timeout: 20_000, interval: 5 },
    );
    child.kill('SIGKILL');
    await exited;

    await h.startWorker();
    const [first] = await receiver.waitFor(1, 20_000);
    if (!first) throw new Error('no delivery');
    const [event] = await outboxRows(h);
    expect(first.headers['webhook-id']).toBe(event?.id);
    expect(() => new Webhook(endpoint.secret).verify(first.body, first.headers)).not.toThrow();
    // At least once: any repeat carries the same webhook-id, for the receiver to dedupe.
    expect(new Set(receiver.received.map((r) => r.headers['webhook-id']))).toEqual(new Set([event?.id]));
  });
});
