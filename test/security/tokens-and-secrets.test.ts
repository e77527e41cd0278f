import { readFileSync } from 'node:fs';
import { type Harness, harness, type WebhookReceiver, webhookReceiver } from '@cm/testing';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { send } from './fixtures.js';
import { type LogCapture, logCapture } from './log-capture.js';

/**
 * API tokens are stored as their SHA-256 (looked up by hash, so no comparison touches the secret and there is no
 * timing side channel); webhook signing secrets are sealed with AES-256-GCM when WEBHOOK_SECRETS_KEY is set; and
 * neither the bootstrap token, nor a created token, nor a webhook secret ever reaches the logs, the audit log or
 * any answer after the one that shows it once.
 */
describe('tokens and secrets', () => {
  let h: Harness;
  let logs: LogCapture;
  let receiver: WebhookReceiver;
  const secrets: string[] = [];

  beforeAll(async () => {
    logs = logCapture();
    h = await harness({
      logDestination: logs.destination,
      env: {
        LOG_LEVEL: 'trace',
        WEBHOOKS_ALLOW_PRIVATE_NETWORKS: 'true',
        WEBHOOK_RETRY_SCHEDULE: '0,100ms',
        WEBHOOK_SECRETS_KEY: 'a-test-key-of-at-least-thirty-two-characters',
      },
    });
    receiver = await webhookReceiver();
    secrets.push(h.adminToken);

    // The flow: an admin creates a moderator token and a webhook endpoint, rotates its secret, sends a test
    // event; the moderator authenticates; a wrong token is refused.
    const created = await send(
      h,
      { method: 'POST', path: '/v1/admin/tokens', body: { name: 'night desk', siteIds: ['demo'] } },
      h.adminToken,
    );
    const token = ((await created.json()) as { token: string }).token;
    secrets.push(token);
    expect((await send(h, { method: 'GET', path: '/v1/moderation/me' }, token)).status).toBe(200);
    expect((await send(h, { method: 'GET', path: '/v1/moderation/me' }, `${token}x`)).status).toBe(401);

    const endpoint = await send(
      h,
      {
        method: 'POST',
        path: '/v1/admin/webhooks',
        body: { siteId: 'demo', url: receiver.url, events: ['comment.flagged'] },
      },
      h.adminToken,
    );
    const { id, secret } = (await endpoint.json()) as { id: string; secret: string };
    secrets.push(secret);
    const rotated = await send(h, { method: 'POST', path: `/v1/admin/webhooks/${id}/rotate-secret` }, h.adminToken);
    secrets.push(((await rotated.json()) as { secret: string }).secret);
    await send(h, { method: 'POST', path: `/v1/admin/webhooks/${id}/test` }, h.adminToken);
    await receiver.waitFor(1);
    // Decided and logged before the logs are read: the log line comes just after the decision is committed.
    const commentId = await h.postComment();
    await h.waitForDecision(commentId);
    await vi.waitFor(() => expect(logs.text()).toContain(commentId), { timeout: 5000 });
  });
  afterAll(async () => {
    await h?.close();
    await receiver?.close();
  });

  /** A secret and the parts of it that would leak it too (the key material after `whsec_` / `cm_`). */
  const forms = (s: string) => [s, s.replace(/^(whsec_|cm_)/, '')];

  it('stores tokens as SHA-256 hashes: no row holds a plaintext token', async () => {
    const rows = JSON.stringify(await h.db.selectFrom('api_tokens').selectAll().execute());
    for (const s of secrets.filter((x) => !x.startsWith('whsec_')))
      for (const f of forms(s)) expect(rows).not.toContain(f);
    const hashes = await h.db.selectFrom('api_tokens').select('token_hash').execute();
    for (const { token_hash } of hashes) expect(token_hash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('stores webhook secrets sealed (AES-256-GCM) when WEBHOOK_SECRETS_KEY is set', async () => {
    const rows = await h.db.selectFrom('webhook_endpoints').selectAll().execute();
    for (const r of rows) {
      expect(r.secret).toMatch(/^v1:/);
      if (r.previous_secret !== null) expect(r.previous_secret).toMatch(/^v1:/);
    }
    const dump = JSON.stringify(rows);
    for (const s of secrets) for (const f of forms(s)) expect(dump).not.toContain(f);
  });

  it('keeps every secret out of the logs, the audit log, the outbox and the delivery log', async () => {
    const text = logs.text();
    expect(logs.lines().length).toBeGreaterThan(10);
    const tables = JSON.stringify([
      await h.db.selectFrom('audit_log').selectAll().execute(),
      await h.db.selectFrom('webhook_deliveries').selectAll().execute(),
      await h.db.selectFrom('outbox').selectAll().execute(),
    ]);
    for (const s of secrets) {
      for (const f of forms(s)) {
        expect(text).not.toContain(f);
        expect(tables).not.toContain(f);
      }
    }
    // Nor does a refused token: the 401 is logged without the header.
    expect(text).not.toMatch(/authorization|bearer/i);
  });

  it('compares no secret with === : tokens are found by their hash, webhook signatures verified by standardwebhooks', () => {
    // A guard against a regression in the one place that reads a token: it must hash and look up, not compare.
    const principal = readFileSync(new URL('../../services/api/src/auth/principal.ts', import.meta.url), 'utf8');
    expect(principal).toMatch(/findTokenByHash\(c\.var\.deps\.db, hashToken\(/);
    expect(principal).not.toMatch(/(token|secret)\w*\s*[!=]==/i);
  });
});
