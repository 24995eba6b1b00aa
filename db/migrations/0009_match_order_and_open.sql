DROP INDEX "matches_candidate_score_idx";--> statement-breakpoint
ALTER TABLE "matches" ADD COLUMN "rank_score" double precision;--> statement-breakpoint
ALTER TABLE "matches" ADD COLUMN "job_open" boolean DEFAULT true NOT NULL;--> statement-breakpoint
CREATE INDEX "matches_candidate_open_rank_idx" ON "matches" USING btree ("candidate_id","job_open","rank_score" DESC NULLS LAST,"score" DESC NULLS LAST,"id");