export * from './config.js';
export * from './lifecycle.js';
export * from './rate-limits.js';
