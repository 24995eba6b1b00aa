CREATE TABLE "outbox" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"data" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"dispatched_at" timestamp with time zone,
	"attempts" integer DEFAULT 0 NOT NULL,
	"last_error" text,
	"next_attempt_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "background_runs" ADD COLUMN "event_id" text;--> statement-breakpoint
ALTER TABLE "background_runs" ADD COLUMN "unsaved_claims" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "raw_pages" ADD COLUMN "paging" jsonb;--> statement-breakpoint
ALTER TABLE "sync_runs" ADD COLUMN "event_id" uuid;--> statement-breakpoint
CREATE INDEX "outbox_pending_idx" ON "outbox" USING btree ("next_attempt_at") WHERE dispatched_at is null;--> statement-breakpoint
CREATE INDEX "outbox_dispatched_idx" ON "outbox" USING btree ("dispatched_at") WHERE dispatched_at is not null;--> statement-breakpoint
CREATE UNIQUE INDEX "background_runs_event_idx" ON "background_runs" USING btree ("function_id","event_id") WHERE handler_kind = 'main' and event_id is not null;--> statement-breakpoint
CREATE INDEX "background_runs_unfinished_idx" ON "background_runs" USING btree ("status") WHERE status in ('queued', 'running', 'sleeping');--> statement-breakpoint
CREATE INDEX "background_runs_finished_idx" ON "background_runs" USING btree ("finished_at") WHERE finished_at is not null;--> statement-breakpoint
CREATE INDEX "raw_pages_fetched_idx" ON "raw_pages" USING btree ("fetched_at");--> statement-breakpoint
CREATE UNIQUE INDEX "sync_record_errors_record_idx" ON "sync_record_errors" USING btree ("run_id","raw_page_id","record_index");--> statement-breakpoint
CREATE INDEX "sync_record_errors_created_idx" ON "sync_record_errors" USING btree ("created_at");--> statement-breakpoint
CREATE INDEX "webhook_events_received_idx" ON "webhook_events" USING btree ("received_at");