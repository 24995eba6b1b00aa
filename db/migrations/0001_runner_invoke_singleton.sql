ALTER TABLE "cron_schedules" DROP CONSTRAINT "cron_schedules_pkey";--> statement-breakpoint
ALTER TABLE "cron_schedules" ADD CONSTRAINT "cron_schedules_function_id_cron_pk" PRIMARY KEY("function_id","cron");--> statement-breakpoint
ALTER TABLE "background_runs" ADD COLUMN "singleton_key" text;--> statement-breakpoint
ALTER TABLE "background_runs" ADD COLUMN "disable_immediate_execution" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "background_runs" ADD COLUMN "parent_run_id" uuid;--> statement-breakpoint
ALTER TABLE "background_runs" ADD COLUMN "parent_step_id" text;--> statement-breakpoint
ALTER TABLE "background_runs" ADD COLUMN "lease_token" uuid;--> statement-breakpoint
CREATE INDEX "background_runs_concurrency_idx" ON "background_runs" USING btree ("concurrency_key","status");