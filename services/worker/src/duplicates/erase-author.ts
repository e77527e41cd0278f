import { isCluster, type RedisClient } from '@cm/config';
import type { Redis } from 'ioredis';

/**
 * Drops an author's entries from a site's duplicate index: in every bucket hash of the site, the `m:<handle>`
 * fields whose member (`receivedAt|id|author|exact`) names the author, and the `s:<handle>` signatures beside
 * them. Handles still listed under the hash and band fields then point at nothing, which the check script skips.
 * Walks the buckets with SCAN and each bucket with HSCAN, so no call blocks Redis for long. Returns how many
 * entries were dropped.
 */
export async function eraseAuthorFromDuplicateIndex(
  redis: RedisClient,
  prefix: string,
  siteId: string,
  authorKey: string,
): Promise<number> {
  // SCAN walks one node: on a cluster, every primary (the index's keys share one slot, but which is not assumed).
  const nodes: Redis[] = isCluster(redis) ? redis.nodes('master') : [redis];
  let dropped = 0;
  for (const node of nodes) dropped += await eraseOnNode(redis, node, prefix, siteId, authorKey);
  return dropped;
}

async function eraseOnNode(
  redis: RedisClient,
  node: Redis,
  prefix: string,
  siteId: string,
  authorKey: string,
): Promise<number> {
  let dropped = 0;
  let cursor = '0';
  // The site's own buckets (`…:dup<version>:<site>:<bucket ms>:<bucket>`), not those of a site named `<site>:x`.
  const pattern = `${prefix}:dup*:${siteId}:*`;
  const tail = /^\d+:-?\d+$/;
  do {
    const [next, keys] = await node.scan(cursor, 'MATCH', pattern, 'COUNT', 500);
    cursor = next;
    for (const key of keys) {
      const rest = key.slice(key.indexOf(`:${siteId}:`, prefix.length) + siteId.length + 2);
      if (tail.test(rest)) dropped += await eraseFromBucket(redis, key, authorKey);
    }
  } while (cursor !== '0');
  return dropped;
}

async function eraseFromBucket(redis: RedisClient, key: string, authorKey: string): Promise<number> {
  let dropped = 0;
  let cursor = '0';
  do {
    const [next, flat] = await redis.hscan(key, cursor, 'MATCH', 'm:*', 'COUNT', 1000);
    cursor = next;
    const fields: string[] = [];
    for (let i = 0; i + 1 < flat.length; i += 2) {
      const field = flat[i] as string;
      const author = (flat[i + 1] as string).split('|')[2];
      if (author === authorKey) fields.push(field, `s:${field.slice(2)}`);
    }
    if (fields.length > 0) {
      await redis.hdel(key, ...fields);
      dropped += fields.length / 2;
    }
  } while (cursor !== '0');
  return dropped;
}
