ALTER TABLE "job_source_links" ADD COLUMN "source_group_id" text;--> statement-breakpoint
CREATE INDEX "job_source_links_group_idx" ON "job_source_links" USING btree ("source_id","source_group_id");