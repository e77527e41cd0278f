import { Cluster, Redis, type RedisOptions } from 'ioredis';
import type { RedisConfig } from './config.js';

/** A single Redis or a Redis Cluster: every service builds its connections with `createRedis`. */
export type RedisClient = Redis | Cluster;

export interface RedisClientOptions {
  /**
   * `fail-fast`: no offline queue and one retry, so a request fails at once while Redis is away (the API);
   * `blocking`: retries forever, as BullMQ's workers need (`maxRetriesPerRequest: null`);
   * `default`: a few retries (the worker's other connections).
   */
  mode?: 'fail-fast' | 'blocking' | 'default';
  /** Called with each connection error (a client without a listener would print them). */
  onError?: (err: Error) => void;
}

/**
 * A connection as `config` says: ioredis' `Cluster` over the seed nodes of `REDIS_CLUSTER_NODES` (it follows
 * MOVED/ASK redirections and finds the promoted replica after a failover), else a plain client on `REDIS_URL`.
 */
export function createRedis(config: RedisConfig, opts: RedisClientOptions = {}): RedisClient {
  const mode = opts.mode ?? 'default';
  const options: RedisOptions =
    mode === 'fail-fast'
      ? { maxRetriesPerRequest: 1, commandTimeout: 3_000, retryStrategy: (times) => Math.min(times * 200, 2_000) }
      : mode === 'blocking'
        ? { maxRetriesPerRequest: null }
        : { maxRetriesPerRequest: 3 };
  let client: RedisClient;
  if (config.clusterNodes) {
    client = new Cluster(config.clusterNodes, {
      redisOptions: mode === 'fail-fast' ? { ...options, retryStrategy: null } : options,
      // Commands wait while the client (re)loads the slot map, which it does after any node's connection drops;
      // a fail-fast command still gives up after its `commandTimeout` once sent.
      enableOfflineQueue: true,
      // A failover takes the cluster's node timeout: retry a redirected or refused command meanwhile.
      retryDelayOnFailover: 200,
      retryDelayOnClusterDown: 200,
      retryDelayOnTryAgain: 200,
      // Reconnect to the seeds forever (the API and worker outlive a whole-cluster restart).
      clusterRetryStrategy: (times) => Math.min(times * 200, 2_000),
      slotsRefreshTimeout: 2_000,
      // BullMQ and the admission script call EVALSHA; the Lua scripts are loaded on each node as needed.
      scaleReads: 'master',
    });
  } else {
    client = new Redis(config.url, { ...options, enableOfflineQueue: mode !== 'fail-fast' });
  }
  if (opts.onError) client.on('error', opts.onError);
  return client;
}

/** True when the client is a cluster client (type guard for the calls that differ, e.g. SCAN per node). */
export const isCluster = (client: RedisClient): client is Cluster => client.isCluster;
