export * from './audit/repository.js';
export * from './authors/repository.js';
export * from './comments/repository.js';
export * from './database.js';
export * from './migrator.js';
export type * from './schema/index.js';
export * from './sites/repository.js';
export * from './tokens/repository.js';
