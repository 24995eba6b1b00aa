CREATE TYPE "public"."match_status" AS ENUM('new', 'shortlisted', 'dismissed');--> statement-breakpoint
CREATE TABLE "match_settings" (
	"version" serial PRIMARY KEY NOT NULL,
	"skill_weight" double precision NOT NULL,
	"experience_weight" double precision NOT NULL,
	"salary_weight" double precision NOT NULL,
	"location_weight" double precision NOT NULL,
	"min_score" double precision NOT NULL,
	"updated_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "matches" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"job_id" uuid NOT NULL,
	"candidate_id" uuid NOT NULL,
	"score" double precision NOT NULL,
	"skills_score" double precision NOT NULL,
	"experience_score" double precision NOT NULL,
	"salary_score" double precision NOT NULL,
	"location_score" double precision NOT NULL,
	"explanation" jsonb NOT NULL,
	"status" "match_status" DEFAULT 'new' NOT NULL,
	"status_by" uuid,
	"status_at" timestamp with time zone,
	"settings_version" integer DEFAULT 0 NOT NULL,
	"scored_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "candidate_duplicates" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"candidate_id" uuid NOT NULL,
	"duplicate_id" uuid NOT NULL,
	"reasons" text[] NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"resolved_by" uuid,
	"resolved_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "catalogue_changes" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"subject" text NOT NULL,
	"changed_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "search_cache" (
	"key" text PRIMARY KEY NOT NULL,
	"kind" text NOT NULL,
	"catalogue_stamp" text NOT NULL,
	"response" jsonb NOT NULL,
	"hits" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "match_settings" ADD CONSTRAINT "match_settings_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "matches" ADD CONSTRAINT "matches_job_id_jobs_id_fk" FOREIGN KEY ("job_id") REFERENCES "public"."jobs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "matches" ADD CONSTRAINT "matches_candidate_id_candidates_id_fk" FOREIGN KEY ("candidate_id") REFERENCES "public"."candidates"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "matches" ADD CONSTRAINT "matches_status_by_users_id_fk" FOREIGN KEY ("status_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "candidate_duplicates" ADD CONSTRAINT "candidate_duplicates_candidate_id_candidates_id_fk" FOREIGN KEY ("candidate_id") REFERENCES "public"."candidates"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "candidate_duplicates" ADD CONSTRAINT "candidate_duplicates_duplicate_id_candidates_id_fk" FOREIGN KEY ("duplicate_id") REFERENCES "public"."candidates"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "candidate_duplicates" ADD CONSTRAINT "candidate_duplicates_resolved_by_users_id_fk" FOREIGN KEY ("resolved_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "matches_pair_idx" ON "matches" USING btree ("job_id","candidate_id");--> statement-breakpoint
CREATE INDEX "matches_job_score_idx" ON "matches" USING btree ("job_id","score" DESC NULLS LAST,"id");--> statement-breakpoint
CREATE INDEX "matches_candidate_score_idx" ON "matches" USING btree ("candidate_id","score" DESC NULLS LAST,"id");--> statement-breakpoint
CREATE INDEX "matches_new_score_idx" ON "matches" USING btree ("score" DESC NULLS LAST,"id") WHERE status = 'new';--> statement-breakpoint
CREATE UNIQUE INDEX "candidate_duplicates_pair_idx" ON "candidate_duplicates" USING btree ("candidate_id","duplicate_id");--> statement-breakpoint
CREATE INDEX "candidate_duplicates_duplicate_idx" ON "candidate_duplicates" USING btree ("duplicate_id");--> statement-breakpoint
CREATE INDEX "catalogue_changes_subject_idx" ON "catalogue_changes" USING btree ("subject","id");--> statement-breakpoint
CREATE INDEX "catalogue_changes_changed_at_idx" ON "catalogue_changes" USING btree ("changed_at");--> statement-breakpoint
CREATE INDEX "search_cache_expires_idx" ON "search_cache" USING btree ("expires_at");