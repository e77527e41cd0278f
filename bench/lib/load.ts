import http from 'node:http';
import autocannon from 'autocannon';

export interface LoadResult {
  rps: number;
  p50Ms: number;
  p99Ms: number;
  non2xx: number;
  errors: number;
  total: number;
}

/** Runs autocannon against one URL with a rotating set of request bodies. */
export async function load(opts: {
  url: string;
  method?: 'GET' | 'POST';
  bodies?: string[];
  headers?: Record<string, string>;
  /** Each request's body made afresh (instead of rotating `bodies`). */
  makeBody?: () => string;
  connections?: number;
  /** How long to run; or `amount`, how many requests to send. */
  seconds?: number;
  amount?: number;
  overallRate?: number;
}): Promise<LoadResult> {
  const headers = { 'content-type': 'application/json', ...opts.headers };
  const result = await autocannon({
    url: opts.url,
    method: opts.method ?? 'POST',
    connections: opts.connections ?? 50,
    ...(opts.amount ? { amount: opts.amount } : { duration: opts.seconds ?? 10 }),
    headers,
    ...(opts.overallRate ? { overallRate: opts.overallRate } : {}),
    ...(opts.makeBody
      ? {
          requests: [
            {
              method: opts.method ?? 'POST',
              headers,
              setupRequest: (req: autocannon.Request) => ({ ...req, body: opts.makeBody?.() ?? '' }),
            },
          ],
        }
      : {}),
    ...(opts.bodies
      ? { requests: opts.bodies.slice(0, 500).map((body) => ({ method: opts.method ?? 'POST', body, headers })) }
      : {}),
  });
  return {
    rps: Math.round(result.requests.average),
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    non2xx: result.non2xx,
    errors: result.errors + result.timeouts,
    total: result.requests.total,
  };
}

/**
 * An open-loop load at an even pace: requests go out every couple of milliseconds, as many as are due, on up to
 * `connections` keep-alive sockets. autocannon's `overallRate` is not this: each connection sends its whole
 * per-second quota at the top of every second and then waits, so "1,000/s" arrives as one burst of 1,000 a
 * second, and a latency measured under it is the time to drain the burst.
 */
export async function paced(opts: {
  url: string;
  /** The next request's body. */
  body: () => string;
  rate: number;
  seconds: number;
  connections?: number;
}): Promise<{ total: number; non2xx: number; errors: number; failures: Record<string, number> }> {
  const target = new URL(opts.url);
  const agent = new http.Agent({ keepAlive: true, maxSockets: opts.connections ?? 50 });
  const total = Math.round(opts.rate * opts.seconds);
  // What went wrong, by status code or error code: a refusal under steady load is worth a look.
  const result = { total: 0, non2xx: 0, errors: 0, failures: {} as Record<string, number> };
  const failed = (why: string) => {
    result.failures[why] = (result.failures[why] ?? 0) + 1;
  };
  const inFlight = new Set<Promise<void>>();
  const send = (body: string) => {
    const done = new Promise<void>((resolve) => {
      const req = http.request(
        {
          agent,
          host: target.hostname,
          port: target.port,
          path: target.pathname,
          method: 'POST',
          headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
        },
        (res) => {
          if ((res.statusCode ?? 0) >= 300) {
            result.non2xx++;
            failed(String(res.statusCode));
          }
          res.resume();
          res.on('end', resolve);
        },
      );
      req.on('error', (err: NodeJS.ErrnoException) => {
        result.errors++;
        failed(err.code ?? err.message);
        resolve();
      });
      req.end(body);
    });
    inFlight.add(done);
    void done.finally(() => inFlight.delete(done));
  };
  const started = performance.now();
  while (result.total < total) {
    const due = Math.min(total, Math.floor(((performance.now() - started) / 1000) * opts.rate));
    while (result.total < due) {
      result.total++;
      send(opts.body());
    }
    await new Promise((r) => setTimeout(r, 2));
  }
  await Promise.all([...inFlight]);
  agent.destroy();
  return result;
}
