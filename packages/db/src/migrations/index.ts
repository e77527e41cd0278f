import type { Migration } from 'kysely';
import * as initial from './2026-11-25T1200-initial.js';
import * as webhooks from './2026-11-25T1500-webhooks.js';
import * as commentsReceivedIdx from './2026-11-25T1700-comments-received-idx.js';
import * as queueAllSitesIdx from './2026-11-25T1800-queue-all-sites-idx.js';
import * as community from './2026-12-03T1000-community.js';
import * as rights from './2026-12-03T1100-rights.js';

/**
 * Every migration, by name. Names sort in the order they run: add the next one below with a later timestamp.
 * Static imports (rather than a folder scan) keep this working the same under tsx, bundlers and tests.
 */
export const migrations: Record<string, Migration> = {
  '2026-11-25T1200-initial': initial,
  '2026-11-25T1500-webhooks': webhooks,
  '2026-11-25T1700-comments-received-idx': commentsReceivedIdx,
  '2026-11-25T1800-queue-all-sites-idx': queueAllSitesIdx,
  '2026-12-03T1000-community': community,
  '2026-12-03T1100-rights': rights,
};
