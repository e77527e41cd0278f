import type { Harness } from '@cm/testing';

/** Sends one request with an optional bearer token; a JSON body gets its content type. */
export function send(
  h: Harness,
  req: { method: string; path: string; body?: unknown },
  token: string | undefined,
  headers: Record<string, string> = {},
): Promise<Response> {
  return h.fetch(req.path, {
    method: req.method,
    headers: {
      ...(token === undefined ? {} : { authorization: `Bearer ${token}` }),
      ...(req.body === undefined ? {} : { 'content-type': 'application/json' }),
      ...headers,
    },
    ...(req.body === undefined ? {} : { body: JSON.stringify(req.body) }),
    signal: AbortSignal.timeout(10_000),
  });
}

/** Creates a webhook endpoint for the demo site pointing at `url`; returns its id and secret. */
export async function makeEndpoint(h: Harness, url: string): Promise<{ id: string; secret: string }> {
  const res = await send(
    h,
    { method: 'POST', path: '/v1/admin/webhooks', body: { siteId: 'demo', url, events: ['comment.flagged'] } },
    h.adminToken,
  );
  if (res.status !== 201) throw new Error(`webhook: ${res.status} ${await res.text()}`);
  return (await res.json()) as { id: string; secret: string };
}
