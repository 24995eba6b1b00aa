-- Cached searches are stamped with the state of jobs and candidates: every statement that changes
-- them notes it here (one row per statement, not per row). Updates only count when a field search
-- or matching reads changed, so a sync re-seeing unchanged jobs keeps the cache.
CREATE OR REPLACE FUNCTION note_catalogue_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO catalogue_changes (subject) VALUES (TG_TABLE_NAME);
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION note_jobs_update() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF EXISTS (
    SELECT 1 FROM new_rows n JOIN old_rows o ON o.id = n.id
    WHERE (o.status, o.title, o.description, o.skills, o.skill_requirements, o.experience_years_min, o.level, o.employment_type,
           o.internship, o.remote, o.city, o.region, o.country_code, o.location_display, o.salary_min, o.salary_max, o.salary_currency, o.company_id)
      IS DISTINCT FROM
          (n.status, n.title, n.description, n.skills, n.skill_requirements, n.experience_years_min, n.level, n.employment_type,
           n.internship, n.remote, n.city, n.region, n.country_code, n.location_display, n.salary_min, n.salary_max, n.salary_currency, n.company_id)
  ) THEN
    INSERT INTO catalogue_changes (subject) VALUES ('jobs');
  END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER jobs_catalogue_insert AFTER INSERT ON jobs FOR EACH STATEMENT EXECUTE FUNCTION note_catalogue_change();
--> statement-breakpoint
CREATE TRIGGER jobs_catalogue_delete AFTER DELETE ON jobs FOR EACH STATEMENT EXECUTE FUNCTION note_catalogue_change();
--> statement-breakpoint
CREATE TRIGGER jobs_catalogue_truncate AFTER TRUNCATE ON jobs FOR EACH STATEMENT EXECUTE FUNCTION note_catalogue_change();
--> statement-breakpoint
CREATE TRIGGER jobs_catalogue_update AFTER UPDATE ON jobs REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION note_jobs_update();
--> statement-breakpoint
CREATE TRIGGER candidates_catalogue_change AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON candidates FOR EACH STATEMENT EXECUTE FUNCTION note_catalogue_change();
