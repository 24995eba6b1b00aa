CREATE INDEX "job_source_links_last_run_idx" ON "job_source_links" USING btree ("last_run_id");
--> statement-breakpoint
-- A job row (about 2.3 kB with its search vector) is over the 2 kB at which PostgreSQL tries to
-- compress it, and the search vector barely compresses: every insert paid for a pglz pass that
-- saved nothing. Rows up to a page are stored as they are.
ALTER TABLE "jobs" SET (toast_tuple_target = 8160);
--> statement-breakpoint
-- Raw pages are written once and read once or twice: lz4 compresses them several times faster
-- than the default pglz, where the server has it (PGlite does not; it keeps pglz).
DO $$ BEGIN
  ALTER TABLE "raw_pages" ALTER COLUMN "body" SET COMPRESSION lz4;
EXCEPTION WHEN feature_not_supported THEN NULL;
END $$;
--> statement-breakpoint
-- The full-text index gathers new entries in a pending list and merges them in bulk: 16 MB
-- instead of the default 4 MB halves what indexing a 100k-job load costs (each merge finds many
-- jobs per word). Searches scan what is still pending, so a sync merges the rest when it ends
-- (lib/jobs/search-index.ts).
ALTER INDEX "jobs_search_idx" SET (gin_pending_list_limit = 16384);
