import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { vi } from 'vitest';

/** One request a receiver got. */
export interface ReceivedWebhook {
  headers: Record<string, string>;
  body: string;
}

/** What the receiver answers; `Location`, `Retry-After` and the like go in `headers`. */
export interface ReceiverReply {
  status: number;
  headers?: Record<string, string>;
  body?: string;
}

export interface WebhookReceiver {
  /** `http://127.0.0.1:<port>/hook` */
  url: string;
  received: ReceivedWebhook[];
  /** Answers the next requests with these, in order; after them, `fallback` (200 by default). */
  script(replies: (ReceiverReply | number)[], fallback?: ReceiverReply | number): void;
  /** Waits until `count` requests arrived and returns them. */
  waitFor(count: number, timeoutMs?: number): Promise<ReceivedWebhook[]>;
  close(): Promise<void>;
}

/** A real HTTP receiver on loopback, for webhook tests. */
export async function webhookReceiver(): Promise<WebhookReceiver> {
  const received: ReceivedWebhook[] = [];
  let queue: ReceiverReply[] = [];
  let fallback: ReceiverReply = { status: 200, body: 'ok' };
  const asReply = (r: ReceiverReply | number): ReceiverReply => (typeof r === 'number' ? { status: r } : r);
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      received.push({ headers: flatten(req.headers), body: Buffer.concat(chunks).toString('utf8') });
      const reply = queue.shift() ?? fallback;
      res.writeHead(reply.status, reply.headers);
      res.end(reply.body ?? '');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/hook`,
    received,
    script(replies, fb) {
      queue = replies.map(asReply);
      if (fb !== undefined) fallback = asReply(fb);
    },
    waitFor(count, timeoutMs = 15_000) {
      return vi.waitFor(
        () => {
          if (received.length < count) throw new Error(`received ${received.length} of ${count} webhooks`);
          return received.slice(0, count);
        },
        { timeout: timeoutMs, interval: 20 },
      );
    },
    close() {
      server.closeAllConnections();
      return new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

function flatten(headers: IncomingHttpHeaders): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(headers)) if (v !== undefined) out[k] = Array.isArray(v) ? v.join(', ') : v;
  return out;
}
