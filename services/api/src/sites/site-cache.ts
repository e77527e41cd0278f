import { type Db, listSites, type SiteRow } from '@cm/db';
import type { Logger } from 'pino';

/**
 * The sites table, held in memory and refreshed in the background, so that the ingest path never waits on
 * Postgres. A site created or changed through the admin API is seen here within `refreshMs` (or at once
 * through `refresh()` on the replica that made the change).
 */
export class SiteCache {
  private sites = new Map<string, SiteRow>();
  private loaded = false;
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly db: Db,
    private readonly logger: Logger,
    private readonly refreshMs = 5_000,
  ) {}

  async start(): Promise<void> {
    await this.refresh().catch((err) => this.logger.warn({ err }, 'site cache: first load failed, will retry'));
    this.timer = setInterval(() => {
      this.refresh().catch((err) => this.logger.warn({ err }, 'site cache: refresh failed'));
    }, this.refreshMs);
    this.timer.unref();
  }

  stop(): void {
    clearInterval(this.timer);
  }

  async refresh(): Promise<void> {
    const rows = await listSites(this.db);
    this.sites = new Map(rows.map((s) => [s.id, s]));
    this.loaded = true;
  }

  /** False until the first load succeeded: until then we cannot tell a real site from a typo. */
  get ready(): boolean {
    return this.loaded;
  }

  get(id: string): SiteRow | undefined {
    return this.sites.get(id);
  }

  all(): SiteRow[] {
    return [...this.sites.values()];
  }
}
