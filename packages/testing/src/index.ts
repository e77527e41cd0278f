export * from './databases.js';
export * from './harness.js';
export * from './redis-server.js';
