export { createApp } from './app.js';
export type { ApiDeps, AppEnv } from './context.js';
export { ProblemError } from './errors.js';
export { type ApiHandle, type StartApiOptions, startApi } from './server.js';
