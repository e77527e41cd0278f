export * from './config.js';
export * from './lifecycle.js';
export * from './metrics-token.js';
export * from './node-flags.js';
export * from './rate-limits.js';
export * from './redis.js';
