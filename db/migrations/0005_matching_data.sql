CREATE TYPE "public"."job_origin" AS ENUM('synced', 'own');--> statement-breakpoint
CREATE TABLE "resumes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"owner_id" uuid,
	"candidate_id" uuid,
	"file_name" text NOT NULL,
	"media_type" text NOT NULL,
	"size_bytes" integer NOT NULL,
	"content" "bytea" NOT NULL,
	"text" text NOT NULL,
	"parsed" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"claimed_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "candidates" ALTER COLUMN "years_experience" SET DATA TYPE real;--> statement-breakpoint
ALTER TABLE "jobs" ADD COLUMN "skill_requirements" jsonb DEFAULT '[]'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "jobs" ADD COLUMN "experience_years_min" integer;--> statement-breakpoint
ALTER TABLE "jobs" ADD COLUMN "occupation_code" text;--> statement-breakpoint
ALTER TABLE "jobs" ADD COLUMN "origin" "job_origin" DEFAULT 'synced' NOT NULL;--> statement-breakpoint
ALTER TABLE "jobs" ADD COLUMN "created_by" uuid;--> statement-breakpoint
ALTER TABLE "candidates" ADD COLUMN "created_by" uuid;--> statement-breakpoint
ALTER TABLE "candidates" ADD COLUMN "first_name" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "candidates" ADD COLUMN "last_name" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "candidates" ADD COLUMN "phone" text;--> statement-breakpoint
ALTER TABLE "candidates" ADD COLUMN "phone_key" text;--> statement-breakpoint
ALTER TABLE "candidates" ADD COLUMN "summary" text;--> statement-breakpoint
ALTER TABLE "candidates" ADD COLUMN "city" text;--> statement-breakpoint
ALTER TABLE "candidates" ADD COLUMN "region" text;--> statement-breakpoint
ALTER TABLE "candidates" ADD COLUMN "skill_levels" jsonb DEFAULT '{}'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "candidates" ADD COLUMN "education" jsonb DEFAULT '[]'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "candidates" ADD COLUMN "languages" jsonb DEFAULT '[]'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "candidates" ADD COLUMN "salary_expectation" integer;--> statement-breakpoint
ALTER TABLE "candidates" ADD COLUMN "salary_currency" text;--> statement-breakpoint
ALTER TABLE "candidates" ADD COLUMN "available_from" date;--> statement-breakpoint
ALTER TABLE "candidates" ADD COLUMN "links" text[] DEFAULT '{}'::text[] NOT NULL;--> statement-breakpoint
ALTER TABLE "resumes" ADD CONSTRAINT "resumes_owner_id_users_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "resumes" ADD CONSTRAINT "resumes_candidate_id_candidates_id_fk" FOREIGN KEY ("candidate_id") REFERENCES "public"."candidates"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "resumes_candidate_idx" ON "resumes" USING btree ("candidate_id");--> statement-breakpoint
CREATE INDEX "resumes_owner_idx" ON "resumes" USING btree ("owner_id","created_at");--> statement-breakpoint
ALTER TABLE "jobs" ADD CONSTRAINT "jobs_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "candidates" ADD CONSTRAINT "candidates_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "candidates_phone_key_idx" ON "candidates" USING btree ("phone_key");--> statement-breakpoint
CREATE INDEX "candidates_skills_idx" ON "candidates" USING gin ("skills");--> statement-breakpoint
CREATE INDEX "candidates_updated_idx" ON "candidates" USING btree ("updated_at" DESC NULLS LAST,"id");--> statement-breakpoint
CREATE UNIQUE INDEX "candidates_user_idx" ON "candidates" USING btree ("user_id") WHERE "candidates"."user_id" is not null;