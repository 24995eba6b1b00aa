CREATE TYPE "public"."employment_type" AS ENUM('full_time', 'part_time', 'contract', 'temporary', 'internship', 'other');--> statement-breakpoint
CREATE TYPE "public"."seniority_level" AS ENUM('intern', 'junior', 'mid', 'senior', 'lead', 'executive');--> statement-breakpoint
CREATE TYPE "public"."source_type" AS ENUM('adzuna', 'jsearch', 'hh', 'greenhouse', 'lever', 'lamoda');--> statement-breakpoint
CREATE TABLE "app_flags" (
	"name" text PRIMARY KEY NOT NULL,
	"set_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "login_failures" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"email" text NOT NULL,
	"address" text NOT NULL,
	"failed_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
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
DROP INDEX "jobs_status_posted_idx";--> statement-breakpoint
ALTER TABLE "jobs" ALTER COLUMN "employment_type" SET DATA TYPE "public"."employment_type" USING "employment_type"::"public"."employment_type";--> statement-breakpoint
ALTER TABLE "jobs" ALTER COLUMN "level" SET DATA TYPE "public"."seniority_level" USING "level"::"public"."seniority_level";--> statement-breakpoint
ALTER TABLE "job_sources" ALTER COLUMN "type" SET DATA TYPE "public"."source_type" USING "type"::"public"."source_type";--> statement-breakpoint
ALTER TABLE "api_keys" ADD COLUMN "expires_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "background_runs" ADD COLUMN "event_id" text;--> statement-breakpoint
ALTER TABLE "background_runs" ADD COLUMN "unsaved_claims" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "raw_pages" ADD COLUMN "paging" jsonb;--> statement-breakpoint
ALTER TABLE "sync_runs" ADD COLUMN "event_id" uuid;--> statement-breakpoint
CREATE INDEX "login_failures_email_idx" ON "login_failures" USING btree ("email","failed_at");--> statement-breakpoint
CREATE INDEX "login_failures_address_idx" ON "login_failures" USING btree ("address","failed_at");--> statement-breakpoint
CREATE INDEX "login_failures_failed_at_idx" ON "login_failures" USING btree ("failed_at");--> statement-breakpoint
CREATE INDEX "outbox_pending_idx" ON "outbox" USING btree ("next_attempt_at") WHERE dispatched_at is null;--> statement-breakpoint
CREATE INDEX "outbox_dispatched_idx" ON "outbox" USING btree ("dispatched_at") WHERE dispatched_at is not null;--> statement-breakpoint
CREATE INDEX "jobs_location_trgm_idx" ON "jobs" USING gin ((coalesce("location_display", '') || ' ' || coalesce("city", '') || ' ' || coalesce("region", '')) gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "jobs_level_type_posted_idx" ON "jobs" USING btree ("level","employment_type","status","posted_at" DESC NULLS LAST,"id" DESC NULLS LAST,"location_display","city","region");--> statement-breakpoint
CREATE INDEX "jobs_employment_type_idx" ON "jobs" USING btree ("employment_type");--> statement-breakpoint
CREATE INDEX "jobs_remote_idx" ON "jobs" USING btree ("posted_at" DESC NULLS LAST,"id" DESC NULLS LAST) WHERE remote;--> statement-breakpoint
CREATE INDEX "jobs_internship_idx" ON "jobs" USING btree ("posted_at" DESC NULLS LAST,"id" DESC NULLS LAST) WHERE internship;--> statement-breakpoint
CREATE INDEX "jobs_salary_top_idx" ON "jobs" USING btree (coalesce("salary_max", "salary_min"));--> statement-breakpoint
CREATE INDEX "jobs_salary_bottom_idx" ON "jobs" USING btree (coalesce("salary_min", "salary_max"));--> statement-breakpoint
CREATE UNIQUE INDEX "background_runs_event_idx" ON "background_runs" USING btree ("function_id","event_id") WHERE handler_kind = 'main' and event_id is not null;--> statement-breakpoint
CREATE INDEX "background_runs_unfinished_idx" ON "background_runs" USING btree ("status") WHERE status in ('queued', 'running', 'sleeping');--> statement-breakpoint
CREATE INDEX "background_runs_finished_idx" ON "background_runs" USING btree ("finished_at") WHERE finished_at is not null;--> statement-breakpoint
CREATE INDEX "raw_pages_fetched_idx" ON "raw_pages" USING btree ("fetched_at");--> statement-breakpoint
CREATE UNIQUE INDEX "sync_record_errors_record_idx" ON "sync_record_errors" USING btree ("run_id","raw_page_id","record_index");--> statement-breakpoint
CREATE INDEX "sync_record_errors_created_idx" ON "sync_record_errors" USING btree ("created_at");--> statement-breakpoint
CREATE INDEX "webhook_events_received_idx" ON "webhook_events" USING btree ("received_at");--> statement-breakpoint
CREATE INDEX "jobs_status_posted_idx" ON "jobs" USING btree ("status","posted_at" DESC NULLS LAST,"id" DESC NULLS LAST);