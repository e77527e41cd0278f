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
