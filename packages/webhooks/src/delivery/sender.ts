import type { Agent } from 'undici';
import { type AddressPolicy, ipLiteral, refusalFor } from '../ssrf/address-policy.js';
import { guardedLookup, type Resolver, systemResolver } from '../ssrf/guard.js';
import { parseRetryAfter } from './retry-schedule.js';

/** What happened to one attempt. `gone` (410) disables the endpoint; `refused` never opened a connection. */
export type AttemptOutcome = 'succeeded' | 'failed' | 'gone' | 'refused';

export interface AttemptResult {
  outcome: AttemptOutcome;
  statusCode: number | null;
  /** From the start of the request to the response headers. */
  latencyMs: number;
  error: string | null;
  /** The start of the response body, at most `EXCERPT_BYTES` bytes. */
  responseExcerpt: string | null;
  /** From a 429 or 503 `Retry-After`. */
  retryAfterMs: number | undefined;
}

export interface SignedRequest {
  url: string;
  body: string;
  headers: Record<string, string>;
}

export interface SenderOptions extends AddressPolicy {
  timeoutMs: number;
  /** Replaces DNS, for tests that play a rebinding resolver. */
  resolver?: Resolver;
}

/** How much of a response body the delivery log keeps. */
export const EXCERPT_BYTES = 1024;
const USER_AGENT = 'comment-moderation-webhooks/0.1 (+https://www.standardwebhooks.com)';

/**
 * Posts signed webhook bodies. One undici Agent whose every new connection goes through the SSRF guard's lookup;
 * redirects are never followed (undici's `request` has no redirect handling unless asked), and the whole attempt
 * (connect, headers, excerpt) is bounded by `timeoutMs`. undici is loaded with the first request: loading it
 * (and the parts of Node's fetch it pulls in) took ~35 ms of every worker start, most of which never send a webhook.
 */
export class WebhookSender {
  private client: Promise<{ agent: Agent; request: typeof import('undici').request }> | undefined;

  constructor(private readonly opts: SenderOptions) {}

  private undici() {
    this.client ??= import('undici').then(({ Agent, request }) => ({
      request,
      agent: new Agent({
        connect: {
          lookup: guardedLookup(this.opts, this.opts.resolver ?? systemResolver),
          timeout: this.opts.timeoutMs,
        },
        headersTimeout: this.opts.timeoutMs,
        bodyTimeout: this.opts.timeoutMs,
        keepAliveTimeout: 4_000,
      }),
    }));
    return this.client;
  }

  /** Makes one attempt. Never throws: every failure is an `AttemptResult`. */
  async send(req: SignedRequest): Promise<AttemptResult> {
    const started = performance.now();
    const elapsed = () => Math.round(performance.now() - started);
    let url: URL;
    try {
      url = new URL(req.url);
    } catch {
      return fail('refused', 0, 'invalid URL');
    }
    // Node's net.connect skips `lookup` for IP literals, so the guard checks them here, before any socket.
    const literal = ipLiteral(url.hostname);
    const refusal = literal ? refusalFor(literal, this.opts) : undefined;
    if (refusal) return fail('refused', 0, refusal);

    try {
      const { agent, request } = await this.undici();
      const res = await request(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'user-agent': USER_AGENT, ...req.headers },
        body: req.body,
        dispatcher: agent,
        signal: AbortSignal.timeout(this.opts.timeoutMs),
      });
      const latencyMs = elapsed();
      const excerpt = await readExcerpt(res.body).catch(() => null);
      const status = res.statusCode;
      const header = (name: string) => {
        const v = res.headers[name];
        return Array.isArray(v) ? v[0] : v;
      };
      if (status >= 200 && status < 300) {
        return {
          outcome: 'succeeded',
          statusCode: status,
          latencyMs,
          error: null,
          responseExcerpt: excerpt,
          retryAfterMs: undefined,
        };
      }
      let error = `HTTP ${status}`;
      if (status >= 300 && status < 400) error += `: redirect to ${header('location') ?? '?'} not followed`;
      return {
        outcome: status === 410 ? 'gone' : 'failed',
        statusCode: status,
        latencyMs,
        error,
        responseExcerpt: excerpt,
        retryAfterMs: status === 429 || status === 503 ? parseRetryAfter(header('retry-after')) : undefined,
      };
    } catch (err) {
      if (isRefusal(err)) return fail('refused', elapsed(), describe(err));
      return fail('failed', elapsed(), describe(err));
    }
  }

  async close(): Promise<void> {
    const client = await this.client?.catch(() => undefined);
    await client?.agent.close();
  }
}

function fail(outcome: AttemptOutcome, latencyMs: number, error: string): AttemptResult {
  return { outcome, statusCode: null, latencyMs, error, responseExcerpt: null, retryAfterMs: undefined };
}

/** Reads at most EXCERPT_BYTES, then lets go of the rest (leaving the loop destroys the stream). */
async function readExcerpt(body: AsyncIterable<Buffer>): Promise<string | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of body) {
    chunks.push(chunk);
    size += chunk.length;
    if (size >= EXCERPT_BYTES) break;
  }
  if (size === 0) return null;
  return new TextDecoder('utf-8', { fatal: false }).decode(Buffer.concat(chunks).subarray(0, EXCERPT_BYTES));
}

function causes(err: unknown): unknown[] {
  const out: unknown[] = [];
  for (let e = err; e !== undefined && e !== null && out.length < 5; e = (e as { cause?: unknown }).cause) out.push(e);
  return out;
}

function isRefusal(err: unknown): boolean {
  return causes(err).some((e) => (e as { code?: unknown }).code === 'EWEBHOOKADDRESS');
}

function describe(err: unknown): string {
  const all = causes(err);
  if (all.some((e) => (e as { name?: unknown }).name === 'TimeoutError')) return 'timed out';
  const last = all[all.length - 1] as { code?: unknown; message?: unknown } | undefined;
  const first = all[0] as { message?: unknown } | undefined;
  const message = String(last?.message ?? first?.message ?? err);
  return typeof last?.code === 'string' && !message.includes(last.code) ? `${last.code}: ${message}` : message;
}
