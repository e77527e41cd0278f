export * from './articles.js';
export * from './featured.js';
export * from './notes.js';
export * from './reports.js';
