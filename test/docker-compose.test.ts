import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { loadConfig } from '../packages/config/src/config.js';
import { API_NODE_FLAGS, WORKER_NODE_FLAGS } from '../packages/config/src/node-flags.js';

interface Service {
  image?: string;
  build?: unknown;
  command?: string[];
  environment?: Record<string, string>;
  depends_on?: Record<string, { condition: string }>;
  healthcheck?: { test: string[] };
  ports?: string[];
}
const root = new URL('../', import.meta.url);
const compose = parse(readFileSync(new URL('docker-compose.yml', root), 'utf8'), { merge: true }) as {
  services: Record<string, Service>;
};
const pkg = JSON.parse(readFileSync(new URL('package.json', root), 'utf8')) as { scripts: Record<string, string> };
const configSource = readFileSync(new URL('packages/config/src/config.ts', root), 'utf8');

describe('docker-compose.yml', () => {
  const s = compose.services;

  it('runs postgres, redis, a migration step, the api and the worker', () => {
    expect(Object.keys(s).sort()).toEqual(['api', 'migrate', 'postgres', 'redis', 'worker']);
  });

  it('keeps Redis append-only with noeviction, as BullMQ needs', () => {
    const cmd = s.redis?.command?.join(' ') ?? '';
    expect(cmd).toMatch(/--appendonly yes/);
    expect(cmd).toMatch(/--maxmemory-policy noeviction/);
  });

  it('starts the services with the package scripts that exist', () => {
    for (const [name, script] of [
      ['migrate', 'db:migrate'],
      ['api', 'start:api'],
      ['worker', 'start:worker'],
    ] as const) {
      expect(s[name]?.command).toEqual(['pnpm', script]);
      expect(pkg.scripts[script]).toBeDefined();
    }
  });

  it('starts the api and the worker with the V8 flags that `pnpm start` and the bench use', () => {
    for (const [script, flags] of [
      ['start:api', API_NODE_FLAGS],
      ['start:worker', WORKER_NODE_FLAGS],
    ] as const) {
      expect(flags.length).toBeGreaterThan(0);
      expect(pkg.scripts[script]).toMatch(new RegExp(`(^|&& )node ${flags.join(' ')} `));
    }
  });

  it('runs the worker from its bundle, built right before', () => {
    expect(pkg.scripts['start:worker']).toMatch(/^pnpm build:worker && node .* services\/worker\/dist\/main\.mjs$/);
    expect(pkg.scripts['build:worker']).toBeDefined();
  });

  it('migrates before the api and worker start, and health-checks everything', () => {
    for (const name of ['api', 'worker']) {
      expect(s[name]?.depends_on?.migrate?.condition).toBe('service_completed_successfully');
      expect(s[name]?.healthcheck?.test.join(' ')).toMatch(/readyz|healthz/);
    }
    for (const name of ['postgres', 'redis']) expect(s[name]?.healthcheck).toBeDefined();
  });

  it('builds the app image for every app service, so none has to be pulled', () => {
    for (const name of ['migrate', 'api', 'worker']) {
      expect(s[name]?.build, name).toBe('.');
      expect(s[name]?.image, name).toBe(s.migrate?.image);
    }
  });

  it('can scale the worker: no fixed container name or host port', () => {
    expect(s.worker?.ports).toBeUndefined();
    expect(JSON.stringify(s.worker)).not.toMatch(/container_name/);
  });

  it('only sets environment variables the config schema reads, with a hash-tagged prefix', () => {
    for (const name of ['api', 'worker', 'migrate']) {
      for (const key of Object.keys(s[name]?.environment ?? {})) {
        expect(configSource, `${name}: ${key}`).toMatch(new RegExp(`\\b${key}:`));
      }
    }
    expect(s.worker?.environment?.REDIS_PREFIX).toMatch(/^\{.+\}$/);
  });

  it('gives the app services an environment their config loads from a shell that sets nothing', () => {
    for (const name of ['api', 'worker', 'migrate']) {
      const env = Object.fromEntries(
        Object.entries(s[name]?.environment ?? {}).map(([k, v]) => [k, interpolate(String(v), {})]),
      );
      expect(() => loadConfig(env), name).not.toThrow();
      expect(loadConfig(env).env, name).toBe('production');
    }
    // And from one that sets the variables compose passes through.
    const api = Object.entries(s.api?.environment ?? {}).map(([k, v]) => [
      k,
      interpolate(String(v), { ADMIN_TOKEN: 'a-token-of-sixteen-or-more', PUBLIC_URL: 'https://comments.example' }),
    ]);
    const config = loadConfig(Object.fromEntries(api));
    expect(config.adminToken).toBe('a-token-of-sixteen-or-more');
    expect(config.http.publicUrl).toBe('https://comments.example');
  });
});

/** Compose's interpolation of `${VAR}`, `${VAR:-default}` and `${VAR-default}` against a shell environment. */
function interpolate(value: string, shell: Record<string, string>): string {
  return value.replace(/\$\{(\w+)(?:(:?-)([^}]*))?\}/g, (_, name: string, op: string | undefined, fallback = '') => {
    const v = shell[name];
    if (op === ':-') return v === undefined || v === '' ? fallback : v;
    if (op === '-') return v === undefined ? fallback : v;
    return v ?? '';
  });
}
