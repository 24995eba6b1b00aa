import { index, pgTable, text, timestamp } from "drizzle-orm/pg-core";

/** Inbound webhook events already applied, so a redelivery is a no-op. */
export const webhookEvents = pgTable(
  "webhook_events",
  {
    id: text("id").primaryKey(),
    provider: text("provider").notNull(),
    type: text("type").notNull(),
    receivedAt: timestamp("received_at", { withTimezone: true }).notNull().defaultNow(),
  },
  // Retention deletes by age.
  (t) => [index("webhook_events_received_idx").on(t.receivedAt)],
);
