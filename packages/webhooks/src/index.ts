export { eventBody } from './delivery/body.js';
export { MAX_RETRY_AFTER_MS, nextRetryDelay, parseRetryAfter } from './delivery/retry-schedule.js';
export {
  type AttemptOutcome,
  type AttemptResult,
  EXCERPT_BYTES,
  type SenderOptions,
  type SignedRequest,
  WebhookSender,
} from './delivery/sender.js';
export { SecretBox } from './signing/secret-box.js';
export { generateSecret, type SignedHeaders, signPayload } from './signing/sign.js';
export {
  type AddressClass,
  type AddressPolicy,
  classifyAddress,
  ipLiteral,
  refusalFor,
} from './ssrf/address-policy.js';
export { AddressRefusedError, checkEndpointUrl, guardedLookup, type Resolver, systemResolver } from './ssrf/guard.js';
