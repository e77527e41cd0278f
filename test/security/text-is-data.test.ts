import { type Harness, harness, type WebhookReceiver, webhookReceiver } from '@cm/testing';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { send } from './fixtures.js';
import { type LogCapture, logCapture } from './log-capture.js';

/**
 * A comment's text is data wherever it travels: a body built to break logs (a forged JSON log line after a
 * newline), terminals (ANSI escapes), HTML and JSON stays one string, byte for byte, in the webhook payload and in
 * the public API, and never splits or forges a log line. (The widget and the review page render it as text: see
 * their browser tests.)
 */
const FORGED_LINE = '\n{"level":50,"msg":"fake","time":0}\n';
const NASTY =
  `Nice piece.${FORGED_LINE}\u001b[31mRED\u001b[0m\u001b]0;title\u0007 <script>alert(1)</script>` +
  `<img src=x onerror=alert(1)> "},"type":"author.banned","x":{" \\u0000 \u2028\u2029 \r\n\u202egnp.exe`;
const NASTY_NAME = 'Eve"}\n{"level":60,"msg":"forged"} \u001b[2J';

describe('comment text is data everywhere', () => {
  let h: Harness;
  let logs: LogCapture;
  let receiver: WebhookReceiver;
  let id: string;

  beforeAll(async () => {
    logs = logCapture();
    h = await harness({
      logDestination: logs.destination,
      env: { LOG_LEVEL: 'trace', WEBHOOKS_ALLOW_PRIVATE_NETWORKS: 'true', WEBHOOK_RETRY_SCHEDULE: '0,100ms' },
    });
    receiver = await webhookReceiver();
    // The receiver's first answer is attacker-controlled text too: the worker records (and may log) it.
    receiver.script([{ status: 500, body: NASTY }]);
    const created = await send(
      h,
      {
        method: 'POST',
        path: '/v1/admin/webhooks',
        body: {
          siteId: 'demo',
          url: receiver.url,
          events: ['comment.flagged', 'comment.rejected', 'comment.approved'],
        },
      },
      h.adminToken,
    );
    expect(created.status).toBe(201);
    id = await h.postComment({
      articleId: 'text-is-data',
      articleTitle: `Title ${FORGED_LINE}\u001b[31m`,
      author: { name: NASTY_NAME },
      body: NASTY,
    });
    // Whatever the rules decided, a moderator publishes it so it shows in the public API too.
    if ((await h.waitForDecision(id)) !== 'approved') {
      const res = await send(h, { method: 'POST', path: `/v1/moderation/comments/${id}/approve` }, h.adminToken);
      expect(res.status).toBe(200);
    }
  });
  afterAll(async () => {
    await h?.close();
    await receiver?.close();
  });

  it('stores it in Postgres exactly as sent', async () => {
    const row = await h.db
      .selectFrom('comments')
      .select(['body', 'author_name'])
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ body: NASTY, author_name: NASTY_NAME });
  });

  it('returns it verbatim as a JSON string from the public article API', async () => {
    const res = await h.fetch('/v1/articles/text-is-data/comments?siteId=demo');
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    const page = (await res.json()) as { comments: { id: string; body: string; author: { name: string } }[] };
    expect(page.comments.find((c) => c.id === id)).toMatchObject({ body: NASTY, author: { name: NASTY_NAME } });
  });

  it('sends it as one JSON string in the webhook payload, which parses to the same text', async () => {
    const events = await vi.waitFor(
      () => {
        const mine = receiver.received
          .map((r) => JSON.parse(r.body) as { type: string; data: { commentId?: string } & Record<string, unknown> })
          .filter((e) => e.data.commentId === id);
        if (mine.length === 0) throw new Error('no webhook for the comment yet');
        return mine;
      },
      { timeout: 15_000, interval: 25 },
    );
    for (const event of events) {
      expect(event.type).toMatch(/^comment\./);
      expect(event.data).toMatchObject({ bodyExcerpt: NASTY, authorName: NASTY_NAME });
      // The payload's own structure is intact: the quotes in the text did not add keys.
      expect(Object.keys(event).sort()).toEqual(['data', 'timestamp', 'type']);
    }
  });

  it('never forges or splits a log line: every line is one JSON event, escapes stay escaped', async () => {
    // Attacker-controlled text in a URL reaches the request log.
    const probe = await h.fetch(`/v1/comments/${encodeURIComponent(NASTY)}`);
    expect(probe.status).toBeLessThan(500);
    const lines = logs.lines();
    expect(lines.length).toBeGreaterThan(5);
    const events = lines.map((line) => JSON.parse(line) as { level: number; msg?: string; path?: string });
    for (const e of events) expect(typeof e.level).toBe('number');
    expect(events.filter((e) => e.msg === 'fake' || e.msg === 'forged')).toEqual([]);
    // The test is not vacuous: the newline and the start of the forged line did reach the logs, inside a field.
    expect(events.some((e) => e.path?.includes('\n{"level"') && e.path.includes('\u001b[31m'))).toBe(true);
    // No raw control character (ESC, BEL, CR, NUL…) reaches a terminal that tails the logs: JSON escapes them.
    // (U+2028/2029 and bidi overrides such as U+202E are valid JSON and stay raw: see the README.)
    expect(logs.text().replaceAll('\n', '')).not.toMatch(/[\u0000-\u001f\u007f]/);
  });
});
