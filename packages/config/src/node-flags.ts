/**
 * V8 flags the worker runs with (`pnpm start:worker`, `pnpm start`, the bench). The rules engine allocates many
 * short-lived strings and arrays per comment; with V8's default young generation, scavenges took ~29% of the
 * engine's CPU profile. A 64 MB semi-space made the engine 30–50% faster on the bench corpus (5,700–6,100 →
 * 8,000–9,100 comments/s on one core of the CI machine) for at most 192 MB of address space reserved, not resident.
 * `package.json`'s `start:worker` spells the same flag (test/docker-compose.test.ts holds them together).
 */
export const WORKER_NODE_FLAGS: readonly string[] = ['--max-semi-space-size=64'];

/**
 * V8 flags the API runs with (`pnpm start:api`, `pnpm start`, the bench). Each request allocates its parsed body,
 * the queued job and the answer; with the default young generation a scavenge ran every few hundred requests. A
 * 32 MB semi-space took the ingest route from ~63 to ~58 µs of CPU per request in paired runs (16 MB: ~60;
 * 64 MB: no better than 32), for at most 96 MB of address space reserved.
 */
export const API_NODE_FLAGS: readonly string[] = ['--max-semi-space-size=32'];
