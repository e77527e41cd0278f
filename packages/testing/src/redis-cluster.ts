import { execFile, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { Redis } from 'ioredis';
import { freePort, portIsFree } from './free-port.js';

/** One `redis-server --cluster-enabled yes` of a throwaway cluster. */
export interface ClusterNode {
  port: number;
  /** `127.0.0.1:<port>` */
  address: string;
  /** True while its process runs. */
  readonly running: boolean;
  /** SIGKILLs the process (a crash: no goodbye to the cluster) and waits for it to exit. */
  kill(): Promise<void>;
  /** Starts a killed node again on its port and cluster config (empty: the nodes keep no data on disk). */
  start(): Promise<void>;
}

/** A Redis Cluster on loopback: six nodes (three primaries, a replica each), each with its own port and directory. */
export interface ThrowawayCluster {
  nodes: ClusterNode[];
  /** The seed list, as `REDIS_CLUSTER_NODES` takes it. */
  seeds: string;
  /** The primary that serves `key`'s slot now, as a live node sees the cluster. */
  primaryOf(key: string): Promise<ClusterNode>;
  /** The live primaries and the slots each serves, as a live node sees the cluster. */
  primaries(): Promise<{ node: ClusterNode; slots: [number, number][] }[]>;
  /** The replicas of a primary. */
  replicasOf(primary: ClusterNode): Promise<ClusterNode[]>;
  /** Waits until every live node reports `cluster_state:ok` and every slot is served by a live primary. */
  waitUntilHealthy(timeoutMs?: number): Promise<void>;
  /** Kills every node and deletes their directories. */
  stop(): Promise<void>;
}

export interface ThrowawayClusterOptions {
  /** `cluster-node-timeout`: how long a silent primary has before its replica takes over (default 2,000 ms). */
  nodeTimeoutMs?: number;
  /** `cluster-require-full-coverage` (default true): false keeps the other slots served when one is lost. */
  requireFullCoverage?: boolean;
}

const run = promisify(execFile);

/** Starts six nodes, joins them with `redis-cli --cluster create … --cluster-replicas 1`, and waits until healthy. */
export async function throwawayCluster(opts: ThrowawayClusterOptions = {}): Promise<ThrowawayCluster> {
  const dir = mkdtempSync(join(tmpdir(), 'cm-redis-cluster-'));
  const nodes: ClusterNode[] = [];
  const ports = await distinctFreePorts(6);
  const ask = async <T>(node: ClusterNode, fn: (r: Redis) => Promise<T>): Promise<T> => {
    const r = new Redis(node.port, '127.0.0.1', {
      lazyConnect: true,
      maxRetriesPerRequest: 0,
      retryStrategy: () => null,
    });
    r.on('error', () => undefined);
    try {
      await r.connect();
      return await fn(r);
    } finally {
      r.disconnect();
    }
  };
  for (const port of ports) {
    const args = [
      '--port',
      String(port),
      '--bind',
      '127.0.0.1',
      '--cluster-enabled',
      'yes',
      '--cluster-config-file',
      `nodes-${port}.conf`,
      '--cluster-node-timeout',
      String(opts.nodeTimeoutMs ?? 2_000),
      '--cluster-require-full-coverage',
      opts.requireFullCoverage === false ? 'no' : 'yes',
      '--dir',
      dir,
      '--save',
      '',
      '--appendonly',
      'no',
      '--maxmemory-policy',
      'noeviction',
    ];
    let proc = spawn('redis-server', args, { stdio: 'ignore' });
    const node: ClusterNode = {
      port,
      address: `127.0.0.1:${port}`,
      get running() {
        return proc.exitCode === null && proc.signalCode === null;
      },
      async kill() {
        if (!node.running) return;
        const exited = new Promise<void>((resolve) => proc.once('exit', () => resolve()));
        proc.kill('SIGKILL');
        await exited;
      },
      async start() {
        if (node.running) return;
        proc = spawn('redis-server', args, { stdio: 'ignore' });
        await waitUntil(() => ask(node, (r) => r.ping()), 10_000);
      },
    };
    nodes.push(node);
  }
  const stop = async () => {
    await Promise.all(nodes.map((n) => n.kill()));
    rmSync(dir, { recursive: true, force: true });
  };

  const byAddress = (address: string) => nodes.find((n) => n.address === address.split('@')[0]);
  /** `CLUSTER NODES` of the first live node that answers. */
  const clusterNodes = async () => {
    for (const node of nodes.filter((n) => n.running)) {
      const text = await ask(node, (r) => r.call('CLUSTER', 'NODES') as Promise<string>).catch(() => undefined);
      if (text) return parseClusterNodes(text);
    }
    throw new Error('no live cluster node answers');
  };

  const handle: ThrowawayCluster = {
    nodes,
    seeds: nodes.map((n) => n.address).join(','),
    async primaries() {
      const entries = await clusterNodes();
      return entries
        .filter((e) => e.flags.includes('master') && !e.flags.includes('fail') && e.slots.length > 0)
        .flatMap((e) => {
          const node = byAddress(e.address);
          return node?.running ? [{ node, slots: e.slots }] : [];
        });
    },
    async primaryOf(key) {
      const live = nodes.find((n) => n.running);
      if (!live) throw new Error('no live cluster node');
      const slot = await ask(live, (r) => r.call('CLUSTER', 'KEYSLOT', key) as Promise<number>);
      const owner = (await handle.primaries()).find((p) => p.slots.some(([a, b]) => slot >= a && slot <= b));
      if (!owner) throw new Error(`no live primary serves slot ${slot} (${key})`);
      return owner.node;
    },
    async replicasOf(primary) {
      const entries = await clusterNodes();
      const id = entries.find((e) => byAddress(e.address) === primary)?.id;
      return entries.flatMap((e) => {
        const node = e.master === id ? byAddress(e.address) : undefined;
        return node ? [node] : [];
      });
    },
    async waitUntilHealthy(timeoutMs = 30_000) {
      await waitUntil(async () => {
        for (const node of nodes.filter((n) => n.running)) {
          const info = await ask(node, (r) => r.call('CLUSTER', 'INFO') as Promise<string>);
          if (!info.includes('cluster_state:ok')) throw new Error(`${node.address}: cluster not ok`);
        }
        const served = (await handle.primaries()).reduce(
          (n, p) => n + p.slots.reduce((m, [a, b]) => m + b - a + 1, 0),
          0,
        );
        if (served !== 16_384) throw new Error(`${served} of 16384 slots served by live primaries`);
      }, timeoutMs);
    },
    stop,
  };

  try {
    await waitUntil(() => Promise.all(nodes.map((n) => ask(n, (r) => r.ping()))), 10_000);
    await run('redis-cli', [
      '--cluster',
      'create',
      ...nodes.map((n) => n.address),
      '--cluster-replicas',
      '1',
      '--cluster-yes',
    ]);
    await handle.waitUntilHealthy();
    // A replica that has not synced with its primary yet would not be promoted when the primary dies.
    await waitUntil(async () => {
      const entries = await clusterNodes();
      for (const e of entries.filter((x) => x.flags.includes('slave'))) {
        const node = byAddress(e.address);
        if (!node) continue;
        const info = await ask(node, (r) => r.info('replication'));
        if (!info.includes('master_link_status:up')) throw new Error(`${node.address}: replica not in sync`);
      }
      if (entries.filter((x) => x.flags.includes('slave')).length !== 3) throw new Error('replicas not attached');
    }, 30_000);
  } catch (err) {
    await stop();
    throw err;
  }
  return handle;
}

interface ClusterNodesEntry {
  id: string;
  address: string;
  flags: string[];
  /** The primary's id for a replica, '-' for a primary. */
  master: string;
  slots: [number, number][];
}

/** Parses `CLUSTER NODES`: `<id> <ip:port@cport> <flags> <master> <ping> <pong> <epoch> <link> <slot ranges…>`. */
function parseClusterNodes(text: string): ClusterNodesEntry[] {
  return text
    .trim()
    .split('\n')
    .map((line) => {
      const [id = '', address = '', flags = '', master = '', , , , , ...ranges] = line.trim().split(' ');
      const slots = ranges
        .filter((r) => !r.startsWith('['))
        .map((r): [number, number] => {
          const [a, b] = r.split('-').map(Number);
          return [a ?? 0, b ?? a ?? 0];
        });
      return { id, address, flags: flags.split(','), master, slots };
    });
}

/** Retries `fn` until it resolves (every 50 ms), failing with its last error after `timeoutMs`. */
async function waitUntil<T>(fn: () => Promise<T>, timeoutMs: number): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      return await fn();
    } catch (err) {
      if (Date.now() > deadline) throw err;
      await new Promise((r) => setTimeout(r, 50));
    }
  }
}

/** `n` free ports, none repeated (the OS may hand the same free port out twice in a row). */
async function distinctFreePorts(n: number): Promise<number[]> {
  const ports = new Set<number>();
  // A cluster node also listens on its port + 10000 (the cluster bus): keep both ends in range.
  while (ports.size < n) {
    const p = await freePort();
    if (p + 10_000 <= 65_535 && (await portIsFree(p + 10_000))) ports.add(p);
  }
  return [...ports];
}
