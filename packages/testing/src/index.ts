export * from './browser.js';
export * from './databases.js';
export * from './fixtures.js';
export * from './harness.js';
export * from './postgres-server.js';
export * from './redis-cluster.js';
export * from './redis-server.js';
export * from './webhook-receiver.js';
