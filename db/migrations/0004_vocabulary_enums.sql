CREATE TYPE "public"."employment_type" AS ENUM('full_time', 'part_time', 'contract', 'temporary', 'internship', 'other');--> statement-breakpoint
CREATE TYPE "public"."seniority_level" AS ENUM('intern', 'junior', 'mid', 'senior', 'lead', 'executive');--> statement-breakpoint
CREATE TYPE "public"."source_type" AS ENUM('adzuna', 'jsearch', 'hh', 'greenhouse', 'lever', 'lamoda');--> statement-breakpoint
ALTER TABLE "jobs" ALTER COLUMN "employment_type" SET DATA TYPE "public"."employment_type" USING "employment_type"::"public"."employment_type";--> statement-breakpoint
ALTER TABLE "jobs" ALTER COLUMN "level" SET DATA TYPE "public"."seniority_level" USING "level"::"public"."seniority_level";--> statement-breakpoint
ALTER TABLE "job_sources" ALTER COLUMN "type" SET DATA TYPE "public"."source_type" USING "type"::"public"."source_type";