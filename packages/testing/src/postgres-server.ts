import { execFileSync, spawnSync } from 'node:child_process';
import { chownSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDb, ensureDatabase, migrateToLatest } from '@cm/db';
import { freePort } from './redis-server.js';

/** A throwaway Postgres cluster on its own port, for fault tests that stop and start the database. */
export interface ThrowawayPostgres {
  /** URL of a migrated `moderation` database on it. */
  url: string;
  port: number;
  /** Stop and start are no-ops when it is already stopped or running. */
  stop(): void;
  start(): void;
  destroy(): void;
}

function binDir(): string {
  const versions = readdirSync('/usr/lib/postgresql').sort();
  const latest = versions.at(-1);
  if (!latest) throw new Error('no Postgres installation under /usr/lib/postgresql');
  return `/usr/lib/postgresql/${latest}/bin`;
}

/** Postgres refuses to run as root: run its tools as the `postgres` user when we are root. */
function run(tool: string, args: string[]): void {
  const bin = join(binDir(), tool);
  const asRoot = process.getuid?.() === 0;
  const result = asRoot
    ? spawnSync('runuser', ['-u', 'postgres', '--', bin, ...args], { encoding: 'utf8' })
    : spawnSync(bin, args, { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`${tool} failed: ${result.stderr || result.stdout}`);
}

export async function throwawayPostgres(): Promise<ThrowawayPostgres> {
  const dir = mkdtempSync(join(tmpdir(), 'cm-pg-'));
  if (process.getuid?.() === 0) {
    const uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).trim());
    const gid = Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).trim());
    chownSync(dir, uid, gid);
  }
  const data = join(dir, 'data');
  run('initdb', ['-D', data, '-A', 'trust', '-U', 'postgres', '--no-sync', '-E', 'UTF8']);
  const port = await freePort();
  let running = false;
  const handle: ThrowawayPostgres = {
    url: `postgres://postgres@127.0.0.1:${port}/moderation`,
    port,
    start() {
      if (running) return;
      run('pg_ctl', [
        '-D',
        data,
        '-w',
        '-l',
        join(dir, 'log'),
        '-o',
        `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off`,
        'start',
      ]);
      running = true;
    },
    stop() {
      if (!running) return;
      run('pg_ctl', ['-D', data, '-w', '-m', 'fast', 'stop']);
      running = false;
    },
    destroy() {
      handle.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
  handle.start();
  await ensureDatabase(handle.url);
  const db = createDb({ url: handle.url, poolSize: 1 });
  await migrateToLatest(db);
  await db.destroy();
  return handle;
}
