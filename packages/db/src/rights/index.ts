export * from './appeal-queue.js';
export * from './appeals.js';
export * from './author-view.js';
export * from './erase.js';
export * from './export.js';
export * from './retention.js';
