export * from './comment.js';
export * from './events.js';
export * from './id.js';
export * from './policy.js';
export * from './queues.js';
export * from './reason.js';
export * from './rights.js';
