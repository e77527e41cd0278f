import type { ColumnType } from 'kysely';

/** The delivery log: one row per attempt to post an event to an endpoint. */
export interface WebhookDeliveriesTable {
  id: string;
  endpoint_id: string;
  event_id: string;
  event_type: string;
  trigger: 'event' | 'test' | 'redeliver';
  /** 1 for the first attempt of a job; a redelivery starts again at 1. */
  attempt: number;
  outcome: 'succeeded' | 'failed' | 'gone' | 'refused' | 'skipped';
  status_code: number | null;
  latency_ms: number | null;
  error: string | null;
  response_excerpt: string | null;
  /** When the next attempt is due, if there will be one. */
  next_attempt_at: ColumnType<Date | null, Date | string | null | undefined, never>;
  /** When the attempt started. */
  attempted_at: ColumnType<Date, Date | string | undefined, never>;
}
