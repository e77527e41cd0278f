/**
 * V8 flags the worker runs with (`pnpm start:worker`, `pnpm start`, the bench). The rules engine allocates many
 * short-lived strings and arrays per comment; with V8's default young generation, scavenges took ~29% of the
 * engine's CPU profile. A 64 MB semi-space made the engine 30–50% faster on the bench corpus (5,700–6,100 →
 * 8,000–9,100 comments/s on one core of the CI machine) for at most 192 MB of address space reserved, not resident.
 * `package.json`'s `start:worker` spells the same flag.
 */
export const WORKER_NODE_FLAGS: readonly string[] = ['--max-semi-space-size=64'];
