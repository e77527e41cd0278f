export { Batcher } from './decide/batcher.js';
export { RedisDuplicateIndex } from './duplicates/redis-duplicate-index.js';
export { type StartWorkerOptions, startWorker, type WorkerHandle } from './server.js';
export * from './webhooks/index.js';
