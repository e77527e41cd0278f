import type { ColumnType, Generated } from 'kysely';

/** Events written in the same transaction as what caused them; a relay moves them to the delivery queue. */
export interface OutboxTable {
  id: string;
  site_id: string;
  type: string;
  payload: ColumnType<unknown, string, never>;
  created_at: Generated<Date>;
  relayed_at: Date | null;
  /** Set for an event meant for one webhook endpoint only (a test event); null fans out by subscription. */
  endpoint_id: string | null;
}
