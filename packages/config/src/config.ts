import { z } from 'zod';
import { parseRateLimits } from './rate-limits.js';

/** An on/off switch: true, 1, yes, on or false, 0, no, off; undefined when unset. */
const onOff = z
  .enum(['true', 'false', '1', '0', 'yes', 'no', 'on', 'off'])
  .optional()
  .transform((v) => (v === undefined ? undefined : ['true', '1', 'yes', 'on'].includes(v)));
const bool = (fallback: boolean) => onOff.transform((v) => v ?? fallback);

const int = (fallback: number, min = 0) => z.coerce.number().int().min(min).default(fallback);

const EnvSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  HOST: z.string().default('0.0.0.0'),
  PORT: int(8080, 0),
  PUBLIC_URL: z.url().optional(),
  DATABASE_URL: z.string().default('postgres://postgres@127.0.0.1:5432/moderation'),
  DATABASE_POOL_SIZE: int(10, 1),
  REDIS_URL: z.string().default('redis://127.0.0.1:6379'),
  /** Seed nodes of a Redis Cluster (`host:port,host:port,…`); when set, every connection is a cluster client. */
  REDIS_CLUSTER_NODES: z
    .string()
    .regex(
      /^\s*[^\s,:]+:\d{1,5}\s*(,\s*[^\s,:]+:\d{1,5}\s*)*$/,
      'REDIS_CLUSTER_NODES must list seed nodes as host:port,host:port (e.g. 10.0.0.1:7000,10.0.0.2:7000)',
    )
    .optional(),
  /** How many decide queues (each under its own hash tag, so a cluster spreads them over its primaries). */
  REDIS_QUEUE_PARTITIONS: z.coerce
    .number({ error: 'REDIS_QUEUE_PARTITIONS must be a whole number from 1 to 1024' })
    .int('REDIS_QUEUE_PARTITIONS must be a whole number from 1 to 1024')
    .min(1, 'REDIS_QUEUE_PARTITIONS must be a whole number from 1 to 1024')
    .max(1024, 'REDIS_QUEUE_PARTITIONS must be a whole number from 1 to 1024')
    .default(1),
  ADMIN_TOKEN: z.string().min(16, 'ADMIN_TOKEN must be at least 16 characters').optional(),
  /** When set, /metrics of the API and of every worker answer only `Authorization: Bearer <METRICS_TOKEN>`. */
  METRICS_TOKEN: z.string().min(16, 'METRICS_TOKEN must be at least 16 characters').optional(),
  RATE_LIMITS: z.string().optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  BODY_LIMIT_BYTES: int(64 * 1024, 1024),
  /** How long an idle keep-alive connection stays open: longer than the proxies' in front (ALB: 60 s). */
  KEEP_ALIVE_TIMEOUT_MS: int(65_000, 1000),
  TRUST_PROXY: bool(false),
  DEMO_ENABLED: onOff,
  MIN_SUBMIT_MS: int(2000, 0),
  WORKER_CONCURRENCY: int(256, 1),
  WORKER_BATCH_SIZE: int(200, 1),
  WORKER_BATCH_WAIT_MS: int(5, 0),
  WORKER_BATCHES_IN_FLIGHT: int(8, 1),
  WORKER_LOCK_MS: int(30_000, 1000),
  WORKER_METRICS_PORT: int(9465, 0),
  /**
   * Replicas that must hold a comment's job before the API answers 202 (Redis `WAIT`, up to 1 s). 0 answers once
   * the primary has it; on a cluster with replicas, 1 keeps a failover from losing what was just accepted.
   */
  REDIS_WAIT_REPLICAS: int(0, 0),
  REDIS_PREFIX: z
    .string()
    .regex(/^\{[\w-]+\}$/, 'REDIS_PREFIX must look like {name}: a Redis Cluster hash tag')
    .default('{cm}'),
  WEBHOOKS_ALLOW_PRIVATE_NETWORKS: bool(false),
  WEBHOOK_TIMEOUT_MS: int(12_000, 100),
  WEBHOOK_RETRY_SCHEDULE: z.string().optional(),
  /** Encrypts webhook signing secrets at rest (AES-256-GCM, key derived with HKDF). Unset: stored as-is. */
  WEBHOOK_SECRETS_KEY: z.string().min(32, 'WEBHOOK_SECRETS_KEY must be at least 32 characters').optional(),
  /** Days that sent webhook events and the delivery log are kept (for redelivery and support); then deleted. */
  WEBHOOK_RETENTION_DAYS: int(30, 1),
  /** Days a comment's e-mail and IP address are kept; then the worker clears them (bodies stay). */
  PERSONAL_DATA_RETENTION_DAYS: int(90, 1),
  SHUTDOWN_TIMEOUT_MS: int(10_000, 100),
  /** Most comments one backtest request may replay; bigger runs belong to `pnpm rules:backtest`. */
  BACKTEST_MAX_COMMENTS: int(200_000, 1),
});

/** Every environment variable the configuration reads (the README's table lists exactly these). */
export const ENV_VARIABLES: readonly string[] = Object.keys(EnvSchema.shape);

export type Env = Record<string, string | undefined>;

/** Where Redis is and how the keys are laid out on it. */
export interface RedisConfig {
  /** A single Redis (`REDIS_URL`); unused when `clusterNodes` is set. */
  url: string;
  /** Seed nodes of a Redis Cluster (`REDIS_CLUSTER_NODES`); undefined for a single Redis. */
  clusterNodes: { host: string; port: number }[] | undefined;
  /** Key namespace and hash tag, `{name}`. */
  prefix: string;
  /** Decide queues (`REDIS_QUEUE_PARTITIONS`), each under its own hash tag. */
  queuePartitions: number;
  /** Replicas that must have a queued job before it is acknowledged (`REDIS_WAIT_REPLICAS`). */
  waitReplicas: number;
}

/** The typed configuration of every service. Built once at start-up by `loadConfig`. */
export interface Config {
  env: 'development' | 'production' | 'test';
  http: {
    host: string;
    port: number;
    publicUrl: string;
    bodyLimitBytes: number;
    trustProxy: boolean;
    keepAliveTimeoutMs: number;
  };
  database: { url: string; poolSize: number };
  redis: RedisConfig;
  adminToken: string | undefined;
  /** Bearer token /metrics asks for; unset: /metrics is open (keep it on an internal network). */
  metricsToken: string | undefined;
  rateLimits: ReturnType<typeof parseRateLimits>;
  logLevel: z.infer<typeof EnvSchema>['LOG_LEVEL'];
  widget: { minSubmitMs: number };
  demo: { enabled: boolean };
  worker: {
    concurrency: number;
    batchSize: number;
    batchWaitMs: number;
    batchesInFlight: number;
    lockMs: number;
    metricsPort: number;
  };
  webhooks: {
    allowPrivateNetworks: boolean;
    timeoutMs: number;
    retryScheduleMs: number[];
    secretsKey: string | undefined;
    /** How long sent events and delivery attempts are kept (`WEBHOOK_RETENTION_DAYS`). */
    retentionMs: number;
  };
  shutdownTimeoutMs: number;
  backtest: { maxComments: number };
  /** How long comments' e-mails and IP addresses are kept (`PERSONAL_DATA_RETENTION_DAYS`). */
  personalDataRetentionMs: number;
}

/** Standard Webhooks' example schedule: immediately, 5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 14 h, 20 h, 24 h. */
export const DEFAULT_WEBHOOK_SCHEDULE_MS = [0, 5, 300, 1800, 7200, 18000, 36000, 50400, 72000, 86400].map(
  (s) => s * 1000,
);

export class ConfigError extends Error {
  override name = 'ConfigError';
}

const DAY_MS = 86_400_000;

/** Parses the environment once. Throws a `ConfigError` naming every variable that is wrong. */
export function loadConfig(env: Env = process.env): Config {
  // An empty variable is an unset one: compose's `${ADMIN_TOKEN:-}` passes '' when the shell has none, and a
  // blank line in an env file does the same. Read as a value, it failed every rule (ADMIN_TOKEN's 16 characters).
  const given = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v.trim() !== ''));
  const parsed = EnvSchema.safeParse(given);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`invalid configuration:\n  ${lines.join('\n  ')}`);
  }
  const e = parsed.data;
  let rateLimits: Config['rateLimits'];
  let retryScheduleMs = DEFAULT_WEBHOOK_SCHEDULE_MS;
  try {
    rateLimits = parseRateLimits(e.RATE_LIMITS);
    if (e.WEBHOOK_RETRY_SCHEDULE) retryScheduleMs = parseSchedule(e.WEBHOOK_RETRY_SCHEDULE);
    // An event must outlive its last retry, or that retry finds nothing to send.
    const retriesMs = retryScheduleMs.reduce((sum, ms) => sum + ms, 0);
    if (e.WEBHOOK_RETENTION_DAYS * DAY_MS <= retriesMs) {
      throw new Error(
        `WEBHOOK_RETENTION_DAYS: ${e.WEBHOOK_RETENTION_DAYS} days is shorter than the retry schedule (${(retriesMs / DAY_MS).toFixed(1)} days); keep events longer than their retries take`,
      );
    }
  } catch (err) {
    throw new ConfigError((err as Error).message);
  }
  return {
    env: e.NODE_ENV,
    http: {
      host: e.HOST,
      port: e.PORT,
      publicUrl: (e.PUBLIC_URL ?? `http://localhost:${e.PORT}`).replace(/\/$/, ''),
      bodyLimitBytes: e.BODY_LIMIT_BYTES,
      trustProxy: e.TRUST_PROXY,
      keepAliveTimeoutMs: e.KEEP_ALIVE_TIMEOUT_MS,
    },
    database: { url: e.DATABASE_URL, poolSize: e.DATABASE_POOL_SIZE },
    redis: {
      url: e.REDIS_URL,
      clusterNodes: e.REDIS_CLUSTER_NODES === undefined ? undefined : parseNodes(e.REDIS_CLUSTER_NODES),
      prefix: e.REDIS_PREFIX,
      queuePartitions: e.REDIS_QUEUE_PARTITIONS,
      waitReplicas: e.REDIS_WAIT_REPLICAS,
    },
    adminToken: e.ADMIN_TOKEN,
    metricsToken: e.METRICS_TOKEN,
    rateLimits,
    logLevel: e.LOG_LEVEL,
    widget: { minSubmitMs: e.MIN_SUBMIT_MS },
    demo: { enabled: e.DEMO_ENABLED ?? e.NODE_ENV !== 'production' },
    worker: {
      concurrency: e.WORKER_CONCURRENCY,
      batchSize: e.WORKER_BATCH_SIZE,
      batchWaitMs: e.WORKER_BATCH_WAIT_MS,
      batchesInFlight: e.WORKER_BATCHES_IN_FLIGHT,
      lockMs: e.WORKER_LOCK_MS,
      metricsPort: e.WORKER_METRICS_PORT,
    },
    webhooks: {
      allowPrivateNetworks: e.WEBHOOKS_ALLOW_PRIVATE_NETWORKS,
      timeoutMs: e.WEBHOOK_TIMEOUT_MS,
      retryScheduleMs,
      secretsKey: e.WEBHOOK_SECRETS_KEY,
      retentionMs: e.WEBHOOK_RETENTION_DAYS * DAY_MS,
    },
    shutdownTimeoutMs: e.SHUTDOWN_TIMEOUT_MS,
    backtest: { maxComments: e.BACKTEST_MAX_COMMENTS },
    personalDataRetentionMs: e.PERSONAL_DATA_RETENTION_DAYS * DAY_MS,
  };
}

/** `10.0.0.1:7000, 10.0.0.2:7000` → seed nodes (the schema has checked the shape). */
function parseNodes(raw: string): { host: string; port: number }[] {
  return raw.split(',').map((part) => {
    const [host = '', port = ''] = part.trim().split(':');
    const n = Number(port);
    if (n < 1 || n > 65_535)
      throw new ConfigError(`REDIS_CLUSTER_NODES: port ${port} of ${part.trim()} is out of range`);
    return { host, port: n };
  });
}

/** `0,5s,5m,30m,2h` → milliseconds. */
function parseSchedule(raw: string): number[] {
  const unit: Record<string, number> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 };
  return raw.split(',').map((part) => {
    const m = /^(\d+)(ms|s|m|h|d)?$/.exec(part.trim());
    if (!m) throw new Error(`WEBHOOK_RETRY_SCHEDULE: cannot read "${part}"; expected e.g. 0,5s,5m,30m,2h`);
    return Number(m[1]) * (unit[m[2] ?? 's'] ?? 1000);
  });
}
