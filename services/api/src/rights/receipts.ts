import { createHash, createHmac, randomBytes, randomFillSync, timingSafeEqual } from 'node:crypto';
import type { RedisClient } from '@cm/config';

/** 16 bytes: 128 bits from the CSPRNG, 22 characters of base64url. */
const RECEIPT_BYTES = 16;
/** Receipts drawn from the OS this many at a time: one `randomFillSync` per 256 comments, not one per comment. */
const POOL_RECEIPTS = 256;

/**
 * Hands out comment receipts: the secret an author holds to read why their comment is not published and to
 * appeal. Only its SHA-256 travels with the queued comment and is stored. A comment sent with an
 * `Idempotency-Key` gets a receipt derived from that key and the request (an HMAC under a key the API replicas
 * share in Redis), so a replay, answered with the first request's comment id, carries the same receipt.
 */
export class ReceiptIssuer {
  private readonly pool = Buffer.allocUnsafe(RECEIPT_BYTES * POOL_RECEIPTS);
  private cursor = POOL_RECEIPTS;
  private key: Promise<Buffer> | undefined;

  constructor(
    private readonly redis: RedisClient,
    private readonly prefix: string,
  ) {}

  /** A fresh receipt and its hash (hex, as the queue carries it). */
  issue(): { receipt: string; hash: string } {
    if (this.cursor === POOL_RECEIPTS) {
      randomFillSync(this.pool);
      this.cursor = 0;
    }
    const start = this.cursor++ * RECEIPT_BYTES;
    const receipt = this.pool.toString('base64url', start, start + RECEIPT_BYTES);
    return { receipt, hash: receiptHashHex(receipt) };
  }

  /** The receipt of an idempotent request: the same for every replay of it. */
  async derive(
    siteId: string,
    idempotencyKey: string,
    fingerprint: string,
  ): Promise<{ receipt: string; hash: string }> {
    const key = await this.sharedKey();
    const receipt = createHmac('sha256', key)
      .update(`${siteId}\n${idempotencyKey}\n${fingerprint}`)
      .digest()
      .subarray(0, RECEIPT_BYTES)
      .toString('base64url');
    return { receipt, hash: receiptHashHex(receipt) };
  }

  /** The replicas' shared key: the first replica to ask creates it. Kept while a read of it has not failed. */
  private sharedKey(): Promise<Buffer> {
    this.key ??= (async () => {
      const name = `${this.prefix}:receipt-key`;
      await this.redis.set(name, randomBytes(32).toString('base64'), 'NX');
      const value = await this.redis.get(name);
      if (!value) throw new Error('the receipt key is missing from Redis');
      return Buffer.from(value, 'base64');
    })().catch((err: unknown) => {
      this.key = undefined;
      throw err;
    });
    return this.key;
  }
}

const receiptHashHex = (receipt: string): string => createHash('sha256').update(receipt).digest('hex');

const NO_HASH = Buffer.alloc(32);

/**
 * True when the receipt sent is the comment's. Compared in constant time, and a comment without a stored hash
 * (or a missing receipt) costs the same comparison, against zeros.
 */
export function receiptMatches(sent: string | undefined, stored: Buffer | null): boolean {
  const hash = createHash('sha256')
    .update(sent ?? '')
    .digest();
  const against = stored?.length === 32 ? stored : NO_HASH;
  return timingSafeEqual(hash, against) && sent !== undefined && stored !== null;
}
