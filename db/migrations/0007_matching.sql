ALTER TABLE "match_settings" ALTER COLUMN "skill_weight" SET DATA TYPE double precision;--> statement-breakpoint
ALTER TABLE "match_settings" ALTER COLUMN "experience_weight" SET DATA TYPE double precision;--> statement-breakpoint
ALTER TABLE "match_settings" ALTER COLUMN "salary_weight" SET DATA TYPE double precision;--> statement-breakpoint
ALTER TABLE "match_settings" ALTER COLUMN "location_weight" SET DATA TYPE double precision;--> statement-breakpoint
ALTER TABLE "match_settings" ALTER COLUMN "min_score" SET DATA TYPE double precision;--> statement-breakpoint
ALTER TABLE "matches" ALTER COLUMN "score" SET DATA TYPE double precision;--> statement-breakpoint
ALTER TABLE "matches" ALTER COLUMN "skills_score" SET DATA TYPE double precision;--> statement-breakpoint
ALTER TABLE "matches" ALTER COLUMN "experience_score" SET DATA TYPE double precision;--> statement-breakpoint
ALTER TABLE "matches" ALTER COLUMN "salary_score" SET DATA TYPE double precision;--> statement-breakpoint
ALTER TABLE "matches" ALTER COLUMN "location_score" SET DATA TYPE double precision;