export * from './cli-db.js';
export * from './stored-comments.js';
