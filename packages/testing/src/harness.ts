import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { type Config, createRedis, type Env, isCluster, loadConfig, type RedisClient } from '@cm/config';
import {
  type CommentStatus,
  type DecideBatchJob,
  type DecideCommentJob,
  DecideCommentJobSchema,
  decidePartitionPrefixes,
  QUEUES,
  unpackDecideComment,
} from '@cm/contracts';
import { createDb, type Db } from '@cm/db';
import { Queue } from 'bullmq';
import { type DestinationStream, type Logger, pino } from 'pino';
import { vi } from 'vitest';
import { cloneDatabase, TEST_REDIS_URL } from './databases.js';

/** What the harness needs of a running API. */
export interface ApiLike {
  url: string;
  /** The site cache, refreshed at once after a test writes a site. */
  deps: { sites: { refresh(): Promise<unknown> } };
  close(): Promise<void>;
}

/** What the harness needs of a running worker. */
export interface WorkerLike {
  close(): Promise<void>;
}

/**
 * The handle types of the services under test. This package imports no service (the services depend on it for
 * their tests); the test run's set-up file, which does import them, merges their handle types in here:
 * `declare module '@cm/testing' { interface ServiceTypes { api: ApiHandle; worker: WorkerHandle } }`.
 */
// biome-ignore lint/suspicious/noEmptyInterface: filled by declaration merging
export interface ServiceTypes {}

type ApiHandle = ServiceTypes extends { api: infer A extends ApiLike } ? A : ApiLike;
type WorkerHandle = ServiceTypes extends { worker: infer W extends WorkerLike } ? W : WorkerLike;

/** The services' own start functions, handed to the harness by the test run's set-up file. */
export interface HarnessServices {
  startApi(config: Config, opts: { logger: Logger; announceAdminToken: boolean }): Promise<ApiHandle>;
  startWorker(config: Config, opts: { logger: Logger; serveMetrics: boolean }): Promise<WorkerHandle>;
  /** The worker's entry file, for `spawnWorker()`. */
  workerMain: string;
}

let services: HarnessServices | undefined;

/** Registers the services that `harness()` starts (called once, from the test run's set-up file). */
export function provideServices(s: HarnessServices): void {
  services = s;
}

export interface HarnessOptions {
  /** Start an in-process worker (default true). */
  worker?: boolean;
  /** Start the API (default true). */
  api?: boolean;
  /** Extra environment for the config (on top of the test defaults). */
  env?: Env;
  /** Where the API's and worker's pino lines go (default stdout); tests that read the logs pass a stream. */
  logDestination?: DestinationStream;
  /** Use this (already migrated) database instead of a clone, e.g. one on a throwaway Postgres server. */
  databaseUrl?: string;
}

export interface Harness {
  config: Config;
  env: Env;
  /** The test's own database, for assertions. */
  db: Db;
  /** A single Redis, or a cluster client when the env sets `REDIS_CLUSTER_NODES`. */
  redis: RedisClient;
  /** The first decide queue (the only one unless `REDIS_QUEUE_PARTITIONS` is set). */
  queue: Queue;
  /** Every decide queue, in partition order. */
  queues: Queue[];
  /** The comments of the decide jobs not yet done (waiting, delayed or active), as the worker reads them. */
  queuedComments(): Promise<DecideCommentJob[]>;
  api: ApiHandle;
  url: string;
  adminToken: string;
  worker: WorkerHandle | undefined;
  fetch(path: string, init?: RequestInit): Promise<Response>;
  /** POSTs JSON to the API. */
  post(path: string, body: unknown, headers?: Record<string, string>): Promise<Response>;
  /** Posts a comment with sensible defaults and returns its id (asserting the 202). */
  postComment(input?: Partial<CommentPayload>, headers?: Record<string, string>): Promise<string>;
  /** Waits until the comment has a decision in Postgres and returns its status. */
  waitForDecision(id: string, timeoutMs?: number): Promise<Exclude<CommentStatus, 'pending'>>;
  startWorker(): Promise<WorkerHandle>;
  stopWorker(): Promise<void>;
  /** Starts another in-process API replica over the same database, Redis prefix and config (closed by `close()`). */
  startApiReplica(): Promise<ApiHandle>;
  /** Starts `pnpm start:worker` as a child process (for tests that SIGKILL it). */
  spawnWorker(extraEnv?: Env): ChildProcess;
  close(): Promise<void>;
}

export interface CommentPayload {
  siteId: string;
  articleId: string;
  articleUrl: string;
  articleTitle: string;
  author: { id?: string; name: string; email?: string };
  body: string;
  parentId: string;
}

let counter = 0;

/** A running service over a database and a Redis namespace of its own. Call `close()` in afterEach/afterAll. */
export async function harness(opts: HarnessOptions = {}): Promise<Harness> {
  if (!services) throw new Error('harness(): no services to start; run the tests through vitest.config.ts');
  const { startApi, startWorker, workerMain } = services;
  const database = opts.databaseUrl ? { url: opts.databaseUrl, drop: async () => undefined } : await cloneDatabase();
  const tag = randomBytes(5).toString('hex');
  const adminToken = `cm_test_admin_${tag}_${'x'.repeat(8)}`;
  const env: Env = {
    NODE_ENV: 'test',
    HOST: '127.0.0.1',
    PORT: '0',
    DATABASE_URL: database.url,
    REDIS_URL: TEST_REDIS_URL,
    REDIS_PREFIX: `{t${tag}}`,
    ADMIN_TOKEN: adminToken,
    RATE_LIMITS: 'off',
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
    WORKER_LOCK_MS: '2000',
    WORKER_METRICS_PORT: '0',
    WORKER_BATCH_WAIT_MS: '2',
    MIN_SUBMIT_MS: '2000',
    ...opts.env,
  };
  const config = loadConfig(env);
  const logger = opts.logDestination
    ? pino({ level: config.logLevel }, opts.logDestination)
    : pino({ level: config.logLevel });
  const db = createDb({ url: database.url, poolSize: 2 });
  // Tests stop Redis on purpose; the client reconnects, and its errors meanwhile are expected.
  const redis = createRedis(config.redis, { onError: () => undefined });
  const queues = decidePartitionPrefixes(config.redis.prefix, config.redis.queuePartitions).map(
    (prefix) => new Queue(QUEUES.decide, { connection: redis, prefix }),
  );
  const queue = queues[0] as Queue;
  const api = await startApi(config, { logger, announceAdminToken: false });
  let worker = opts.worker === false ? undefined : await startWorker(config, { logger, serveMetrics: false });
  const children = new Set<ChildProcess>();
  const replicas: ApiHandle[] = [];

  const h: Harness = {
    config,
    env,
    db,
    redis,
    queue,
    queues,
    async queuedComments() {
      const states = ['waiting', 'prioritized', 'delayed', 'active'] as const;
      const jobs = (await Promise.all(queues.map((q) => q.getJobs([...states], 0, -1)))).flat();
      return jobs.flatMap((j) =>
        (j.data as DecideBatchJob).comments.map((c) => DecideCommentJobSchema.parse(unpackDecideComment(c))),
      );
    },
    api,
    url: api.url,
    adminToken,
    get worker() {
      return worker;
    },
    fetch: (path, init) => fetch(`${api.url}${path}`, init),
    post: (path, body, headers = {}) =>
      fetch(`${api.url}${path}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify(body),
      }),
    async postComment(input = {}, headers = {}) {
      counter++;
      const res = await h.post(
        '/v1/comments',
        {
          articleId: 'test-article',
          author: { id: `reader-${counter}`, name: `Reader ${counter}` },
          body: `A perfectly ordinary comment about the article, number ${counter}.`,
          ...input,
        },
        headers,
      );
      if (res.status !== 202) throw new Error(`expected 202, got ${res.status}: ${await res.text()}`);
      const json = (await res.json()) as { id: string };
      return json.id;
    },
    async waitForDecision(id, timeoutMs = 15_000) {
      return vi.waitFor(
        async () => {
          const row = await db.selectFrom('comments').select('status').where('id', '=', id).executeTakeFirst();
          if (!row) throw new Error(`comment ${id} not decided yet`);
          return row.status as Exclude<CommentStatus, 'pending'>;
        },
        { timeout: timeoutMs, interval: 20 },
      );
    },
    async startWorker() {
      worker ??= await startWorker(config, { logger, serveMetrics: false });
      return worker;
    },
    async stopWorker() {
      await worker?.close();
      worker = undefined;
    },
    async startApiReplica() {
      const replica = await startApi(config, { logger, announceAdminToken: false });
      replicas.push(replica);
      return replica;
    },
    spawnWorker(extraEnv = {}) {
      const child = spawn(process.execPath, ['--import', 'tsx', workerMain], {
        env: { ...process.env, ...env, ...extraEnv },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      children.add(child);
      child.on('exit', () => children.delete(child));
      return child;
    },
    async close() {
      for (const child of children) child.kill('SIGKILL');
      await worker?.close();
      for (const replica of replicas) await replica.close();
      await api.close();
      await Promise.all(queues.map((q) => q.close()));
      // Partition prefixes (`{t…:0}`) start with the base prefix less its closing brace.
      await deleteKeys(redis, `${config.redis.prefix.slice(0, -1)}*`);
      await redis.quit();
      await db.destroy();
      await database.drop();
    },
  };
  return h;
}

async function deleteKeys(redis: RedisClient, pattern: string): Promise<void> {
  // On a cluster, every primary holds its own share of the keys; a node refuses a multi-key UNLINK across slots.
  const nodes = isCluster(redis) ? redis.nodes('master') : [redis];
  for (const node of nodes) {
    let cursor = '0';
    do {
      const [next, keys] = await node.scan(cursor, 'MATCH', pattern, 'COUNT', 1000);
      cursor = next;
      if (keys.length === 0) continue;
      if (isCluster(redis)) await Promise.all(keys.map((k) => node.unlink(k)));
      else await node.unlink(...keys);
    } while (cursor !== '0');
  }
}
