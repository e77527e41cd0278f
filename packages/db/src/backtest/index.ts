export * from './cli-db.js';
export * from './site-backtest.js';
export * from './stored-comments.js';
