import { metricsAuthorized } from '@cm/config';
import type { OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from '../../context.js';
import { ProblemError } from '../../errors.js';

/**
 * Prometheus text format; not in the OpenAPI document (it is not JSON). Besides this replica's own metrics it
 * renders the rule-latency histogram that every worker adds to in Redis. With `METRICS_TOKEN` set it asks for it.
 */
export function registerMetrics(app: OpenAPIHono<AppEnv>): void {
  app.get('/metrics', async (c) => {
    const { metrics, redis, redisPrefix, config } = c.var.deps;
    if (!metricsAuthorized(c.req.header('authorization'), config.metricsToken)) {
      c.header('WWW-Authenticate', 'Bearer realm="metrics"');
      throw new ProblemError('UNAUTHORIZED', 'Send Authorization: Bearer <METRICS_TOKEN> to read /metrics.');
    }
    const own = await metrics.registry.metrics();
    const shared = await redis
      .hgetall(`${redisPrefix}:metrics:rule_latency`)
      .then(renderRuleLatency)
      .catch(() => '');
    return c.body(own + shared, 200, { 'Content-Type': metrics.registry.contentType });
  });
}

function renderRuleLatency(fields: Record<string, string>): string {
  const count = Number(fields.count ?? 0);
  const buckets = Object.entries(fields)
    .filter(([k]) => k !== 'count' && k !== 'sum')
    .map(([le, n]) => [Number(le), Number(n)] as const)
    .sort((a, b) => a[0] - b[0]);
  const name = 'cm_rules_duration_seconds';
  const lines = [
    `# HELP ${name} Time the rules engine took per comment, all workers`,
    `# TYPE ${name} histogram`,
    ...buckets.map(([le, n]) => `${name}_bucket{le="${le}"} ${n}`),
    `${name}_bucket{le="+Inf"} ${count}`,
    `${name}_sum ${Number(fields.sum ?? 0)}`,
    `${name}_count ${count}`,
  ];
  return `${lines.join('\n')}\n`;
}
