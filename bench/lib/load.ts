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
  connections?: number;
  seconds: number;
  overallRate?: number;
}): Promise<LoadResult> {
  const headers = { 'content-type': 'application/json', ...opts.headers };
  const result = await autocannon({
    url: opts.url,
    method: opts.method ?? 'POST',
    connections: opts.connections ?? 50,
    duration: opts.seconds,
    headers,
    ...(opts.overallRate ? { overallRate: opts.overallRate } : {}),
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
