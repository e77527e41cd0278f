/**
 * V8 flags the worker runs with (`pnpm start:worker`, `pnpm start`, the bench). The rules engine allocates many
 * short-lived strings and arrays per comment; with V8's default young generation, scavenges took a large share of
 * the engine's CPU. A 64 MB semi-space costs at most 192 MB of address space reserved, not resident.
 * `package.json`'s `start:worker` spells the same flag (test/docker-compose.test.ts holds them together).
 */
export const WORKER_NODE_FLAGS: readonly string[] = ['--max-semi-space-size=64'];

/**
 * V8 flags the API runs with (`pnpm start:api`, `pnpm start`, the bench). Each request allocates its parsed body,
 * the queued job and the answer; with the default young generation a scavenge ran every few hundred requests. A
 * 32 MB semi-space (a bigger one gains nothing more) costs at most 96 MB of address space reserved.
 */
export const API_NODE_FLAGS: readonly string[] = ['--max-semi-space-size=32'];
