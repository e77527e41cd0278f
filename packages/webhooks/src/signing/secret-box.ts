import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';

const SEALED = 'v1:';
const PLAIN = 'plain:';

/**
 * Keeps webhook signing secrets at rest. Unlike API tokens they cannot be hashed: we need them to sign.
 *
 * With `WEBHOOK_SECRETS_KEY` set, a secret is sealed with AES-256-GCM under a key derived from it (HKDF-SHA256),
 * bound to its endpoint id as associated data (a row's ciphertext copied onto another endpoint does not open).
 * A database dump alone then leaks no secret. Without the key (a laptop, the tests) secrets are stored as-is,
 * marked `plain:`; either way they are never logged and never returned after creation or rotation.
 * Rows of both kinds open, so setting the key later needs no migration (rotate to re-seal).
 */
export class SecretBox {
  private readonly key: Buffer | undefined;

  constructor(secretsKey: string | undefined) {
    this.key = secretsKey
      ? Buffer.from(hkdfSync('sha256', secretsKey, 'cm-webhooks', 'webhook-signing-secret', 32))
      : undefined;
  }

  /** True when secrets are encrypted at rest. */
  get encrypts(): boolean {
    return this.key !== undefined;
  }

  /** The stored form of `secret`, for the endpoint `endpointId`. */
  seal(endpointId: string, secret: string): string {
    if (!this.key) return `${PLAIN}${secret}`;
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.key, iv);
    cipher.setAAD(Buffer.from(endpointId));
    const ct = Buffer.concat([cipher.update(secret, 'utf8'), cipher.final()]);
    return `${SEALED}${Buffer.concat([iv, cipher.getAuthTag(), ct]).toString('base64url')}`;
  }

  /** The secret behind a stored value. Throws when it was sealed and the key is missing or wrong. */
  open(endpointId: string, stored: string): string {
    if (stored.startsWith(PLAIN)) return stored.slice(PLAIN.length);
    if (!stored.startsWith(SEALED)) throw new Error('unknown secret format');
    if (!this.key) throw new Error('this secret is encrypted: set WEBHOOK_SECRETS_KEY to the key it was sealed with');
    const raw = Buffer.from(stored.slice(SEALED.length), 'base64url');
    const decipher = createDecipheriv('aes-256-gcm', this.key, raw.subarray(0, 12));
    decipher.setAAD(Buffer.from(endpointId));
    decipher.setAuthTag(raw.subarray(12, 28));
    return Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString('utf8');
  }
}
