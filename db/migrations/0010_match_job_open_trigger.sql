-- matches.job_open follows the job's status so reads of open jobs' matches need no join: an
-- update of jobs (close, expire, reopen) flips its matches in the same statement.
UPDATE matches SET job_open = false FROM jobs WHERE jobs.id = matches.job_id AND jobs.status <> 'open';
--> statement-breakpoint
CREATE OR REPLACE FUNCTION follow_job_open() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE matches m SET job_open = (n.status = 'open')
  FROM new_rows n JOIN old_rows o ON o.id = n.id
  WHERE m.job_id = n.id AND (o.status = 'open') IS DISTINCT FROM (n.status = 'open') AND m.job_open IS DISTINCT FROM (n.status = 'open');
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER jobs_match_open_update AFTER UPDATE ON jobs REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION follow_job_open();
