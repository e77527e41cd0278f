import type { ColumnType, Generated } from 'kysely';

/** An editor's endpoint: where a site's events are posted, signed with its secret. */
export interface WebhookEndpointsTable {
  id: string;
  site_id: string;
  url: string;
  description: string | null;
  /** Subscribed event types (`comment.flagged`, …). */
  events: string[];
  /** Sealed (see `SecretBox` in @cm/webhooks): `v1:…` encrypted, or `plain:whsec_…`. */
  secret: string;
  previous_secret: string | null;
  previous_secret_expires_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
  disabled_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
  disabled_reason: string | null;
  failing_since: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
  created_at: Generated<Date>;
  updated_at: ColumnType<Date, Date | string | undefined, Date | string>;
}
