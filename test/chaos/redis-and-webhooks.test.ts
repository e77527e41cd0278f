import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Harness, harness, type ThrowawayRedis, throwawayRedis } from '@cm/testing';
import { sql } from 'kysely';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { elapse, report, steadyLoad, verifyLedger } from './ledger.js';

describe('faults under load: Redis and webhook receivers', () => {
  let h: Harness | undefined;
  let redis: ThrowawayRedis | undefined;
  let dir: string | undefined;
  let receiver: Server | undefined;
  afterEach(async () => {
    await redis?.start().catch(() => undefined);
    await h?.close();
    await redis?.stop();
    receiver?.closeAllConnections();
    receiver?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
    h = redis = receiver = dir = undefined;
  });

  it('Redis restarted (append-only): the API answers 503 while it is down, and nothing accepted is lost', async () => {
    dir = mkdtempSync(join(tmpdir(), 'cm-redis-'));
    redis = await throwawayRedis({ appendOnly: true, dir });
    h = await harness({ env: { REDIS_URL: redis.url } });
    const load = steadyLoad(h, { perSecond: 200, maxSeconds: 14 });
    await elapse(4_000);
    await redis.stop();
    await elapse(3_000);
    await redis.start();
    const ledger = await load.done();
    const verdict = await verifyLedger(h, ledger);
    report('redis restarted (AOF)', verdict, ledger);
    expect(ledger.refused.get(503) ?? 0).toBeGreaterThan(0);
    expect([...ledger.refused.keys()].filter((s) => s !== 503)).toEqual([]);
    expect(verdict).toMatchObject({ lost: 0, duplicated: 0, missingReasons: 0 });
  });

  it('a webhook receiver that hangs, resets connections and answers slowly still gets every event', async () => {
    let requests = 0;
    const delivered = new Set<string>();
    const attempts = new Map<string, number>();
    // Each event meets every misbehaviour in turn: the first attempt hangs, the second has its connection
    // reset, the third is answered slowly (inside the timeout); a fourth would be answered at once.
    receiver = createServer((req, res) => {
      requests++;
      const id = String(req.headers['webhook-id']);
      const n = (attempts.get(id) ?? 0) + 1;
      attempts.set(id, n);
      req.resume();
      req.on('end', () => {
        if (n === 1) return; // hangs: never answers
        if (n === 2) return req.socket.destroy(); // resets the connection
        const answer = () => {
          delivered.add(id);
          res.writeHead(200).end('ok');
        };
        if (n === 3) setTimeout(answer, 700);
        else answer();
      });
    });
    await new Promise<void>((r) => receiver!.listen(0, '127.0.0.1', r));
    const url = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hook`;
    h = await harness({
      env: {
        WEBHOOKS_ALLOW_PRIVATE_NETWORKS: 'true',
        WEBHOOK_TIMEOUT_MS: '1000',
        WEBHOOK_RETRY_SCHEDULE: '0,100ms,200ms,300ms,500ms,500ms,500ms,500ms,500ms,500ms',
      },
    });
    const created = await h.post(
      '/v1/admin/webhooks',
      { siteId: 'demo', url, events: ['comment.flagged', 'comment.approved', 'comment.rejected'] },
      { authorization: `Bearer ${h.adminToken}` },
    );
    expect(created.status).toBe(201);
    const load = steadyLoad(h, { perSecond: 100, maxSeconds: 5 });
    const ledger = await load.done();
    const verdict = await verifyLedger(h, ledger);
    const events = await sql<{ id: string }>`select id::text as id from outbox where type like 'comment.%'`.execute(
      h.db,
    );
    await vi.waitFor(
      () => {
        const missing = events.rows.filter((e) => !delivered.has(e.id)).length;
        if (missing > 0) throw new Error(`${missing} of ${events.rows.length} events not delivered yet`);
      },
      { timeout: 90_000, interval: 250 },
    );
    const lostEvents = events.rows.filter((e) => !delivered.has(e.id)).length;
    report('webhook receiver hangs / resets / slow', verdict, ledger, {
      events: events.rows.length,
      receiverRequests: requests,
      lostEvents,
    });
    expect(events.rows.length).toBe(verdict.accepted);
    expect(lostEvents).toBe(0);
    expect(Math.min(...attempts.values())).toBeGreaterThanOrEqual(3);
    expect(verdict).toMatchObject({ lost: 0, duplicated: 0 });
  });
});
