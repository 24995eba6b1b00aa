ALTER TABLE "jobs" ADD COLUMN "experience_years_min" integer;--> statement-breakpoint
ALTER TABLE "jobs" ADD COLUMN "skill_requirements" jsonb DEFAULT '[]'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "jobs" ADD COLUMN "occupation_code" text;