-- Companies and matches note their changes in catalogue_changes too (one row per statement), so a
-- cache of company rows or of a job's top matches can be stamped with them like cached searches.
CREATE TRIGGER companies_catalogue_change AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON companies FOR EACH STATEMENT EXECUTE FUNCTION note_catalogue_change();
--> statement-breakpoint
CREATE TRIGGER matches_catalogue_change AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON matches FOR EACH STATEMENT EXECUTE FUNCTION note_catalogue_change();
